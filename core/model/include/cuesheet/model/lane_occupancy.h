#pragma once

#include "cuesheet/model/project_data.h"
#include "cuesheet/time/time.h"

#include <map>

namespace cuesheet {

// Which time ranges each lane already holds, to put a new cue on the lowest lane where it
// overlaps nothing: the one rule for "a free lane" (EDL, Pro Tools and CSV imports, a cue
// created on the timeline), so that no new cue creates an overlap on a lane. When every lane
// up to kLastLane is taken the answer is kLastLane + 1, which checkResult refuses.
//
//   LaneOccupancy lanes;
//   for (const auto& [id, cue] : data.cues) lanes.add(cue.lane, cue.range());
//   cue.lane = lanes.lowestFreeLane(cue.range());
//   lanes.add(cue.lane, cue.range());
class LaneOccupancy {
public:
    LaneOccupancy() = default;
    // Every cue of `data` on its lane.
    explicit LaneOccupancy(const ProjectData& data);

    void add(int lane, const TimeRange& range);
    int lowestFreeLane(const TimeRange& range) const;
    // True when `range` overlaps nothing on `lane`.
    bool isFree(int lane, const TimeRange& range) const;

private:
    using Ranges = std::multimap<Time, Time>; // start -> endExclusive
    static bool isFree(const Ranges& ranges, const TimeRange& range);
    std::map<int, Ranges> lanes_;
};

// The lowest lane where `range` overlaps no cue of `data`.
int lowestFreeLane(const ProjectData& data, const TimeRange& range);

} // namespace cuesheet
