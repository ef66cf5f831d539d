#pragma once

#include "cuesheet/model/cue.h"
#include "cuesheet/time/frame_rate.h"
#include "cuesheet/ui/timeline/snap_targets.h"

#include <optional>
#include <vector>

namespace cuesheet {

class Project;

// A cue where a drag would put it (id 0 for a cue being created).
struct DraggedCue {
    CueId id = 0;
    Time in;
    Time out;
    int lane = 0;
};

// The model-free part of a mouse drag on the cue lanes: from the pointer's time and lane to
// where the cues would go, with snapping; commit() then makes the one Project request of the
// drag (one undo step however long the drag was).
//
// Every result is on a frame boundary. The pointer moves edges by the distance it moved (an
// edge grabbed a few pixels off does not jump to the pointer). With snapping on, an edge
// within `snapDistance` of a target (SnapTargets: playhead, marks, other cues' edges) lands
// on it; snapLine() says which, for drawing.
//
//   Create   from the pointer's press to its position, on the press lane
//   Move     the selection by the grabbed cue's delta (its in snaps to frames; then whichever of
//            its edges is nearer a target snaps); lanes follow the pointer; nothing goes
//            before programme time 0 or above lane 0, nor below the empty lane
//   TrimIn   the in edge; at least one frame before out, not before 0
//   TrimOut  the out edge; at least one frame after in
class CueDrag {
public:
    enum class Kind { Create, Move, TrimIn, TrimOut };

    // `laneLimit`: the highest lane a cue may go to (the empty lane below the used ones).
    static CueDrag create(Time pressTime, int lane, FrameRate rate, SnapTargets targets);
    static CueDrag move(std::vector<Cue> selected, CueId grabbed, Time pressTime, int pressLane,
                        int laneLimit, FrameRate rate, SnapTargets targets);
    static CueDrag trim(const Cue& cue, Kind edge, Time pressTime, FrameRate rate,
                        SnapTargets targets);

    // The pointer is at `pointer` over `lane`. snapDistance <= 0 or !snapToTargets snaps to
    // frames only.
    void update(Time pointer, int lane, Time snapDistance, bool snapToTargets);

    Kind kind() const { return kind_; }
    const std::vector<DraggedCue>& preview() const { return preview_; }
    std::optional<Time> snapLine() const { return snapLine_; }
    // Whether committing would change anything.
    bool hasEffect() const;

    // The drag's request. Returns false when the project refused it (nothing changed then)
    // or there was nothing to do; *created receives a new cue's id.
    bool commit(Project& project, std::optional<CueId>* created = nullptr) const;

private:
    Time snappedEdge(Time edge, Time snapDistance, bool snapToTargets);

    Kind kind_ = Kind::Create;
    FrameRate rate_;
    SnapTargets targets_;
    Time pressTime_;
    int pressLane_ = 0;
    int laneLimit_ = 0;
    std::vector<Cue> originals_; // Move: the selection, grabbed first; Trim: the cue
    std::vector<DraggedCue> preview_;
    std::optional<Time> snapLine_;
};

} // namespace cuesheet
