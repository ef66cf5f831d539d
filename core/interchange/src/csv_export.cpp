#include "cuesheet/interchange/csv_export.h"

#include "cuesheet/interchange/csv_writer.h"
#include "cuesheet/interchange/cue_sheet_header.h"
#include "cuesheet/interchange/cue_sheet_lines.h"

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

void writeHeaderBlock(CsvWriter& csv, const ProjectData& data, const CsvExportOptions& options) {
    csv.writeRow({"Field", "Value"});
    for (const auto& row : cueSheetHeaderRows(data, options.durations))
        csv.writeRow({row.label, row.value});
    csv.writeEmptyRow();
}

} // namespace

QByteArray exportCsv(const ProjectData& data, const CsvExportOptions& options) {
    CsvWriter csv(options.byteOrderMark, options.guardFormulas);
    writeHeaderBlock(csv, data, options);
    const CueTableColumns columns =
        cueTableColumns(data.header, options.profile, options.durations);

    if (!options.rowPerParty) {
        csv.writeRow(columns.names);
        for (const auto& line : cueSheetLines(data)) {
            const PartyList none;
            const PartyList& writers = line.work ? line.work->writers : none;
            const PartyList& publishers = line.work ? line.work->publishers : none;
            csv.writeRow(columns.cells(line, partiesCell(writers, options.profile),
                                       partiesCell(publishers, options.profile)));
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
