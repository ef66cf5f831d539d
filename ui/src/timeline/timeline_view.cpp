// TimelineView: set-up, painting, the view (zoom, scroll) and the playhead. Mouse gestures
// are in timeline_view_mouse.cpp, keys and their edits in timeline_view_keys.cpp.
#include "cuesheet/ui/timeline/timeline_view.h"

#include "cuesheet/model/project.h"
#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/timeline/cue_layer.h"
#include "cuesheet/ui/timeline/overlay_layer.h"
#include "cuesheet/ui/timeline/ruler_layer.h"
#include "cuesheet/ui/timeline/timeline_paint_context.h"

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <cmath>

namespace cuesheet {

namespace {
// When nothing says how long the film is (no running time, no media), this much is shown,
// and a tenth more than the last cue.
constexpr std::int64_t kDefaultSpanSeconds = 600;
} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QAbstractScrollArea(parent) {
    ownSelection_ = new CueSelection(this);
    setSelection(nullptr);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    colours_ = TimelineColours::fromPalette(palette());
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &TimelineView::onScrollBarMoved);
    edgeScroll_ = new QTimer(this);
    edgeScroll_->setInterval(30);
    connect(edgeScroll_, &QTimer::timeout, this, &TimelineView::scrollAtEdge);
    geometry_ = TimelineGeometry(Time(), 1, viewport()->width());
    zoomToFit();
}

TimelineView::~TimelineView() = default;

QSize TimelineView::sizeHint() const {
    const int ruler = fontMetrics().height() + 10;
    return {800, ruler + TimelineLayout::kThumbnailHeight + TimelineLayout::kWaveformHeight +
                     3 * 28 + horizontalScrollBar()->sizeHint().height()};
}

void TimelineView::setProject(Project* project) {
    if (project_ == project)
        return;
    cancelGesture();
    if (project_)
        disconnect(project_, nullptr, this, nullptr);
    project_ = project;
    indexDirty_ = true;
    labels_.clear();
    if (project_) {
        connect(project, &Project::changed, this, &TimelineView::onProjectChanged);
        connect(project, &QObject::destroyed, this, &TimelineView::onProjectDestroyed);
    }
    if (fitMode_)
        zoomToFit();
    else
        setGeometryKeepingLimits(geometry_);
    viewport()->update();
}

void TimelineView::setSelection(CueSelection* selection) {
    if (selection_)
        disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection ? selection : ownSelection_;
    connect(selection_, &CueSelection::selectionChanged, this, [this] { viewport()->update(); });
    viewport()->update();
}

void TimelineView::setWaveform(std::shared_ptr<const media::WaveformPeaks> peaks) {
    waveform_.setPeaks(std::move(peaks));
    setGeometryKeepingLimits(geometry_); // the content may have grown
    if (fitMode_)
        zoomToFit();
    viewport()->update();
}

void TimelineView::setWaveform(media::WaveformPeaks peaks) {
    setWaveform(std::make_shared<const media::WaveformPeaks>(std::move(peaks)));
}

void TimelineView::clearWaveform() {
    setWaveform(std::shared_ptr<const media::WaveformPeaks>());
}

void TimelineView::setWaveformProgress(int permille) {
    waveform_.setProgress(permille);
    viewport()->update(timelineLayout().waveform);
}

void TimelineView::setThumbnails(media::ThumbnailStrip strip) {
    thumbnails_.setStrip(std::move(strip));
    if (fitMode_)
        zoomToFit();
    else
        setGeometryKeepingLimits(geometry_);
    viewport()->update();
}

void TimelineView::clearThumbnails() {
    setThumbnails({});
}

void TimelineView::setMarks(std::optional<Time> in, std::optional<Time> out) {
    if (in == inMark_ && out == outMark_)
        return;
    inMark_ = in;
    outMark_ = out;
    viewport()->update();
    emit marksChanged();
}

const CueLaneIndex& TimelineView::index() const {
    if (indexDirty_) {
        if (project_)
            index_.rebuild(*project_);
        else
            index_.clear();
        indexDirty_ = false;
    }
    return index_;
}

int TimelineView::laneCount() const {
    return index().usedLaneCount() + 1; // plus the empty lane to drop new cues into
}

FrameRate TimelineView::frameRate() const {
    if (project_ && project_->header().timecode.rate.isValid())
        return project_->header().timecode.rate;
    return FrameRate(24000, 1001);
}

TimelineLayout TimelineView::timelineLayout() const {
    return TimelineLayout::compute(viewport()->size(), laneCount(),
                                   viewport()->fontMetrics().height() + 10);
}

Time TimelineView::contentEnd() const {
    const Time running = project_ ? project_->header().runningTime : Time();
    Time end = std::max({running, waveform_.duration(), thumbnails_.duration()});
    const Time latestCue = index().latestOut();
    if (end <= Time()) {
        // Nothing says how long the film is: room for what exists and some more.
        end = std::max(Time::fromWholeSeconds(kDefaultSpanSeconds),
                       latestCue + Time::fromTicks(latestCue.ticks() / 10));
    }
    return std::max({end, latestCue, inMark_.value_or(Time()), outMark_.value_or(Time())});
}

ZoomLimits TimelineView::zoomLimits() const {
    return ZoomLimits::forContent(contentEnd(), std::max(1, viewport()->width()), frameRate());
}

TimelinePaintContext TimelineView::paintContext(QPainter* painter, const QRect& exposed) const {
    TimelinePaintContext context;
    context.painter = painter;
    context.geometry = geometry_;
    context.layout = timelineLayout();
    context.colours = colours_;
    context.devicePixelRatio = viewport()->devicePixelRatioF();
    context.exposed = exposed;
    return context;
}

void TimelineView::paintEvent(QPaintEvent* event) {
    QPainter painter(viewport());
    painter.setFont(viewport()->font());
    const TimelinePaintContext context = paintContext(&painter, event->rect());
    painter.setClipRect(event->rect());

    RulerContent ruler;
    if (project_) {
        ruler.format = project_->header().timecode;
        ruler.startFrame = project_->header().startFrame;
    } else {
        ruler.format = TimecodeFormat{frameRate(), false};
    }
    ruler.inMark = inMark_;
    ruler.outMark = outMark_;
    paintRuler(context, ruler);
    thumbnails_.paint(context);
    waveform_.paint(context);

    CueLayerContent cues;
    cues.project = project_;
    cues.index = &index();
    cues.labels = &labels_;
    cues.selected = gesture_ == Gesture::Banding ? &bandSelection_ : &selection_->ids();
    if (drag_ && gesture_ == Gesture::CueDragging)
        cues.preview = drag_->preview();
    paintCueLanes(context, cues);

    OverlayContent overlay;
    overlay.playhead = playhead_;
    overlay.inMark = inMark_;
    overlay.outMark = outMark_;
    if (drag_ && gesture_ == Gesture::CueDragging)
        overlay.snapLine = drag_->snapLine();
    if (gesture_ == Gesture::Banding)
        overlay.rubberBand = band_;
    paintOverlay(context, overlay);
}

void TimelineView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    if (fitMode_)
        zoomToFit();
    else
        setGeometryKeepingLimits(geometry_.withWidth(viewport()->width()));
}

void TimelineView::changeEvent(QEvent* event) {
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        colours_ = TimelineColours::fromPalette(palette());
        viewport()->update();
    } else if (event->type() == QEvent::FontChange) {
        viewport()->update();
    }
}

void TimelineView::setGeometryKeepingLimits(const TimelineGeometry& wanted) {
    const int width = viewport()->width();
    const std::int64_t tpp = zoomLimits().clamp(wanted.ticksPerPixel());
    const Time span = Time::fromTicks(static_cast<std::int64_t>(width) * tpp);
    const Time latestStart = std::max(Time(), contentEnd() - span);
    const Time start = std::clamp(wanted.start(), Time(), latestStart);
    const TimelineGeometry clamped(start, tpp, width);
    const bool changed = !(clamped == geometry_);
    geometry_ = clamped;
    syncScrollBar();
    if (changed) {
        viewport()->update();
        emit viewChanged();
    }
}

void TimelineView::syncScrollBar() {
    QScrollBar* bar = horizontalScrollBar();
    const std::int64_t tpp = geometry_.ticksPerPixel();
    const std::int64_t contentPixels =
        divideRounded(contentEnd().ticks(), tpp, Rounding::Up) - geometry_.width();
    syncingScrollBar_ = true;
    bar->setRange(0, static_cast<int>(std::clamp<std::int64_t>(contentPixels, 0, INT_MAX)));
    bar->setPageStep(std::max(1, geometry_.width()));
    bar->setSingleStep(std::max(1, geometry_.width() / 20));
    bar->setValue(static_cast<int>(std::clamp<std::int64_t>(
        divideRounded(geometry_.start().ticks(), tpp, Rounding::Nearest), 0, INT_MAX)));
    syncingScrollBar_ = false;
}

void TimelineView::onScrollBarMoved(int value) {
    if (syncingScrollBar_)
        return;
    setGeometryKeepingLimits(geometry_.scrolledTo(
        Time::fromTicks(static_cast<std::int64_t>(value) * geometry_.ticksPerPixel())));
}

void TimelineView::setTicksPerPixel(std::int64_t ticksPerPixel, std::optional<double> anchorX) {
    const ZoomLimits limits = zoomLimits();
    const std::int64_t tpp = limits.clamp(ticksPerPixel);
    fitMode_ = tpp == limits.coarsest;
    setGeometryKeepingLimits(geometry_.withWidth(viewport()->width())
                                 .zoomedAround(anchorX.value_or(viewport()->width() / 2.0), tpp));
}

void TimelineView::scrollToTime(Time start) {
    setGeometryKeepingLimits(geometry_.scrolledTo(start));
}

void TimelineView::zoomBy(double factor, double anchorX) {
    const std::int64_t current = geometry_.ticksPerPixel();
    auto wanted = static_cast<std::int64_t>(std::llround(static_cast<double>(current) * factor));
    if (wanted == current)
        wanted += factor > 1.0 ? 1 : -1;
    setTicksPerPixel(wanted, anchorX);
}

void TimelineView::zoomToFit() {
    fitMode_ = true;
    const TimelineGeometry fitted(Time(), zoomLimits().coarsest, viewport()->width());
    setGeometryKeepingLimits(fitted);
}

double TimelineView::playheadAnchorX() const {
    const double x = geometry_.xOfTime(playhead_);
    return x >= 0 && x <= geometry_.width() ? x : geometry_.width() / 2.0;
}

void TimelineView::zoomIn() {
    zoomBy(1.0 / kKeyZoomFactor, playheadAnchorX());
}

void TimelineView::zoomOut() {
    zoomBy(kKeyZoomFactor, playheadAnchorX());
}

void TimelineView::setPlayhead(Time time) {
    if (time == playhead_)
        return;
    const int height = viewport()->height();
    const QRect before = playheadRect(geometry_.xOfTime(playhead_), height);
    playhead_ = time;
    if (followPlayhead_ && gesture_ == Gesture::None && geometry_.width() > 0) {
        const Time start = geometry_.start();
        const Time end = geometry_.endExclusive();
        if (time < start || time >= end) {
            // Page-wise: playback that runs off the right edge turns one page; a jump
            // elsewhere puts the playhead a tenth into the view.
            const Time span = end - start;
            const bool nextPage = time >= end && time < end + span;
            scrollToTime(nextPage ? end : time - Time::fromTicks(span.ticks() / 10));
            viewport()->update();
            return;
        }
    }
    viewport()->update(before);
    viewport()->update(playheadRect(geometry_.xOfTime(playhead_), height));
}

void TimelineView::seekTo(Time time) {
    time = std::max(time, Time());
    setPlayhead(time);
    emit seekRequested(time);
}

std::optional<std::set<int>> TimelineView::lanesRedrawnFor(const ChangeSet& change) {
    if (change.header || indexDirty_ || !project_)
        return std::nullopt;
    std::set<int> lanes;
    std::set<CueId> relabelled;
    for (const auto& c : change.cues) {
        if (!c.before || !c.after || c.before->in != c.after->in)
            return std::nullopt; // added, removed or moved in time: numbers may change
        lanes.insert(c.before->lane);
        lanes.insert(c.after->lane);
        relabelled.insert(c.id);
    }
    // A work retitled: every use of it shows the new title.
    std::set<WorkId> retitled;
    for (const auto& w : change.works)
        if (!w.before || !w.after || w.before->title != w.after->title)
            retitled.insert(w.id);
    if (!retitled.empty())
        for (const auto& [id, cue] : project_->cues())
            if (retitled.count(cue.workId)) {
                lanes.insert(cue.lane);
                relabelled.insert(id);
            }
    // The same lanes and extent as drawn: otherwise the layout or the zoom limits move.
    const int lanesBefore = index_.usedLaneCount();
    const Time endBefore = index_.latestOut();
    indexDirty_ = true;
    if (index().usedLaneCount() != lanesBefore || index().latestOut() != endBefore)
        return std::nullopt;
    for (CueId id : relabelled)
        labels_.forget(id);
    return lanes;
}

void TimelineView::onProjectChanged(const ChangeSet& change) {
    // Only the lanes a change touches are drawn again (as Sonic Visualiser's
    // modelChangedWithin): retagging one cue among thousands repaints its lane, not the view.
    const auto lanes = lanesRedrawnFor(change); // when it has lanes, the index is already new
    if (!lanes) {
        indexDirty_ = true;
        labels_.clear(); // numbers, titles and usage codes may all have changed
    }
    if (gesture_ == Gesture::CueDragPending || gesture_ == Gesture::CueDragging)
        cancelGesture(); // the dragged cues may have changed under the pointer
    if (project_)
        selection_->pruneTo([this](CueId id) { return project_->cue(id) != nullptr; });
    if (!lanes) {
        if (fitMode_)
            zoomToFit();
        else
            setGeometryKeepingLimits(geometry_);
        viewport()->update();
        return;
    }
    const TimelineLayout layout = timelineLayout();
    for (int lane : *lanes)
        viewport()->update(layout.laneRect(lane));
}

void TimelineView::onProjectDestroyed() {
    project_ = nullptr;
    labels_.clear();
    cancelGesture();
    indexDirty_ = true;
    viewport()->update();
}

} // namespace cuesheet
