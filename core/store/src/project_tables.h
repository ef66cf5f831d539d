#pragma once

#include "cuesheet/model/project_data.h"

#include <QString>

#include <optional>

struct sqlite3;

namespace cuesheet::tables {

// Row mapping between the model's values and the tables of schema.cpp. Each function runs
// inside the caller's transaction and returns false with *error set on failure.
bool readAll(sqlite3* db, ProjectData& data, QString* error);
// One stored entity (nullopt when there is no such row), or the header.
bool readWork(sqlite3* db, WorkId id, std::optional<Work>& work, QString* error);
bool readCue(sqlite3* db, CueId id, std::optional<Cue>& cue, QString* error);
bool readHeader(sqlite3* db, ProjectHeader& header, QString* error);
bool writeHeader(sqlite3* db, const ProjectHeader& header, QString* error);
// Writes a default header when the project row is missing (a file upgraded from version 0).
bool ensureHeader(sqlite3* db, QString* error);
bool upsertWork(sqlite3* db, const Work& work, QString* error);
bool deleteWork(sqlite3* db, WorkId id, QString* error);
bool upsertCue(sqlite3* db, const Cue& cue, QString* error);
bool deleteCue(sqlite3* db, CueId id, QString* error);

} // namespace cuesheet::tables
