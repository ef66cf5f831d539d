#include "cuesheet/model/cue_fields.h"
#include "cuesheet/model/header_fields.h"
#include "cuesheet/model/in_out_text.h"

#include "model_test_support.h"

#include <set>

using namespace cuesheet;

namespace {
// 29.97 fps: one frame is 705 600 000 * 1001 / 30000 = 23 543 520 ticks.
constexpr std::int64_t kTicksPerFrame2997 = 23'543'520;
// 24 fps: 705 600 000 / 24.
constexpr std::int64_t kTicksPerFrame24 = 29'400'000;
} // namespace

TEST_CASE("each header field sets from text and reads back") {
    struct Row {
        QString key, value, readBack;
    };
    // Timecodes read back in the header's format (24 fps from header24()).
    const std::vector<Row> rows{
        {"title", " Night Train ", "Night Train"},
        {"episode-title", "The Tunnel", "The Tunnel"},
        {"episode-number", "104", "104"},
        {"company", "Rail Films Ltd", "Rail Films Ltd"},
        {"production-number", "P-77", "P-77"},
        {"country", "GB", "GB"},
        {"year", "2024", "2024"},
        {"director", "A. Director", "A. Director"},
        {"release-date", "2024-05-01", "2024-05-01"},
        {"rate", "25", "25/1"},
        {"drop-frame", "no", "no"},
        {"start", "10:00:00:00", "10:00:00:00"},
        {"running-time", "00:42:10:12", "00:42:10:12"},
        {"media", "/films/night train.mov", "/films/night train.mov"},
        {"shares-model", "combined", "combined"},
    };
    std::set<QString> covered;
    for (const auto& row : rows) {
        INFO(row.key.toStdString());
        ProjectHeader h = test::header24();
        CHECK(setHeaderFieldFromText(h, row.key, row.value).isEmpty());
        CHECK(headerFieldText(h, row.key) == row.readBack);
        covered.insert(row.key);
    }
    // The table above covers every documented key.
    for (const auto& field : headerFields()) {
        INFO(field.key.toStdString());
        CHECK(covered.count(field.key) == 1);
        CHECK_FALSE(field.description.isEmpty());
    }
    CHECK(headerFieldText(test::header24(), "no-such-key").isEmpty());
}

TEST_CASE("header fields store the values they name") {
    ProjectHeader h = test::header24();
    REQUIRE(setHeaderFieldFromText(h, "year", "2024").isEmpty());
    CHECK(h.year == 2024);
    REQUIRE(setHeaderFieldFromText(h, "start", "10:00:00:00").isEmpty());
    CHECK(h.startFrame == 10 * 3600 * 24);
    // 00:42:10:12 at 24 fps = (42 * 60 + 10) * 24 + 12 = 60 732 frames.
    REQUIRE(setHeaderFieldFromText(h, "running-time", "00:42:10:12").isEmpty());
    CHECK(h.runningTime.ticks() == 60'732 * kTicksPerFrame24);
    REQUIRE(setHeaderFieldFromText(h, "shares-model", "combined").isEmpty());
    CHECK(h.sharesModel == SharesModel::CombinedWhole);
    REQUIRE(setHeaderFieldFromText(h, "year", "").isEmpty());
    CHECK(h.year == 0);
    CHECK(headerFieldText(h, "year").isEmpty());
}

TEST_CASE("bad header values give an error naming the field and change nothing") {
    const std::vector<std::pair<QString, QString>> bad{{"year", "last year"},
                                                       {"year", "99"},
                                                       {"release-date", "2024-13-01"},
                                                       {"release-date", "01/05/2024"},
                                                       {"rate", "29.5"},
                                                       {"rate", "fast"},
                                                       {"drop-frame", "maybe"},
                                                       {"start", "25:00:00:00"},
                                                       {"start", "01:00:00:24"},
                                                       {"running-time", "forty minutes"},
                                                       {"shares-model", "half"}};
    for (const auto& [key, value] : bad) {
        INFO(key.toStdString() << " = " << value.toStdString());
        ProjectHeader h = test::header24();
        const QString error = setHeaderFieldFromText(h, key, value);
        CHECK(error.contains("'" + key + "'"));
        CHECK(h == test::header24());
    }
    ProjectHeader h = test::header24();
    const QString unknown = setHeaderFieldFromText(h, "colour", "red");
    CHECK(unknown.contains("'colour'"));
    CHECK(unknown.contains("running-time")); // lists the known fields
    CHECK(h == test::header24());
}

TEST_CASE("changing the rate keeps the start timecode's label") {
    ProjectHeader h = test::header24(); // start 01:00:00:00 = 86 400 frames at 24
    REQUIRE(setHeaderFieldFromText(h, "rate", "25").isEmpty());
    CHECK(h.timecode.rate == FrameRate(25, 1));
    CHECK(h.startFrame == 3600 * 25);
    CHECK(headerFieldText(h, "start") == "01:00:00:00");

    SECTION("from 29.97 drop-frame to 25: drop-frame is turned off, the label stays") {
        ProjectHeader df = test::header24();
        REQUIRE(setHeaderFieldFromText(df, "rate", "30000/1001").isEmpty());
        REQUIRE(setHeaderFieldFromText(df, "drop-frame", "yes").isEmpty());
        REQUIRE(setHeaderFieldFromText(df, "start", "01:00:00;00").isEmpty());
        // One hour of drop-frame: 108 000 labels minus 2 per minute in 54 of the 60 minutes.
        CHECK(df.startFrame == 108'000 - 108);
        REQUIRE(setHeaderFieldFromText(df, "rate", "25").isEmpty());
        CHECK_FALSE(df.timecode.dropFrame);
        CHECK(df.startFrame == 90'000);
        CHECK(headerFieldText(df, "start") == "01:00:00:00");
    }
    SECTION("a label the new rate does not have is refused") {
        ProjectHeader thirty = test::header24();
        REQUIRE(setHeaderFieldFromText(thirty, "rate", "30").isEmpty());
        REQUIRE(setHeaderFieldFromText(thirty, "start", "00:59:59:29").isEmpty());
        const ProjectHeader before = thirty;
        const QString error = setHeaderFieldFromText(thirty, "rate", "25");
        CHECK(error.contains("'rate'"));
        CHECK(error.contains("00:59:59:29"));
        CHECK(thirty == before);
    }
}

TEST_CASE("drop-frame is refused where it does not exist and keeps the start label elsewhere") {
    ProjectHeader h = test::header24();
    REQUIRE(setHeaderFieldFromText(h, "rate", "25").isEmpty());
    const ProjectHeader at25 = h;
    const QString error = setHeaderFieldFromText(h, "drop-frame", "yes");
    CHECK(error.contains("'drop-frame'"));
    CHECK(error.contains("25/1"));
    CHECK(h == at25);

    ProjectHeader ntsc = test::header24();
    REQUIRE(setHeaderFieldFromText(ntsc, "rate", "29.97").isEmpty());
    CHECK(ntsc.startFrame == 108'000); // 01:00:00:00 non-drop = 3600 * 30 labels
    REQUIRE(setHeaderFieldFromText(ntsc, "drop-frame", "yes").isEmpty());
    CHECK(ntsc.timecode.dropFrame);
    CHECK(headerFieldText(ntsc, "start") == "01:00:00;00");
    CHECK(ntsc.startFrame == 108'000 - 108);
    REQUIRE(setHeaderFieldFromText(ntsc, "drop-frame", "no").isEmpty());
    CHECK(ntsc.startFrame == 108'000);
}

TEST_CASE("each cue field sets from text") {
    const ProjectHeader header = test::header24(); // start 01:00:00:00
    const Cue base = test::cueAt(10, 20);
    struct Row {
        QString key, value;
        std::function<bool(const Cue&)> holds;
    };
    const std::vector<Row> rows{
        // 01:00:05:12 is 5 s and 12 frames after the start.
        {"in", "01:00:05:12",
         [](const Cue& c) { return c.in.ticks() == (5 * 24 + 12) * kTicksPerFrame24; }},
        {"out", "01:00:30:00", [](const Cue& c) { return c.out == test::seconds(30); }},
        {"lane", "3", [](const Cue& c) { return c.lane == 3; }},
        {"kind", "song", [](const Cue& c) { return c.tags.kind == MusicKind::Song; }},
        {"diegesis", "diegetic",
         [](const Cue& c) { return c.tags.diegesis == Diegesis::Diegetic; }},
        {"visual", "yes", [](const Cue& c) { return c.tags.visual; }},
        {"vocal", "vocal", [](const Cue& c) { return c.tags.vocal == Vocal::Vocal; }},
        {"theme", "end", [](const Cue& c) { return c.tags.theme == ThemeRole::EndTitle; }},
        {"origin", "library", [](const Cue& c) { return c.tags.origin == Origin::Library; }},
        {"usage", "EE", [](const Cue& c) { return c.usageOverride == "EE"; }},
        {"isrc", "us-rc1-76-07839", [](const Cue& c) { return c.isrc == "USRC17607839"; }},
        {"source-file", "/audio/train.wav",
         [](const Cue& c) { return c.sourceFile == "/audio/train.wav"; }},
        {"label", "Rail Records", [](const Cue& c) { return c.libraryLabel == "Rail Records"; }},
        {"catalogue", "RR 042", [](const Cue& c) { return c.libraryCatalogue == "RR 042"; }},
        {"track", "7", [](const Cue& c) { return c.libraryTrack == "7"; }},
        {"notes", "  fades under dialogue  ",
         [](const Cue& c) { return c.notes == "  fades under dialogue  "; }},
    };
    std::set<QString> covered;
    for (const auto& row : rows) {
        INFO(row.key.toStdString());
        Cue cue = base;
        CHECK(setCueFieldFromText(cue, row.key, row.value, header).isEmpty());
        CHECK(row.holds(cue));
        CHECK_FALSE(row.holds(base)); // the row really changed something
        covered.insert(row.key);
    }
    for (const auto& key : cueFieldKeys()) {
        INFO(key.toStdString());
        CHECK(covered.count(key) == 1);
    }
}

TEST_CASE("'auto' returns vocal, origin and usage to their derived values") {
    const ProjectHeader header = test::header24();
    Cue cue = test::cueAt(0, 5);
    cue.tags.vocal = Vocal::Vocal;
    cue.tags.origin = Origin::PublicDomain;
    cue.usageOverride = "VV";
    REQUIRE(setCueFieldFromText(cue, "vocal", "auto", header).isEmpty());
    REQUIRE(setCueFieldFromText(cue, "origin", "AUTO", header).isEmpty());
    REQUIRE(setCueFieldFromText(cue, "usage", "auto", header).isEmpty());
    CHECK_FALSE(cue.tags.vocal.has_value());
    CHECK_FALSE(cue.tags.origin.has_value());
    CHECK(cue.usageOverride.isEmpty());
    REQUIRE(setCueFieldFromText(cue, "visual", "no", header).isEmpty());
    CHECK_FALSE(cue.tags.visual);
}

TEST_CASE("bad cue values give an error naming the field and change nothing") {
    const ProjectHeader header = test::header24();
    const std::vector<std::pair<QString, QString>> bad{
        {"in", "01:00:05:30"}, {"out", "later"},       {"lane", "-1"},
        {"lane", "100"},       {"kind", "opera"},      {"diegesis", "sometimes"},
        {"visual", "perhaps"}, {"vocal", "hummed"},    {"theme", "middle"},
        {"origin", "stolen"},  {"isrc", "USRC1760783"}};
    for (const auto& [key, value] : bad) {
        INFO(key.toStdString() << " = " << value.toStdString());
        Cue cue = test::cueAt(10, 20);
        const QString error = setCueFieldFromText(cue, key, value, header);
        CHECK(error.contains("'" + key + "'"));
        CHECK(cue == test::cueAt(10, 20));
    }
    Cue cue = test::cueAt(10, 20);
    const QString unknown = setCueFieldFromText(cue, "tempo", "120", header);
    CHECK(unknown.contains("'tempo'"));
    CHECK(cue == test::cueAt(10, 20));
}

TEST_CASE("timecode labels convert to programme time counted from the start timecode") {
    ProjectHeader h = test::header24();
    QString error;
    CHECK(programmeTimeOfTimecode("01:00:00:00", h, &error) == Time());
    CHECK(programmeTimeOfTimecode("00:59:59:00", h, &error) == -test::seconds(1));
    CHECK(timecodeOfProgrammeTime(test::seconds(61), h) == "01:01:01:00");
    // A time between frames shows the frame being displayed then.
    CHECK(timecodeOfProgrammeTime(Time::fromTicks(kTicksPerFrame24 * 3 - 1), h) == "01:00:00:02");
    CHECK(timecodeOfDuration(test::seconds(90), h) == "00:01:30:00");
    CHECK_FALSE(programmeTimeOfTimecode("01:00:00:24", h, &error));
    CHECK_FALSE(error.isEmpty());

    h.timecode = {FrameRate(30000, 1001), true};
    h.startFrame = 0;
    // 00:01:00;02 is the first label of minute 1: 1800 labels minus the two dropped = 1800.
    CHECK(programmeTimeOfTimecode("00:01:00;02", h, &error) ==
          Time::fromTicks(1800 * kTicksPerFrame2997));
}

TEST_CASE("fields have names for people, for undo command names") {
    CHECK(cueFieldName("label") == "library label");
    CHECK(cueFieldName("source-file") == "source file");
    CHECK(cueFieldName("kind") == "kind");
    CHECK(headerFieldName("release-date") == "first air or release date");
    CHECK(headerFieldName("shares-model") == "how shares add up");
    CHECK(headerFieldName("title") == "production title");
    CHECK(headerFieldName("no-such-field") == "no-such-field");
}

TEST_CASE("a cue's in, out or duration typed in the editor: one rule for the table and the "
          "inspector") {
    const ProjectHeader h = test::header24(); // 24 fps from 01:00:00:00
    Cue c = test::cueAt(10, 20);
    // A duration is timecode from 00:00:00:00 and moves the out point.
    CHECK(setCueTimeFromText(c, "duration", "00:00:05:12", h).isEmpty());
    CHECK(c.in == test::seconds(10));
    CHECK(c.out == test::seconds(15) + Time::fromFrames(12, FrameRate(24, 1)));
    CHECK(setCueTimeFromText(c, "in", "01:00:12:00", h).isEmpty());
    CHECK(c.in == test::seconds(12));

    const Cue before = c;
    for (const auto& [key, text, expected] :
         {std::tuple<QString, QString, QString>{"duration", "00:00:00:00", "must be after"},
          {"out", "01:00:11:00", "must be after the in point (01:00:12:00)"},
          {"in", "01:00:40:00", "must be after"},
          {"duration", "five", "Duration:"},
          {"in", "1:0:0:0:0", "field 'in'"},
          {"lane", "3", "not a time field"}}) {
        INFO(key.toStdString() << " " << text.toStdString());
        const QString error = setCueTimeFromText(c, key, text, h);
        CHECK(error.contains(expected));
        CHECK(c == before);
    }
}
