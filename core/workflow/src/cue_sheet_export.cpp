#include "cuesheet/workflow/cue_sheet_export.h"

namespace cuesheet {

std::optional<OutputWritten> writeCueSheet(const ProjectData& data, const CueSheetExport& job,
                                           const OutputTarget& target, QString* error) {
    switch (job.format) {
    case ExportFormat::Xlsx:
        // libxlsxwriter writes to a file name of its own: the temporary one.
        return writeOutputFileWith(
            target,
            [&](const QString& temporaryPath, QString* why) {
                if (exportXlsx(data, job.xlsx, temporaryPath, why))
                    return true;
                why->remove(temporaryPath + ": "); // the error names the target instead
                return false;
            },
            error);
    case ExportFormat::Pdf:
        return writeOutputFile(target, exportPdf(data, job.pdf), error);
    case ExportFormat::Csv:
        break;
    }
    return writeOutputFile(target, exportCsv(data, job.csv), error);
}

} // namespace cuesheet
