// The music library in the project file: its rows, links from cues, and the upgrade of a
// version-1 file (made before the library existed) to version 2.
#include "cuesheet/model/project.h"

#include "model_test_support.h"
#include "store_test_support.h"

#include <QFile>
#include <QTemporaryDir>

using namespace cuesheet;
using test::cueAt;
using test::OpenProject;
using test::party;
using test::seconds;

namespace {

LibraryFile taggedFile() {
    LibraryFile f;
    f.path = "/music/n\u00e4cht/Rain \"v2\".flac";
    f.fileName = "Rain \"v2\".flac";
    f.title = "Rain Over Water";
    f.artists = {"The Drops", "The Drops", "[\"not JSON\"]"}; // repeats and brackets survive
    f.composers = {"Ann Smith", "Bob Jones"};
    f.lyricists = {"Bob Jones"};
    f.album = "Weather";
    f.label = "Cloud Records";
    f.isrc = "GB-AYE-24-00001";
    f.comment = "line one\nline two";
    f.duration = Time::fromRational(4'135'501, 1, 44'100, Rounding::Nearest);
    f.format = "FLAC";
    return f;
}

LibraryFile bareFile(const QString& path) {
    LibraryFile f;
    f.path = path;
    f.fileName = path.mid(path.lastIndexOf('/') + 1);
    f.title = f.fileName.left(f.fileName.lastIndexOf('.'));
    return f;
}

NewCue newCue(std::int64_t in, std::int64_t out, const QString& title) {
    NewCue n;
    n.cue = cueAt(in, out);
    n.title = title;
    return n;
}

QString copyOfV1(const QTemporaryDir& dir) {
    const QString path = dir.filePath("v1.cuesheet");
    REQUIRE(QFile::copy(QString(CUESHEET_TEST_DATA_DIR) + "/project/v1.cuesheet", path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    return path;
}

} // namespace

TEST_CASE("library store: files, lists and links are written through and read back") {
    QTemporaryDir dir;
    const QString path = dir.filePath("library.cuesheet");
    QString error;
    REQUIRE(ProjectFile::create(path, test::header24(), &error));
    ProjectData expected;
    {
        auto open = OpenProject::open(path);
        REQUIRE(open->requestAddCue(newCue(0, 10, "rain \"v2\"")));
        const auto ids = open->requestAddLibraryFiles({taggedFile(), bareFile("/music/Sting.wav")});
        REQUIRE(ids);
        REQUIRE(*ids == std::vector<LibraryFileId>{1, 2});
        QStringList filled;
        REQUIRE(open->requestLinkCue(1, 1, &filled));
        CHECK(filled.contains("title"));
        expected = open->data();
    }
    auto reopened = ProjectFile::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(reopened);
    CHECK(reopened->loadedData() == expected);
    const LibraryFile& f = reopened->loadedData().libraryFiles.at(1);
    CHECK(f.artists == QStringList{"The Drops", "The Drops", "[\"not JSON\"]"});
    CHECK(f.duration == taggedFile().duration);
    CHECK(reopened->loadedData().cues.at(1).libraryFileId == 1);
    reopened.reset();

    // Stored as the file format says: lists as JSON arrays, a link as the row id, no link NULL.
    CHECK(test::sqliteQuery(path, "SELECT composers FROM library_file WHERE id = 1") ==
          "[\"Ann Smith\",\"Bob Jones\"]");
    CHECK(test::sqliteQuery(path, "SELECT library_file_id FROM cue WHERE id = 1") == "1");
    CHECK(test::sqliteQuery(path, "SELECT duration_ticks FROM library_file WHERE id = 1") ==
          QString::number(taggedFile().duration.ticks()));
    {
        auto open = OpenProject::open(path);
        REQUIRE(open->requestLinkCue(1, 0));
    }
    CHECK(test::sqliteQuery(path, "SELECT library_file_id IS NULL FROM cue WHERE id = 1") == "1");
}

TEST_CASE("library store: undo and redo of library steps work across reopening") {
    QTemporaryDir dir;
    const QString path = dir.filePath("undo.cuesheet");
    QString error;
    REQUIRE(ProjectFile::create(path, test::header24(), &error));
    ProjectData beforeLink;
    ProjectData afterLink;
    {
        auto open = OpenProject::open(path);
        REQUIRE(open->requestAddCue(newCue(0, 10, "Rain \"v2\"")));
        REQUIRE(open->requestAddLibraryFiles({taggedFile()}));
        beforeLink = open->data();
        REQUIRE(open->requestLinkCue(1, 1));
        afterLink = open->data();
    }
    {
        auto open = OpenProject::open(path);
        CHECK(open->data() == afterLink);
        REQUIRE(open->undo());
        CHECK(open->data() == beforeLink);
    }
    {
        auto open = OpenProject::open(path);
        CHECK(open->data() == beforeLink);
        REQUIRE(open->undo()); // the add of the library file
        CHECK(open->data().libraryFiles.empty());
        REQUIRE(open->redo());
        REQUIRE(open->redo());
        CHECK(open->data() == afterLink);
    }
    {
        auto open = OpenProject::open(path);
        CHECK(open->data() == afterLink);
        // Removing the file unlinks the cue in the same step; the foreign key holds.
        REQUIRE(open->requestRemoveLibraryFiles({1}));
        CHECK(open->data().cues.at(1).libraryFileId == 0);
        REQUIRE(open->undo());
        CHECK(open->data() == afterLink);
    }
    auto reopened = ProjectFile::open(path, &error);
    REQUIRE(reopened);
    CHECK(reopened->loadedData() == afterLink);
}

TEST_CASE("library store: a library file another process changed is not overwritten") {
    QTemporaryDir dir;
    const QString path = dir.filePath("shared.cuesheet");
    QString error;
    REQUIRE(ProjectFile::create(path, test::header24(), &error));
    {
        auto setup = OpenProject::open(path);
        REQUIRE(setup->requestAddCue(newCue(0, 10, "A")));
        REQUIRE(setup->requestAddLibraryFiles({taggedFile()}));
    }
    auto a = OpenProject::open(path);
    auto b = OpenProject::open(path);
    REQUIRE(a->requestRemoveLibraryFiles({1}));
    const QByteArray hash = test::sha256Of(path);
    // b still sees file 1: linking to it now would refer to a row that is gone.
    CHECK_FALSE(b->requestLinkCue(1, 1));
    CHECK(b->lastError().contains("library file 1"));
    CHECK(test::sha256Of(path) == hash);
}

TEST_CASE("library store: a version-1 file is upgraded, keeping every cue and the history") {
    // tests/data/project/v1.cuesheet was made by the version-1 `cuesheet` command before the
    // library existed (tests/data/README.md lists the commands): 24 fps from 01:00:00:00,
    // four cues, director "Jane Doe", seven history steps of which the last ("Remove cue",
    // of cue 4) is undone.
    QTemporaryDir dir;
    const QString path = copyOfV1(dir);
    REQUIRE(test::sqliteQuery(path, "PRAGMA user_version") == "1");
    REQUIRE(test::sqliteQuery(path, "SELECT count(*) FROM sqlite_master WHERE name = "
                                    "'library_file'") == "0");

    auto open = OpenProject::open(path);
    const ProjectData& data = open->data();
    CHECK(test::sqliteQuery(path, "PRAGMA user_version") ==
          QString::number(ProjectFile::kSchemaVersion));
    CHECK(ProjectFile::kSchemaVersion == 3);
    CHECK(data.header.productionTitle == "Night Train");
    CHECK(data.header.director == "Jane Doe");
    CHECK(data.header.timecode.rate == FrameRate(24, 1));
    CHECK(data.header.startFrame == 86'400);
    CHECK(data.libraryFiles.empty());

    struct Expected {
        CueId id;
        const char* title;
        Time in;
        Time out;
    };
    const Expected expected[] = {
        {1, "Rain", seconds(10), seconds(40)},
        {2, "chimes they fade", seconds(60), seconds(90) + Time::fromFrames(12, FrameRate(24, 1))},
        {3, "Rain", seconds(120), seconds(140)},
        {4, "Logo", seconds(180), seconds(185)},
    };
    REQUIRE(data.cues.size() == 4);
    for (const auto& e : expected) {
        INFO(e.id);
        const Cue& c = data.cues.at(e.id);
        CHECK(open->titleOf(c) == e.title);
        CHECK(c.in == e.in);
        CHECK(c.out == e.out);
        CHECK(c.libraryFileId == 0);
    }
    CHECK(data.cues.at(1).tags.kind == MusicKind::Song);
    CHECK(data.cues.at(1).sourceFile == "/music/Rain.wav");
    CHECK(data.cues.at(2).notes == "Clip: chimes they fade.ogg");
    CHECK(data.cues.at(3).isrc == "GBAYE0000001");
    CHECK(data.cues.at(4).tags.theme == ThemeRole::Logo);
    CHECK(data.cues.at(1).workId == data.cues.at(3).workId);
    const Work& rain = data.works.at(data.cues.at(1).workId);
    CHECK(rain.writers == PartyList{party("Ann Smith", PartyRole::Composer, 5000, "PRS"),
                                    party("Bob Jones", PartyRole::Author, 5000, "PRS")});
    CHECK(rain.publishers == PartyList{party("Rain Music", PartyRole::Publisher, 10000, "PRS")});

    // The history survived: its steps (JSON without library fields) undo and redo.
    CHECK(open->historyLabels().undo == QString("Set director"));
    CHECK(open->historyLabels().redo == QString("Remove cue"));
    REQUIRE(open->redo()); // removes cue 4
    CHECK(open->data().cues.count(4) == 0);
    REQUIRE(open->undo());
    CHECK(open->data().cues.count(4) == 1);
    REQUIRE(open->undo()); // Set director
    CHECK(open->data().header.director.isEmpty());
    REQUIRE(open->undo()); // Edit cue 2
    CHECK(open->data().cues.at(2).notes.isEmpty());
    const ProjectData older = open->data();

    // New edits of the upgraded file use the library and survive reopening.
    REQUIRE(open->requestAddLibraryFiles({bareFile("/music/chimes they fade.ogg")}));
    REQUIRE(open->requestLinkCue(2, 1));
    CHECK(open->data().cues.at(2).sourceFile == "/music/chimes they fade.ogg");
    const ProjectData latest = open->data();
    open.close();

    auto reopened = OpenProject::open(path);
    CHECK(reopened->data() == latest);
    REQUIRE(reopened->undo());
    REQUIRE(reopened->undo());
    CHECK(reopened->data() == older);
}

TEST_CASE("library store: a damaged list column is reported as damage") {
    QTemporaryDir dir;
    const QString path = dir.filePath("damaged.cuesheet");
    QString error;
    REQUIRE(ProjectFile::create(path, test::header24(), &error));
    {
        auto open = OpenProject::open(path);
        REQUIRE(open->requestAddLibraryFiles({taggedFile()}));
    }
    test::sqliteExec(path, "UPDATE library_file SET lyricists = 'Bob Jones' WHERE id = 1");
    CHECK_FALSE(ProjectFile::open(path, &error));
    CHECK(error.contains(path));
    CHECK(error.contains("damaged"));
    CHECK(error.contains("library file 1"));
}
