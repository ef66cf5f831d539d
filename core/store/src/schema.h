#pragma once

#include <QString>

struct sqlite3;

namespace cuesheet::schema {

// The schema version this program writes; files with a higher user_version are refused.
int latestVersion();

// Brings a database at `fromVersion` (0 = empty) to latestVersion() by running each
// migration in order, inside the caller's transaction. Returns false with *error set.
bool migrate(sqlite3* db, int fromVersion, QString* error);

} // namespace cuesheet::schema
