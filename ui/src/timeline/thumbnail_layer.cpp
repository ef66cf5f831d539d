#include "cuesheet/ui/timeline/thumbnail_layer.h"

#include "cuesheet/ui/timeline/timeline_paint_context.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cuesheet {

void ThumbnailLayer::setStrip(media::ThumbnailStrip strip) {
    strip_ = std::move(strip);
    // Pictures without content would make zero-width tiles.
    std::erase_if(strip_.thumbnails, [](const media::Thumbnail& t) {
        return t.image.isNull() || t.image.height() <= 0 || t.image.width() <= 0;
    });
    scaled_.clear();
}

Time ThumbnailLayer::duration() const {
    if (strip_.thumbnails.empty())
        return Time();
    return strip_.thumbnails.back().requested + std::max(strip_.interval, Time::fromTicks(1));
}

const QImage& ThumbnailLayer::scaled(std::size_t index, int heightPx, double dpr) {
    if (heightPx != scaledHeightPx_ || dpr != scaledDpr_) {
        scaled_.clear();
        scaledHeightPx_ = heightPx;
        scaledDpr_ = dpr;
    }
    auto it = scaled_.find(index);
    if (it == scaled_.end()) {
        const QImage& source = strip_.thumbnails[index].image;
        it = scaled_
                 .emplace(index, source.scaledToHeight(heightPx, Qt::SmoothTransformation)
                                     .convertToFormat(QImage::Format_RGB32))
                 .first;
        it->second.setDevicePixelRatio(dpr);
    }
    return it->second;
}

void ThumbnailLayer::paint(const TimelinePaintContext& context) {
    QPainter& p = *context.painter;
    const QRect strip = context.layout.thumbnails;
    const QRect area = strip.intersected(context.exposed);
    if (area.isEmpty())
        return;
    p.fillRect(area, context.colours.stripBackground);
    if (strip_.thumbnails.empty() || strip_.interval <= Time())
        return;

    const double dpr = context.devicePixelRatio;
    const int heightPx = static_cast<int>(std::lround(strip.height() * dpr));
    if (heightPx < 2)
        return;
    const QImage& first = strip_.thumbnails.front().image;
    // Whole device pixels per tile, so tiles meet without seams.
    const auto tilePx = std::max<std::int64_t>(
        4, std::llround(static_cast<double>(first.width()) * heightPx / first.height()));
    const TimelineGeometry& g = context.geometry;
    // Tiles are anchored at programme time 0 and scroll with the content.
    const auto originPx = static_cast<std::int64_t>(std::llround(g.xOfTime(Time()) * dpr));
    const auto leftPx = static_cast<std::int64_t>(std::floor(area.left() * dpr));
    const auto rightPx = static_cast<std::int64_t>(std::ceil((area.right() + 1) * dpr));
    const Time end = duration();
    std::int64_t tile = std::max<std::int64_t>(0, (leftPx - originPx) / tilePx);
    for (;; ++tile) {
        const std::int64_t x = originPx + tile * tilePx;
        if (x >= rightPx)
            break;
        const Time at = g.timeAtX(static_cast<double>(x) / dpr, Rounding::Down);
        if (at >= end)
            break;
        // The first tile's x is time 0's x rounded to a device pixel, so `at` can be a tick
        // before 0: clamp to the strip's first and last thumbnails.
        const auto index = static_cast<std::size_t>(std::clamp<std::int64_t>(
            divideRounded(at.ticks(), strip_.interval.ticks(), Rounding::Down), 0,
            static_cast<std::int64_t>(strip_.thumbnails.size()) - 1));
        const QImage& image = scaled(index, heightPx, dpr);
        // The tile's width, cut where the film ends.
        const double endX = std::min<double>(static_cast<double>(x + tilePx), g.xOfTime(end) * dpr);
        const int widthPx = static_cast<int>(std::max<double>(0, endX - static_cast<double>(x)));
        p.drawImage(QPointF(static_cast<double>(x) / dpr, strip.top()), image,
                    QRectF(0, 0, std::min(widthPx, image.width()), image.height()));
    }
}

} // namespace cuesheet
