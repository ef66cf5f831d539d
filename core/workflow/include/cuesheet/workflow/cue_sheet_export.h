#pragma once

#include "cuesheet/interchange/csv_export.h"
#include "cuesheet/interchange/output_file.h"
#include "cuesheet/interchange/pdf_export.h"
#include "cuesheet/interchange/xlsx_export.h"
#include "cuesheet/model/project_data.h"

#include <QString>

#include <optional>

namespace cuesheet {

enum class ExportFormat { Csv, Xlsx, Pdf };

// One cue-sheet export as `cuesheet export` and the editor's Export dialog both run it: the
// format and the options of each format (only the chosen format's are used).
struct CueSheetExport {
    ExportFormat format = ExportFormat::Csv;
    CsvExportOptions csv;
    XlsxExportOptions xlsx;
    PdfExportOptions pdf;
};

// Writes the cue sheet of `data` to `target` in the chosen format, through writeOutputFile:
// never over the open project (target.protectedFiles) or anything but a regular file, and
// atomically. nullopt with *error naming the file when refused or when writing fails;
// nothing is changed then.
std::optional<OutputWritten> writeCueSheet(const ProjectData& data, const CueSheetExport& job,
                                           const OutputTarget& target, QString* error);

} // namespace cuesheet
