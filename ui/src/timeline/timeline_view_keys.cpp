// TimelineView: keys (marks, create, tags, nudge, delete, zoom, seek) and the edits they make.
// See the table in timeline_view.h.
#include "cuesheet/model/project.h"
#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/timeline/timeline_view.h"

#include <QKeyEvent>

namespace cuesheet {

namespace {
constexpr Qt::KeyboardModifiers kIgnoredModifiers = Qt::KeypadModifier;
}

bool TimelineView::event(QEvent* event) {
    // Take our keys before window shortcuts (an Edit menu's Delete, single-letter actions)
    // while the timeline has focus.
    if (event->type() == QEvent::ShortcutOverride &&
        handleKey(static_cast<QKeyEvent*>(event), false)) {
        event->accept();
        return true;
    }
    return QAbstractScrollArea::event(event);
}

QList<TimelineView::Help> TimelineView::keyHelp() {
    // Keep in step with handleKey below.
    return {{"I / O", tr("Set the in / out mark at the playhead")},
            {"M or Enter", tr("Create a cue from the marks")},
            {"S / G", tr("Tag the selected cues score / song")},
            {"D / N / U", tr("Tag the selected cues diegetic / non-diegetic / unknown")},
            {"Left / Right", tr("Nudge the selection one frame (or move the playhead)")},
            {"Shift+Left / Shift+Right", tr("Nudge the selection one second")},
            {"Delete or Backspace", tr("Remove the selected cues")},
            {"Escape", tr("Cancel a drag, or clear the selection")},
            {"+ / -  (Ctrl+= / Ctrl+-)", tr("Zoom in / out around the playhead")},
            {"\\ or Ctrl+0", tr("Zoom to fit the film")},
            {"Home / End", tr("Go to the start / end")}};
}

void TimelineView::keyPressEvent(QKeyEvent* event) {
    if (handleKey(event, true))
        event->accept();
    else
        QAbstractScrollArea::keyPressEvent(event);
}

bool TimelineView::handleKey(QKeyEvent* event, bool apply) {
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~kIgnoredModifiers;
    const bool plain = modifiers == Qt::NoModifier;
    const bool shiftOnly = modifiers == Qt::ShiftModifier;
    const bool ctrlOnly = modifiers == Qt::ControlModifier;
    const auto run = [apply](auto&& action) {
        if (apply)
            action();
        return true;
    };
    switch (event->key()) {
    case Qt::Key_I:
        return plain && run([this] { setInMarkAtPlayhead(); });
    case Qt::Key_O:
        return plain && run([this] { setOutMarkAtPlayhead(); });
    case Qt::Key_M:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return plain && run([this] { createCueFromMarks(); });
    case Qt::Key_D:
        return plain && run([this] { tagSelection(CueTag::Diegetic); });
    case Qt::Key_N:
        return plain && run([this] { tagSelection(CueTag::NonDiegetic); });
    case Qt::Key_U:
        return plain && run([this] { tagSelection(CueTag::DiegesisUnknown); });
    case Qt::Key_S:
        return plain && run([this] { tagSelection(CueTag::Score); });
    case Qt::Key_G:
        return plain && run([this] { tagSelection(CueTag::Song); });
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (!plain && !shiftOnly)
            return false;
        const int step = shiftOnly ? frameRate().timecodeBase() : 1;
        const int frames = event->key() == Qt::Key_Left ? -step : step;
        return run([this, frames] { nudge(frames); });
    }
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return plain && run([this] { removeSelection(); });
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return (plain || shiftOnly || ctrlOnly ||
                modifiers == (Qt::ControlModifier | Qt::ShiftModifier)) &&
               run([this] { zoomIn(); });
    case Qt::Key_Minus:
        return (plain || ctrlOnly) && run([this] { zoomOut(); });
    case Qt::Key_Backslash:
        return plain && run([this] { zoomToFit(); });
    case Qt::Key_0:
        return ctrlOnly && run([this] { zoomToFit(); });
    case Qt::Key_Home:
        return plain && run([this] { seekTo(Time()); });
    case Qt::Key_End:
        return plain && run([this] { seekTo(contentEnd()); });
    case Qt::Key_Escape:
        if (!plain)
            return false;
        if (gesture_ != Gesture::None)
            return run([this] { cancelGesture(); });
        return !selection_->isEmpty() && run([this] { selection_->clear(); });
    default:
        return false;
    }
}

std::vector<CueId> TimelineView::selectedIds() const {
    return {selection_->ids().begin(), selection_->ids().end()};
}

void TimelineView::reportFailure() {
    if (project_)
        emit editFailed(project_->lastError());
}

void TimelineView::setInMarkAtPlayhead() {
    const Time in = Time::fromFrames(playhead_.frameAtOrBefore(frameRate()), frameRate());
    const std::optional<Time> out = outMark_ && *outMark_ > in ? outMark_ : std::nullopt;
    setMarks(in, out);
}

void TimelineView::setOutMarkAtPlayhead() {
    // The frame under the playhead is included: out is exclusive, so it is that frame's end.
    const Time out = Time::fromFrames(playhead_.frameAtOrBefore(frameRate()) + 1, frameRate());
    const std::optional<Time> in = inMark_ && *inMark_ < out ? inMark_ : std::nullopt;
    setMarks(in, out);
}

void TimelineView::createCueFromMarks() {
    if (!project_ || !inMark_ || !outMark_ || !(*inMark_ < *outMark_))
        return;
    const TimeRange range = TimeRange::fromStartAndEndExclusive(*inMark_, *outMark_);
    const auto id = addCueOnLane(*project_, range, firstFreeLane(*project_, range));
    if (!id) {
        reportFailure();
        return;
    }
    selection_->selectOnly(*id);
    emit cueCreated(*id);
}

void TimelineView::nudge(int frames) {
    if (selection_->isEmpty() || !project_) {
        const std::int64_t frame = playhead_.frameAtOrBefore(frameRate()) + frames;
        seekTo(Time::fromFrames(std::max<std::int64_t>(0, frame), frameRate()));
        return;
    }
    if (!nudgeCues(*project_, selectedIds(), Time::fromFrames(frames, frameRate())))
        reportFailure();
}

void TimelineView::tagSelection(CueTag tag) {
    if (!project_ || selection_->isEmpty())
        return;
    if (!tagCues(*project_, selectedIds(), tag))
        reportFailure();
}

void TimelineView::removeSelection() {
    if (!project_ || selection_->isEmpty())
        return;
    if (!project_->requestRemoveCues(selectedIds()))
        reportFailure();
}

} // namespace cuesheet
