#pragma once

#include "cuesheet/time/time.h"

#include <map>

namespace cuesheet {

// Which time ranges each lane already holds, to put an imported cue on the lowest lane where
// it overlaps nothing (EDL, Pro Tools and CSV imports), so that an import never creates
// overlaps on a lane.
//
//   LaneOccupancy lanes;
//   for (const auto& [id, cue] : data.cues) lanes.add(cue.lane, cue.range());
//   cue.lane = lanes.lowestFreeLane(cue.range());
//   lanes.add(cue.lane, cue.range());
class LaneOccupancy {
public:
    void add(int lane, const TimeRange& range);
    int lowestFreeLane(const TimeRange& range) const;
    // True when `range` overlaps nothing on `lane`.
    bool isFree(int lane, const TimeRange& range) const;

private:
    using Ranges = std::multimap<Time, Time>; // start -> endExclusive
    static bool isFree(const Ranges& ranges, const TimeRange& range);
    std::map<int, Ranges> lanes_;
};

} // namespace cuesheet
