#include "cuesheet/ui/timeline/ruler_layer.h"

#include "cuesheet/ui/timeline/ruler_ticks.h"
#include "cuesheet/ui/timeline/timeline_paint_context.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace cuesheet {

namespace {
constexpr double kMinTickSpacing = 6.0;
constexpr int kLabelPadding = 4;
} // namespace

double rulerLabelSpacing(const TimelinePaintContext& context) {
    const QFontMetrics metrics(context.painter->font());
    return metrics.horizontalAdvance(QStringLiteral("00:00:00:00")) + 3 * kLabelPadding;
}

void paintRuler(const TimelinePaintContext& context, const RulerContent& content) {
    QPainter& p = *context.painter;
    const QRect ruler = context.layout.ruler;
    const QRect area = ruler.intersected(context.exposed);
    if (area.isEmpty() || !content.format.isValid())
        return;
    p.fillRect(area, context.colours.rulerBackground);

    const TimelineGeometry& g = context.geometry;
    // The marked span, under the ticks.
    if (content.inMark && content.outMark && *content.inMark < *content.outMark) {
        const double x0 = std::max<double>(g.xOfTime(*content.inMark), area.left() - 1);
        const double x1 = std::min<double>(g.xOfTime(*content.outMark), area.right() + 2);
        if (x0 < x1)
            p.fillRect(QRectF(QPointF(context.snapped(x0), ruler.top()),
                              QPointF(context.snapped(x1), ruler.bottom() + 1)),
                       context.colours.markRegion);
    }

    const FrameRate rate = content.format.rate;
    const TimeRange times = context.exposedTimes();
    // Labels reach right of their tick: start early enough to draw one whose tick is off the
    // exposed area on the left.
    const double labelSpacing = rulerLabelSpacing(context);
    const Time labelReach =
        Time::fromTicks(static_cast<std::int64_t>(labelSpacing) * g.ticksPerPixel());
    const std::int64_t firstFrame =
        std::max<std::int64_t>(0, (times.start() - labelReach).frameAtOrBefore(rate));
    const std::int64_t lastFrame = times.endExclusive().frameAtOrAfter(rate);
    const RulerScale scale =
        chooseRulerScale(g.pixelsPerFrame(rate), content.format, labelSpacing, kMinTickSpacing);

    const QFontMetrics metrics(p.font());
    const int bottom = ruler.bottom();
    const int majorHeight = ruler.height() / 2;
    const int minorHeight = std::max(3, ruler.height() / 5);
    const double baseline = ruler.top() + kLabelPadding + metrics.ascent();
    p.setPen(QPen(context.colours.tick, 0));
    for (const RulerTick& tick :
         rulerTicks(scale, content.format, content.startFrame, firstFrame, lastFrame)) {
        const double x = context.snapped(g.xOfTime(Time::fromFrames(tick.programmeFrame, rate)));
        const int height = tick.major ? majorHeight : minorHeight;
        p.drawLine(QLineF(x, bottom - height + 1, x, bottom + 1));
        if (!tick.major)
            continue;
        QString label = QString::fromStdString(formatTimecode(tick.labelFrame, content.format));
        if (!scale.labelsShowFrames)
            label.truncate(8); // HH:MM:SS
        p.setPen(context.colours.rulerText);
        p.drawText(QPointF(x + kLabelPadding, baseline), label);
        p.setPen(QPen(context.colours.tick, 0));
    }
    p.drawLine(QLineF(area.left(), bottom + 0.5, area.right() + 1, bottom + 0.5));
}

} // namespace cuesheet
