#pragma once

#include "cuesheet/interchange/import_result.h"
#include "cuesheet/model/change_set.h"

namespace cuesheet {

// Turns an import's candidate cues into one change of the project (one undo step):
// - each candidate becomes a cue (score, diegesis unknown: the user tags it), titled from
//   the clip; a title that names an existing work (case-insensitive) becomes a use of it, so
//   parties entered once apply to the imported uses too; new titles get new works;
// - source file and the clip name go to the cue's source file and notes;
// - each cue goes on the lowest lane where it overlaps no existing or imported cue, so an
//   import never creates overlaps on a lane.
// The change starts from `data`; apply it with Project::requestApply.
ChangeSet importChangeSet(const ProjectData& data, const std::vector<CandidateCue>& candidates,
                          const QString& label);

} // namespace cuesheet
