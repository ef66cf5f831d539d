#include "cuesheet/store/project_file.h"

#include "cuesheet/model/model_json.h"
#include "cuesheet/store/sqlite_statement.h"
#include "hot_journal.h"
#include "project_tables.h"
#include "schema.h"
#include "sqlite_defensive.h"
#include "statement_cache.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <sqlite3.h>

#include <set>

namespace cuesheet {

namespace {

bool exec(sqlite3* db, const char* sql) {
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

std::int64_t pragmaValue(sqlite3* db, const char* pragma, bool* ok) {
    SqliteStatement q(db, pragma);
    *ok = q.step();
    return *ok ? q.int64(0) : 0;
}

// A transaction that rolls back unless committed, so every early return leaves the file
// as it was.
class Transaction {
public:
    explicit Transaction(sqlite3* db)
        : db_(db)
        , open_(exec(db, "BEGIN IMMEDIATE")) {}
    ~Transaction() {
        if (open_)
            exec(db_, "ROLLBACK");
    }
    bool isOpen() const { return open_; }
    bool commit() {
        if (!open_ || !exec(db_, "COMMIT"))
            return false;
        open_ = false;
        return true;
    }

private:
    sqlite3* db_;
    bool open_;
};

// Every write transaction changes the project row (schema version 3), so the rollback journal
// of any of our transactions holds that row as it was: hot_journal.h tells by it whether a
// journal found beside the file belongs to it. The first write also gives the file its
// identity.
bool markWrite(sqlite3* db) {
    return exec(db, "UPDATE project SET write_serial = write_serial + 1, identity = CASE "
                    "identity WHEN '' THEN lower(hex(randomblob(16))) ELSE identity END "
                    "WHERE id = 1");
}

// Connection settings for every open: rollback journal (one file, which is what users copy
// and mail), foreign keys, and synchronous=EXTRA so a commit is on disk before record()
// returns. In the rollback-journal (DELETE) mode a transaction commits by unlinking the
// journal; FULL syncs the journal and the database but not that unlink, so a power cut right
// after a commit could bring the journal back and roll the acknowledged edit back. EXTRA also
// syncs the directory after the unlink (https://sqlite.org/pragma.html#pragma_synchronous).
bool configure(sqlite3* db) {
    return exec(db, "PRAGMA foreign_keys = ON") && exec(db, "PRAGMA synchronous = EXTRA");
}

QString sqliteMessage(sqlite3* db) {
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Another program (another editor window, `cuesheet`, a backup tool) may hold the file's lock
// for a moment: wait that long before giving up, and then say so, not "damaged".
constexpr int kBusyTimeoutMs = 5000;

bool isBusy(sqlite3* db) {
    const int primary = sqlite3_extended_errcode(db) & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

QString inUseMessage() {
    return QString("the file is in use by another program (it stayed locked for %1 s); close "
                   "it there, or try again in a moment")
        .arg(kBusyTimeoutMs / 1000);
}

// Why reading the file failed: in use, or damaged.
QString readFailure(sqlite3* db, const QString& detail = {}) {
    if (isBusy(db))
        return inUseMessage();
    return "the project file is damaged (" + (detail.isEmpty() ? sqliteMessage(db) : detail) + ")";
}

struct Closer {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

Connection openConnection(const QString& path, int flags, QString* message) {
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK) {
        *message = raw ? sqliteMessage(raw) : QString("out of memory");
        return nullptr;
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    makeDefensive(raw);
    return db;
}

// Resets the cached statements when an operation of ProjectFile ends, however it ends.
class StatementsReset {
public:
    explicit StatementsReset(StatementCache& cache)
        : cache_(cache) {}
    ~StatementsReset() { cache_.resetAll(); }
    StatementsReset(const StatementsReset&) = delete;
    StatementsReset& operator=(const StatementsReset&) = delete;

private:
    StatementCache& cache_;
};

// True when every entity `change` starts from (its `before`) is stored as such.
bool startsFromStored(StatementCache& db, const ChangeSet& change, QString* error) {
    const QString changed = "the file was changed by another program since it was opened "
                            "(%1 differs); open it again to see the changes";
    for (const auto& w : change.works) {
        std::optional<Work> stored;
        if (!tables::readWork(db, w.id, stored, error))
            return false;
        if (stored != w.before) {
            *error = changed.arg(QString("work %1").arg(w.id));
            return false;
        }
    }
    for (const auto& c : change.cues) {
        std::optional<Cue> stored;
        if (!tables::readCue(db, c.id, stored, error))
            return false;
        if (stored != c.before) {
            *error = changed.arg(QString("cue %1").arg(c.id));
            return false;
        }
    }
    std::set<LibraryFileId> checkedFiles;
    for (const auto& f : change.libraryFiles) {
        std::optional<LibraryFile> stored;
        if (!tables::readLibraryFile(db, f.id, stored, error))
            return false;
        if (stored != f.before) {
            *error = changed.arg(QString("library file %1").arg(f.id));
            return false;
        }
        checkedFiles.insert(f.id);
    }
    // A link to a library file the change does not touch needs that file to be there still:
    // another process may have removed it (the foreign key would refuse it less clearly).
    for (const auto& c : change.cues) {
        if (!c.after || c.after->libraryFileId == 0 ||
            !checkedFiles.insert(c.after->libraryFileId).second)
            continue;
        std::optional<LibraryFile> stored;
        if (!tables::readLibraryFile(db, c.after->libraryFileId, stored, error))
            return false;
        if (!stored) {
            *error = changed.arg(QString("library file %1").arg(c.after->libraryFileId));
            return false;
        }
    }
    if (change.header) {
        ProjectHeader stored;
        if (!tables::readHeader(db, stored, error))
            return false;
        if (!(stored == change.header->first)) {
            *error = changed.arg("the project header");
            return false;
        }
    }
    return true;
}

} // namespace

ProjectFile::ProjectFile(sqlite3* db, QString path, bool readOnly)
    : db_(db)
    , statements_(std::make_unique<StatementCache>(db))
    , path_(std::move(path))
    , readOnly_(readOnly) {}

ProjectFile::~ProjectFile() {
    statements_.reset(); // finalize before closing
    sqlite3_close_v2(db_);
}

QStringList ProjectFile::filesOnDisk() const {
    return {path_, path_ + "-journal", path_ + "-wal", path_ + "-shm"};
}

QString ProjectFile::describe(const QString& what) const {
    return path_ + ": " + what;
}

std::unique_ptr<ProjectFile> ProjectFile::create(const QString& path, const ProjectHeader& header,
                                                 QString* error) {
    auto fail = [&](const QString& why) -> std::unique_ptr<ProjectFile> {
        if (error)
            *error = path + ": " + why;
        return nullptr;
    };
    if (QFileInfo::exists(path))
        return fail("the file already exists; choose another name or remove it first");
    if (!header.timecode.isValid())
        return fail("the timecode format is not valid");
    QString message;
    Connection db = openConnection(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &message);
    if (!db)
        return fail("cannot create the file: " + message);
    bool ok = configure(db.get());
    {
        Transaction transaction(db.get());
        StatementCache statements(db.get());
        ok = ok && transaction.isOpen() &&
             exec(db.get(), QString("PRAGMA application_id = %1").arg(kApplicationId).toUtf8()) &&
             schema::migrate(db.get(), 0, &message) &&
             tables::writeHeader(statements, header, &message) && markWrite(db.get()) &&
             transaction.commit();
    }
    if (!ok) {
        const QString why = message.isEmpty() ? sqliteMessage(db.get()) : message;
        db.reset();
        QFile::remove(path);
        return fail("cannot create the project: " + why);
    }
    std::unique_ptr<ProjectFile> file(new ProjectFile(db.release(), path, false));
    file->loaded_.header = header;
    return file;
}

std::unique_ptr<ProjectFile> ProjectFile::open(const QString& path, QString* error) {
    auto fail = [&](const QString& why) -> std::unique_ptr<ProjectFile> {
        if (error)
            *error = path + ": " + why;
        return nullptr;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail("no such file");
    if (!info.isFile())
        return fail("not a file");

    // Look before SQLite does: a file that is not SQLite at all gets a plain answer, and we
    // never open someone else's file for writing.
    {
        QFile raw(path);
        if (!raw.open(QIODevice::ReadOnly))
            return fail("cannot be read: " + raw.errorString());
        const QByteArray magic = raw.read(16);
        if (magic.size() < 16 || magic != QByteArray("SQLite format 3\0", 16))
            return fail("not a Cue Sheet Editor project (it is not an SQLite database)");
    }

    // Before SQLite sees the file: it would roll back any hot journal beside it, whichever
    // file that journal came from.
    const QString journal = QFileInfo(path + "-journal").fileName();
    QString journalWhy;
    const JournalVerdict journalVerdict = checkHotJournal(path, &journalWhy);
    if (journalVerdict == JournalVerdict::Foreign)
        return fail(QString("the crash journal beside it (%1) does not belong to it: %2. Rolling "
                            "it back would write another file's pages into this one, so both "
                            "files were left as they are. Move %1 away to open the project as "
                            "it was last saved, or put it back beside the file it came from")
                        .arg(journal, journalWhy));

    // One connection, read-write when we may write. Reading the identity, the version and
    // the integrity check writes nothing; SQLite itself rolls back a hot journal left by a
    // crash, which restores the last committed state.
    QString message;
    // The owner's write bit counts too: a file marked read-only stays so even for root.
    const bool readOnly = !info.isWritable() || !(info.permissions() & QFile::WriteOwner) ||
                          !QFileInfo(info.absolutePath()).isWritable();
    if (readOnly && journalVerdict != JournalVerdict::None)
        return fail(QString("a crash left an unfinished change in %1 beside it, which must be "
                            "rolled back before the project can be read, but the file (or its "
                            "folder) is read-only; make both writable and open it again")
                        .arg(journal));
    Connection db =
        openConnection(path, readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, &message);
    if (!db)
        return fail("cannot be opened: " + message);
    {
        bool ok = false;
        const auto applicationId = pragmaValue(db.get(), "PRAGMA application_id", &ok);
        if (!ok)
            return fail(readFailure(db.get()));
        if (applicationId != kApplicationId)
            return fail("not a Cue Sheet Editor project (it is an SQLite database of another "
                        "program)");
        const auto version = pragmaValue(db.get(), "PRAGMA user_version", &ok);
        if (!ok)
            return fail(readFailure(db.get()));
        // user_version is a signed 32-bit field; a negative one was never written by us, and
        // would index no migration.
        if (version < 0)
            return fail(QString("the project file is damaged (file format %1 does not exist)")
                            .arg(version));
        if (version > schema::latestVersion())
            return fail(QString("made by a newer version of Cue Sheet Editor (file format %1; "
                                "this version reads up to %2); please update")
                            .arg(version)
                            .arg(schema::latestVersion()));
        SqliteStatement check(db.get(), "PRAGMA quick_check");
        if (!check.step() || check.text(0) != "ok")
            return fail(
                readFailure(db.get(), "integrity check: " + (check.isValid() && check.ok()
                                                                 ? check.text(0)
                                                                 : sqliteMessage(db.get()))));
        QString why;
        const auto schemaMatch = schema::matchesVersion(db.get(), static_cast<int>(version), &why);
        if (schemaMatch == schema::SchemaMatch::Unreadable)
            return fail("the project file is damaged (" + why + ")");
        if (schemaMatch == schema::SchemaMatch::Different)
            return fail("the project file was altered outside Cue Sheet Editor: " + why +
                        "; it is not opened, so nothing stored in it can run");
    }
    if (!configure(db.get()))
        return fail("cannot be opened: " + sqliteMessage(db.get()));

    bool ok = false;
    const int version = static_cast<int>(pragmaValue(db.get(), "PRAGMA user_version", &ok));
    if (version < schema::latestVersion()) {
        if (readOnly)
            return fail(QString("uses the older file format %1 and is read-only, so it cannot be "
                                "upgraded; copy it somewhere writable")
                            .arg(version));
        // Version 0 is an empty database: the first migration creates the tables, and the
        // project row gets the default header so that the file loads like a new project.
        Transaction transaction(db.get());
        StatementCache statements(db.get());
        if (!transaction.isOpen() || !schema::migrate(db.get(), version, &message) ||
            !tables::ensureHeader(statements, &message) || !markWrite(db.get()) ||
            !transaction.commit())
            return fail("cannot be upgraded: " +
                        (message.isEmpty() ? sqliteMessage(db.get()) : message));
    }

    std::unique_ptr<ProjectFile> file(new ProjectFile(db.release(), path, readOnly));
    if (!file->loadAll(&message))
        return fail("the project file is damaged (" + message + ")");
    return file;
}

bool ProjectFile::loadAll(QString* error) {
    const StatementsReset resetStatements(*statements_);
    exec(db_, "BEGIN");
    const bool ok = tables::readAll(*statements_, loaded_, error);
    exec(db_, "COMMIT");
    return ok;
}

bool ProjectFile::record(const ChangeSet& change, HistoryStep step, QString* error) {
    const StatementsReset resetStatements(*statements_);
    auto fail = [&](const QString& why) {
        if (error)
            *error = describe(why);
        return false;
    };
    if (readOnly_)
        return fail("the file is read-only; use Save As to keep your changes in a copy");
    const ChangeSet stored = step == HistoryStep::Undo ? change.reversed() : change;
    QString message;
    Transaction transaction(db_);
    if (!transaction.isOpen())
        return fail(isBusy(db_) ? inUseMessage() : "cannot start writing: " + sqliteMessage(db_));

    // The change must start from what the file holds, not only from what this process
    // loaded: another process (`cuesheet edit-cue FILE` while the editor has it open) may
    // have changed the rows since. Checked inside the write transaction, so nothing can
    // change them between the check and the write.
    if (!startsFromStored(*statements_, stored, &message))
        return fail(message);
    if (!markWrite(db_))
        return fail("cannot write the project: " + sqliteMessage(db_));

    // Order matters for the foreign keys: works and library files first, then cues, then the
    // works and library files removed.
    for (const auto& w : stored.works)
        if (w.after && !tables::upsertWork(*statements_, *w.after, &message))
            return fail(message);
    for (const auto& f : stored.libraryFiles)
        if (f.after && !tables::upsertLibraryFile(*statements_, *f.after, &message))
            return fail(message);
    for (const auto& c : stored.cues) {
        const bool ok = c.after ? tables::upsertCue(*statements_, *c.after, &message)
                                : tables::deleteCue(*statements_, c.id, &message);
        if (!ok)
            return fail(message);
    }
    for (const auto& w : stored.works)
        if (!w.after && !tables::deleteWork(*statements_, w.id, &message))
            return fail(message);
    for (const auto& f : stored.libraryFiles)
        if (!f.after && !tables::deleteLibraryFile(*statements_, f.id, &message))
            return fail(message);
    if (stored.header && !tables::writeHeader(*statements_, stored.header->second, &message))
        return fail(message);

    bool historyOk = false;
    switch (step) {
    case HistoryStep::Do: {
        SqliteStatement dropRedo(db_, "DELETE FROM history WHERE undone = 1");
        SqliteStatement append(db_, "INSERT INTO history (label, change) VALUES (?1, ?2)");
        append.bind(1, change.label)
            .bind(2,
                  QString::fromUtf8(QJsonDocument(toJson(change)).toJson(QJsonDocument::Compact)));
        historyOk = dropRedo.run() && append.run();
        break;
    }
    case HistoryStep::Undo:
        historyOk = exec(db_, "UPDATE history SET undone = 1 WHERE seq = "
                              "(SELECT max(seq) FROM history WHERE undone = 0)");
        break;
    case HistoryStep::Redo:
        historyOk = exec(db_, "UPDATE history SET undone = 0 WHERE seq = "
                              "(SELECT min(seq) FROM history WHERE undone = 1)");
        break;
    }
    if (!historyOk)
        return fail("cannot write the undo history: " + sqliteMessage(db_));
    if (!transaction.commit())
        return fail(isBusy(db_) ? inUseMessage() : "cannot save the change: " + sqliteMessage(db_));
    return true;
}

std::optional<ChangeSet> ProjectFile::historyStep(bool undone, QString* error) {
    SqliteStatement q(db_, undone ? "SELECT seq, label, change FROM history WHERE undone = 1 "
                                    "ORDER BY seq ASC LIMIT 1"
                                  : "SELECT seq, label, change FROM history WHERE undone = 0 "
                                    "ORDER BY seq DESC LIMIT 1");
    if (!q.step())
        return std::nullopt;
    const std::int64_t seq = q.int64(0);
    const QString label = q.text(1);
    // A step is applied only when it is whole: a step that does not parse, changes nothing or
    // is not the step its label says would report an undo that reverts nothing (or something
    // else). It is refused and named; the project and the rest of the history stay as they are.
    auto damaged = [&](const QString& why) -> std::optional<ChangeSet> {
        if (error)
            *error = describe(QString("the undo history is damaged: step %1 (\"%2\") %3; it is "
                                      "not applied and nothing was changed")
                                  .arg(seq)
                                  .arg(label, why));
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(q.text(2).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return damaged("is not valid JSON (" + parseError.errorString() + " at byte " +
                       QString::number(parseError.offset) + ")");
    if (!json.isObject())
        return damaged("is not a JSON object");
    QString why;
    auto change = changeSetFromJson(json.object(), &why);
    if (!change)
        return damaged("cannot be read: " + why);
    if (change->isEmpty())
        return damaged("changes nothing");
    if (change->label != label)
        return damaged(
            QString("holds the change \"%1\", not the one its label names").arg(change->label));
    return change;
}

std::optional<ChangeSet> ProjectFile::undoCandidate(QString* error) {
    return historyStep(false, error);
}
std::optional<ChangeSet> ProjectFile::redoCandidate(QString* error) {
    return historyStep(true, error);
}

HistoryLabels ProjectFile::historyLabels() {
    HistoryLabels labels;
    SqliteStatement undo(db_,
                         "SELECT label FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1");
    if (undo.step())
        labels.undo = undo.text(0);
    SqliteStatement redo(db_,
                         "SELECT label FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1");
    if (redo.step())
        labels.redo = redo.text(0);
    return labels;
}

bool ProjectFile::saveCopyAs(const QString& newPath, QString* error) {
    statements_->resetAll(); // VACUUM INTO needs no statement in progress
    if (QFileInfo::exists(newPath)) {
        if (error)
            *error = newPath + ": the file already exists; choose another name";
        return false;
    }
    SqliteStatement q(db_, "VACUUM INTO ?1");
    q.bind(1, newPath);
    if (!q.run()) {
        if (error)
            *error = newPath + ": cannot write the copy: " + sqliteMessage(db_);
        QFile::remove(newPath);
        return false;
    }
    // The copy is a file of its own: its own identity, so that a crash journal of one is
    // never taken for the other's (hot_journal.h).
    QString message;
    Connection copy = openConnection(newPath, SQLITE_OPEN_READWRITE, &message);
    if (!copy || !configure(copy.get()) ||
        !exec(copy.get(), "UPDATE project SET identity = lower(hex(randomblob(16))), "
                          "write_serial = write_serial + 1 WHERE id = 1")) {
        if (error)
            *error = newPath +
                     ": cannot finish the copy: " + (copy ? sqliteMessage(copy.get()) : message);
        copy.reset();
        QFile::remove(newPath);
        return false;
    }
    return true;
}

std::optional<QByteArray> ProjectFile::cachedBlob(const QString& key) {
    SqliteStatement q(db_, "SELECT value FROM cache WHERE key = ?1");
    q.bind(1, key);
    if (!q.step())
        return std::nullopt;
    return q.blob(0);
}

bool ProjectFile::storeCachedBlob(const QString& key, const QByteArray& value, QString* error) {
    if (readOnly_) {
        if (error)
            *error = describe("the file is read-only; cached data is not stored");
        return false;
    }
    Transaction transaction(db_);
    SqliteStatement q(db_, "INSERT INTO cache (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT(key) DO UPDATE SET value = ?2");
    q.bind(1, key).bind(2, value);
    if (!transaction.isOpen() || !markWrite(db_) || !q.run() || !transaction.commit()) {
        if (error)
            *error = describe("cannot store cached data: " + sqliteMessage(db_));
        return false;
    }
    return true;
}

} // namespace cuesheet
