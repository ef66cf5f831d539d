#include "project_tables.h"

#include "statement_cache.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace cuesheet::tables {

namespace {

bool failed(StatementCache& db, const QString& what, QString* error) {
    if (error)
        *error = what + ": " + QString::fromUtf8(sqlite3_errmsg(db.handle()));
    return false;
}

// Tag lists are stored as JSON arrays of strings (schema.cpp, migration 1 -> 2).
QString listToJson(const QStringList& list) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

std::optional<QStringList> listFromJson(const QString& text) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    QStringList list;
    for (const auto& item : doc.array()) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

QString optionalKey(const std::optional<Vocal>& v) {
    return v ? toKey(*v) : QString();
}
QString optionalKey(const std::optional<Origin>& v) {
    return v ? toKey(*v) : QString();
}

} // namespace

bool readHeader(StatementCache& db, ProjectHeader& h, QString* error) {
    SqliteStatement& q =
        db.prepare("SELECT production_title, episode_title, episode_number, "
                   "production_company, production_number, country, year, director, "
                   "first_release_date, rate_num, rate_den, drop_frame, start_frame, "
                   "running_time_ticks, media_path, media_identity, shares_model "
                   "FROM project WHERE id = 1");
    if (!q.step())
        return failed(db, "the project header is missing", error);
    h.productionTitle = q.text(0);
    h.episodeTitle = q.text(1);
    h.episodeNumber = q.text(2);
    h.productionCompany = q.text(3);
    h.productionNumber = q.text(4);
    h.country = q.text(5);
    h.year = static_cast<int>(q.int64(6));
    h.director = q.text(7);
    h.firstReleaseDate = q.text(8);
    h.timecode = {FrameRate(q.int64(9), q.int64(10)), q.int64(11) != 0};
    h.startFrame = q.int64(12);
    h.runningTime = Time::fromTicks(q.int64(13));
    h.mediaPath = q.text(14);
    h.mediaIdentity = q.text(15);
    h.sharesModel =
        q.text(16) == "combined" ? SharesModel::CombinedWhole : SharesModel::EachSideWhole;
    if (!h.timecode.isValid()) {
        if (error)
            *error = "the project header has an invalid frame rate or drop-frame setting";
        return false;
    }
    return true;
}

namespace {

// Every work, or only work `only` when given.
bool readWorks(StatementCache& db, std::map<WorkId, Work>& works, QString* error,
               std::optional<WorkId> only = std::nullopt) {
    SqliteStatement& q = db.prepare(only ? "SELECT id, title, iswc FROM work WHERE id = ?1"
                                         : "SELECT id, title, iswc FROM work");
    if (only)
        q.bind(1, *only);
    while (q.step()) {
        Work w;
        w.id = q.int64(0);
        w.title = q.text(1);
        w.iswc = q.text(2);
        works.emplace(w.id, std::move(w));
    }
    if (!q.ok())
        return failed(db, "reading works", error);
    SqliteStatement& p =
        db.prepare(only ? "SELECT work_id, side, name, role, society, ipi, "
                          "share_hundredths FROM party WHERE work_id = ?1 "
                          "ORDER BY work_id, side, position"
                        : "SELECT work_id, side, name, role, society, ipi, "
                          "share_hundredths FROM party ORDER BY work_id, side, position");
    if (only)
        p.bind(1, *only);
    while (p.step()) {
        const auto it = works.find(p.int64(0));
        const auto role = partyRoleFromCode(p.text(3));
        if (it == works.end() || !role) {
            if (error)
                *error = QString("party of work %1 is malformed").arg(p.int64(0));
            return false;
        }
        Party party{p.text(2), *role, p.text(4), p.text(5), Share::fromHundredths(p.int64(6))};
        (p.text(1) == "writer" ? it->second.writers : it->second.publishers).push_back(party);
    }
    return p.ok() || failed(db, "reading parties", error);
}

// Every cue, or only cue `only` when given.
bool readCues(StatementCache& db, std::map<CueId, Cue>& cues, QString* error,
              std::optional<CueId> only = std::nullopt) {
    SqliteStatement& q =
        db.prepare(only ? "SELECT id, work_id, lane, in_ticks, out_ticks, kind, diegesis, "
                          "visual, vocal, theme, origin, usage_override, isrc, source_file, "
                          "library_label, library_catalogue, library_track, notes, "
                          "library_file_id FROM cue WHERE id = ?1"
                        : "SELECT id, work_id, lane, in_ticks, out_ticks, kind, diegesis, "
                          "visual, vocal, theme, origin, usage_override, isrc, source_file, "
                          "library_label, library_catalogue, library_track, notes, "
                          "library_file_id FROM cue");
    if (only)
        q.bind(1, *only);
    while (q.step()) {
        Cue c;
        c.id = q.int64(0);
        c.workId = q.int64(1);
        c.lane = static_cast<int>(q.int64(2));
        c.in = Time::fromTicks(q.int64(3));
        c.out = Time::fromTicks(q.int64(4));
        const auto kind = musicKindFromKey(q.text(5));
        const auto diegesis = diegesisFromKey(q.text(6));
        const auto theme = themeRoleFromKey(q.text(9));
        // NULL vocal/origin follow the kind; any other value must be a known word.
        const std::optional<Vocal> vocal = q.isNull(8) ? std::nullopt : vocalFromKey(q.text(8));
        const std::optional<Origin> origin =
            q.isNull(10) ? std::nullopt : originFromKey(q.text(10));
        if (!kind || !diegesis || !theme || (!q.isNull(8) && !vocal) ||
            (!q.isNull(10) && !origin)) {
            if (error)
                *error = QString("cue %1 has an unknown tag value").arg(c.id);
            return false;
        }
        c.tags.kind = *kind;
        c.tags.diegesis = *diegesis;
        c.tags.visual = q.int64(7) != 0;
        c.tags.vocal = vocal;
        c.tags.theme = *theme;
        c.tags.origin = origin;
        c.usageOverride = q.text(11);
        c.isrc = q.text(12);
        c.sourceFile = q.text(13);
        c.libraryLabel = q.text(14);
        c.libraryCatalogue = q.text(15);
        c.libraryTrack = q.text(16);
        c.notes = q.text(17);
        c.libraryFileId = q.isNull(18) ? 0 : q.int64(18);
        cues.emplace(c.id, std::move(c));
    }
    return q.ok() || failed(db, "reading cues", error);
}

// Every library file, or only file `only` when given.
bool readLibraryFiles(StatementCache& db, std::map<LibraryFileId, LibraryFile>& files,
                      QString* error, std::optional<LibraryFileId> only = std::nullopt) {
    SqliteStatement& q =
        db.prepare(only ? "SELECT id, path, file_name, title, artists, composers, lyricists, "
                          "album, label, isrc, comment, duration_ticks, format FROM library_file "
                          "WHERE id = ?1"
                        : "SELECT id, path, file_name, title, artists, composers, lyricists, "
                          "album, label, isrc, comment, duration_ticks, format FROM library_file");
    if (only)
        q.bind(1, *only);
    while (q.step()) {
        LibraryFile f;
        f.id = q.int64(0);
        f.path = q.text(1);
        f.fileName = q.text(2);
        f.title = q.text(3);
        const auto artists = listFromJson(q.text(4));
        const auto composers = listFromJson(q.text(5));
        const auto lyricists = listFromJson(q.text(6));
        if (!artists || !composers || !lyricists) {
            if (error)
                *error = QString("library file %1 has a malformed list of names").arg(f.id);
            return false;
        }
        f.artists = *artists;
        f.composers = *composers;
        f.lyricists = *lyricists;
        f.album = q.text(7);
        f.label = q.text(8);
        f.isrc = q.text(9);
        f.comment = q.text(10);
        f.duration = Time::fromTicks(q.int64(11));
        f.format = q.text(12);
        files.emplace(f.id, std::move(f));
    }
    return q.ok() || failed(db, "reading the music library", error);
}

} // namespace

bool readWork(StatementCache& db, WorkId id, std::optional<Work>& work, QString* error) {
    std::map<WorkId, Work> found;
    if (!readWorks(db, found, error, id))
        return false;
    work = found.empty() ? std::nullopt : std::optional(found.begin()->second);
    return true;
}

bool readCue(StatementCache& db, CueId id, std::optional<Cue>& cue, QString* error) {
    std::map<CueId, Cue> found;
    if (!readCues(db, found, error, id))
        return false;
    cue = found.empty() ? std::nullopt : std::optional(found.begin()->second);
    return true;
}

bool readLibraryFile(StatementCache& db, LibraryFileId id, std::optional<LibraryFile>& file,
                     QString* error) {
    std::map<LibraryFileId, LibraryFile> found;
    if (!readLibraryFiles(db, found, error, id))
        return false;
    file = found.empty() ? std::nullopt : std::optional(found.begin()->second);
    return true;
}

bool readAll(StatementCache& db, ProjectData& data, QString* error) {
    return readHeader(db, data.header, error) && readWorks(db, data.works, error) &&
           readLibraryFiles(db, data.libraryFiles, error) && readCues(db, data.cues, error);
}

bool writeHeader(StatementCache& db, const ProjectHeader& h, QString* error) {
    SqliteStatement& q = db.prepare(
        "INSERT INTO project (id, production_title, episode_title, episode_number, "
        "production_company, production_number, country, year, director, first_release_date, "
        "rate_num, rate_den, drop_frame, start_frame, running_time_ticks, media_path, "
        "media_identity, shares_model) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
        "?12, ?13, ?14, ?15, ?16, ?17) ON CONFLICT(id) DO UPDATE SET "
        "production_title = ?1, episode_title = ?2, episode_number = ?3, "
        "production_company = ?4, production_number = ?5, country = ?6, year = ?7, "
        "director = ?8, first_release_date = ?9, rate_num = ?10, rate_den = ?11, "
        "drop_frame = ?12, start_frame = ?13, running_time_ticks = ?14, media_path = ?15, "
        "media_identity = ?16, shares_model = ?17");
    q.bind(1, h.productionTitle)
        .bind(2, h.episodeTitle)
        .bind(3, h.episodeNumber)
        .bind(4, h.productionCompany)
        .bind(5, h.productionNumber)
        .bind(6, h.country)
        .bind(7, std::int64_t{h.year})
        .bind(8, h.director)
        .bind(9, h.firstReleaseDate)
        .bind(10, h.timecode.rate.numerator())
        .bind(11, h.timecode.rate.denominator())
        .bind(12, std::int64_t{h.timecode.dropFrame ? 1 : 0})
        .bind(13, h.startFrame)
        .bind(14, h.runningTime.ticks())
        .bind(15, h.mediaPath)
        .bind(16, h.mediaIdentity)
        .bind(17, QString(h.sharesModel == SharesModel::CombinedWhole ? "combined" : "each-side"));
    return q.run() || failed(db, "writing the project header", error);
}

bool ensureHeader(StatementCache& db, QString* error) {
    SqliteStatement& q = db.prepare("SELECT count(*) FROM project");
    if (!q.step())
        return failed(db, "reading the project header", error);
    return q.int64(0) > 0 || writeHeader(db, ProjectHeader{}, error);
}

bool upsertWork(StatementCache& db, const Work& w, QString* error) {
    // An upsert, not INSERT OR REPLACE: replacing would delete the row first and so cascade
    // to its parties or trip the cues' foreign key.
    SqliteStatement& q = db.prepare("INSERT INTO work (id, title, iswc) VALUES (?1, ?2, ?3) "
                                    "ON CONFLICT(id) DO UPDATE SET title = ?2, iswc = ?3");
    q.bind(1, w.id).bind(2, w.title).bind(3, w.iswc);
    if (!q.run())
        return failed(db, QString("writing work %1").arg(w.id), error);
    SqliteStatement& clear = db.prepare("DELETE FROM party WHERE work_id = ?1");
    clear.bind(1, w.id);
    if (!clear.run())
        return failed(db, QString("writing parties of work %1").arg(w.id), error);
    SqliteStatement& insert =
        db.prepare("INSERT INTO party (work_id, side, position, name, role, society, "
                   "ipi, share_hundredths) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (const auto* side : {&w.writers, &w.publishers}) {
        const QString sideKey = side == &w.writers ? "writer" : "publisher";
        std::int64_t position = 0;
        for (const auto& p : *side) {
            insert.bind(1, w.id)
                .bind(2, sideKey)
                .bind(3, position++)
                .bind(4, p.name)
                .bind(5, toCode(p.role))
                .bind(6, p.society)
                .bind(7, p.ipiNameNumber)
                .bind(8, p.share.hundredths());
            if (!insert.run())
                return failed(db, QString("writing parties of work %1").arg(w.id), error);
        }
    }
    return true;
}

bool deleteWork(StatementCache& db, WorkId id, QString* error) {
    SqliteStatement& q = db.prepare("DELETE FROM work WHERE id = ?1");
    q.bind(1, id);
    return q.run() || failed(db, QString("deleting work %1").arg(id), error);
}

bool upsertCue(StatementCache& db, const Cue& c, QString* error) {
    SqliteStatement& q = db.prepare(
        "INSERT INTO cue (id, work_id, lane, in_ticks, out_ticks, kind, diegesis, visual, "
        "vocal, theme, origin, usage_override, isrc, source_file, library_label, "
        "library_catalogue, library_track, notes, library_file_id) VALUES (?1, ?2, ?3, ?4, ?5, "
        "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19) "
        "ON CONFLICT(id) DO UPDATE SET "
        "work_id = ?2, lane = ?3, in_ticks = ?4, out_ticks = ?5, kind = ?6, diegesis = ?7, "
        "visual = ?8, vocal = ?9, theme = ?10, origin = ?11, usage_override = ?12, "
        "isrc = ?13, source_file = ?14, library_label = ?15, library_catalogue = ?16, "
        "library_track = ?17, notes = ?18, library_file_id = ?19");
    q.bind(1, c.id)
        .bind(2, c.workId)
        .bind(3, std::int64_t{c.lane})
        .bind(4, c.in.ticks())
        .bind(5, c.out.ticks())
        .bind(6, toKey(c.tags.kind))
        .bind(7, toKey(c.tags.diegesis))
        .bind(8, std::int64_t{c.tags.visual ? 1 : 0});
    if (c.tags.vocal)
        q.bind(9, optionalKey(c.tags.vocal));
    else
        q.bindNull(9);
    q.bind(10, toKey(c.tags.theme));
    if (c.tags.origin)
        q.bind(11, optionalKey(c.tags.origin));
    else
        q.bindNull(11);
    q.bind(12, c.usageOverride)
        .bind(13, c.isrc)
        .bind(14, c.sourceFile)
        .bind(15, c.libraryLabel)
        .bind(16, c.libraryCatalogue)
        .bind(17, c.libraryTrack)
        .bind(18, c.notes);
    if (c.libraryFileId != 0)
        q.bind(19, c.libraryFileId);
    else
        q.bindNull(19); // not linked: NULL, so the foreign key does not apply
    return q.run() || failed(db, QString("writing cue %1").arg(c.id), error);
}

bool deleteCue(StatementCache& db, CueId id, QString* error) {
    SqliteStatement& q = db.prepare("DELETE FROM cue WHERE id = ?1");
    q.bind(1, id);
    return q.run() || failed(db, QString("deleting cue %1").arg(id), error);
}

bool upsertLibraryFile(StatementCache& db, const LibraryFile& f, QString* error) {
    SqliteStatement& q = db.prepare(
        "INSERT INTO library_file (id, path, file_name, title, artists, composers, lyricists, "
        "album, label, isrc, comment, duration_ticks, format) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
        "?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT(id) DO UPDATE SET path = ?2, "
        "file_name = ?3, title = ?4, artists = ?5, composers = ?6, lyricists = ?7, album = ?8, "
        "label = ?9, isrc = ?10, comment = ?11, duration_ticks = ?12, format = ?13");
    q.bind(1, f.id)
        .bind(2, f.path)
        .bind(3, f.fileName)
        .bind(4, f.title)
        .bind(5, listToJson(f.artists))
        .bind(6, listToJson(f.composers))
        .bind(7, listToJson(f.lyricists))
        .bind(8, f.album)
        .bind(9, f.label)
        .bind(10, f.isrc)
        .bind(11, f.comment)
        .bind(12, f.duration.ticks())
        .bind(13, f.format);
    return q.run() || failed(db, QString("writing library file %1").arg(f.id), error);
}

bool deleteLibraryFile(StatementCache& db, LibraryFileId id, QString* error) {
    SqliteStatement& q = db.prepare("DELETE FROM library_file WHERE id = ?1");
    q.bind(1, id);
    return q.run() || failed(db, QString("deleting library file %1").arg(id), error);
}

} // namespace cuesheet::tables
