#pragma once

#include "cuesheet/interchange/cue_sheet_columns.h"
#include "cuesheet/interchange/duration_format.h"
#include "cuesheet/model/project_data.h"

#include <QString>

namespace cuesheet {

struct XlsxExportOptions {
    CsvProfile profile = CsvProfile::Generic; // the cue table's columns, as in CSV
    DurationStyle durations;
};

// Writes the cue sheet as an Excel workbook (libxlsxwriter) with three sheets:
//   Production: the header block (the CSV export's Field/Value rows);
//   Cues:       the profile's cue table (the CSV columns) plus "Duration Seconds" (a number,
//               exact to the millisecond), its header row and the Seq/Title columns frozen,
//               an autofilter, column widths from the content, and a totals row;
//   Parties:    one row per writer or publisher of each work used (title, ISWC, side, name,
//               role, society, IPI, share as a number, the cue numbers using it).
// Times and durations are text in the chosen format, so a spreadsheet never reinterprets
// a timecode as a clock time. Writes `path` directly: to replace a file the user named, go
// through writeOutputFileWith (output_file.h), which keeps anything else from harm. Returns false
// with *error naming the file on failure (cannot write, a text longer than the 32 767 characters a
// cell holds).
bool exportXlsx(const ProjectData& data, const XlsxExportOptions& options, const QString& path,
                QString* error);

} // namespace cuesheet
