// Writing a file the user named as output: never over the open project (under any spelling)
// or anything but a regular file; atomically; "replaced" said when a file was there.
#include "cuesheet/interchange/output_file.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace cuesheet;

namespace {

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray readBytes(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList entriesOf(const QString& folder) {
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                  QDir::NoDotAndDotDot);
}

// The project as ProjectFile::filesOnDisk() names it.
QStringList projectFiles(const QString& project) {
    return {project, project + "-journal", project + "-wal", project + "-shm"};
}

// Writing `path` is refused with `reason`, and the folder holds what it held.
void requireRefused(const OutputTarget& target, const QString& reason) {
    const QString folder = QFileInfo(target.path).absolutePath();
    const QStringList before = entriesOf(folder);
    QString error;
    const auto written = writeOutputFile(target, "a,b\n", &error);
    INFO(error.toStdString());
    CHECK_FALSE(written);
    CHECK(error.startsWith(target.path + ": "));
    CHECK(error.contains(reason));
    CHECK(entriesOf(folder) == before);
}

} // namespace

TEST_CASE("an export creates a new file, replaces a regular one, and says which") {
    QTemporaryDir dir;
    const QString path = dir.filePath("sheet.csv");
    QString error;
    CHECK(writeOutputFile({path, {}}, "first\n", &error) == OutputWritten::Created);
    CHECK(readBytes(path) == "first\n");
    // A new file has the usual permissions (0666 less the umask), not a temporary's 0600.
    const mode_t mask = ::umask(022);
    ::umask(mask);
    CHECK(QFileInfo(path).permissions().testFlag(QFile::ReadOther) == ((mask & S_IROTH) == 0));

    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    CHECK(writeOutputFile({path, {}}, "second\n", &error) == OutputWritten::Replaced);
    CHECK(readBytes(path) == "second\n");
    CHECK(QFileInfo(path).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(entriesOf(dir.path()) == QStringList{"sheet.csv"});
}

TEST_CASE("an export never replaces the open project, however the path is spelled") {
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkdir("sub"));
    const QString project = dir.filePath("film.cuesheet");
    writeBytes(project, QByteArray("SQLite format 3\0 the project", 29));
    const QByteArray before = readBytes(project);
    const QStringList kept = projectFiles(project);

    SECTION("the same path") {
        requireRefused({project, kept}, "is the open project");
    }
    SECTION("another spelling of it") {
        requireRefused({dir.filePath("sub/../film.cuesheet"), kept}, "is the open project");
        const QString relative = QDir::current().relativeFilePath(project);
        requireRefused({relative, kept}, "is the open project");
    }
    SECTION("a symbolic link to it") {
        const QString link = dir.filePath("sub/link.csv");
        REQUIRE(QFile::link(project, link));
        requireRefused({link, kept}, "is the open project");
    }
    SECTION("a hard link to it") {
        const QString hard = dir.filePath("sub/hard.csv");
        REQUIRE(::link(QFile::encodeName(project).constData(),
                       QFile::encodeName(hard).constData()) == 0);
        requireRefused({hard, kept}, "is the open project");
    }
    SECTION("its rollback journal, even when there is none yet") {
        requireRefused({project + "-journal", kept}, "belongs to the open project");
        CHECK_FALSE(QFileInfo::exists(project + "-journal"));
    }
    SECTION("through a folder that is a symbolic link") {
        const QString folderLink = dir.filePath("alias");
        REQUIRE(QFile::link(dir.path(), folderLink));
        requireRefused({folderLink + "/film.cuesheet", kept}, "is the open project");
    }
    CHECK(readBytes(project) == before);
}

TEST_CASE("an export replaces only regular files") {
    QTemporaryDir dir;
    SECTION("a FIFO stays a FIFO") {
        const QString fifo = dir.filePath("pipe.csv");
        REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        requireRefused({fifo, {}}, "is a FIFO");
        struct stat status {};
        REQUIRE(::lstat(QFile::encodeName(fifo).constData(), &status) == 0);
        CHECK(S_ISFIFO(status.st_mode));
    }
    SECTION("a socket") {
        // (No device node here: a test that broke this rule would replace /dev/null.)
        const QString socketPath = dir.filePath("sheet.csv");
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        REQUIRE(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(socketPath);
        REQUIRE(static_cast<std::size_t>(name.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, name.constData(), static_cast<std::size_t>(name.size()));
        REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
        requireRefused({socketPath, {}}, "is a socket");
        struct stat status {};
        REQUIRE(::lstat(name.constData(), &status) == 0);
        CHECK(S_ISSOCK(status.st_mode));
        ::close(fd);
    }
    SECTION("a folder") {
        REQUIRE(QDir(dir.path()).mkdir("sheet.csv"));
        requireRefused({dir.filePath("sheet.csv"), {}}, "is a folder");
    }
    SECTION("a symbolic link, whose target stays as it was") {
        const QString target = dir.filePath("precious.txt");
        writeBytes(target, "keep me");
        const QString link = dir.filePath("sheet.csv");
        REQUIRE(QFile::link(target, link));
        requireRefused({link, {}}, "is a symbolic link");
        CHECK(readBytes(target) == "keep me");
        CHECK(QFileInfo(link).isSymLink());
    }
}

TEST_CASE("a failed export leaves the previous file and no temporary file") {
    QTemporaryDir dir;
    const QString path = dir.filePath("sheet.xlsx");
    writeBytes(path, "previous");
    QString error;
    const auto written = writeOutputFileWith(
        {path, {}},
        [](const QString& temporaryPath, QString* why) {
            QFile half(temporaryPath);
            half.open(QIODevice::WriteOnly);
            half.write("half a workbook");
            *why = "a cell is too long";
            return false;
        },
        &error);
    CHECK_FALSE(written);
    CHECK(error == path + ": cannot write: a cell is too long");
    CHECK(readBytes(path) == "previous");
    CHECK(entriesOf(dir.path()) == QStringList{"sheet.xlsx"});

    const QString nowhere = dir.filePath("no/such/folder/sheet.csv");
    CHECK_FALSE(writeOutputFile({nowhere, {}}, "x", &error));
    CHECK(error.startsWith(nowhere + ": cannot write: the folder"));
}
