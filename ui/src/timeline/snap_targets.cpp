#include "cuesheet/ui/timeline/snap_targets.h"

#include <algorithm>

namespace cuesheet {

Time nearestFrameBoundary(Time time, FrameRate rate) {
    return Time::fromFrames(time.frameNearest(rate), rate);
}

SnapTargets::SnapTargets(FrameRate rate, std::vector<Time> targets)
    : times_(std::move(targets)) {
    for (Time& t : times_)
        t = nearestFrameBoundary(t, rate);
    std::sort(times_.begin(), times_.end());
    times_.erase(std::unique(times_.begin(), times_.end()), times_.end());
}

std::optional<Time> SnapTargets::nearest(Time time, Time maxDistance) const {
    const auto after = std::lower_bound(times_.begin(), times_.end(), time);
    std::optional<Time> best;
    Time bestDistance = maxDistance;
    if (after != times_.begin() && time - *std::prev(after) <= bestDistance) {
        best = *std::prev(after);
        bestDistance = time - *best;
    }
    if (after != times_.end() && *after - time <= maxDistance &&
        (!best || *after - time < bestDistance))
        best = *after;
    return best;
}

} // namespace cuesheet
