// Project files nobody here vouches for: a crash journal that belongs to another file (or to
// another state of this one), and a file carrying SQL of someone else's (a trigger, a view,
// an extra table or index). Each is refused with a clear message and left as it was.
#include "model_test_support.h"
#include "store_test_support.h"

#include <QTemporaryDir>

using namespace cuesheet;
using test::OpenProject;

namespace {

NewCue newCue(std::int64_t in, std::int64_t out, const QString& title) {
    NewCue n;
    n.cue = test::cueAt(in, out);
    n.title = title;
    return n;
}

// A project of `cues` cues titled "<prefix> N".
void makeProject(const QString& path, int cues, const QString& prefix) {
    QString error;
    REQUIRE(ProjectFile::create(path, test::header24(), &error));
    auto open = OpenProject::open(path);
    for (int i = 0; i < cues; ++i)
        REQUIRE(open->requestAddCue(
            newCue(i * 20, i * 20 + 10, QString("%1 %2").arg(prefix).arg(i + 1))));
}

int cueCount(const QString& path) {
    return test::sqliteQuery(path, "SELECT count(*) FROM cue").toInt();
}

// What a crash in the middle of a write transaction leaves: the database file, partly
// written, and its hot journal. A write transaction as ProjectFile makes it (the project
// row first, then cue rows) runs on its own connection with a one-page cache, so SQLite
// syncs the journal and writes pages to the file before the commit (cache spill); the files
// are copied to `crashedPath` (and its -journal) while the transaction is still open.
void copyCrashImage(const QString& path, const QString& crashedPath) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
            SQLITE_OK);
    auto exec = [&](const char* sql) {
        char* message = nullptr;
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
        INFO(sql << ": " << (message ? message : ""));
        sqlite3_free(message);
        REQUIRE(rc == SQLITE_OK);
    };
    exec("PRAGMA cache_size = 1");
    exec("BEGIN IMMEDIATE");
    exec("UPDATE project SET write_serial = write_serial + 1 WHERE id = 1");
    exec("DELETE FROM cue");
    exec("INSERT INTO cache (key, value) VALUES ('filler', zeroblob(200000))");
    const QString journal = path + "-journal";
    REQUIRE(QFile::exists(journal));
    QFile::remove(crashedPath);
    QFile::remove(crashedPath + "-journal");
    REQUIRE(QFile::copy(path, crashedPath));
    REQUIRE(QFile::copy(journal, crashedPath + "-journal"));
    exec("ROLLBACK");
    sqlite3_close(db);
}

// Opening `path` is refused with `reason`; the file and the journal beside it are unchanged.
void requireRefusedWithJournal(const QString& path, const QString& reason) {
    const QString journal = path + "-journal";
    const QByteArray fileBefore = test::sha256Of(path);
    const QByteArray journalBefore = test::sha256Of(journal);
    QString error;
    const auto file = ProjectFile::open(path, &error);
    INFO(error.toStdString());
    CHECK_FALSE(file);
    CHECK(error.startsWith(path + ": "));
    CHECK(error.contains(QFileInfo(journal).fileName()));
    CHECK(error.contains(reason));
    CHECK(test::sha256Of(path) == fileBefore);
    REQUIRE(QFile::exists(journal));
    CHECK(test::sha256Of(journal) == journalBefore);
}

} // namespace

TEST_CASE("a crash journal of this project's own last write is rolled back") {
    QTemporaryDir dir;
    const QString path = dir.filePath("x.cuesheet");
    makeProject(path, 8, "X");
    const QString crashed = dir.filePath("crashed.cuesheet");
    copyCrashImage(path, crashed);
    // The crash image really is half-written: the file alone no longer holds the cues.
    {
        QTemporaryDir other;
        const QString alone = other.filePath("alone.cuesheet");
        REQUIRE(QFile::copy(crashed, alone));
        CHECK(cueCount(alone) < 8);
    }
    auto open = OpenProject::open(crashed);
    CHECK(open->data().cues.size() == 8);
    CHECK_FALSE(QFile::exists(crashed + "-journal"));
    CHECK(test::sqliteQuery(crashed, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("another project's crash journal beside a project is refused, both left as they are") {
    QTemporaryDir dir;
    const QString x = dir.filePath("x.cuesheet");
    const QString y = dir.filePath("y.cuesheet");
    makeProject(x, 1, "X");
    makeProject(y, 8, "Y");
    const QString crashedX = dir.filePath("crashed-x.cuesheet");
    copyCrashImage(x, crashedX);
    REQUIRE(QFile::copy(crashedX + "-journal", y + "-journal"));

    requireRefusedWithJournal(y, "left by another project");
    // Once the stray journal is moved away, y opens as it was.
    REQUIRE(QFile::remove(y + "-journal"));
    auto open = OpenProject::open(y);
    CHECK(open->data().cues.size() == 8);
}

TEST_CASE("a later crash journal beside a restored backup is refused") {
    QTemporaryDir dir;
    const QString path = dir.filePath("film.cuesheet");
    makeProject(path, 3, "Cue");
    const QString backup = dir.filePath("backup.cuesheet");
    REQUIRE(QFile::copy(path, backup));
    {
        auto open = OpenProject::open(path);
        REQUIRE(open->requestAddCue(newCue(100, 110, "Later")));
        REQUIRE(open->requestAddCue(newCue(120, 130, "Later still")));
    }
    const QString crashed = dir.filePath("crashed.cuesheet");
    copyCrashImage(path, crashed);
    // The backup restored over the file, next to the journal the crash left.
    REQUIRE(QFile::remove(path));
    REQUIRE(QFile::copy(backup, path));
    REQUIRE(QFile::copy(crashed + "-journal", path + "-journal"));

    requireRefusedWithJournal(path, "a later state of this project");
}

TEST_CASE("a copy made by Save As has an identity of its own") {
    QTemporaryDir dir;
    const QString path = dir.filePath("film.cuesheet");
    makeProject(path, 2, "Cue");
    const QString copy = dir.filePath("copy.cuesheet");
    {
        auto open = OpenProject::open(path);
        QString error;
        REQUIRE(open.file->saveCopyAs(copy, &error));
    }
    const QString identity = test::sqliteQuery(path, "SELECT identity FROM project");
    CHECK(identity.size() == 32);
    CHECK(test::sqliteQuery(copy, "SELECT identity FROM project").size() == 32);
    CHECK(test::sqliteQuery(copy, "SELECT identity FROM project") != identity);
    // So the original's crash journal is not rolled into the copy.
    const QString crashed = dir.filePath("crashed.cuesheet");
    copyCrashImage(path, crashed);
    REQUIRE(QFile::copy(crashed + "-journal", copy + "-journal"));
    requireRefusedWithJournal(copy, "left by another project");
}

TEST_CASE("a project carrying SQL it did not make is refused and left unchanged") {
    QTemporaryDir dir;
    const QString path = dir.filePath("film.cuesheet");
    makeProject(path, 5, "Cue");
    const auto [sql, reason] = GENERATE(table<const char*, const char*>({
        {"CREATE TRIGGER wipe AFTER INSERT ON cue BEGIN DELETE FROM cue; END", "trigger 'wipe'"},
        {"CREATE VIEW every_cue AS SELECT * FROM cue", "view 'every_cue'"},
        {"CREATE TABLE notes (x)", "table 'notes'"},
        {"CREATE INDEX cue_by_notes ON cue(notes)", "index 'cue_by_notes'"},
        {"ALTER TABLE cue ADD COLUMN extra TEXT", "table 'cue' differs"},
        {"DROP INDEX cue_by_work", "index 'cue_by_work' is missing"},
    }));
    INFO(sql);
    test::sqliteExec(path, sql);
    const QByteArray before = test::sha256Of(path);
    QString error;
    const auto file = ProjectFile::open(path, &error);
    INFO(error.toStdString());
    CHECK_FALSE(file);
    CHECK(error.startsWith(path + ": the project file was altered outside Cue Sheet Editor"));
    CHECK(error.contains(reason));
    CHECK(test::sha256Of(path) == before);
    CHECK(cueCount(path) == 5);
}

TEST_CASE("a read-only project with a crash journal says what it is, not 'damaged'") {
    QTemporaryDir dir;
    const QString path = dir.filePath("x.cuesheet");
    makeProject(path, 2, "X");
    const QString crashed = dir.filePath("crashed.cuesheet");
    copyCrashImage(path, crashed);
    REQUIRE(QFile::setPermissions(crashed, QFile::ReadOwner | QFile::ReadGroup));
    requireRefusedWithJournal(crashed, "must be rolled back");
    QString error;
    ProjectFile::open(crashed, &error);
    CHECK(error.contains("read-only"));
    CHECK_FALSE(error.contains("damaged"));
}

TEST_CASE("a damaged history step is refused and named; the project stays as it is") {
    QTemporaryDir dir;
    const QString path = dir.filePath("film.cuesheet");
    makeProject(path, 3, "Cue");
    const auto [damage, reason] = GENERATE(table<const char*, const char*>({
        {"UPDATE history SET change = 'not json' WHERE seq = (SELECT max(seq) FROM history)",
         "is not valid JSON"},
        {"UPDATE history SET change = substr(change, 1, length(change) - 1) "
         "WHERE seq = (SELECT max(seq) FROM history)",
         "is not valid JSON"},
        {"UPDATE history SET change = '[1, 2]' WHERE seq = (SELECT max(seq) FROM history)",
         "is not a JSON object"},
        {"UPDATE history SET change = '{\"label\": \"Add cue\"}' "
         "WHERE seq = (SELECT max(seq) FROM history)",
         "changes nothing"},
        {"UPDATE history SET label = 'Delete everything' "
         "WHERE seq = (SELECT max(seq) FROM history)",
         "not the one its label names"},
    }));
    INFO(damage);
    test::sqliteExec(path, damage);
    const QByteArray before = test::sha256Of(path);
    auto open = OpenProject::open(path);
    CHECK_FALSE(open->undo());
    INFO(open->lastError().toStdString());
    CHECK(open->lastError().startsWith(path + ": the undo history is damaged: step 3"));
    CHECK(open->lastError().contains(reason));
    CHECK(open->data().cues.size() == 3);
    CHECK(test::sha256Of(path) == before);
    // The rest stays usable: a new edit is made and undone.
    REQUIRE(open->requestAddCue(newCue(100, 110, "After")));
    CHECK(open->data().cues.size() == 4);
    REQUIRE(open->undo());
    CHECK(open->data().cues.size() == 3);
}

TEST_CASE("a file another program holds locked is 'in use', not 'damaged', and is left as it is") {
    QTemporaryDir dir;
    const QString path = dir.filePath("film.cuesheet");
    makeProject(path, 2, "Cue");
    auto open = OpenProject::open(path); // opened before the other program takes the lock

    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &other, SQLITE_OPEN_READWRITE, nullptr) ==
            SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);

    QString error;
    CHECK_FALSE(ProjectFile::open(path, &error));
    INFO(error.toStdString());
    CHECK(error.startsWith(path + ": the file is in use by another program"));
    CHECK_FALSE(error.contains("damaged"));

    CHECK_FALSE(open->requestAddCue(newCue(100, 110, "While locked")));
    CHECK(open->lastError().contains("in use by another program"));
    CHECK(open->data().cues.size() == 2);

    REQUIRE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(other);
    CHECK(open->requestAddCue(newCue(100, 110, "After")));
    CHECK(cueCount(path) == 3);
}
