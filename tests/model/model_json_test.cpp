#include "cuesheet/model/model_json.h"

#include "model_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

using namespace cuesheet;

namespace {

// Through text, as the project file's history stores it.
QJsonObject throughText(const QJsonObject& o) {
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

// 2^53 + 1 is the first integer a double cannot hold.
constexpr std::int64_t kBeyondDouble = (std::int64_t{1} << 53) + 1;

Cue fullCue() {
    Cue c;
    c.id = 7;
    c.workId = 3;
    c.lane = 2;
    c.in = Time::fromTicks(kBeyondDouble);
    c.out = Time::fromTicks(std::numeric_limits<std::int64_t>::max());
    c.tags.kind = MusicKind::Song;
    c.tags.diegesis = Diegesis::Diegetic;
    c.tags.visual = true;
    c.tags.vocal = Vocal::Instrumental;
    c.tags.theme = ThemeRole::Logo;
    c.tags.origin = Origin::PublicDomain;
    c.usageOverride = "EE";
    c.isrc = "USRC17607839";
    c.sourceFile = "/audio/tr\u00e4in \"1\".wav";
    c.libraryLabel = "Rail Records";
    c.libraryCatalogue = "RR 042";
    c.libraryTrack = "7";
    c.notes = "line one\nline two\ttabbed";
    return c;
}

Work fullWork() {
    Work w;
    w.id = 3;
    w.title = "Night Train: Theme";
    w.iswc = "T0345246801";
    w.writers = {test::party("Jane Roe", PartyRole::Composer, 3333, "PRS", "00052210040"),
                 test::party("John Doe", PartyRole::Author, 3333),
                 test::party("Ann Arr", PartyRole::Arranger, 3334, "SACEM")};
    w.publishers = {test::party("Rail Music", PartyRole::Publisher, 5000, "PRS"),
                    test::party("Sub Music", PartyRole::SubPublisher, 2500),
                    test::party("Admin Co", PartyRole::Administrator, 2500)};
    return w;
}

ProjectHeader fullHeader() {
    ProjectHeader h;
    h.productionTitle = "Night Train";
    h.episodeTitle = "The Tunnel";
    h.episodeNumber = "104";
    h.productionCompany = "Rail Films";
    h.productionNumber = "P-77";
    h.country = "GB";
    h.year = 2024;
    h.director = "A. Director";
    h.firstReleaseDate = "2024-05-01";
    h.timecode = {FrameRate(30000, 1001), true};
    h.startFrame = kBeyondDouble;
    h.runningTime = Time::fromTicks(kBeyondDouble + 2);
    h.mediaPath = "/films/night train.mov";
    h.mediaIdentity = "sha256:abc";
    h.sharesModel = SharesModel::CombinedWhole;
    return h;
}

} // namespace

TEST_CASE("a cue round-trips through JSON, ticks beyond 2^53 included") {
    QString error;
    const Cue cue = fullCue();
    CHECK(cueFromJson(throughText(toJson(cue)), &error) == cue);

    Cue plain = test::cueAt(1, 2);
    plain.id = 1;
    plain.workId = 1;
    const auto back = cueFromJson(throughText(toJson(plain)), &error);
    REQUIRE(back.has_value());
    CHECK(*back == plain);
    // Unset vocal and origin stay unset (they follow the kind).
    CHECK_FALSE(back->tags.vocal.has_value());
    CHECK_FALSE(back->tags.origin.has_value());

    Cue negative = plain;
    negative.in = Time::fromTicks(-kBeyondDouble);
    CHECK(cueFromJson(throughText(toJson(negative)), &error) == negative);
}

TEST_CASE("a work and a header round-trip through JSON") {
    QString error;
    CHECK(workFromJson(throughText(toJson(fullWork())), &error) == fullWork());
    CHECK(headerFromJson(throughText(toJson(fullHeader())), &error) == fullHeader());
    CHECK(headerFromJson(throughText(toJson(ProjectHeader{})), &error) == ProjectHeader{});
}

TEST_CASE("a change set round-trips through JSON") {
    ChangeSet change;
    change.label = "Import \"reel 1\"";
    Work renamed = fullWork();
    renamed.title = "Renamed";
    renamed.writers.pop_back();
    change.works = {{3, fullWork(), renamed}, {4, std::nullopt, Work{4, "New", "", {}, {}}}};
    Cue moved = fullCue();
    moved.in = Time::fromTicks(5);
    change.cues = {{7, fullCue(), moved},
                   {8, std::nullopt, test::cueAt(3, 4)},
                   {9, test::cueAt(5, 6), std::nullopt}};
    change.cues[1].after->id = 8;
    change.cues[2].before->id = 9;
    ProjectHeader after = fullHeader();
    after.timecode = {FrameRate(25, 1), false};
    change.header = std::make_pair(fullHeader(), after);

    QString error;
    const auto back = changeSetFromJson(throughText(toJson(change)), &error);
    REQUIRE(back.has_value());
    CHECK(*back == change);

    ChangeSet noHeader;
    noHeader.label = "Tag";
    noHeader.cues = change.cues;
    const auto back2 = changeSetFromJson(throughText(toJson(noHeader)), &error);
    REQUIRE(back2.has_value());
    CHECK(*back2 == noHeader);
    CHECK_FALSE(back2->header.has_value());
}

TEST_CASE("malformed JSON values are refused with a reason") {
    QString error;
    QJsonObject cue = toJson(fullCue());
    cue.remove("in");
    CHECK_FALSE(cueFromJson(cue, &error));
    CHECK(error.contains("cue 7"));

    cue = toJson(fullCue());
    cue.insert("kind", "opera");
    CHECK_FALSE(cueFromJson(cue, &error));
    // A vocal or origin that is present must be a known word, not silently "follow the kind".
    cue = toJson(fullCue());
    cue.insert("vocal", "hummed");
    CHECK_FALSE(cueFromJson(cue, &error));
    cue = toJson(fullCue());
    cue.insert("origin", "stolen");
    CHECK_FALSE(cueFromJson(cue, &error));

    QJsonObject work = toJson(fullWork());
    QJsonArray writers = work.value("writers").toArray();
    QJsonObject first = writers[0].toObject();
    first.insert("role", "ZZ");
    writers[0] = first;
    work.insert("writers", writers);
    error.clear();
    CHECK_FALSE(workFromJson(work, &error));
    CHECK(error.contains("ZZ"));

    QJsonObject header = toJson(fullHeader());
    header.insert("rate_den", "0");
    error.clear();
    CHECK_FALSE(headerFromJson(header, &error));
    CHECK(error.contains("header"));
    // Drop-frame at 25 fps is not a valid timecode format either.
    header = toJson(fullHeader());
    header.insert("rate_num", "25");
    header.insert("rate_den", "1");
    CHECK_FALSE(headerFromJson(header, &error));

    ChangeSet change;
    change.cues = {{1, std::nullopt, test::cueAt(1, 2)}};
    QJsonObject changeJson = toJson(change);
    QJsonArray cues = changeJson.value("cues").toArray();
    QJsonObject entry = cues[0].toObject();
    QJsonObject after = entry.value("after").toObject();
    after.insert("out", "soon");
    entry.insert("after", after);
    cues[0] = entry;
    changeJson.insert("cues", cues);
    CHECK_FALSE(changeSetFromJson(changeJson, &error));
}
