// The project file through the `cuesheet` command: files that are not ours, from a newer
// version or damaged are refused by every command and left byte for byte unchanged; a
// read-only project opens, says so, and refuses edits.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>
#include <sys/stat.h>

namespace {

// Changes a file behind the program's back, as another tool (or an older version) would.
void sqliteExecForTest(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
            SQLITE_OK);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

QString newProject(const Scratch& scratch) {
    const QString file = scratch.path("film.cuesheet");
    const auto r = runCli({"new", file, "--title", "Film", "--rate", "25", "--start", "01:00:00:00",
                           "--running-time", "00:10:00:00"});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    for (int i = 0; i < 3; ++i) {
        const QString in = QString("01:0%1:00:00").arg(i + 1);
        const QString out = QString("01:0%1:30:00").arg(i + 1);
        REQUIRE(runCli({"add-cue", file, "--in", in, "--out", out, "--title",
                        QString("Cue %1").arg(i + 1)})
                    .exitCode == 0);
    }
    return file;
}

// SQLite's database header (https://www.sqlite.org/fileformat.html, section 1.3): big-endian
// 4-byte user_version at offset 60 and application_id at offset 68; the page size at 16.
void writeHeaderInt(const QString& path, qint64 offset, quint32 value) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    const char bytes[4] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    REQUIRE(f.write(bytes, 4) == 4);
}

void requireRefusedByEveryCommand(const QString& file, const QString& reason) {
    const QByteArray before = sha256(file);
    const QList<QStringList> commands = {
        {"info", file},
        {"list", file, "--json"},
        {"validate", file},
        {"export", file},
        {"add-cue", file, "--in", "01:05:00:00", "--out", "01:05:10:00", "--title", "New"},
        {"set", file, "director", "Someone"},
        {"undo", file},
    };
    for (const auto& command : commands) {
        const auto r = runCli(command);
        INFO(command.join(' ').toStdString() << "\n" << r.errText().toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.errText().contains(file));
        CHECK(r.errText().contains(reason));
        CHECK(r.out.isEmpty());
    }
    CHECK(sha256(file) == before);
}

} // namespace

TEST_CASE("cli: a project file of another program is refused and left unchanged") {
    Scratch scratch;
    const QString file = newProject(scratch);
    writeHeaderInt(file, 68, 0x12345678);
    requireRefusedByEveryCommand(file, "another program");
}

TEST_CASE("cli: a project file from a newer version is refused and left unchanged") {
    Scratch scratch;
    const QString file = newProject(scratch);
    writeHeaderInt(file, 60, 9999);
    requireRefusedByEveryCommand(file, "newer version");
}

TEST_CASE("cli: a damaged project file is refused and left unchanged") {
    Scratch scratch;
    const QString file = newProject(scratch);
    const QByteArray header = readFile(file).left(100);
    const int pageSize = (quint8(header[16]) << 8) | quint8(header[17]);
    REQUIRE(pageSize >= 512);
    const qint64 size = QFile(file).size();
    REQUIRE(size >= 3 * pageSize);
    // Everything after the first page (the schema's own root is on page 1, every table's
    // b-tree after it) is overwritten.
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(pageSize));
        REQUIRE(f.write(QByteArray(size - pageSize, '\xa5')) == size - pageSize);
    }
    requireRefusedByEveryCommand(file, "damaged");
}

TEST_CASE("cli: a read-only project opens, says it is read-only and refuses edits") {
    Scratch scratch;
    const QString file = newProject(scratch);
    // 0444. Tests may run as root, who may write anyway: the store goes by the owner's bit.
    REQUIRE(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = sha256(file);

    auto r = runCli({"info", file});
    CHECK(r.exitCode == 0);
    CHECK(r.outText().contains("(the file is read-only)"));
    r = runCli({"info", file, "--json"});
    CHECK(r.exitCode == 0);
    CHECK(jsonOf(r).value("read_only").toBool());
    CHECK(listedCues(file).size() == 3);
    r = runCli({"export", file, "--profile", "us"});
    CHECK(r.exitCode == 0);
    CHECK(r.outText().contains("Cue 3"));

    const QList<QStringList> edits = {
        {"add-cue", file, "--in", "01:05:00:00", "--out", "01:05:10:00", "--title", "New"},
        {"edit-cue", file, "1", "--title", "Renamed"},
        {"remove-cue", file, "2"},
        {"set", file, "director", "Someone"},
        {"undo", file},
    };
    for (const auto& command : edits) {
        r = runCli(command);
        INFO(command.join(' ').toStdString() << "\n" << r.errText().toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.errText().contains(file));
        CHECK(r.errText().contains("read-only"));
    }
    CHECK(sha256(file) == before);
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    CHECK(runCli({"info", file}).outText().contains("read-only") == false);
}

TEST_CASE("cuesheet export never writes over the project, a FIFO or a link; says when it "
          "replaces") {
    Scratch scratch;
    const QString file = newProject(scratch);
    const QByteArray before = sha256(file);
    for (const QString format : {"csv", "xlsx", "pdf"}) {
        INFO(format.toStdString());
        // The project under its own name and under another spelling of it.
        for (const QString& out : {file, scratch.path("./film.cuesheet")}) {
            const auto r = runCli({"export", file, "--format", format, "--out", out});
            INFO(r.errText().toStdString());
            CHECK(r.exitCode == 3);
            CHECK(r.errText().contains(out + ": is the open project"));
        }
        const QString journal = file + "-journal";
        CHECK(runCli({"export", file, "--format", format, "--out", journal}).exitCode == 3);
        CHECK_FALSE(QFile::exists(journal));
    }
    CHECK(sha256(file) == before);
    CHECK(listedCues(file).size() == 3); // still a project, with its cues

    const QString fifo = scratch.path("pipe.csv");
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    auto r = runCli({"export", file, "--out", fifo});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains(fifo + ": is a FIFO"));
    CHECK(QFileInfo(fifo).isFile() == false);

    const QString sheet = scratch.path("sheet.csv");
    r = runCli({"export", file, "--out", sheet});
    CHECK(r.exitCode == 0);
    CHECK_FALSE(r.errText().contains("replaced"));
    r = runCli({"export", file, "--out", sheet});
    CHECK(r.exitCode == 0);
    CHECK(r.errText().contains("replaced " + sheet));
    CHECK(readFile(sheet).contains("Cue 3"));
}

TEST_CASE("cuesheet refuses control characters in text and never prints them raw") {
    Scratch scratch;
    const QString file = newProject(scratch);
    const QByteArray before = sha256(file);
    auto r = runCli({"add-cue", file, "--in", "01:05:00:00", "--out", "01:05:10:00", "--title",
                     QStringLiteral("\x1b]0;PWNED\x07")});
    CHECK(r.exitCode != 0);
    CHECK(r.errText().contains("control character"));
    CHECK_FALSE(r.err.contains('\x1b'));
    CHECK(sha256(file) == before);

    // A title stored by an older version (or by hand) is shown escaped, not obeyed.
    sqliteExecForTest(file, "UPDATE work SET title = 'Cue ' || char(27) || '[2J' WHERE id = 1");
    r = runCli({"list", file});
    CHECK(r.exitCode == 0);
    CHECK_FALSE(r.out.contains('\x1b'));
    CHECK(r.outText().contains("Cue \\x1b[2J"));
}
