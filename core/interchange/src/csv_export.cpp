#include "cuesheet/interchange/csv_export.h"

#include "cuesheet/interchange/csv_writer.h"
#include "cuesheet/interchange/cue_sheet_lines.h"
#include "cuesheet/model/header_fields.h"
#include "cuesheet/model/in_out_text.h"
#include "cuesheet/model/party_text.h"
#include "cuesheet/model/sequence.h"
#include "cuesheet/model/usage.h"

namespace cuesheet {

std::optional<CsvProfile> csvProfileFromKey(const QString& key) {
    if (key == "generic")
        return CsvProfile::Generic;
    if (key == "us")
        return CsvProfile::Us;
    if (key == "cisac")
        return CsvProfile::Cisac;
    return std::nullopt;
}

namespace {

QString joined(const PartyList& parties, bool lossless) {
    QStringList items;
    for (const auto& p : parties)
        items << (lossless ? partyToText(p) : partyForDisplay(p));
    return items.join("; ");
}

QString optionalKey(const std::optional<Vocal>& v) {
    return v ? toKey(*v) : "auto";
}
QString optionalKey(const std::optional<Origin>& v) {
    return v ? toKey(*v) : "auto";
}

void writeHeaderBlock(CsvWriter& csv, const ProjectData& data, const CsvExportOptions& options) {
    const ProjectHeader& h = data.header;
    const QList<std::pair<QString, QString>> rows{
        {"Production Title", h.productionTitle},
        {"Episode Title", h.episodeTitle},
        {"Episode Number", h.episodeNumber},
        {"Production Company", h.productionCompany},
        {"Production Number", h.productionNumber},
        {"Country of Origin", h.country},
        {"Year", headerFieldText(h, "year")},
        {"Director", h.director},
        {"First Release Date", h.firstReleaseDate},
        {"Frame Rate", headerFieldText(h, "rate") + (h.timecode.dropFrame ? " drop-frame" : "")},
        {"Start Timecode", headerFieldText(h, "start")},
        {"Total Running Time",
         h.runningTime > Time() ? formatDuration(h.runningTime, options.durations, h) : QString()},
        {"Total Music Duration", formatDuration(totalMusicDuration(data), options.durations, h)},
        {"Number of Cues", QString::number(data.cues.size())},
    };
    csv.writeRow({"Field", "Value"});
    for (const auto& [field, value] : rows)
        csv.writeRow({field, value});
    csv.writeEmptyRow();
}

struct Columns {
    QStringList names;
    // The cue's fields; writers/publishers cells are filled per profile.
    std::function<QStringList(const CueSheetLine&, const QString& writers,
                              const QString& publishers)>
        cells;
};

Columns columnsFor(const ProjectData& data, const CsvExportOptions& options) {
    const ProjectHeader& h = data.header;
    auto in = [&h](const Cue& c) { return timecodeOfProgrammeTime(c.in, h); };
    auto out = [&h](const Cue& c) { return timecodeOfProgrammeTime(c.out, h); };
    auto duration = [&h, &options](const Cue& c) {
        return formatDuration(c.duration(), options.durations, h);
    };
    auto title = [](const CueSheetLine& l) { return l.work ? l.work->title : QString(); };
    auto iswc = [](const CueSheetLine& l) { return l.work ? l.work->iswc : QString(); };

    switch (options.profile) {
    case CsvProfile::Us:
        return {{"Seq", "Title", "Writers", "Publishers", "Usage", "Duration", "In", "Out"},
                [=](const CueSheetLine& l, const QString& w, const QString& p) {
                    return QStringList{QString::number(l.number),
                                       title(l),
                                       w,
                                       p,
                                       effectiveUsage(*l.cue, UsageVocabulary::Us),
                                       duration(*l.cue),
                                       in(*l.cue),
                                       out(*l.cue)};
                }};
    case CsvProfile::Cisac:
        return {{"Seq", "Title", "Writers", "Publishers", "Usage", "Duration", "In", "Out", "ISWC",
                 "ISRC"},
                [=](const CueSheetLine& l, const QString& w, const QString& p) {
                    return QStringList{QString::number(l.number),
                                       title(l),
                                       w,
                                       p,
                                       effectiveUsage(*l.cue, UsageVocabulary::Cisac),
                                       duration(*l.cue),
                                       in(*l.cue),
                                       out(*l.cue),
                                       iswc(l),
                                       l.cue->isrc};
                }};
    case CsvProfile::Generic:
        break;
    }
    return {{"Seq",           "Title",          "In",
             "Out",           "Duration",       "Kind",
             "Diegesis",      "Visual",         "Vocal",
             "Theme",         "Origin",         "Usage US",
             "Usage CISAC",   "Usage Override", "Writers",
             "Publishers",    "ISWC",           "ISRC",
             "Source File",   "Library Label",  "Library Catalogue",
             "Library Track", "Notes",          "Lane",
             "Cue ID"},
            [=](const CueSheetLine& l, const QString& w, const QString& p) {
                const Cue& c = *l.cue;
                return QStringList{QString::number(l.number),
                                   title(l),
                                   in(c),
                                   out(c),
                                   duration(c),
                                   toKey(c.tags.kind),
                                   toKey(c.tags.diegesis),
                                   c.tags.visual ? "yes" : "no",
                                   optionalKey(c.tags.vocal),
                                   toKey(c.tags.theme),
                                   optionalKey(c.tags.origin),
                                   usUsageCode(c.tags),
                                   cisacUsage(c.tags),
                                   c.usageOverride,
                                   w,
                                   p,
                                   iswc(l),
                                   c.isrc,
                                   c.sourceFile,
                                   c.libraryLabel,
                                   c.libraryCatalogue,
                                   c.libraryTrack,
                                   c.notes,
                                   QString::number(c.lane),
                                   QString::number(c.id)};
            }};
}

} // namespace

QByteArray exportCsv(const ProjectData& data, const CsvExportOptions& options) {
    CsvWriter csv(options.byteOrderMark);
    writeHeaderBlock(csv, data, options);
    const bool lossless = options.profile == CsvProfile::Generic;
    const Columns columns = columnsFor(data, options);

    if (!options.rowPerParty) {
        csv.writeRow(columns.names);
        for (const auto& line : cueSheetLines(data)) {
            const PartyList none;
            const PartyList& writers = line.work ? line.work->writers : none;
            const PartyList& publishers = line.work ? line.work->publishers : none;
            csv.writeRow(
                columns.cells(line, joined(writers, lossless), joined(publishers, lossless)));
        }
        return csv.bytes();
    }

    // One row per party: the cue's columns repeat, followed by the party's own columns.
    QStringList names = columns.names;
    names << "Party Side"
          << "Party Name"
          << "Party Role"
          << "Party Society"
          << "Party IPI"
          << "Party Share";
    csv.writeRow(names);
    for (const auto& line : cueSheetLines(data)) {
        const QStringList cueCells = columns.cells(line, QString(), QString());
        bool wroteAny = false;
        if (line.work) {
            for (const auto* side : {&line.work->writers, &line.work->publishers}) {
                for (const auto& p : *side) {
                    csv.writeRow(QStringList(cueCells)
                                 << (side == &line.work->writers ? "writer" : "publisher") << p.name
                                 << toCode(p.role) << p.society << p.ipiNameNumber
                                 << p.share.toText());
                    wroteAny = true;
                }
            }
        }
        if (!wroteAny)
            csv.writeRow(QStringList(cueCells) << ""
                                               << ""
                                               << ""
                                               << ""
                                               << ""
                                               << "");
    }
    return csv.bytes();
}

} // namespace cuesheet
