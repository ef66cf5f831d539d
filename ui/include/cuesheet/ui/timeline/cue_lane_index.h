#pragma once

#include "cuesheet/model/cue.h"

#include <cstdint>
#include <vector>

namespace cuesheet {

class Project;

// The cues of a project by lane and in time, so that painting and hit tests touch only the
// cues in view: finding them is a binary search, not a walk over thousands of cues.
//
// Per lane, entries are sorted by in (then id, the drawing order: later entries are drawn on
// top) with the running maximum of `out`. The running maximum never decreases, so "the first
// entry that may reach past t" is a binary search even when long cues overlap short ones:
//
//   entry        0      1        2     3
//   in..out      [0,5)  [1,9)    [6,7) [8,12)
//   maxOutSoFar  5      9        9     12
//   visible from t = 7: first with maxOutSoFar > 7 is entry 1; walk while in < end of view.
//
// The entries point into the project's cues: rebuild() after every Project::changed (the
// view does it lazily) and do not use an index older than the project state.
class CueLaneIndex {
public:
    struct Entry {
        Time in;
        Time out;
        CueId id = 0;
        const Cue* cue = nullptr;
    };

    void rebuild(const Project& project);
    void clear();

    // Lanes holding cues: the highest lane + 1 (0 when there are none).
    int usedLaneCount() const { return static_cast<int>(lanes_.size()); }
    std::size_t cueCount() const { return cueCount_; }
    // The latest out of all cues (0 when there are none).
    Time latestOut() const { return latestOut_; }

    // Calls f(const Entry&) for each cue of `lane` overlapping [from, to), in drawing order.
    template <typename F> void forEachOverlapping(int lane, Time from, Time to, F&& f) const {
        if (lane < 0 || lane >= usedLaneCount() || !(from < to))
            return;
        const Lane& l = lanes_[static_cast<std::size_t>(lane)];
        for (std::size_t i = firstReachingPast(l, from); i < l.entries.size(); ++i) {
            const Entry& e = l.entries[i];
            if (!(e.in < to))
                break;
            if (from < e.out)
                f(e);
        }
    }

    // Ids of the cues on lanes [firstLane, lastLane] overlapping [from, to).
    std::vector<CueId> overlapping(int firstLane, int lastLane, Time from, Time to) const;

private:
    struct Lane {
        std::vector<Entry> entries;
        std::vector<Time> maxOutSoFar;
    };
    static std::size_t firstReachingPast(const Lane& lane, Time t);

    std::vector<Lane> lanes_;
    std::size_t cueCount_ = 0;
    Time latestOut_;
};

} // namespace cuesheet
