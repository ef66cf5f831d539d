#include "hot_journal.h"

#include "cuesheet/store/sqlite_statement.h"
#include "sqlite_defensive.h"

#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <memory>
#include <optional>

namespace cuesheet {

namespace {

// The first 8 bytes of a rollback journal SQLite rolls back
// (https://www.sqlite.org/fileformat.html, "The Rollback Journal"). A journal that does not
// start with them (zeroed by journal_mode=PERSIST, or empty) is not hot.
constexpr char kJournalMagic[8] = {'\xd9', '\xd5', '\x05', '\xf9', '\x20', '\xa1', '\x63', '\xd7'};

struct ProjectRow {
    QString identity;
    std::int64_t writeSerial = 0;
};

// The project row of a database file; opening it rolls back a journal beside it, if any.
// nullopt when the file has no such row or columns (older format) or cannot be read.
std::optional<ProjectRow> projectRowOf(const QString& path) {
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close_v2);
    if (rc != SQLITE_OK)
        return std::nullopt;
    makeDefensive(raw);
    SqliteStatement q(raw, "SELECT identity, write_serial FROM project WHERE id = 1");
    if (!q.isValid() || !q.step())
        return std::nullopt;
    return ProjectRow{q.text(0), q.int64(1)};
}

} // namespace

JournalVerdict checkHotJournal(const QString& databasePath, QString* why) {
    const QString journalPath = databasePath + "-journal";
    {
        QFile journal(journalPath);
        if (!journal.exists() || journal.size() == 0)
            return JournalVerdict::None;
        if (!journal.open(QIODevice::ReadOnly))
            return JournalVerdict::Unverified; // SQLite will say it cannot open it
        if (journal.read(8) != QByteArray(kJournalMagic, 8))
            return JournalVerdict::None;
    }

    // Two scratch copies: the file alone (nothing to roll back), and the file with the
    // journal beside it (SQLite rolls it back there, not here).
    QTemporaryDir scratch;
    const QString alone = scratch.filePath("alone.db");
    const QString rolledBack = scratch.filePath("rolled-back.db");
    if (!scratch.isValid() || !QFile::copy(databasePath, alone) ||
        !QFile::copy(databasePath, rolledBack) ||
        !QFile::copy(journalPath, rolledBack + "-journal")) {
        if (why)
            *why = "cannot make a scratch copy to check its crash journal";
        return JournalVerdict::Unverified;
    }
    const auto stored = projectRowOf(alone);
    const auto restored = projectRowOf(rolledBack);
    if (!stored || !restored || stored->identity.isEmpty() || restored->identity.isEmpty())
        return JournalVerdict::Unverified;
    if (stored->identity != restored->identity) {
        if (why)
            *why = "it was left by another project (its project identity differs)";
        return JournalVerdict::Foreign;
    }
    const std::int64_t before = restored->writeSerial;
    if (stored->writeSerial != before && stored->writeSerial != before + 1) {
        if (why)
            *why = QString("it was left by %1 state of this project (write %2, the file is at "
                           "write %3), as when a backup is restored over the file")
                       .arg(stored->writeSerial < before ? "a later" : "an earlier")
                       .arg(before + 1)
                       .arg(stored->writeSerial);
        return JournalVerdict::Foreign;
    }
    return JournalVerdict::Belongs;
}

} // namespace cuesheet
