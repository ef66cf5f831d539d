#include "cuesheet/interchange/cue_sheet_columns.h"

#include "cuesheet/model/in_out_text.h"
#include "cuesheet/model/party_text.h"
#include "cuesheet/model/usage.h"

namespace cuesheet {

namespace {

QString optionalKey(const std::optional<Vocal>& v) {
    return v ? toKey(*v) : "auto";
}
QString optionalKey(const std::optional<Origin>& v) {
    return v ? toKey(*v) : "auto";
}

} // namespace

QStringList cueTableColumnNames(CsvProfile profile) {
    namespace c = generic_column;
    switch (profile) {
    case CsvProfile::Us:
        return {"Seq", "Title", "Writers", "Publishers", "Usage", "Duration", "In", "Out"};
    case CsvProfile::Cisac:
        return {"Seq",      "Title", "Writers", "Publishers", "Usage",
                "Duration", "In",    "Out",     "ISWC",       "ISRC"};
    case CsvProfile::Generic:
        break;
    }
    return {c::kSeq,          c::kTitle,         c::kIn,
            c::kOut,          c::kDuration,      c::kKind,
            c::kDiegesis,     c::kVisual,        c::kVocal,
            c::kTheme,        c::kOrigin,        c::kUsageUs,
            c::kUsageCisac,   c::kUsageOverride, c::kWriters,
            c::kPublishers,   c::kIswc,          c::kIsrc,
            c::kSourceFile,   c::kLibraryLabel,  c::kLibraryCatalogue,
            c::kLibraryTrack, c::kNotes,         c::kLane,
            c::kCueId};
}

QString partiesCell(const PartyList& parties, CsvProfile profile) {
    const bool lossless = profile == CsvProfile::Generic;
    QStringList items;
    for (const auto& p : parties)
        items << (lossless ? partyToText(p) : partyForDisplay(p));
    return items.join("; ");
}

CueTableColumns cueTableColumns(const ProjectHeader& header, CsvProfile profile,
                                const DurationStyle& durations) {
    const ProjectHeader h = header;
    auto in = [h](const Cue& c) { return timecodeOfProgrammeTime(c.in, h); };
    auto out = [h](const Cue& c) { return timecodeOfProgrammeTime(c.out, h); };
    auto duration = [h, durations](const Cue& c) {
        return formatDuration(c.duration(), durations, h);
    };
    auto title = [](const CueSheetLine& l) { return l.work ? l.work->title : QString(); };
    auto iswc = [](const CueSheetLine& l) { return l.work ? l.work->iswc : QString(); };
    const QStringList names = cueTableColumnNames(profile);

    switch (profile) {
    case CsvProfile::Us:
        return {names, [=](const CueSheetLine& l, const QString& w, const QString& p) {
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
        return {names, [=](const CueSheetLine& l, const QString& w, const QString& p) {
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
    // In the order of cueTableColumnNames(CsvProfile::Generic).
    return {names, [=](const CueSheetLine& l, const QString& w, const QString& p) {
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

} // namespace cuesheet
