#include "cuesheet/model/lane_occupancy.h"

namespace cuesheet {

LaneOccupancy::LaneOccupancy(const ProjectData& data) {
    for (const auto& [id, cue] : data.cues)
        add(cue.lane, cue.range());
}

void LaneOccupancy::add(int lane, const TimeRange& range) {
    lanes_[lane].emplace(range.start(), range.endExclusive());
}

int LaneOccupancy::lowestFreeLane(const TimeRange& range) const {
    int lane = 0;
    while (lane <= kLastLane && !isFree(lane, range))
        ++lane;
    return lane;
}

bool LaneOccupancy::isFree(int lane, const TimeRange& range) const {
    const auto it = lanes_.find(lane);
    return it == lanes_.end() || isFree(it->second, range);
}

bool LaneOccupancy::isFree(const Ranges& ranges, const TimeRange& range) {
    // Ranges are not overlapping within a lane we filled, but existing cues may overlap
    // each other, so look at every range starting before our end.
    for (auto it = ranges.begin(); it != ranges.end() && it->first < range.endExclusive(); ++it)
        if (it->second > range.start())
            return false;
    return true;
}

} // namespace cuesheet

namespace cuesheet {

int lowestFreeLane(const ProjectData& data, const TimeRange& range) {
    return LaneOccupancy(data).lowestFreeLane(range);
}

} // namespace cuesheet
