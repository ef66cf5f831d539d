#include "cuesheet/ui/timeline/cue_layer.h"

#include "cuesheet/model/project.h"
#include "cuesheet/ui/timeline/cue_label_cache.h"
#include "cuesheet/ui/timeline/cue_lane_index.h"
#include "cuesheet/ui/timeline/timeline_paint_context.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <limits>

namespace cuesheet {

namespace {

constexpr int kBlockInset = 2;   // vertical air between a block and its lane's edges
constexpr double kTextInset = 4; // text from the block's left edge

// A visible cue of the lane, its x range snapped to device pixels and clipped to the
// exposed area (a long cue at frame zoom would otherwise be millions of pixels wide).
struct Block {
    const Cue* cue = nullptr;
    double x0 = 0;
    double x1 = 0;
    bool startsHere = true; // x0 is the cue's own start (not clipped)
    bool endsHere = true;
};

// Where one block is on top.
struct Segment {
    std::size_t block = 0;
    double x0 = 0;
    double x1 = 0;
};

// Consecutive narrow segments of one lane, drawn as one rectangle.
struct DenseRun {
    double left = 0;
    double right = -1;
    int scoreCount = 0;
    int songCount = 0;
    bool hasSelected = false;
    bool active() const { return right >= left; }
};

// The segments where each block is the topmost (the last drawn), left to right. Blocks come
// sorted by x0 in drawing order, so a block that starts is always on top until it ends;
// then the latest started block still open is. Adjacent segments of one block are merged.
std::vector<Segment> topmostSegments(const std::vector<Block>& blocks) {
    std::vector<Segment> segments;
    std::vector<std::size_t> open;
    double at = -std::numeric_limits<double>::infinity();
    const auto addSegment = [&](std::size_t block, double x0, double x1) {
        if (x1 <= x0)
            return;
        if (!segments.empty() && segments.back().block == block && segments.back().x1 == x0)
            segments.back().x1 = x1;
        else
            segments.push_back({block, x0, x1});
    };
    const auto advanceTo = [&](double until) {
        while (!open.empty()) {
            const std::size_t top = open.back();
            const double end = blocks[top].x1;
            if (end <= at) {
                open.pop_back();
                continue;
            }
            addSegment(top, at, std::min(end, until));
            if (end > until) {
                at = until;
                return;
            }
            at = end;
            open.pop_back();
        }
        at = std::max(at, until);
    };
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        advanceTo(blocks[i].x0);
        open.push_back(i);
    }
    advanceTo(std::numeric_limits<double>::infinity());
    return segments;
}

class LanePainter {
public:
    LanePainter(const TimelinePaintContext& context, const CueLayerContent& content)
        : c_(context)
        , content_(content)
        , p_(*context.painter)
        , onePixel_(1.0 / context.devicePixelRatio)
        , textHeight_(QFontMetrics(context.painter->font()).height()) {
        clipLeft_ = context.exposed.left() - 4;
        clipRight_ = context.exposed.right() + 5;
    }

    void paintLane(int lane) {
        const QRect rect = c_.layout.laneRect(lane);
        const QRect area = rect.intersected(c_.exposed);
        if (area.isEmpty())
            return;
        p_.fillRect(area, c_.colours.laneBackground[lane % 2]);
        p_.fillRect(QRectF(area.left(), rect.bottom() + 1 - onePixel_, area.width(), onePixel_),
                    c_.colours.laneSeparator);
        if (!content_.index)
            return;
        top_ = rect.top() + kBlockInset;
        height_ = rect.height() - 2 * kBlockInset;

        blocks_.clear();
        const TimeRange times = c_.exposedTimes();
        content_.index->forEachOverlapping(
            lane, times.start(), times.endExclusive(), [&](const CueLaneIndex::Entry& e) {
                Block b;
                b.cue = e.cue;
                b.x0 = c_.snapped(c_.geometry.xOfTime(e.in));
                b.x1 = std::max(c_.snapped(c_.geometry.xOfTime(e.out)), b.x0 + onePixel_);
                b.startsHere = b.x0 >= clipLeft_;
                b.endsHere = b.x1 <= clipRight_;
                b.x0 = std::clamp(b.x0, clipLeft_, clipRight_);
                b.x1 = std::clamp(b.x1, b.x0 + onePixel_, clipRight_ + onePixel_);
                blocks_.push_back(b);
            });

        DenseRun run;
        for (const Segment& s : topmostSegments(blocks_)) {
            const Block& b = blocks_[s.block];
            const bool selected = isSelected(b.cue->id);
            if (s.x1 - s.x0 < kMinBlockPixels) {
                if (run.active() && s.x0 <= run.right + onePixel_) {
                    run.right = std::max(run.right, s.x1);
                } else {
                    flush(run);
                    run = DenseRun{s.x0, s.x1};
                }
                (b.cue->tags.kind == MusicKind::Score ? run.scoreCount : run.songCount)++;
                run.hasSelected = run.hasSelected || selected;
                continue;
            }
            flush(run);
            run = DenseRun{};
            const bool dragged = isDragged(b.cue->id);
            if (dragged)
                p_.setOpacity(0.35);
            paintSegment(b, s, selected);
            if (dragged)
                p_.setOpacity(1.0);
        }
        flush(run);
    }

    void paintPreview() {
        for (const DraggedCue& d : content_.preview) {
            const QRect rect = c_.layout.laneRect(d.lane);
            top_ = rect.top() + kBlockInset;
            height_ = rect.height() - 2 * kBlockInset;
            Cue shown;
            if (d.id != 0 && content_.project) {
                if (const Cue* original = content_.project->cue(d.id))
                    shown = *original;
            }
            Block b;
            b.cue = &shown;
            b.x0 = std::max(c_.snapped(c_.geometry.xOfTime(d.in)), clipLeft_);
            b.x1 = std::min(std::max(c_.snapped(c_.geometry.xOfTime(d.out)), b.x0 + onePixel_),
                            clipRight_);
            if (b.x1 <= b.x0)
                continue;
            paintSegment(b, Segment{0, b.x0, b.x1}, true, d.id == 0);
        }
    }

private:
    bool isSelected(CueId id) const {
        return content_.selected && content_.selected->count(id) > 0;
    }
    bool isDragged(CueId id) const {
        for (const DraggedCue& d : content_.preview)
            if (d.id == id)
                return true;
        return false;
    }

    void flush(const DenseRun& run) {
        if (!run.active())
            return;
        const MusicKind kind = run.songCount > run.scoreCount ? MusicKind::Song : MusicKind::Score;
        p_.fillRect(QRectF(run.left, top_, run.right - run.left, height_), c_.colours.dense(kind));
        if (run.hasSelected)
            p_.fillRect(QRectF(run.left, top_ + height_ - 3, run.right - run.left, 3),
                        c_.colours.highlight);
    }

    // One segment of a block: its fill, the border lines it owns (top and bottom always;
    // left and right only where the cue really starts or ends), and its label.
    void paintSegment(const Block& b, const Segment& s, bool selected, bool isNew = false) {
        const Cue& cue = *b.cue;
        const CueAppearance look = c_.colours.cue(cue.tags.kind, cue.tags.diegesis);
        const QRectF area(s.x0, top_, s.x1 - s.x0, height_);
        p_.fillRect(area, look.fill);
        if (look.hatched)
            p_.fillRect(area, QBrush(look.hatch, Qt::BDiagPattern));
        const bool ownsLeft = b.startsHere && s.x0 == b.x0;
        const bool ownsRight = b.endsHere && s.x1 == b.x1;
        const double line = selected ? 2.0 : onePixel_;
        QBrush border(selected ? c_.colours.highlight : look.border,
                      isNew ? Qt::Dense4Pattern : Qt::SolidPattern);
        p_.fillRect(QRectF(area.left(), area.top(), area.width(), line), border);
        p_.fillRect(QRectF(area.left(), area.bottom() - line, area.width(), line), border);
        if (ownsLeft)
            p_.fillRect(QRectF(area.left(), area.top(), line, area.height()), border);
        if (ownsRight)
            p_.fillRect(QRectF(area.right() - line, area.top(), line, area.height()), border);

        // The label where the cue begins (or at the view's left edge when it began before).
        if (isNew || !content_.labels || !content_.project || s.x0 != b.x0)
            return;
        const double textLeft = std::max(s.x0, 0.0) + kTextInset;
        const double room = s.x1 - textLeft - kTextInset;
        if (s.x1 - s.x0 < kMinLabelPixels || room <= 0)
            return;
        const QStaticText* text = content_.labels->label(*content_.project, cue, p_.font(), room);
        if (!text)
            return;
        p_.setPen(look.text);
        p_.drawStaticText(QPointF(textLeft, top_ + (height_ - textHeight_) / 2.0), *text);
    }

    const TimelinePaintContext& c_;
    const CueLayerContent& content_;
    QPainter& p_;
    double onePixel_;
    int textHeight_;
    double clipLeft_ = 0;
    double clipRight_ = 0;
    double top_ = 0;
    double height_ = 0;
    std::vector<Block> blocks_;
};

} // namespace

void paintCueLanes(const TimelinePaintContext& context, const CueLayerContent& content) {
    const QRect lanes = context.layout.lanes.intersected(context.exposed);
    if (lanes.isEmpty())
        return;
    context.painter->fillRect(lanes, context.colours.background);
    LanePainter painter(context, content);
    for (int lane = 0; lane < context.layout.laneCount; ++lane)
        painter.paintLane(lane);
    painter.paintPreview();
}

} // namespace cuesheet
