#include "cuesheet/interchange/cue_import.h"

#include "cuesheet/model/work_assignment.h"

#include <map>

namespace cuesheet {

namespace {

// Which time ranges each lane already holds; finds the lowest free lane for a range.
class LaneOccupancy {
public:
    void add(int lane, const TimeRange& range) {
        lanes_[lane].emplace(range.start(), range.endExclusive());
    }

    int lowestFreeLane(const TimeRange& range) const {
        for (int lane = 0;; ++lane) {
            const auto it = lanes_.find(lane);
            if (it == lanes_.end() || isFree(it->second, range))
                return lane;
        }
    }

private:
    using Ranges = std::multimap<Time, Time>; // start -> endExclusive
    static bool isFree(const Ranges& ranges, const TimeRange& range) {
        // Ranges are not overlapping within a lane we filled, but existing cues may overlap
        // each other, so look at every range starting before our end.
        for (auto it = ranges.begin(); it != ranges.end() && it->first < range.endExclusive(); ++it)
            if (it->second > range.start())
                return false;
        return true;
    }
    std::map<int, Ranges> lanes_;
};

} // namespace

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
