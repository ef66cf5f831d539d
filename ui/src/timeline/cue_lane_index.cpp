#include "cuesheet/ui/timeline/cue_lane_index.h"

#include "cuesheet/model/project.h"

#include <algorithm>

namespace cuesheet {

void CueLaneIndex::rebuild(const Project& project) {
    clear();
    for (const auto& [id, cue] : project.cues()) {
        const auto lane = static_cast<std::size_t>(std::max(0, cue.lane));
        if (lane >= lanes_.size())
            lanes_.resize(lane + 1);
        lanes_[lane].entries.push_back({cue.in, cue.out, id, &cue});
        latestOut_ = std::max(latestOut_, cue.out);
        ++cueCount_;
    }
    for (Lane& lane : lanes_) {
        std::sort(lane.entries.begin(), lane.entries.end(), [](const Entry& a, const Entry& b) {
            return a.in != b.in ? a.in < b.in : a.id < b.id;
        });
        lane.maxOutSoFar.reserve(lane.entries.size());
        Time maxOut = lane.entries.empty() ? Time() : lane.entries.front().out;
        for (const Entry& e : lane.entries) {
            maxOut = std::max(maxOut, e.out);
            lane.maxOutSoFar.push_back(maxOut);
        }
    }
}

void CueLaneIndex::clear() {
    lanes_.clear();
    cueCount_ = 0;
    latestOut_ = Time();
}

std::size_t CueLaneIndex::firstReachingPast(const Lane& lane, Time t) {
    const auto it = std::upper_bound(lane.maxOutSoFar.begin(), lane.maxOutSoFar.end(), t);
    return static_cast<std::size_t>(it - lane.maxOutSoFar.begin());
}

std::vector<CueId> CueLaneIndex::overlapping(int firstLane, int lastLane, Time from,
                                             Time to) const {
    std::vector<CueId> ids;
    for (int lane = std::max(0, firstLane); lane <= lastLane && lane < usedLaneCount(); ++lane)
        forEachOverlapping(lane, from, to, [&](const Entry& e) { ids.push_back(e.id); });
    return ids;
}

} // namespace cuesheet
