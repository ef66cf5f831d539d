#pragma once

#include "cuesheet/time/frame_rate.h"
#include "cuesheet/time/time.h"

#include <optional>
#include <vector>

namespace cuesheet {

// Where a dragged edge may snap, besides frame boundaries: the playhead, the in/out marks and
// the edges of the cues not being dragged. Each target is taken to its nearest frame boundary
// (cue times on the timeline are always whole frames), and kept sorted for binary search.
//
//   SnapTargets targets(rate, {playhead, inMark, otherCue.in, otherCue.out});
//   if (auto t = targets.nearest(edge, Time::fromTicks(8 * ticksPerPixel))) edge = *t;
class SnapTargets {
public:
    SnapTargets() = default;
    SnapTargets(FrameRate rate, std::vector<Time> targets);

    // The target closest to `time` no further than `maxDistance`; ties go to the earlier one.
    std::optional<Time> nearest(Time time, Time maxDistance) const;
    const std::vector<Time>& times() const { return times_; }

private:
    std::vector<Time> times_;
};

// `time` on the nearest frame boundary (halves go later, as Time::frameNearest).
Time nearestFrameBoundary(Time time, FrameRate rate);

} // namespace cuesheet
