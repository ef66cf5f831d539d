#pragma once

#include "cuesheet/model/project_data.h"

#include <QString>

#include <optional>

namespace cuesheet {
class StatementCache;
}

namespace cuesheet::tables {

// Row mapping between the model's values and the tables of schema.cpp. Each function runs
// inside the caller's transaction and returns false with *error set on failure.
bool readAll(StatementCache& db, ProjectData& data, QString* error);
// One stored entity (nullopt when there is no such row), or the header.
bool readWork(StatementCache& db, WorkId id, std::optional<Work>& work, QString* error);
bool readCue(StatementCache& db, CueId id, std::optional<Cue>& cue, QString* error);
bool readLibraryFile(StatementCache& db, LibraryFileId id, std::optional<LibraryFile>& file,
                     QString* error);
bool readHeader(StatementCache& db, ProjectHeader& header, QString* error);
bool writeHeader(StatementCache& db, const ProjectHeader& header, QString* error);
// Writes a default header when the project row is missing (a file upgraded from version 0).
bool ensureHeader(StatementCache& db, QString* error);
bool upsertWork(StatementCache& db, const Work& work, QString* error);
bool deleteWork(StatementCache& db, WorkId id, QString* error);
bool upsertCue(StatementCache& db, const Cue& cue, QString* error);
bool deleteCue(StatementCache& db, CueId id, QString* error);
bool upsertLibraryFile(StatementCache& db, const LibraryFile& file, QString* error);
bool deleteLibraryFile(StatementCache& db, LibraryFileId id, QString* error);

} // namespace cuesheet::tables
