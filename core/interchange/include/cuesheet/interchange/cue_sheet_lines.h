#pragma once

#include "cuesheet/model/project_data.h"

#include <vector>

namespace cuesheet {

// One line of a cue sheet: a cue in sequence order with its work. Every exporter reads
// these, so numbering and order are the same in CSV, XLSX and PDF.
struct CueSheetLine {
    int number = 0;
    const Cue* cue = nullptr;
    const Work* work = nullptr; // null only in a damaged project
};

// Pointers stay valid while `data` is unchanged.
std::vector<CueSheetLine> cueSheetLines(const ProjectData& data);

} // namespace cuesheet
