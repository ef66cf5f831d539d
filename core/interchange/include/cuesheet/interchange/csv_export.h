#pragma once

#include "cuesheet/interchange/cue_sheet_columns.h"
#include "cuesheet/interchange/duration_format.h"
#include "cuesheet/model/project_data.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cuesheet {

// Which columns a CSV cue sheet has: see CsvProfile in cue_sheet_columns.h (the XLSX export
// shares them). Keys: generic, us, cisac.
std::optional<CsvProfile> csvProfileFromKey(const QString& key);

struct CsvExportOptions {
    CsvProfile profile = CsvProfile::Generic;
    DurationStyle durations;
    bool byteOrderMark = false;
    // One row per writer or publisher (cue columns repeated) instead of one row per cue.
    bool rowPerParty = false;
    // Cells a spreadsheet would run as a formula get a leading apostrophe (csv_writer.h).
    bool guardFormulas = true;
};

// A header block (field, value rows: the production, total running time, total music),
// an empty row, then the cue table.
QByteArray exportCsv(const ProjectData& data, const CsvExportOptions& options);

} // namespace cuesheet
