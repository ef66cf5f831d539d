#pragma once

#include "cuesheet/model/project_data.h"
#include "cuesheet/model/project_journal.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct sqlite3;

namespace cuesheet {
class StatementCache;
}

namespace cuesheet {

// A project file: one SQLite database (extension .cuesheet), the SQLite "application file
// format" way. `PRAGMA application_id` marks it as ours, `PRAGMA user_version` is its schema
// version, ordered migrations upgrade older files, foreign keys are on. See
// docs/file-format.md.
//
// It is the journal a Project writes through: every change and its undo step commit in one
// transaction with synchronous=EXTRA, so an acknowledged edit survives a crash or power cut.
//
//   QString error;
//   auto file = ProjectFile::open(path, &error);   // nullptr + error on failure
//   Project project(file->loadedData(), *file);
class ProjectFile final : public ProjectJournal {
public:
    static constexpr std::int32_t kApplicationId = 0x43534854; // "CSHT"
    static constexpr int kSchemaVersion = 3;

    // Creates a new project file; refuses to overwrite an existing file.
    static std::unique_ptr<ProjectFile> create(const QString& path, const ProjectHeader& header,
                                               QString* error);
    // Opens and loads a project file. A file that is not SQLite, not ours, from a newer
    // version, or damaged is refused with a message naming the file and the reason, and is
    // left byte-for-byte unchanged. A file we may not write opens read-only (isReadOnly()).
    static std::unique_ptr<ProjectFile> open(const QString& path, QString* error);

    ~ProjectFile() override;
    ProjectFile(const ProjectFile&) = delete;
    ProjectFile& operator=(const ProjectFile&) = delete;

    const QString& path() const { return path_; }
    // The project file and the files SQLite may keep beside it (its rollback journal, and a
    // write-ahead log and its index should a file arrive in WAL mode): what no export may
    // ever write over (OutputTarget::protectedFiles).
    QStringList filesOnDisk() const;
    bool isReadOnly() const { return readOnly_; }
    // The state as loaded by open()/create().
    const ProjectData& loadedData() const { return loaded_; }

    // Writes a consistent copy of the open database to `newPath` (VACUUM INTO), which must
    // not exist. The open file stays the one being edited.
    bool saveCopyAs(const QString& newPath, QString* error);

    // Derived data (waveform peaks, thumbnails) keyed by a media identity. It may be dropped
    // at any time and rebuilt; writing it is not an undoable edit.
    std::optional<QByteArray> cachedBlob(const QString& key);
    bool storeCachedBlob(const QString& key, const QByteArray& value, QString* error);

    // ProjectJournal
    bool record(const ChangeSet& change, HistoryStep step, QString* error) override;
    std::optional<ChangeSet> undoCandidate(QString* error) override;
    std::optional<ChangeSet> redoCandidate(QString* error) override;
    HistoryLabels historyLabels() override;

private:
    ProjectFile(sqlite3* db, QString path, bool readOnly);
    bool loadAll(QString* error);
    std::optional<ChangeSet> historyStep(bool undone, QString* error);
    QString describe(const QString& what) const;

    sqlite3* db_ = nullptr;
    std::unique_ptr<StatementCache> statements_; // prepared once per connection
    QString path_;
    bool readOnly_ = false;
    ProjectData loaded_;
};

} // namespace cuesheet
