#include "project_json.h"

#include "cuesheet/interchange/cue_sheet_lines.h"
#include "cuesheet/model/header_fields.h"
#include "cuesheet/model/in_out_text.h"
#include "cuesheet/model/sequence.h"
#include "cuesheet/model/usage.h"

#include <unordered_map>

namespace cuesheet::cli {

namespace {

double seconds(Time t) {
    return t.toSecondsForDisplay();
}

QJsonArray partiesJson(const PartyList& parties) {
    QJsonArray array;
    for (const auto& p : parties)
        array.append(QJsonObject{{"name", p.name},
                                 {"role", toCode(p.role)},
                                 {"society", p.society},
                                 {"ipi", p.ipiNameNumber},
                                 {"share", static_cast<double>(p.share.hundredths()) / 100.0}});
    return array;
}

} // namespace

QJsonObject projectHeaderJson(const ProjectData& data) {
    const ProjectHeader& h = data.header;
    QJsonObject o;
    for (const auto& field : headerFields())
        o.insert(QString(field.key).replace('-', '_'), headerFieldText(h, field.key));
    o.insert("year", h.year);
    o.insert("drop_frame", h.timecode.dropFrame);
    o.insert("running_time_seconds", seconds(h.runningTime));
    o.insert("total_music_seconds", seconds(totalMusicDuration(data)));
    o.insert("cue_count", static_cast<int>(data.cues.size()));
    return o;
}

QJsonArray cuesJson(const ProjectData& data) {
    const ProjectHeader& h = data.header;
    QJsonArray array;
    for (const auto& line : cueSheetLines(data)) {
        const Cue& c = *line.cue;
        const Work* w = line.work;
        array.append(QJsonObject{
            {"id", static_cast<qint64>(c.id)},
            {"number", line.number},
            {"title", w ? w->title : QString()},
            {"in", timecodeOfProgrammeTime(c.in, h)},
            {"out", timecodeOfProgrammeTime(c.out, h)},
            {"in_seconds", seconds(c.in)},
            {"out_seconds", seconds(c.out)},
            {"duration_seconds", seconds(c.duration())},
            {"lane", c.lane},
            {"kind", toKey(c.tags.kind)},
            {"diegesis", toKey(c.tags.diegesis)},
            {"visual", c.tags.visual},
            {"vocal", toKey(c.tags.effectiveVocal())},
            {"theme", toKey(c.tags.theme)},
            {"origin", toKey(c.tags.effectiveOrigin())},
            {"usage", effectiveUsage(c, UsageVocabulary::Us)},
            {"usage_cisac", effectiveUsage(c, UsageVocabulary::Cisac)},
            {"usage_overridden", !c.usageOverride.isEmpty()},
            {"writers", partiesJson(w ? w->writers : PartyList{})},
            {"publishers", partiesJson(w ? w->publishers : PartyList{})},
            {"isrc", c.isrc},
            {"iswc", w ? w->iswc : QString()},
            {"source_file", c.sourceFile},
            {"library", QJsonObject{{"label", c.libraryLabel},
                                    {"catalogue", c.libraryCatalogue},
                                    {"track", c.libraryTrack}}},
            {"notes", c.notes},
            {"library_file", static_cast<qint64>(c.libraryFileId)},
        });
    }
    return array;
}

QJsonArray findingsJson(const std::vector<Finding>& findings, const ProjectData& data) {
    QJsonArray array;
    std::unordered_map<CueId, int> numbers;
    for (const auto& line : cueSheetLines(data))
        numbers[line.cue->id] = line.number;
    for (const auto& f : findings) {
        QJsonObject o{{"severity", toKey(f.severity)}, {"field", f.field}, {"message", f.message}};
        if (f.cue != 0) {
            o.insert("cue", static_cast<qint64>(f.cue));
            o.insert("number", numbers[f.cue]);
        }
        array.append(o);
    }
    return array;
}

} // namespace cuesheet::cli
