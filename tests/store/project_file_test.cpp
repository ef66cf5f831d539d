#include "cuesheet/model/work_assignment.h"

#include "model_test_support.h"
#include "store_test_support.h"

#include <QTemporaryDir>

using namespace cuesheet;
using test::cueAt;
using test::OpenProject;
using test::party;
using test::seconds;

namespace {

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
    h.startFrame = 107'892; // 01:00:00;00
    h.runningTime = Time::fromFrames(80'000, FrameRate(30000, 1001));
    h.mediaPath = "/films/n\u00e4cht train.mov";
    h.mediaIdentity = "size:123;hash:abc";
    h.sharesModel = SharesModel::CombinedWhole;
    return h;
}

NewCue newCue(std::int64_t in, std::int64_t out, const QString& title,
              std::optional<PartyList> writers = std::nullopt) {
    NewCue n;
    n.cue = cueAt(in, out);
    n.title = title;
    n.writers = std::move(writers);
    return n;
}

// A cue with every field set, so that each column is written and read.
NewCue richCue() {
    NewCue n = newCue(3, 9, "Night Train: Theme",
                      PartyList{party("Jane Roe", PartyRole::Composer, 5000, "PRS", "00052210040"),
                                party("John Doe", PartyRole::Author, 5000, "ASCAP")});
    n.publishers = PartyList{party("Rail Music", PartyRole::Publisher, 6000, "PRS"),
                             party("Sub Music", PartyRole::SubPublisher, 4000, "GEMA")};
    Cue& c = n.cue;
    c.lane = 2;
    c.in = Time::fromTicks(seconds(3).ticks() + 1); // not frame-aligned: ticks are exact
    c.tags = {MusicKind::Song,     Diegesis::Diegetic, true,
              Vocal::Instrumental, ThemeRole::Logo,    Origin::PublicDomain};
    c.usageOverride = "EE";
    c.isrc = "USRC17607839";
    c.sourceFile = "/audio/train \"1\".wav";
    c.libraryLabel = "Rail Records";
    c.libraryCatalogue = "RR 042";
    c.libraryTrack = "7";
    c.notes = "line one\nline two\t\u00e9";
    return n;
}

} // namespace

TEST_CASE("a created project file is ours and opens with the same data") {
    QTemporaryDir dir;
    const QString path = dir.filePath("night.cuesheet");
    QString error;
    {
        auto file = ProjectFile::create(path, fullHeader(), &error);
        INFO(error.toStdString());
        REQUIRE(file);
        CHECK_FALSE(file->isReadOnly());
        CHECK(file->path() == path);
        CHECK(file->loadedData() == ProjectData{fullHeader(), {}, {}});
    }
    // 0x43534854 = 'C' 'S' 'H' 'T' = 67 * 2^24 + 83 * 2^16 + 72 * 2^8 + 84 = 1129531476.
    CHECK(test::sqliteQuery(path, "PRAGMA application_id") == "1129531476");
    CHECK(test::sqliteQuery(path, "PRAGMA user_version") ==
          QString::number(ProjectFile::kSchemaVersion));
    CHECK(test::sqliteQuery(path, "PRAGMA foreign_key_check") == "");

    auto reopened = ProjectFile::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(reopened);
    CHECK(reopened->loadedData() == ProjectData{fullHeader(), {}, {}});
    CHECK_FALSE(reopened->historyLabels().undo.has_value());
}

TEST_CASE("create refuses an existing file and an invalid header, leaving nothing behind") {
    QTemporaryDir dir;
    const QString path = dir.filePath("taken.cuesheet");
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("someone's notes\n");
    }
    const QByteArray hash = test::sha256Of(path);
    QString error;
    CHECK_FALSE(ProjectFile::create(path, fullHeader(), &error));
    CHECK(error.contains(path));
    CHECK(error.contains("exists"));
    CHECK(test::sha256Of(path) == hash);

    ProjectHeader bad = fullHeader();
    bad.timecode = {FrameRate(25, 1), true};
    const QString other = dir.filePath("bad.cuesheet");
    CHECK_FALSE(ProjectFile::create(other, bad, &error));
    CHECK(error.contains(other));
    CHECK_FALSE(QFile::exists(other));
    CHECK(test::filesIn(dir.path()) == QStringList{"taken.cuesheet"});
}

TEST_CASE("every request writes through: reopening after each gives the same state") {
    QTemporaryDir dir;
    const QString path = dir.filePath("edits.cuesheet");
    QString error;
    REQUIRE(ProjectFile::create(path, fullHeader(), &error));

    using Step = std::function<bool(Project&)>;
    const std::vector<std::pair<const char*, Step>> steps{
        {"add a cue with every field", [](Project& p) { return !!p.requestAddCue(richCue()); }},
        {"add another title", [](Project& p) { return !!p.requestAddCue(newCue(20, 30, "Rain")); }},
        {"add a second use of a title",
         [](Project& p) { return !!p.requestAddCue(newCue(40, 45, "night train: theme")); }},
        {"set range",
         [](Project& p) { return p.requestSetCueRange(2, seconds(21), seconds(33), 1); }},
        {"move",
         [](Project& p) {
             return p.requestMoveCues({1, 3}, -seconds(1));
         }},
        {"bulk tag",
         [](Project& p) {
             return p.requestUpdateCues({1, 2, 3}, "Tag", [](Cue& c) {
                 c.tags.vocal.reset();
                 c.tags.origin = Origin::Library;
                 c.tags.diegesis = Diegesis::NonDiegetic;
             });
         }},
        {"retitle joins", [](Project& p) { return p.requestSetTitle(2, "Night Train: Theme"); }},
        {"retitle to a new work", [](Project& p) { return p.requestSetTitle(3, "Coda"); }},
        {"update work",
         [](Project& p) {
             return p.requestUpdateWork(p.cue(1)->workId, "Parties", [](Work& w) {
                 w.iswc = "T0345246801";
                 w.writers.pop_back();
                 w.publishers.push_back(party("Admin Co", PartyRole::Administrator, 0));
             });
         }},
        {"update header",
         [](Project& p) {
             return p.requestUpdateHeader("Header", [](ProjectHeader& h) {
                 h.timecode = {FrameRate(25, 1), false};
                 h.startFrame = 90'000;
                 h.sharesModel = SharesModel::EachSideWhole;
                 h.year = 0;
             });
         }},
        {"apply an import",
         [](Project& p) {
             ChangeSet change;
             change.label = "Import";
             Work w;
             w.id = p.nextWorkId();
             w.title = "Imported";
             change.works.push_back({w.id, std::nullopt, w});
             for (int i = 0; i < 5; ++i) {
                 Cue c = cueAt(100 + i, 101 + i);
                 c.id = p.nextCueId() + i;
                 c.workId = w.id;
                 change.cues.push_back({c.id, std::nullopt, c});
             }
             return p.requestApply(change);
         }},
        {"remove",
         [](Project& p) {
             return p.requestRemoveCues({1, 5});
         }},
        {"undo", [](Project& p) { return p.undo(); }},
        {"undo again", [](Project& p) { return p.undo(); }},
        {"redo", [](Project& p) { return p.redo(); }},
        {"compound edit",
         [](Project& p) {
             return p.requestEdit("Compound", [](ProjectData& d) {
                 d.cues.at(2).notes = "compound";
                 retitleCue(d, 2, "Rain");
             });
         }},
        {"undo the compound edit", [](Project& p) { return p.undo(); }},
    };

    ProjectData expected{fullHeader(), {}, {}};
    HistoryLabels expectedLabels;
    for (const auto& [name, step] : steps) {
        INFO(name);
        auto open = OpenProject::open(path);
        REQUIRE(open->data() == expected);
        REQUIRE(open->historyLabels().undo == expectedLabels.undo);
        REQUIRE(open->historyLabels().redo == expectedLabels.redo);
        const ProjectData before = open->data();
        const bool ok = step(*open.project);
        INFO(open->lastError().toStdString());
        REQUIRE(ok);
        CHECK_FALSE(open->data() == before);
        expected = open->data();
        expectedLabels = open->historyLabels();
        open.close();

        auto reopened = ProjectFile::open(path, &error);
        INFO(error.toStdString());
        REQUIRE(reopened);
        CHECK(reopened->loadedData() == expected);
    }
    CHECK(test::sqliteQuery(path, "PRAGMA integrity_check") == "ok");
    CHECK(test::sqliteQuery(path, "PRAGMA foreign_key_check") == "");
}

TEST_CASE("the undo history is stored: undo and redo work across reopening") {
    QTemporaryDir dir;
    const QString path = dir.filePath("history.cuesheet");
    QString error;
    REQUIRE(ProjectFile::create(path, fullHeader(), &error));

    std::vector<ProjectData> states;
    {
        auto open = OpenProject::open(path);
        states.push_back(open->data());
        REQUIRE(open->requestAddCue(newCue(0, 10, "A")));
        states.push_back(open->data());
        REQUIRE(open->requestAddCue(newCue(10, 20, "B")));
        states.push_back(open->data());
        REQUIRE(open->requestUpdateCues({1, 2}, "Tag 2 cues diegetic",
                                        [](Cue& c) { c.tags.diegesis = Diegesis::Diegetic; }));
        states.push_back(open->data());
    }
    {
        auto open = OpenProject::open(path);
        CHECK(open->canUndo());
        CHECK_FALSE(open->canRedo());
        CHECK(open->historyLabels().undo == "Tag 2 cues diegetic");
        REQUIRE(open->undo());
        CHECK(open->data() == states[2]);
    }
    {
        auto open = OpenProject::open(path);
        CHECK(open->data() == states[2]);
        CHECK(open->historyLabels().undo == "Add cue \"B\"");
        CHECK(open->historyLabels().redo == "Tag 2 cues diegetic");
        REQUIRE(open->redo());
        CHECK(open->data() == states[3]);
    }
    {
        auto open = OpenProject::open(path);
        CHECK(open->data() == states[3]);
        REQUIRE(open->undo());
        REQUIRE(open->undo());
        CHECK(open->data() == states[1]);
    }
    {
        // A new edit after undo (in another session) drops the redo steps for good.
        auto open = OpenProject::open(path);
        CHECK(open->historyLabels().redo == "Add cue \"B\"");
        REQUIRE(open->requestAddCue(newCue(30, 40, "C")));
    }
    {
        auto open = OpenProject::open(path);
        CHECK_FALSE(open->canRedo());
        CHECK(open->historyLabels().undo == "Add cue \"C\"");
        REQUIRE(open->undo());
        REQUIRE(open->undo());
        CHECK(open->data() == states[0]);
        CHECK_FALSE(open->canUndo());
    }
    auto last = ProjectFile::open(path, &error);
    REQUIRE(last);
    CHECK(last->loadedData() == states[0]);
}

TEST_CASE("Save As writes an identical, openable copy while the original stays in use") {
    QTemporaryDir dir;
    const QString path = dir.filePath("original.cuesheet");
    const QString copyPath = dir.filePath("copy.cuesheet");
    QString error;
    REQUIRE(ProjectFile::create(path, fullHeader(), &error));
    auto original = OpenProject::open(path);
    REQUIRE(original->requestAddCue(richCue()));
    const ProjectData afterFirst = original->data();
    REQUIRE(original->requestAddCue(newCue(20, 30, "Rain")));
    REQUIRE(original->requestAddCue(newCue(40, 50, "Snow")));
    REQUIRE(original->undo()); // the copy carries a redo step too
    const ProjectData state = original->data();
    REQUIRE(original.file->storeCachedBlob("peaks:1", QByteArray("\x00\x01\x02", 3), &error));

    REQUIRE(original.file->saveCopyAs(copyPath, &error));
    {
        auto copy = OpenProject::open(copyPath);
        CHECK(copy->data() == state);
        CHECK(copy->historyLabels().undo == "Add cue \"Rain\"");
        CHECK(copy->historyLabels().redo == "Add cue \"Snow\"");
        CHECK(copy.file->cachedBlob("peaks:1") == QByteArray("\x00\x01\x02", 3));
        REQUIRE(copy->undo());
        CHECK(copy->data() == afterFirst);
    }
    CHECK(test::sqliteQuery(copyPath, "PRAGMA application_id") == "1129531476");
    CHECK(test::sqliteQuery(copyPath, "PRAGMA user_version") ==
          QString::number(ProjectFile::kSchemaVersion));

    // The original is still the file being edited, and the copy does not follow it.
    REQUIRE(original->requestAddCue(newCue(60, 70, "Hail")));
    const ProjectData originalNow = original->data();
    original.close();
    auto reopened = ProjectFile::open(path, &error);
    REQUIRE(reopened);
    CHECK(reopened->loadedData() == originalNow);
    auto copyAgain = ProjectFile::open(copyPath, &error);
    REQUIRE(copyAgain);
    CHECK(copyAgain->loadedData() == afterFirst);

    SECTION("Save As does not overwrite an existing file") {
        const QByteArray copyHash = test::sha256Of(copyPath);
        CHECK_FALSE(reopened->saveCopyAs(copyPath, &error));
        CHECK(error.contains(copyPath));
        CHECK(error.contains("exists"));
        copyAgain.reset();
        CHECK(test::sha256Of(copyPath) == copyHash);
    }
}

TEST_CASE("cached blobs are stored, replaced and kept, outside the undo history") {
    QTemporaryDir dir;
    const QString path = dir.filePath("cache.cuesheet");
    QString error;
    REQUIRE(ProjectFile::create(path, fullHeader(), &error));
    QByteArray peaks(100'000, '\0');
    for (int i = 0; i < peaks.size(); ++i)
        peaks[i] = static_cast<char>(i * 7);
    {
        auto open = OpenProject::open(path);
        REQUIRE(open->requestAddCue(newCue(0, 10, "A")));
        const auto labels = open->historyLabels();
        CHECK_FALSE(open.file->cachedBlob("peaks:film").has_value());
        REQUIRE(open.file->storeCachedBlob("peaks:film", QByteArray("old"), &error));
        REQUIRE(open.file->storeCachedBlob("peaks:film", peaks, &error));
        REQUIRE(open.file->storeCachedBlob("thumbs:film", QByteArray(), &error));
        CHECK(open.file->cachedBlob("peaks:film") == peaks);
        CHECK(open.file->cachedBlob("thumbs:film") == QByteArray());
        CHECK(open.project->historyLabels().undo == labels.undo);
        CHECK(open.file->historyLabels().undo == labels.undo);
    }
    auto reopened = ProjectFile::open(path, &error);
    REQUIRE(reopened);
    CHECK(reopened->cachedBlob("peaks:film") == peaks);
    CHECK(reopened->cachedBlob("thumbs:film").has_value());
    CHECK_FALSE(reopened->cachedBlob("peaks:other").has_value());
    CHECK(reopened->loadedData().cues.size() == 1);
}

TEST_CASE("an edit based on rows another process has changed since is refused") {
    QTemporaryDir dir;
    const QString path = dir.filePath("shared.cuesheet");
    QString error;
    REQUIRE(ProjectFile::create(path, fullHeader(), &error));
    {
        auto setup = OpenProject::open(path);
        REQUIRE(setup->requestAddCue(newCue(0, 10, "A")));
        REQUIRE(setup->requestAddCue(newCue(20, 30, "B")));
    }
    // The editor (a) and a command run meanwhile (b) both have the file open.
    auto a = OpenProject::open(path);
    auto b = OpenProject::open(path);
    REQUIRE(a->requestSetCueRange(1, seconds(2), seconds(12), 0));
    const ProjectData afterA = a->data();
    const QByteArray hash = test::sha256Of(path);

    // b still sees cue 1 as it was: its edit of cue 1 would silently undo a's change.
    CHECK_FALSE(b->requestUpdateCues({1}, "Notes", [](Cue& c) { c.notes = "from b"; }));
    CHECK(b->lastError().contains(path));
    CHECK(b->lastError().contains("cue 1"));
    CHECK(b->lastError().contains("changed by another program"));
    CHECK(test::sha256Of(path) == hash);

    // What a did not touch, b may still change: the header, cue 2.
    REQUIRE(b->requestUpdateHeader("H", [](ProjectHeader& h) { h.year = 1999; }));
    REQUIRE(b->requestUpdateCues({2}, "Notes", [](Cue& c) { c.notes = "from b"; }));
    a.close();
    b.close();
    auto reopened = ProjectFile::open(path, &error);
    REQUIRE(reopened);
    CHECK(reopened->loadedData().cues.at(1) == afterA.cues.at(1));
    CHECK(reopened->loadedData().cues.at(2).notes == "from b");
    CHECK(reopened->loadedData().header.year == 1999);
}

TEST_CASE("a damaged history step is refused by undo and changes nothing") {
    QTemporaryDir dir;
    const QString path = dir.filePath("history.cuesheet");
    QString error;
    REQUIRE(ProjectFile::create(path, fullHeader(), &error));
    {
        auto open = OpenProject::open(path);
        REQUIRE(open->requestAddCue(newCue(0, 10, "A")));
        REQUIRE(open->requestAddCue(newCue(20, 30, "B")));
    }
    test::sqliteExec(path, "UPDATE history SET change = '{\"cues\": [{\"id\": \"2\", "
                           "\"after\": {\"id\": \"2\"}}]}' WHERE seq = (SELECT max(seq) "
                           "FROM history)");
    auto open = OpenProject::open(path);
    const ProjectData before = open->data();
    const QByteArray hash = test::sha256Of(path);
    CHECK_FALSE(open->undo());
    CHECK(open->lastError().contains(path));
    CHECK(open->lastError().contains("history is damaged"));
    CHECK(open->data() == before);
    CHECK(test::sha256Of(path) == hash);
}
