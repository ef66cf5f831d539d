#include "model_test_support.h"
#include "store_test_support.h"

#include <QTemporaryDir>

#include <random>

using namespace cuesheet;
using test::cueAt;
using test::OpenProject;

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Opening `path` is refused with an error naming the file and containing `reason`, and
// neither the file nor its folder changes (no journal or other file left beside it).
void requireRefused(const QString& path, const QString& reason) {
    const QString folder = QFileInfo(path).absolutePath();
    const QStringList filesBefore = test::filesIn(folder);
    const bool exists = QFileInfo(path).isFile();
    const QByteArray before = exists ? test::sha256Of(path) : QByteArray();
    QString error;
    const auto file = ProjectFile::open(path, &error);
    INFO(error.toStdString());
    CHECK_FALSE(file);
    CHECK(error.startsWith(path + ": "));
    CHECK(error.contains(reason));
    if (exists)
        CHECK(test::sha256Of(path) == before);
    CHECK(test::filesIn(folder) == filesBefore);
}

ProjectData makeProject(const QString& path, int cues, int notesLength) {
    QString error;
    REQUIRE(ProjectFile::create(path, test::header24(), &error));
    auto open = OpenProject::open(path);
    // Imports of 50 cues each: a few transactions, many pages.
    for (int first = 0; first < cues; first += 50) {
        ChangeSet change;
        change.label = "Import";
        Work w;
        w.id = open->nextWorkId();
        w.title = QString("Reel %1").arg(first / 50 + 1);
        change.works.push_back({w.id, std::nullopt, w});
        for (int i = first; i < std::min(cues, first + 50); ++i) {
            Cue c = cueAt(i * 10, i * 10 + 5);
            c.id = open->nextCueId() + (i - first);
            c.workId = w.id;
            c.notes = QString(notesLength, QChar('a' + i % 26));
            change.cues.push_back({c.id, std::nullopt, c});
        }
        REQUIRE(open->requestApply(change));
    }
    return open->data();
}

} // namespace

TEST_CASE("a file that is not SQLite is refused and left unchanged") {
    QTemporaryDir dir;
    SECTION("a text file") {
        const QString path = dir.filePath("notes.cuesheet");
        writeFile(path, "Seq,Title,In,Out\n1,Main Title,01:00:00:00,01:00:30:00\n");
        requireRefused(path, "not an SQLite database");
    }
    SECTION("an empty file") {
        const QString path = dir.filePath("empty.cuesheet");
        writeFile(path, QByteArray());
        requireRefused(path, "not an SQLite database");
    }
    SECTION("random bytes") {
        const QString path = dir.filePath("noise.cuesheet");
        std::mt19937 random(7);
        QByteArray bytes(8192, '\0');
        for (auto& b : bytes)
            b = static_cast<char>(random() & 0xff);
        writeFile(path, bytes);
        requireRefused(path, "not an SQLite database");
    }
    SECTION("the SQLite magic followed by garbage") {
        const QString path = dir.filePath("fake.cuesheet");
        QByteArray bytes("SQLite format 3", 16);
        bytes.append(QByteArray(4096, '\xee'));
        writeFile(path, bytes);
        requireRefused(path, "damaged");
    }
}

TEST_CASE("an SQLite database of another program is refused and left unchanged") {
    QTemporaryDir dir;
    const QString path = dir.filePath("other.db");
    test::sqliteExec(path, "CREATE TABLE contacts (name TEXT); "
                           "INSERT INTO contacts VALUES ('Jane');");
    REQUIRE(test::sqliteQuery(path, "PRAGMA application_id") == "0");
    requireRefused(path, "another program");

    const QString tagged = dir.filePath("tagged.db");
    test::sqliteExec(tagged, "PRAGMA application_id = 1234; CREATE TABLE t (x);");
    requireRefused(tagged, "another program");
}

TEST_CASE("a file from a newer version is refused and left unchanged") {
    QTemporaryDir dir;
    const QString path = dir.filePath("future.cuesheet");
    makeProject(path, 3, 10);
    const QByteArray newer =
        QString("PRAGMA user_version = %1").arg(ProjectFile::kSchemaVersion + 1).toUtf8();
    test::sqliteExec(path, newer.constData());
    requireRefused(path, "newer version");
    requireRefused(path, QString("file format %1").arg(ProjectFile::kSchemaVersion + 1));

    // A negative version was never written by any version: damaged.
    test::sqliteExec(path, "PRAGMA user_version = -1");
    requireRefused(path, "damaged");
}

TEST_CASE("a damaged file is refused and left unchanged") {
    QTemporaryDir dir;
    const QString path = dir.filePath("damaged.cuesheet");
    const ProjectData data = makeProject(path, 400, 200);
    REQUIRE(data.cues.size() == 400);
    const int pageSize = test::sqliteQuery(path, "PRAGMA page_size").toInt();
    const int pageCount = test::sqliteQuery(path, "PRAGMA page_count").toInt();
    INFO("pages: " << pageCount << " of " << pageSize << " bytes");
    REQUIRE(pageCount >= 40);
    // Overwrite one page in the middle: whatever it held (a b-tree page, an overflow page),
    // its header or its page pointers are now invalid.
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(static_cast<qint64>(pageCount / 2 - 1) * pageSize));
        REQUIRE(f.write(QByteArray(pageSize, '\xa5')) == pageSize);
    }
    requireRefused(path, "damaged");
}

TEST_CASE("a missing file or a folder is refused") {
    QTemporaryDir dir;
    requireRefused(dir.filePath("missing.cuesheet"), "no such file");
    CHECK_FALSE(QFile::exists(dir.filePath("missing.cuesheet")));
    QDir(dir.path()).mkdir("folder.cuesheet");
    requireRefused(dir.filePath("folder.cuesheet"), "not a file");
}

TEST_CASE("a read-only file opens read-only, refuses edits and stays unchanged") {
    QTemporaryDir dir;
    const QString path = dir.filePath("locked.cuesheet");
    const ProjectData data = makeProject(path, 2, 5);
    {
        auto open = OpenProject::open(path);
        REQUIRE(open->undo()); // leaves a redo step
        REQUIRE(open->redo());
    }
    // 0444. Tests may run as root, who may write anyway: the store goes by the owner's bit.
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray hash = test::sha256Of(path);
    const QStringList files = test::filesIn(dir.path());
    {
        QString error;
        auto file = ProjectFile::open(path, &error);
        INFO(error.toStdString());
        REQUIRE(file);
        CHECK(file->isReadOnly());
        CHECK(file->loadedData() == data);
        Project project(file->loadedData(), *file);
        CHECK(project.canUndo());

        CHECK_FALSE(project.requestAddCue({cueAt(100, 110), "New", {}, {}}));
        CHECK(project.lastError().contains(path));
        CHECK(project.lastError().contains("read-only"));
        CHECK_FALSE(project.requestRemoveCues({1}));
        CHECK(project.lastError().contains("read-only"));
        CHECK_FALSE(project.undo());
        CHECK(project.lastError().contains("read-only"));
        CHECK_FALSE(project.requestUpdateHeader("H", [](ProjectHeader& h) { h.year = 2000; }));
        CHECK(project.data() == data);
        CHECK_FALSE(file->storeCachedBlob("peaks", QByteArray("x"), &error));
        CHECK(error.contains("read-only"));

        // Save As is the way out: the copy is an ordinary, writable project.
        const QString copy = dir.filePath("copy.cuesheet");
        REQUIRE(file->saveCopyAs(copy, &error));
        auto copyFile = ProjectFile::open(copy, &error);
        REQUIRE(copyFile);
        CHECK_FALSE(copyFile->isReadOnly());
        CHECK(copyFile->loadedData() == data);
        QFile::remove(copy);
    }
    CHECK(test::sha256Of(path) == hash);
    CHECK(test::filesIn(dir.path()) == files);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("an empty version-0 database of ours is upgraded to the current schema") {
    QTemporaryDir dir;
    const QString path = dir.filePath("v0.cuesheet");
    // What the first step of creating a project leaves: our id, version 0, no tables.
    test::sqliteExec(path, "PRAGMA application_id = 1129531476");
    REQUIRE(test::sqliteQuery(path, "PRAGMA user_version") == "0");

    SECTION("writable: upgraded in place") {
        {
            auto open = OpenProject::open(path);
            CHECK(open->data() == ProjectData{});
            CHECK_FALSE(open.file->isReadOnly());
            REQUIRE(open->requestAddCue({cueAt(0, 10), "A", {}, {}}));
        }
        CHECK(test::sqliteQuery(path, "PRAGMA user_version") ==
              QString::number(ProjectFile::kSchemaVersion));
        auto open = OpenProject::open(path);
        CHECK(open->cues().size() == 1);
        CHECK(open->canUndo());
    }
    SECTION("read-only: refused, since it cannot be upgraded") {
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner));
        requireRefused(path, "read-only");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
}
