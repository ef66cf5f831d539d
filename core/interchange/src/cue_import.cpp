#include "cuesheet/interchange/cue_import.h"

#include "cuesheet/interchange/lane_occupancy.h"
#include "cuesheet/model/work_assignment.h"

namespace cuesheet {

ChangeSet importChangeSet(const ProjectData& data, const std::vector<CandidateCue>& candidates,
                          const QString& label) {
    ChangeSet change;
    change.label = label;
    LaneOccupancy occupancy;
    for (const auto& [id, cue] : data.cues)
        occupancy.add(cue.lane, cue.range());

    ProjectData scratch; // only to allocate ids and find titles added by this import
    scratch.works = data.works;
    CueId nextCue = nextFreeCueId(data);
    for (const auto& candidate : candidates) {
        if (candidate.programmeRange.isEmpty())
            continue;
        WorkId workId = workIdTitled(scratch, candidate.title);
        if (workId == 0) {
            Work work;
            work.id = nextFreeWorkId(scratch);
            work.title = candidate.title.trimmed();
            scratch.works.emplace(work.id, work);
            change.works.push_back({work.id, std::nullopt, work});
            workId = work.id;
        }
        Cue cue;
        cue.id = nextCue++;
        cue.workId = workId;
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
