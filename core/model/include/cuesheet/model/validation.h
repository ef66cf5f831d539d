#pragma once

#include "cuesheet/model/project_data.h"
#include "cuesheet/model/society.h"

#include <QString>

#include <vector>

namespace cuesheet {

enum class Severity { Error, Warning };
QString toKey(Severity severity); // "error", "warning"

// One problem found in a project: which cue (0 = the project header), which field, what.
struct Finding {
    Severity severity = Severity::Error;
    CueId cue = 0;
    QString field;   // a cue or header field key, e.g. "out", "writers", "running-time"
    QString message; // a sentence a user can act on

    friend bool operator==(const Finding&, const Finding&) = default;
};

// Every check of DESIGN.md section 2: shares per the project's shares model, IPI, ISWC and
// ISRC formats, unknown societies, out after in, cues inside the running time, total music
// not above it, overlaps on a lane, missing title or writers.
std::vector<Finding> validateProject(const ProjectData& data, const SocietyTable& societies);

// The findings of one cue only (what an inspector shows live).
std::vector<Finding> findingsForCue(const std::vector<Finding>& all, CueId cue);

} // namespace cuesheet
