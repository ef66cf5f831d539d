#pragma once

#include "cuesheet/interchange/duration_format.h"
#include "cuesheet/model/project_data.h"

#include <QString>

#include <vector>

namespace cuesheet {

// One row of a cue sheet's header block: what the CSV and XLSX exports write as
// "Field, Value" rows. `fieldKey` names the header field (header_fields.h) the row holds, so
// that the CSV import can read it back; it is empty for computed rows (total music duration,
// number of cues). The frame-rate row holds the rate and, after a space, "drop-frame" when
// the project counts drop-frame (key "rate"; see frameRateCellText).
struct CueSheetHeaderRow {
    QString label;
    QString value;
    QString fieldKey;
};

// Production title, episode title and number, company, production number, country, year,
// director, first release date, frame rate, start timecode, total running time (in the
// chosen duration format; empty when unknown), total music duration, number of cues.
std::vector<CueSheetHeaderRow> cueSheetHeaderRows(const ProjectData& data,
                                                  const DurationStyle& durations);

// "25/1", "30000/1001 drop-frame".
QString frameRateCellText(const ProjectHeader& header);

} // namespace cuesheet
