#include "cuesheet/interchange/csv_export.h"
#include "cuesheet/interchange/csv_import.h"
#include "cuesheet/interchange/csv_reader.h"
#include "cuesheet/interchange/csv_writer.h"
#include "cuesheet/interchange/duration_format.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QStringList>

using namespace cuesheet;

namespace {

// 25 fps, start 10:00:00:00, 2 minutes long; three cues, two of them uses of one work.
ProjectData sampleProject() {
    ProjectData d;
    d.header.productionTitle = "Film";
    d.header.timecode = {FrameRate(25, 1), false};
    d.header.startFrame = 10 * 3600 * 25;
    d.header.runningTime = Time::fromWholeSeconds(120);
    Work theme{1,
               "Theme",
               "T0345246801",
               {{"Jane Roe", PartyRole::Composer, "PRS", "", Share::fromHundredths(5000)},
                {"John Doe", PartyRole::Author, "ASCAP", "", Share::fromHundredths(5000)}},
               {{"Roe Music", PartyRole::Publisher, "PRS", "", Share::whole()}}};
    Work song{2, "Song, with comma", "", {}, {}};
    d.works = {{1, theme}, {2, song}};
    Cue a; // 00:00:05:00 - 00:00:15:13 = 10.52 s
    a.id = 1;
    a.workId = 1;
    a.in = Time::fromFrames(125, FrameRate(25, 1));
    a.out = Time::fromFrames(388, FrameRate(25, 1));
    a.tags.theme = ThemeRole::MainTitle;
    Cue b; // 00:01:00:00 - 00:01:30:00, a song heard by the characters
    b.id = 2;
    b.workId = 2;
    b.in = Time::fromWholeSeconds(60);
    b.out = Time::fromWholeSeconds(90);
    b.tags.kind = MusicKind::Song;
    b.tags.diegesis = Diegesis::Diegetic;
    b.notes = "line one\nline two";
    Cue c = a; // the theme again, earlier, on lane 1, with an override
    c.id = 3;
    c.lane = 1;
    c.in = Time::fromWholeSeconds(1);
    c.out = Time::fromWholeSeconds(2);
    c.tags.theme = ThemeRole::None;
    c.usageOverride = "EE";
    d.cues = {{1, a}, {2, b}, {3, c}};
    return d;
}

QStringList lines(const QByteArray& csv) {
    QStringList result = QString::fromUtf8(csv).split("\r\n");
    REQUIRE(result.last().isEmpty()); // every record ends with CRLF
    result.removeLast();
    return result;
}

} // namespace

TEST_CASE("RFC 4180 quoting") {
    CHECK(CsvWriter::quoted("plain") == "plain");
    CHECK(CsvWriter::quoted("a,b") == "\"a,b\"");
    CHECK(CsvWriter::quoted("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(CsvWriter::quoted("two\nlines") == "\"two\nlines\"");
    CHECK(CsvWriter::quoted("cr\r") == "\"cr\r\"");
    CsvWriter w(true);
    w.writeRow({"a", "b,c"});
    CHECK(w.bytes() == QByteArray("\xEF\xBB\xBF"
                                  "a,\"b,c\"\r\n"));
}

TEST_CASE("duration formats and rounding") {
    ProjectHeader h;
    h.timecode = {FrameRate(25, 1), false};
    const Time t = Time::fromFrames(263, FrameRate(25, 1)); // 10.52 s
    CHECK(formatDuration(t, {DurationFormat::Seconds, Rounding::Up}, h) == "11");
    CHECK(formatDuration(t, {DurationFormat::Seconds, Rounding::Nearest}, h) == "11");
    CHECK(formatDuration(Time::fromFrames(262, FrameRate(25, 1)),
                         {DurationFormat::Seconds, Rounding::Nearest}, h) == "10");
    CHECK(formatDuration(t, {DurationFormat::MinutesSeconds, Rounding::Up}, h) == "0:11");
    CHECK(formatDuration(Time::fromWholeSeconds(4502),
                         {DurationFormat::MinutesSeconds, Rounding::Up}, h) == "75:02");
    CHECK(formatDuration(t, {DurationFormat::Timecode, Rounding::Nearest}, h) == "00:00:10:13");
    // Half a frame more: nearest keeps 13 frames only below the half; up always takes 14.
    const Time moreThanHalf = t + Time::fromTicks(Time::kTicksPerSecond / 50 + 1);
    CHECK(formatDuration(moreThanHalf, {DurationFormat::Timecode, Rounding::Nearest}, h) ==
          "00:00:10:14");
    CHECK(formatDuration(t + Time::fromTicks(1), {DurationFormat::Timecode, Rounding::Up}, h) ==
          "00:00:10:14");
    CHECK(formatDuration(Time::fromTicks(1), {DurationFormat::MinutesSeconds, Rounding::Up}, h) ==
          "0:01");
}

TEST_CASE("generic profile: header block, then one row per cue in sequence order") {
    const auto rows = lines(exportCsv(sampleProject(), {}));
    CHECK(rows[0] == "Field,Value");
    CHECK(rows.contains("Production Title,Film"));
    CHECK(rows.contains("Start Timecode,10:00:00:00"));
    CHECK(rows.contains("Total Running Time,2:00"));
    // 10.52 + 30 + 1 = 41.52 s of music, rounded up.
    CHECK(rows.contains("Total Music Duration,0:42"));
    CHECK(rows.contains("Number of Cues,3"));
    const int table = static_cast<int>(rows.indexOf(QRegularExpression("^Seq,Title,In,Out,.*")));
    REQUIRE(table > 0);
    CHECK(rows[table - 1].isEmpty());
    REQUIRE(rows.size() >= table + 4);
    // Sequence: cue 3 (1 s), cue 1 (5 s), cue 2 (60 s).
    CHECK(rows[table + 1].startsWith(
        "1,Theme,10:00:01:00,10:00:02:00,0:01,score,unknown,no,auto,none,auto,BI,Background,EE,"));
    CHECK(rows[table + 1].contains(
        "Jane Roe:C:PRS::50; John Doe:A:ASCAP::50,Roe Music:E:PRS::100,T0345246801"));
    CHECK(rows[table + 2].startsWith(
        "2,Theme,10:00:05:00,10:00:15:13,0:11,score,unknown,no,auto,main,auto,MT,Theme,,"));
    CHECK(rows[table + 3].startsWith(
        "3,\"Song, with "
        "comma\",10:01:00:00,10:01:30:00,0:30,song,diegetic,no,auto,none,auto,BV,Featured,"));
    // The embedded newline stays inside a quoted field; the record continues on the next line.
    CHECK(rows[table + 3].endsWith("\"line one\nline two\",0,2"));
}

TEST_CASE("us and cisac profiles use their vocabularies and the override") {
    CsvExportOptions us;
    us.profile = CsvProfile::Us;
    const auto usRows = lines(exportCsv(sampleProject(), us));
    CHECK(usRows.contains("Seq,Title,Writers,Publishers,Usage,Duration,In,Out"));
    CHECK(usRows.contains("1,Theme,Jane Roe (PRS) 50%; John Doe (ASCAP) 50%,Roe Music (PRS) "
                          "100%,EE,0:01,10:00:01:00,10:00:02:00"));
    CHECK(usRows.contains("2,Theme,Jane Roe (PRS) 50%; John Doe (ASCAP) 50%,Roe Music (PRS) "
                          "100%,MT,0:11,10:00:05:00,10:00:15:13"));
    CsvExportOptions cisac;
    cisac.profile = CsvProfile::Cisac;
    cisac.durations = {DurationFormat::Seconds, Rounding::Nearest};
    const auto cisacRows = lines(exportCsv(sampleProject(), cisac));
    CHECK(cisacRows.contains("2,Theme,Jane Roe (PRS) 50%; John Doe (ASCAP) 50%,Roe Music (PRS) "
                             "100%,Theme,11,10:00:05:00,10:00:15:13,T0345246801,"));
    CHECK(cisacRows.contains("3,\"Song, with comma\",,,Featured,30,10:01:00:00,10:01:30:00,,"));
}

TEST_CASE("one row per party repeats the cue and adds the party columns") {
    CsvExportOptions options;
    options.profile = CsvProfile::Us;
    options.rowPerParty = true;
    const auto rows = lines(exportCsv(sampleProject(), options));
    CHECK(rows.contains("Seq,Title,Writers,Publishers,Usage,Duration,In,Out,Party Side,Party "
                        "Name,Party Role,Party Society,Party IPI,Party Share"));
    CHECK(rows.filter(QRegularExpression("^2,Theme,")).size() == 3);
    CHECK(rows.contains("2,Theme,,,MT,0:11,10:00:05:00,10:00:15:13,writer,John Doe,A,ASCAP,,50"));
    CHECK(
        rows.contains("2,Theme,,,MT,0:11,10:00:05:00,10:00:15:13,publisher,Roe Music,E,PRS,,100"));
    // A cue without parties still has its row.
    CHECK(rows.contains("3,\"Song, with comma\",,,BV,0:30,10:01:00:00,10:01:30:00,,,,,,"));
}

namespace {
// Every field of a CSV export, parsed back as RFC 4180 (quoted fields unquoted).
std::vector<QStringList> recordsOf(const QByteArray& csv) {
    CsvReader reader(QString::fromUtf8(csv));
    std::vector<QStringList> records;
    CsvRecord record;
    while (reader.next(record))
        records.push_back(record.fields);
    REQUIRE_FALSE(reader.failed());
    return records;
}

// The cell of `column` in the first record whose `keyColumn` is `key` (after a header row
// holding both names).
QString cellOf(const std::vector<QStringList>& records, const QString& keyColumn,
               const QString& key, const QString& column) {
    for (std::size_t h = 0; h < records.size(); ++h) {
        const qsizetype keyAt = records[h].indexOf(keyColumn);
        const qsizetype at = records[h].indexOf(column);
        if (keyAt < 0 || at < 0)
            continue;
        for (std::size_t r = h + 1; r < records.size(); ++r)
            if (records[r].value(keyAt) == key)
                return records[r].value(at);
    }
    FAIL("no row with " << keyColumn.toStdString() << " = " << key.toStdString());
    return {};
}

// sampleProject with text a spreadsheet would run: a title, a writer, a note and the
// production title starting with = @ + -.
ProjectData hostileProject() {
    ProjectData d = sampleProject();
    d.header.productionTitle = "-2+3";
    d.works.at(2).title = "=cmd|' /C calc'!A0";
    d.works.at(1).writers.at(0).name = "@SUM(1+1)";
    d.cues.at(2).notes = "+1 555 0100";
    return d;
}
} // namespace

TEST_CASE("cells a spreadsheet would run as formulas are guarded in every CSV profile") {
    const ProjectData d = hostileProject();
    for (const CsvProfile profile : {CsvProfile::Generic, CsvProfile::Us, CsvProfile::Cisac})
        for (const bool rowPerParty : {false, true}) {
            INFO("profile " << static_cast<int>(profile) << ", row per party " << rowPerParty);
            CsvExportOptions options;
            options.profile = profile;
            options.rowPerParty = rowPerParty;
            const auto records = recordsOf(exportCsv(d, options));
            // No field starts with a formula character...
            for (const QStringList& record : records)
                for (const QString& field : record) {
                    INFO(field.toStdString());
                    CHECK_FALSE(QRegularExpression("^[=+\\-@\\t\\r]").match(field).hasMatch());
                }
            // ...and each hostile text is in its own cell, behind one apostrophe.
            CHECK(cellOf(records, "Field", "Production Title", "Value") == "'-2+3");
            CHECK(cellOf(records, "Seq", "3", "Title") == "'=cmd|' /C calc'!A0");
            if (rowPerParty)
                CHECK(cellOf(records, "Party Role", "C", "Party Name") == "'@SUM(1+1)");
            else if (profile != CsvProfile::Cisac)
                CHECK(cellOf(records, "Seq", "2", "Writers").startsWith("'@SUM(1+1)"));
        }

    // Turned off, the text is written as it is.
    CsvExportOptions raw;
    raw.guardFormulas = false;
    const auto records = recordsOf(exportCsv(d, raw));
    CHECK(cellOf(records, "Seq", "3", "Title") == "=cmd|' /C calc'!A0");
}

TEST_CASE("a guarded generic sheet reads back as it was written") {
    const ProjectData d = hostileProject();
    const CsvImport back = importCsv(exportCsv(d, {}), "sheet.csv", d.header, {});
    REQUIRE(back.accepted);
    QStringList titles;
    QStringList notes;
    for (const CsvCueRow& row : back.rows) {
        titles << row.title;
        notes << row.cue.notes;
    }
    CHECK(titles.contains("=cmd|' /C calc'!A0"));
    CHECK(notes.contains("+1 555 0100"));
    CHECK(formulaGuarded("plain") == "plain");
    CHECK(withoutFormulaGuard("'plain") == "'plain"); // only the guard's own apostrophe goes
}
