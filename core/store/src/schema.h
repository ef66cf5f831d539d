#pragma once

#include <QString>

struct sqlite3;

namespace cuesheet::schema {

// The schema version this program writes; files with a higher user_version are refused.
int latestVersion();

// Brings a database at `fromVersion` (0 = empty) to latestVersion() by running each
// migration in order, inside the caller's transaction. Returns false with *error set.
bool migrate(sqlite3* db, int fromVersion, QString* error);

enum class SchemaMatch { Same, Different, Unreadable };

// Same when the database's schema (sqlite_schema: tables, indexes, triggers, views and their
// SQL) is exactly what the migrations make for `version`: nothing more (a trigger or a view
// someone added runs code on our writes), nothing less, nothing altered. Otherwise *why says
// what differs ("it holds a trigger 'x' that ... did not make") or why it could not be read.
SchemaMatch matchesVersion(sqlite3* db, int version, QString* why);

} // namespace cuesheet::schema
