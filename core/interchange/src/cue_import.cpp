#include "cuesheet/interchange/cue_import.h"

#include "cuesheet/model/lane_occupancy.h"
#include "cuesheet/model/work_assignment.h"
#include "cuesheet/model/work_titles.h"

namespace cuesheet {

ChangeSet importChangeSet(const ProjectData& data, const std::vector<CandidateCue>& candidates,
                          const QString& label) {
    ChangeSet change;
    change.label = label;
    LaneOccupancy occupancy(data);

    WorkTitles works(data);
    CueId nextCue = nextFreeCueId(data);
    for (const auto& candidate : candidates) {
        if (candidate.programmeRange.isEmpty())
            continue;
        Cue cue;
        cue.id = nextCue++;
        cue.workId = works.workFor(candidate.title, change);
        cue.in = candidate.programmeRange.start();
        cue.out = candidate.programmeRange.endExclusive();
        cue.lane = occupancy.lowestFreeLane(cue.range());
        occupancy.add(cue.lane, cue.range());
        cue.sourceFile = candidate.sourceFile;
        if (!candidate.clipName.isEmpty() && candidate.clipName != candidate.title)
            cue.notes = "Clip: " + candidate.clipName;
        change.cues.push_back({cue.id, std::nullopt, cue});
    }
    return change;
}

} // namespace cuesheet
