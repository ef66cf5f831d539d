#include "cuesheet/model/model_json.h"

#include <QJsonArray>

namespace cuesheet {

namespace {

// Ticks are int64; JSON numbers are doubles, exact only to 2^53 (about 148 days of ticks),
// so times are written as decimal strings.
QJsonValue timeToJson(Time t) {
    return QString::number(t.ticks());
}

std::optional<Time> timeFromJson(const QJsonValue& v) {
    bool ok = false;
    const qint64 ticks = v.toString().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return Time::fromTicks(ticks);
}

// A list of strings; nullopt when the value is there but is not an array of strings.
std::optional<QStringList> stringListFromJson(const QJsonValue& v) {
    if (v.isUndefined())
        return QStringList{};
    if (!v.isArray())
        return std::nullopt;
    QStringList list;
    for (const auto& item : v.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

QJsonArray partiesToJson(const PartyList& parties) {
    QJsonArray array;
    for (const auto& p : parties)
        array.append(QJsonObject{{"name", p.name},
                                 {"role", toCode(p.role)},
                                 {"society", p.society},
                                 {"ipi", p.ipiNameNumber},
                                 {"share", static_cast<qint64>(p.share.hundredths())}});
    return array;
}

std::optional<PartyList> partiesFromJson(const QJsonValue& v, QString* error) {
    PartyList parties;
    for (const auto& item : v.toArray()) {
        const QJsonObject o = item.toObject();
        const auto role = partyRoleFromCode(o.value("role").toString());
        if (!role) {
            if (error)
                *error = "party role '" + o.value("role").toString() + "' is unknown";
            return std::nullopt;
        }
        parties.push_back({o.value("name").toString(), *role, o.value("society").toString(),
                           o.value("ipi").toString(),
                           Share::fromHundredths(o.value("share").toInteger())});
    }
    return parties;
}

template <typename T, typename ToJson>
QJsonArray changesToJson(const std::vector<EntityChange<T>>& changes, ToJson toJsonFn) {
    QJsonArray array;
    for (const auto& c : changes) {
        QJsonObject o{{"id", QString::number(c.id)}};
        if (c.before)
            o.insert("before", toJsonFn(*c.before));
        if (c.after)
            o.insert("after", toJsonFn(*c.after));
        array.append(o);
    }
    return array;
}

template <typename T, typename FromJson>
std::optional<std::vector<EntityChange<T>>> changesFromJson(const QJsonValue& v, FromJson fromJson,
                                                            QString* error) {
    std::vector<EntityChange<T>> changes;
    for (const auto& item : v.toArray()) {
        const QJsonObject o = item.toObject();
        EntityChange<T> c;
        c.id = o.value("id").toString().toLongLong();
        for (const char* side : {"before", "after"}) {
            if (!o.contains(side))
                continue;
            auto value = fromJson(o.value(side).toObject(), error);
            if (!value)
                return std::nullopt;
            (QString(side) == "before" ? c.before : c.after) = std::move(*value);
        }
        changes.push_back(std::move(c));
    }
    return changes;
}

} // namespace

QJsonObject toJson(const Cue& cue) {
    QJsonObject o{{"id", QString::number(cue.id)},
                  {"work", QString::number(cue.workId)},
                  {"lane", cue.lane},
                  {"in", timeToJson(cue.in)},
                  {"out", timeToJson(cue.out)},
                  {"kind", toKey(cue.tags.kind)},
                  {"diegesis", toKey(cue.tags.diegesis)},
                  {"visual", cue.tags.visual},
                  {"theme", toKey(cue.tags.theme)},
                  {"usage_override", cue.usageOverride},
                  {"isrc", cue.isrc},
                  {"source_file", cue.sourceFile},
                  {"library_label", cue.libraryLabel},
                  {"library_catalogue", cue.libraryCatalogue},
                  {"library_track", cue.libraryTrack},
                  {"notes", cue.notes}};
    if (cue.libraryFileId != 0)
        o.insert("library_file", QString::number(cue.libraryFileId));
    if (cue.tags.vocal)
        o.insert("vocal", toKey(*cue.tags.vocal));
    if (cue.tags.origin)
        o.insert("origin", toKey(*cue.tags.origin));
    return o;
}

std::optional<Cue> cueFromJson(const QJsonObject& o, QString* error) {
    Cue cue;
    cue.id = o.value("id").toString().toLongLong();
    cue.workId = o.value("work").toString().toLongLong();
    cue.lane = o.value("lane").toInt();
    const auto in = timeFromJson(o.value("in"));
    const auto out = timeFromJson(o.value("out"));
    const auto kind = musicKindFromKey(o.value("kind").toString());
    const auto diegesis = diegesisFromKey(o.value("diegesis").toString());
    const auto theme = themeRoleFromKey(o.value("theme").toString());
    // Vocal and origin are optional (absent = follow the kind), but when present they must
    // be known words: an unknown one is damage, not "follow the kind".
    const std::optional<Vocal> vocal =
        o.contains("vocal") ? vocalFromKey(o.value("vocal").toString()) : std::nullopt;
    const std::optional<Origin> origin =
        o.contains("origin") ? originFromKey(o.value("origin").toString()) : std::nullopt;
    if (!in || !out || !kind || !diegesis || !theme || (o.contains("vocal") && !vocal) ||
        (o.contains("origin") && !origin)) {
        if (error)
            *error = QString("cue %1 in the history is malformed").arg(cue.id);
        return std::nullopt;
    }
    cue.in = *in;
    cue.out = *out;
    cue.tags.kind = *kind;
    cue.tags.diegesis = *diegesis;
    cue.tags.theme = *theme;
    cue.tags.visual = o.value("visual").toBool();
    cue.tags.vocal = vocal;
    cue.tags.origin = origin;
    cue.usageOverride = o.value("usage_override").toString();
    cue.isrc = o.value("isrc").toString();
    cue.sourceFile = o.value("source_file").toString();
    cue.libraryLabel = o.value("library_label").toString();
    cue.libraryCatalogue = o.value("library_catalogue").toString();
    cue.libraryTrack = o.value("library_track").toString();
    cue.notes = o.value("notes").toString();
    // Steps written before the music library (file format 1) have no link: 0.
    cue.libraryFileId = o.value("library_file").toString().toLongLong();
    return cue;
}

QJsonObject toJson(const Work& work) {
    return {{"id", QString::number(work.id)},
            {"title", work.title},
            {"iswc", work.iswc},
            {"writers", partiesToJson(work.writers)},
            {"publishers", partiesToJson(work.publishers)}};
}

std::optional<Work> workFromJson(const QJsonObject& o, QString* error) {
    Work work;
    work.id = o.value("id").toString().toLongLong();
    work.title = o.value("title").toString();
    work.iswc = o.value("iswc").toString();
    auto writers = partiesFromJson(o.value("writers"), error);
    auto publishers = partiesFromJson(o.value("publishers"), error);
    if (!writers || !publishers)
        return std::nullopt;
    work.writers = std::move(*writers);
    work.publishers = std::move(*publishers);
    return work;
}

QJsonObject toJson(const ProjectHeader& h) {
    return {
        {"production_title", h.productionTitle},
        {"episode_title", h.episodeTitle},
        {"episode_number", h.episodeNumber},
        {"production_company", h.productionCompany},
        {"production_number", h.productionNumber},
        {"country", h.country},
        {"year", h.year},
        {"director", h.director},
        {"first_release_date", h.firstReleaseDate},
        {"rate_num", QString::number(h.timecode.rate.numerator())},
        {"rate_den", QString::number(h.timecode.rate.denominator())},
        {"drop_frame", h.timecode.dropFrame},
        {"start_frame", QString::number(h.startFrame)},
        {"running_time", timeToJson(h.runningTime)},
        {"media_path", h.mediaPath},
        {"media_identity", h.mediaIdentity},
        {"shares_model", h.sharesModel == SharesModel::CombinedWhole ? "combined" : "each-side"}};
}

std::optional<ProjectHeader> headerFromJson(const QJsonObject& o, QString* error) {
    ProjectHeader h;
    h.productionTitle = o.value("production_title").toString();
    h.episodeTitle = o.value("episode_title").toString();
    h.episodeNumber = o.value("episode_number").toString();
    h.productionCompany = o.value("production_company").toString();
    h.productionNumber = o.value("production_number").toString();
    h.country = o.value("country").toString();
    h.year = o.value("year").toInt();
    h.director = o.value("director").toString();
    h.firstReleaseDate = o.value("first_release_date").toString();
    h.timecode.rate = FrameRate(o.value("rate_num").toString().toLongLong(),
                                o.value("rate_den").toString().toLongLong());
    h.timecode.dropFrame = o.value("drop_frame").toBool();
    h.startFrame = o.value("start_frame").toString().toLongLong();
    const auto running = timeFromJson(o.value("running_time"));
    if (!running || !h.timecode.isValid()) {
        if (error)
            *error = "the project header in the history is malformed";
        return std::nullopt;
    }
    h.runningTime = *running;
    h.mediaPath = o.value("media_path").toString();
    h.mediaIdentity = o.value("media_identity").toString();
    h.sharesModel = o.value("shares_model").toString() == "combined" ? SharesModel::CombinedWhole
                                                                     : SharesModel::EachSideWhole;
    return h;
}

QJsonObject toJson(const LibraryFile& f) {
    return {{"id", QString::number(f.id)},
            {"path", f.path},
            {"file_name", f.fileName},
            {"title", f.title},
            {"artists", QJsonArray::fromStringList(f.artists)},
            {"composers", QJsonArray::fromStringList(f.composers)},
            {"lyricists", QJsonArray::fromStringList(f.lyricists)},
            {"album", f.album},
            {"label", f.label},
            {"isrc", f.isrc},
            {"comment", f.comment},
            {"duration", timeToJson(f.duration)},
            {"format", f.format}};
}

std::optional<LibraryFile> libraryFileFromJson(const QJsonObject& o, QString* error) {
    LibraryFile f;
    f.id = o.value("id").toString().toLongLong();
    const auto duration = timeFromJson(o.value("duration"));
    const auto artists = stringListFromJson(o.value("artists"));
    const auto composers = stringListFromJson(o.value("composers"));
    const auto lyricists = stringListFromJson(o.value("lyricists"));
    if (!duration || !artists || !composers || !lyricists || o.value("path").toString().isEmpty()) {
        if (error)
            *error = QString("library file %1 in the history is malformed").arg(f.id);
        return std::nullopt;
    }
    f.path = o.value("path").toString();
    f.fileName = o.value("file_name").toString();
    f.title = o.value("title").toString();
    f.artists = *artists;
    f.composers = *composers;
    f.lyricists = *lyricists;
    f.album = o.value("album").toString();
    f.label = o.value("label").toString();
    f.isrc = o.value("isrc").toString();
    f.comment = o.value("comment").toString();
    f.duration = *duration;
    f.format = o.value("format").toString();
    return f;
}

QJsonObject toJson(const ChangeSet& change) {
    QJsonObject o{{"label", change.label},
                  {"works", changesToJson(change.works, [](const Work& w) { return toJson(w); })},
                  {"cues", changesToJson(change.cues, [](const Cue& c) { return toJson(c); })}};
    // Only when the step touched the library, so steps without it read as they did in file
    // format 1.
    if (!change.libraryFiles.empty())
        o.insert("library_files", changesToJson(change.libraryFiles,
                                                [](const LibraryFile& f) { return toJson(f); }));
    if (change.header)
        o.insert("header", QJsonObject{{"before", toJson(change.header->first)},
                                       {"after", toJson(change.header->second)}});
    return o;
}

std::optional<ChangeSet> changeSetFromJson(const QJsonObject& o, QString* error) {
    ChangeSet change;
    change.label = o.value("label").toString();
    auto works = changesFromJson<Work>(o.value("works"), workFromJson, error);
    auto cues = changesFromJson<Cue>(o.value("cues"), cueFromJson, error);
    // Absent in steps without library changes, including every step of file format 1.
    auto libraryFiles =
        changesFromJson<LibraryFile>(o.value("library_files"), libraryFileFromJson, error);
    if (!works || !cues || !libraryFiles)
        return std::nullopt;
    change.works = std::move(*works);
    change.cues = std::move(*cues);
    change.libraryFiles = std::move(*libraryFiles);
    if (o.contains("header")) {
        const QJsonObject h = o.value("header").toObject();
        auto before = headerFromJson(h.value("before").toObject(), error);
        auto after = headerFromJson(h.value("after").toObject(), error);
        if (!before || !after)
            return std::nullopt;
        change.header = std::make_pair(*before, *after);
    }
    return change;
}

} // namespace cuesheet
