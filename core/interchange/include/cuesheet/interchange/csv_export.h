#pragma once

#include "cuesheet/interchange/duration_format.h"
#include "cuesheet/model/project_data.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cuesheet {

// Which columns a CSV cue sheet has (docs/formats.md lists them):
//   generic: every field, parties as NAME:ROLE:SOCIETY:IPI:SHARE (lossless; CSV import
//            reads it back)
//   us:      ASCAP/BMI style: seq, title, writers "Name (Society) share%; ...", publishers,
//            usage BI/BV/VI/VV/MT/ET/L, duration, in, out
//   cisac:   the Background / Featured / Theme vocabulary of PRS, APRA and CISAC templates
enum class CsvProfile { Generic, Us, Cisac };
std::optional<CsvProfile> csvProfileFromKey(const QString& key);

struct CsvExportOptions {
    CsvProfile profile = CsvProfile::Generic;
    DurationStyle durations;
    bool byteOrderMark = false;
    // One row per writer or publisher (cue columns repeated) instead of one row per cue.
    bool rowPerParty = false;
};

// A header block (field, value rows: the production, total running time, total music),
// an empty row, then the cue table.
QByteArray exportCsv(const ProjectData& data, const CsvExportOptions& options);

} // namespace cuesheet
