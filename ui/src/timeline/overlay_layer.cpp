#include "cuesheet/ui/timeline/overlay_layer.h"

#include "cuesheet/ui/timeline/timeline_paint_context.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace cuesheet {

namespace {
constexpr double kHeadHalfWidth = 6;

void verticalLine(const TimelinePaintContext& context, double x, int top, const QPen& pen) {
    const QRect& exposed = context.exposed;
    if (x < exposed.left() - 2 || x > exposed.right() + 2)
        return;
    context.painter->setPen(pen);
    const double sx = context.snapped(x) + 0.5 / context.devicePixelRatio;
    context.painter->drawLine(QLineF(sx, top, sx, context.layout.lanes.bottom() + 1));
}
} // namespace

QRect playheadRect(double x, int height) {
    const int left = static_cast<int>(std::floor(x - kHeadHalfWidth)) - 2;
    const int right = static_cast<int>(std::ceil(x + kHeadHalfWidth)) + 2;
    return QRect(QPoint(left, 0), QPoint(right, height));
}

void paintOverlay(const TimelinePaintContext& context, const OverlayContent& content) {
    QPainter& p = *context.painter;
    const TimelineGeometry& g = context.geometry;
    const int top = context.layout.ruler.top();

    QPen markPen(context.colours.mark, 0, Qt::DashLine);
    if (content.inMark)
        verticalLine(context, g.xOfTime(*content.inMark), top, markPen);
    if (content.outMark)
        verticalLine(context, g.xOfTime(*content.outMark), top, markPen);
    if (content.snapLine)
        verticalLine(context, g.xOfTime(*content.snapLine), top, QPen(context.colours.snapLine, 0));

    if (content.rubberBand) {
        p.setPen(QPen(context.colours.highlight, 0));
        p.setBrush(context.colours.highlightFill);
        p.drawRect(QRectF(*content.rubberBand).adjusted(0.5, 0.5, -0.5, -0.5));
        p.setBrush(Qt::NoBrush);
    }

    const double x = g.xOfTime(content.playhead);
    if (x < context.exposed.left() - kHeadHalfWidth - 2 ||
        x > context.exposed.right() + kHeadHalfWidth + 2)
        return;
    verticalLine(context, x, context.layout.ruler.top(), QPen(context.colours.playhead, 0));
    // The head: a triangle at the bottom of the ruler pointing down.
    const double sx = context.snapped(x) + 0.5 / context.devicePixelRatio;
    const double base = context.layout.ruler.bottom() + 1 - kHeadHalfWidth * 1.5;
    QPainterPath head;
    head.moveTo(sx - kHeadHalfWidth, base);
    head.lineTo(sx + kHeadHalfWidth, base);
    head.lineTo(sx, context.layout.ruler.bottom() + 1);
    head.closeSubpath();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillPath(head, context.colours.playhead);
    p.setRenderHint(QPainter::Antialiasing, false);
}

} // namespace cuesheet
