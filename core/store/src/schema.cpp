#include "schema.h"

#include "cuesheet/store/project_file.h"

#include <sqlite3.h>

#include "cuesheet/store/sqlite_statement.h"

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace cuesheet::schema {

namespace {

// Ordered migrations: entry i takes a file from version i to version i + 1. Never edit a
// migration that has shipped; add a new one (docs/file-format.md lists them).
constexpr std::array<const char*, 3> kMigrations{
    // 0 -> 1: the first schema.
    R"sql(
CREATE TABLE project (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    production_title   TEXT    NOT NULL DEFAULT '',
    episode_title      TEXT    NOT NULL DEFAULT '',
    episode_number     TEXT    NOT NULL DEFAULT '',
    production_company TEXT    NOT NULL DEFAULT '',
    production_number  TEXT    NOT NULL DEFAULT '',
    country            TEXT    NOT NULL DEFAULT '',
    year               INTEGER NOT NULL DEFAULT 0,
    director           TEXT    NOT NULL DEFAULT '',
    first_release_date TEXT    NOT NULL DEFAULT '',
    rate_num           INTEGER NOT NULL CHECK (rate_num > 0),
    rate_den           INTEGER NOT NULL CHECK (rate_den > 0),
    drop_frame         INTEGER NOT NULL DEFAULT 0,
    start_frame        INTEGER NOT NULL DEFAULT 0,
    running_time_ticks INTEGER NOT NULL DEFAULT 0,
    media_path         TEXT    NOT NULL DEFAULT '',
    media_identity     TEXT    NOT NULL DEFAULT '',
    shares_model       TEXT    NOT NULL DEFAULT 'each-side'
);
CREATE TABLE work (
    id    INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    iswc  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE party (
    work_id          INTEGER NOT NULL REFERENCES work(id) ON DELETE CASCADE,
    side             TEXT    NOT NULL CHECK (side IN ('writer', 'publisher')),
    position         INTEGER NOT NULL,
    name             TEXT    NOT NULL,
    role             TEXT    NOT NULL,
    society          TEXT    NOT NULL DEFAULT '',
    ipi              TEXT    NOT NULL DEFAULT '',
    share_hundredths INTEGER NOT NULL,
    PRIMARY KEY (work_id, side, position)
);
CREATE TABLE cue (
    id                INTEGER PRIMARY KEY,
    work_id           INTEGER NOT NULL REFERENCES work(id),
    lane              INTEGER NOT NULL DEFAULT 0,
    in_ticks          INTEGER NOT NULL,
    out_ticks         INTEGER NOT NULL,
    kind              TEXT    NOT NULL,
    diegesis          TEXT    NOT NULL,
    visual            INTEGER NOT NULL DEFAULT 0,
    vocal             TEXT,
    theme             TEXT    NOT NULL DEFAULT 'none',
    origin            TEXT,
    usage_override    TEXT    NOT NULL DEFAULT '',
    isrc              TEXT    NOT NULL DEFAULT '',
    source_file       TEXT    NOT NULL DEFAULT '',
    library_label     TEXT    NOT NULL DEFAULT '',
    library_catalogue TEXT    NOT NULL DEFAULT '',
    library_track     TEXT    NOT NULL DEFAULT '',
    notes             TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX cue_by_work ON cue(work_id);
CREATE TABLE history (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    label  TEXT    NOT NULL,
    change TEXT    NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE cache (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
)sql",
    // 1 -> 2: the music library. A cue may be linked to a library file; NULL = not linked
    // (ALTER TABLE may add a REFERENCES column only with a NULL default). Tag lists are JSON
    // arrays of strings: they are read and written whole with their file, and keep repeated
    // values in order.
    R"sql(
CREATE TABLE library_file (
    id             INTEGER PRIMARY KEY,
    path           TEXT    NOT NULL CHECK (path <> ''),
    file_name      TEXT    NOT NULL DEFAULT '',
    title          TEXT    NOT NULL DEFAULT '',
    artists        TEXT    NOT NULL DEFAULT '[]',
    composers      TEXT    NOT NULL DEFAULT '[]',
    lyricists      TEXT    NOT NULL DEFAULT '[]',
    album          TEXT    NOT NULL DEFAULT '',
    label          TEXT    NOT NULL DEFAULT '',
    isrc           TEXT    NOT NULL DEFAULT '',
    comment        TEXT    NOT NULL DEFAULT '',
    duration_ticks INTEGER NOT NULL DEFAULT 0,
    format         TEXT    NOT NULL DEFAULT ''
);
ALTER TABLE cue ADD COLUMN library_file_id INTEGER REFERENCES library_file(id);
CREATE INDEX cue_by_library_file ON cue(library_file_id);
)sql",
    // 2 -> 3: the file's identity and a write serial, both in the one project row. Every
    // write transaction bumps write_serial, so every rollback journal holds a copy of this
    // row as it was: a journal that does not belong to the file (another project's, or a
    // later state's beside a restored backup) is recognised before SQLite rolls it back
    // (hot_journal.h). The identity is filled by the first write (markWrite), which also
    // gives a copy made by Save As an identity of its own.
    R"sql(
ALTER TABLE project ADD COLUMN identity TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN write_serial INTEGER NOT NULL DEFAULT 0;
)sql",
};

} // namespace

// The public constant and the list of migrations must agree.
static_assert(kMigrations.size() == ProjectFile::kSchemaVersion,
              "add a migration and bump ProjectFile::kSchemaVersion together");

namespace {

bool migrateTo(sqlite3* db, int fromVersion, int toVersion, QString* error) {
    for (int version = fromVersion; version < toVersion; ++version) {
        char* message = nullptr;
        if (sqlite3_exec(db, kMigrations[static_cast<std::size_t>(version)], nullptr, nullptr,
                         &message) != SQLITE_OK) {
            if (error)
                *error = QString("schema migration %1 -> %2 failed: %3")
                             .arg(version)
                             .arg(version + 1)
                             .arg(QString::fromUtf8(message));
            sqlite3_free(message);
            return false;
        }
    }
    return true;
}

struct SchemaObject {
    QString type, name, table, sql;
    bool operator==(const SchemaObject&) const = default;
};

// What sqlite_schema lists, in a fixed order. sqlite_sequence (made by SQLite for the
// history's AUTOINCREMENT on its first row) is SQLite's own, not part of the comparison.
std::optional<std::vector<SchemaObject>> schemaObjects(sqlite3* db) {
    SqliteStatement q(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
                          "WHERE name <> 'sqlite_sequence' ORDER BY type, name");
    std::vector<SchemaObject> objects;
    while (q.step())
        objects.push_back({q.text(0), q.text(1), q.text(2), q.text(3)});
    if (!q.ok())
        return std::nullopt;
    return objects;
}

QString describe(const SchemaObject& o) {
    return QString("%1 '%2'").arg(o.type, o.name);
}

} // namespace

int latestVersion() {
    return static_cast<int>(kMigrations.size());
}

bool migrate(sqlite3* db, int fromVersion, QString* error) {
    if (!migrateTo(db, fromVersion, latestVersion(), error))
        return false;
    const QString setVersion = QString("PRAGMA user_version = %1").arg(latestVersion());
    return sqlite3_exec(db, setVersion.toUtf8().constData(), nullptr, nullptr, nullptr) ==
           SQLITE_OK;
}

} // namespace cuesheet::schema

namespace cuesheet::schema {

SchemaMatch matchesVersion(sqlite3* db, int version, QString* why) {
    // The reference: an empty in-memory database taken to `version` by the same migrations.
    sqlite3* raw = nullptr;
    sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr);
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> reference(raw, sqlite3_close_v2);
    QString message;
    if (!raw || !migrateTo(raw, 0, version, &message)) {
        *why = "cannot build the reference schema: " + message;
        return SchemaMatch::Unreadable;
    }
    const auto expected = schemaObjects(raw);
    const auto found = schemaObjects(db);
    if (!expected || !found) {
        *why = "cannot read the schema: " + QString::fromUtf8(sqlite3_errmsg(found ? raw : db));
        return SchemaMatch::Unreadable;
    }
    for (const auto& object : *found) {
        const auto same = std::find_if(expected->begin(), expected->end(), [&](const auto& e) {
            return e.type == object.type && e.name == object.name;
        });
        if (same == expected->end()) {
            *why = QString("it holds a %1 that Cue Sheet Editor did not make (file format %2 "
                           "has none)")
                       .arg(describe(object))
                       .arg(version);
            return SchemaMatch::Different;
        }
        if (!(*same == object)) {
            *why =
                QString("its %1 differs from file format %2's").arg(describe(object)).arg(version);
            return SchemaMatch::Different;
        }
    }
    for (const auto& object : *expected)
        if (std::find(found->begin(), found->end(), object) == found->end()) {
            *why = QString("its %1 is missing").arg(describe(object));
            return SchemaMatch::Different;
        }
    return SchemaMatch::Same;
}

} // namespace cuesheet::schema
