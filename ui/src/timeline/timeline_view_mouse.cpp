// TimelineView: mouse gestures (seek, select, create, move, trim, rubber band), wheel, and
// the tooltip. See the table in timeline_view.h.
#include "cuesheet/model/in_out_text.h"
#include "cuesheet/model/project.h"
#include "cuesheet/model/usage.h"
#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/timeline/timeline_colours.h"
#include "cuesheet/ui/timeline/timeline_view.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cuesheet {

QList<TimelineView::Help> TimelineView::mouseHelp() {
    // Keep in step with the gestures below.
    return {{tr("Drag on an empty lane"), tr("Create a cue")},
            {tr("Drag a cue / its edge"), tr("Move it / trim it")},
            {tr("Alt while dragging"), tr("No snapping (edges stay on frames)")},
            {tr("Ctrl+click, Shift+click"), tr("Toggle / add to the selection")},
            {tr("Ctrl or Shift+drag on a lane"), tr("Rubber-band selection")},
            {tr("Click or drag on the ruler"), tr("Seek / scrub")},
            {tr("Ctrl+wheel"), tr("Zoom around the pointer")},
            {tr("Double-click a cue"), tr("Go to its in point")}};
}

TimelineView::Zone TimelineView::zoneAt(QPoint pos) const {
    const TimelineLayout layout = timelineLayout();
    if (pos.y() <= layout.ruler.bottom())
        return Zone::Ruler;
    if (pos.y() < layout.lanes.top())
        return Zone::Strip;
    return layout.laneAt(pos.y()) >= 0 ? Zone::Lane : Zone::BelowLanes;
}

std::optional<TimelineView::CueHit> TimelineView::cueAt(QPointF pos) const {
    const int lane = timelineLayout().laneAt(static_cast<int>(std::floor(pos.y())));
    if (lane < 0)
        return std::nullopt;
    const double x = pos.x();
    const Time from = geometry_.timeAtX(x - kEdgeGrabPixels - 1, Rounding::Down);
    const Time to = geometry_.timeAtX(x + kEdgeGrabPixels + 1, Rounding::Up);
    std::optional<CueHit> body;
    std::optional<CueHit> edge;
    double edgeDistance = kEdgeGrabPixels + 1;
    index().forEachOverlapping(lane, from, to, [&](const CueLaneIndex::Entry& e) {
        const double x0 = geometry_.xOfTime(e.in);
        const double x1 = std::max(geometry_.xOfTime(e.out), x0 + 1);
        // Edges take a few pixels, but never more than a third of a narrow block.
        const double grab = std::min(kEdgeGrabPixels, (x1 - x0) / 3);
        const double toIn = std::abs(x - x0);
        const double toOut = std::abs(x - x1);
        if (x >= x0 && x < x1) { // later entries are drawn on top: the last one wins
            body = CueHit{e.id, CueDrag::Kind::Move};
            if (toIn <= grab && toIn <= toOut)
                body->part = CueDrag::Kind::TrimIn;
            else if (toOut <= grab)
                body->part = CueDrag::Kind::TrimOut;
        } else if (std::min(toIn, toOut) <= grab && std::min(toIn, toOut) < edgeDistance) {
            edgeDistance = std::min(toIn, toOut);
            edge = CueHit{e.id, toIn < toOut ? CueDrag::Kind::TrimIn : CueDrag::Kind::TrimOut};
        }
    });
    return body ? body : edge;
}

SnapTargets TimelineView::snapTargets(const std::set<CueId>& excluded) const {
    std::vector<Time> targets{playhead_};
    if (inMark_)
        targets.push_back(*inMark_);
    if (outMark_)
        targets.push_back(*outMark_);
    if (project_) {
        targets.reserve(targets.size() + 2 * project_->cues().size());
        for (const auto& [id, cue] : project_->cues()) {
            if (excluded.count(id))
                continue;
            targets.push_back(cue.in);
            targets.push_back(cue.out);
        }
    }
    return SnapTargets(frameRate(), std::move(targets));
}

Time TimelineView::snapDistance() const {
    return Time::fromTicks(
        static_cast<std::int64_t>(std::llround(kSnapPixels * geometry_.ticksPerPixel())));
}

void TimelineView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || gesture_ != Gesture::None) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    pressPos_ = event->position().toPoint();
    pressModifiers_ = event->modifiers();
    clickedCue_ = 0;
    const Zone zone = zoneAt(pressPos_);
    const bool adds = pressModifiers_ & (Qt::ControlModifier | Qt::ShiftModifier);
    switch (zone) {
    case Zone::Ruler:
        gesture_ = Gesture::Scrub;
        seekTo(Time::fromFrames(
            geometry_.frameAtX(event->position().x(), frameRate(), Rounding::Down), frameRate()));
        break;
    case Zone::Lane:
        if (project_) {
            beginCueDrag(event, zone);
            break;
        }
        [[fallthrough]];
    case Zone::Strip:
    case Zone::BelowLanes:
        gesture_ = Gesture::BandPending;
        bandAdds_ = adds;
        break;
    }
    event->accept();
}

void TimelineView::beginCueDrag(QMouseEvent* event, Zone) {
    const QPointF pos = event->position();
    const Time pressTime = geometry_.timeAtX(pos.x(), Rounding::Nearest);
    const TimelineLayout layout = timelineLayout();
    const int lane = layout.clampedLaneAt(pressPos_.y());
    const auto hit = cueAt(pos);
    if (!hit) {
        if (pressModifiers_ & (Qt::ControlModifier | Qt::ShiftModifier)) {
            gesture_ = Gesture::BandPending;
            bandAdds_ = true;
            return;
        }
        drag_ = CueDrag::create(pressTime, lane, frameRate(), snapTargets({}));
        gesture_ = Gesture::CueDragPending;
        return;
    }
    const CueId id = hit->id;
    if (pressModifiers_ & Qt::ControlModifier) {
        selection_->toggle(id);
        return;
    }
    if (pressModifiers_ & Qt::ShiftModifier) {
        std::set<CueId> ids = selection_->ids();
        ids.insert(id);
        selection_->select(ids, id);
    } else if (!selection_->contains(id)) {
        selection_->selectOnly(id);
    } else {
        clickedCue_ = id; // a click without a drag narrows the selection to it
    }
    const Cue* cue = project_->cue(id);
    if (!cue)
        return;
    if (hit->part == CueDrag::Kind::Move) {
        std::vector<Cue> moving;
        for (CueId selected : selection_->ids())
            if (const Cue* c = project_->cue(selected))
                moving.push_back(*c);
        drag_ = CueDrag::move(std::move(moving), id, pressTime, lane, laneCount() - 1, frameRate(),
                              snapTargets(selection_->ids()));
    } else {
        drag_ = CueDrag::trim(*cue, hit->part, pressTime, frameRate(), snapTargets({id}));
    }
    gesture_ = Gesture::CueDragPending;
}

void TimelineView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF pos = event->position();
    const bool pastThreshold =
        (pos.toPoint() - pressPos_).manhattanLength() >= QApplication::startDragDistance();
    switch (gesture_) {
    case Gesture::None:
        updateHoverCursor(pos);
        break;
    case Gesture::Scrub:
        seekTo(Time::fromFrames(geometry_.frameAtX(pos.x(), frameRate(), Rounding::Down),
                                frameRate()));
        break;
    case Gesture::CueDragPending:
        if (!pastThreshold)
            break;
        gesture_ = Gesture::CueDragging;
        clickedCue_ = 0;
        [[fallthrough]];
    case Gesture::CueDragging:
        lastPointer_ = pos;
        lastModifiers_ = event->modifiers();
        if (pos.x() < 0 || pos.x() >= viewport()->width())
            edgeScroll_->start();
        else
            edgeScroll_->stop();
        updateDrag(pos, event->modifiers());
        break;
    case Gesture::BandPending:
        if (!pastThreshold)
            break;
        gesture_ = Gesture::Banding;
        [[fallthrough]];
    case Gesture::Banding:
        updateBand(pos);
        break;
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const QPointF pos = event->position();
    const Gesture gesture = gesture_;
    gesture_ = Gesture::None;
    switch (gesture) {
    case Gesture::None:
    case Gesture::Scrub:
        break;
    case Gesture::CueDragPending: // a click
        if (drag_ && drag_->kind() == CueDrag::Kind::Create)
            selection_->clear();
        else if (clickedCue_ != 0)
            selection_->selectOnly(clickedCue_);
        drag_.reset();
        break;
    case Gesture::CueDragging:
        finishDrag(pos, event->modifiers());
        break;
    case Gesture::BandPending: // a click
        if (zoneAt(pressPos_) == Zone::Strip)
            seekTo(Time::fromFrames(geometry_.frameAtX(pos.x(), frameRate(), Rounding::Down),
                                    frameRate()));
        if (!bandAdds_)
            selection_->clear();
        break;
    case Gesture::Banding:
        gesture_ = Gesture::Banding; // so that updateBand computes the final set
        updateBand(pos);
        gesture_ = Gesture::None;
        selection_->select(bandSelection_);
        bandSelection_.clear();
        break;
    }
    clickedCue_ = 0;
    viewport()->update();
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        if (const auto hit = cueAt(event->position())) {
            emit cueActivated(hit->id);
            event->accept();
            return;
        }
    }
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

void TimelineView::updateDrag(QPointF pos, Qt::KeyboardModifiers modifiers) {
    if (!drag_)
        return;
    const int lane = timelineLayout().clampedLaneAt(static_cast<int>(std::floor(pos.y())));
    drag_->update(geometry_.timeAtX(pos.x(), Rounding::Nearest), lane, snapDistance(),
                  !(modifiers & Qt::AltModifier));
    viewport()->update();
}

void TimelineView::scrollAtEdge() {
    const double x = lastPointer_.x();
    const double width = viewport()->width();
    if (gesture_ != Gesture::CueDragging || (x >= 0 && x < width)) {
        edgeScroll_->stop();
        return;
    }
    // Faster the further past the edge, a few pixels per tick at least.
    const double overshoot = x < 0 ? x : x - width + 1;
    const double pixels = std::clamp(overshoot, -60.0, 60.0);
    const auto ticks = static_cast<std::int64_t>(
        std::llround((std::abs(pixels) < 4 ? std::copysign(4.0, pixels) : pixels) *
                     static_cast<double>(geometry_.ticksPerPixel())));
    scrollToTime(geometry_.start() + Time::fromTicks(ticks));
    updateDrag(lastPointer_, lastModifiers_);
}

void TimelineView::finishDrag(QPointF pos, Qt::KeyboardModifiers modifiers) {
    edgeScroll_->stop();
    gesture_ = Gesture::CueDragging;
    updateDrag(pos, modifiers);
    gesture_ = Gesture::None;
    const std::optional<CueDrag> drag = std::move(drag_);
    drag_.reset();
    if (!drag || !project_ || !drag->hasEffect())
        return;
    std::optional<CueId> created;
    if (!drag->commit(*project_, &created)) {
        reportFailure();
        return;
    }
    if (created) {
        selection_->selectOnly(*created);
        emit cueCreated(*created);
    }
}

void TimelineView::updateBand(QPointF pos) {
    const QRect area = viewport()->rect();
    const QPoint corner(std::clamp(static_cast<int>(pos.x()), area.left(), area.right()),
                        std::clamp(static_cast<int>(pos.y()), area.top(), area.bottom()));
    band_ = QRect(pressPos_, corner).normalized();
    bandSelection_ = bandAdds_ ? selection_->ids() : std::set<CueId>{};
    const TimelineLayout layout = timelineLayout();
    if (band_.bottom() >= layout.lanes.top()) {
        const int firstLane =
            band_.top() < layout.lanes.top() ? 0 : layout.clampedLaneAt(band_.top());
        const int lastLane = layout.clampedLaneAt(band_.bottom());
        const Time from = geometry_.timeAtX(band_.left(), Rounding::Down);
        const Time to = geometry_.timeAtX(band_.right() + 1, Rounding::Up);
        for (CueId id : index().overlapping(firstLane, lastLane, from, to))
            bandSelection_.insert(id);
    }
    viewport()->update();
}

void TimelineView::cancelGesture() {
    if (gesture_ == Gesture::None && !drag_)
        return;
    gesture_ = Gesture::None;
    drag_.reset();
    edgeScroll_->stop();
    bandSelection_.clear();
    clickedCue_ = 0;
    viewport()->update();
}

void TimelineView::updateHoverCursor(QPointF pos) {
    const auto hit = zoneAt(pos.toPoint()) == Zone::Lane ? cueAt(pos) : std::nullopt;
    if (hit && hit->part != CueDrag::Kind::Move)
        viewport()->setCursor(Qt::SizeHorCursor);
    else
        viewport()->unsetCursor();
}

void TimelineView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const double notches = event->angleDelta().y() / 120.0;
        if (notches != 0)
            zoomBy(std::pow(kKeyZoomFactor, -notches / 2), event->position().x());
        event->accept();
        return;
    }
    // Vertical wheels scroll the (only) horizontal axis too.
    QCoreApplication::sendEvent(horizontalScrollBar(), event);
}

bool TimelineView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        showToolTip(static_cast<QHelpEvent*>(event));
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::showToolTip(QHelpEvent* event) {
    const Zone zone = zoneAt(event->pos());
    QString text;
    if (zone == Zone::Ruler && project_) {
        text = timecodeOfProgrammeTime(geometry_.timeAtX(event->pos().x(), Rounding::Down),
                                       project_->header());
    } else if (zone == Zone::Lane || zone == Zone::BelowLanes) {
        if (const auto hit = cueAt(event->pos()); hit && project_) {
            if (const Cue* cue = project_->cue(hit->id)) {
                const ProjectHeader& header = project_->header();
                text =
                    QStringLiteral("<b>%1 %2</b><br>%3 – %4 (%5)<br>%6, %7 · %8<hr>")
                        .arg(project_->sequenceNumber(cue->id))
                        .arg(project_->titleOf(*cue).toHtmlEscaped(),
                             timecodeOfProgrammeTime(cue->in, header),
                             timecodeOfProgrammeTime(cue->out, header),
                             timecodeOfDuration(cue->duration(), header), toKey(cue->tags.kind),
                             toKey(cue->tags.diegesis), effectiveUsage(*cue, UsageVocabulary::Us));
            }
        }
        text += cueLegendHtml();
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    QToolTip::showText(event->globalPos(), text, viewport());
}

} // namespace cuesheet
