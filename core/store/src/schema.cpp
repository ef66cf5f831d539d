#include "schema.h"

#include "cuesheet/store/project_file.h"

#include <sqlite3.h>

#include <array>

namespace cuesheet::schema {

namespace {

// Ordered migrations: entry i takes a file from version i to version i + 1. Never edit a
// migration that has shipped; add a new one (docs/file-format.md lists them).
constexpr std::array<const char*, 2> kMigrations{
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
};

// The public constant and the list of migrations must agree.
static_assert(kMigrations.size() == ProjectFile::kSchemaVersion,
              "add a migration and bump ProjectFile::kSchemaVersion together");

} // namespace

int latestVersion() {
    return static_cast<int>(kMigrations.size());
}

bool migrate(sqlite3* db, int fromVersion, QString* error) {
    for (int version = fromVersion; version < latestVersion(); ++version) {
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
    const QString setVersion = QString("PRAGMA user_version = %1").arg(latestVersion());
    return sqlite3_exec(db, setVersion.toUtf8().constData(), nullptr, nullptr, nullptr) ==
           SQLITE_OK;
}

} // namespace cuesheet::schema
