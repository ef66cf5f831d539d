#include "cuesheet/ui/timeline/cue_drag.h"

#include "cuesheet/model/project.h"
#include "cuesheet/ui/timeline/timeline_edits.h"

#include <algorithm>

namespace cuesheet {

CueDrag CueDrag::create(Time pressTime, int lane, FrameRate rate, SnapTargets targets) {
    CueDrag drag;
    drag.kind_ = Kind::Create;
    drag.rate_ = rate;
    drag.targets_ = std::move(targets);
    drag.pressTime_ = pressTime;
    drag.pressLane_ = std::max(0, lane);
    drag.update(pressTime, lane, Time(), false);
    return drag;
}

CueDrag CueDrag::move(std::vector<Cue> selected, CueId grabbed, Time pressTime, int pressLane,
                      int laneLimit, FrameRate rate, SnapTargets targets) {
    CueDrag drag;
    drag.kind_ = Kind::Move;
    drag.rate_ = rate;
    drag.targets_ = std::move(targets);
    drag.pressTime_ = pressTime;
    drag.pressLane_ = pressLane;
    drag.laneLimit_ = laneLimit;
    // The grabbed cue first: its edges lead the snapping.
    std::stable_partition(selected.begin(), selected.end(),
                          [grabbed](const Cue& c) { return c.id == grabbed; });
    drag.originals_ = std::move(selected);
    drag.update(pressTime, pressLane, Time(), false);
    return drag;
}

CueDrag CueDrag::trim(const Cue& cue, Kind edge, Time pressTime, FrameRate rate,
                      SnapTargets targets) {
    CueDrag drag;
    drag.kind_ = edge == Kind::TrimIn ? Kind::TrimIn : Kind::TrimOut;
    drag.rate_ = rate;
    drag.targets_ = std::move(targets);
    drag.pressTime_ = pressTime;
    drag.pressLane_ = cue.lane;
    drag.originals_ = {cue};
    drag.update(pressTime, cue.lane, Time(), false);
    return drag;
}

Time CueDrag::snappedEdge(Time edge, Time snapDistance, bool snapToTargets) {
    if (snapToTargets && snapDistance > Time()) {
        if (const auto target = targets_.nearest(edge, snapDistance)) {
            snapLine_ = *target;
            return *target;
        }
    }
    return nearestFrameBoundary(edge, rate_);
}

void CueDrag::update(Time pointer, int lane, Time snapDistance, bool snapToTargets) {
    snapLine_.reset();
    preview_.clear();
    const Time delta = pointer - pressTime_;
    const Time oneFrame = Time::fromFrames(1, rate_);
    switch (kind_) {
    case Kind::Create: {
        const Time a = snappedEdge(pressTime_, snapDistance, snapToTargets);
        const std::optional<Time> snappedA = snapLine_;
        const Time b = snappedEdge(pointer, snapDistance, snapToTargets);
        if (!snapLine_)
            snapLine_ = snappedA;
        preview_.push_back({0, std::max(Time(), std::min(a, b)), std::max(a, b), pressLane_});
        break;
    }
    case Kind::Move: {
        if (originals_.empty())
            return;
        const Cue& grabbed = originals_.front();
        Time newIn = nearestFrameBoundary(grabbed.in + delta, rate_);
        if (snapToTargets && snapDistance > Time()) {
            // The edge nearer its target wins.
            const auto inTarget = targets_.nearest(newIn, snapDistance);
            const auto outTarget = targets_.nearest(newIn + grabbed.duration(), snapDistance);
            const auto distance = [](Time a, Time b) { return a < b ? b - a : a - b; };
            if (inTarget && (!outTarget || distance(*inTarget, newIn) <=
                                               distance(*outTarget, newIn + grabbed.duration()))) {
                newIn = *inTarget;
                snapLine_ = inTarget;
            } else if (outTarget) {
                newIn = *outTarget - grabbed.duration();
                snapLine_ = outTarget;
            }
        }
        Time shift = newIn - grabbed.in;
        Time earliest = grabbed.in;
        int lowestLane = grabbed.lane;
        int highestLane = grabbed.lane;
        for (const Cue& c : originals_) {
            earliest = std::min(earliest, c.in);
            lowestLane = std::min(lowestLane, c.lane);
            highestLane = std::max(highestLane, c.lane);
        }
        if (earliest + shift < Time()) {
            shift = -earliest;
            snapLine_.reset();
        }
        const int laneShift =
            std::clamp(lane - pressLane_, -lowestLane, std::max(0, laneLimit_ - highestLane));
        for (const Cue& c : originals_)
            preview_.push_back({c.id, c.in + shift, c.out + shift, c.lane + laneShift});
        break;
    }
    case Kind::TrimIn: {
        const Cue& cue = originals_.front();
        Time in = snappedEdge(cue.in + delta, snapDistance, snapToTargets);
        const Time latest = cue.out - oneFrame;
        if (in > latest || in < Time()) {
            in = std::clamp(in, Time(), std::max(Time(), latest));
            snapLine_.reset();
        }
        preview_.push_back({cue.id, in, cue.out, cue.lane});
        break;
    }
    case Kind::TrimOut: {
        const Cue& cue = originals_.front();
        Time out = snappedEdge(cue.out + delta, snapDistance, snapToTargets);
        if (out < cue.in + oneFrame) {
            out = cue.in + oneFrame;
            snapLine_.reset();
        }
        preview_.push_back({cue.id, cue.in, out, cue.lane});
        break;
    }
    }
}

bool CueDrag::hasEffect() const {
    if (kind_ == Kind::Create)
        return !preview_.empty() && preview_.front().in < preview_.front().out;
    for (std::size_t i = 0; i < preview_.size() && i < originals_.size(); ++i) {
        const Cue& c = originals_[i];
        const DraggedCue& d = preview_[i];
        if (c.in != d.in || c.out != d.out || c.lane != d.lane)
            return true;
    }
    return false;
}

bool CueDrag::commit(Project& project, std::optional<CueId>* created) const {
    if (!hasEffect())
        return false;
    switch (kind_) {
    case Kind::Create: {
        const DraggedCue& d = preview_.front();
        const auto id =
            addCueOnLane(project, TimeRange::fromStartAndEndExclusive(d.in, d.out), d.lane);
        if (created)
            *created = id;
        return id.has_value();
    }
    case Kind::TrimIn:
    case Kind::TrimOut: {
        const DraggedCue& d = preview_.front();
        return project.requestSetCueRange(d.id, d.in, d.out, d.lane);
    }
    case Kind::Move:
        break;
    }
    if (preview_.size() == 1) {
        const DraggedCue& d = preview_.front();
        return project.requestSetCueRange(d.id, d.in, d.out, d.lane);
    }
    std::vector<CueId> ids;
    for (const DraggedCue& d : preview_)
        ids.push_back(d.id);
    const Cue& first = originals_.front();
    return moveCues(project, ids, preview_.front().in - first.in,
                    preview_.front().lane - first.lane);
}

} // namespace cuesheet
