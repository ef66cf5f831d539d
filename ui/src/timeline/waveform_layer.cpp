#include "cuesheet/ui/timeline/waveform_layer.h"

#include "cuesheet/ui/timeline/timeline_paint_context.h"

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cuesheet {

void WaveformLayer::setPeaks(std::shared_ptr<const media::WaveformPeaks> peaks) {
    peaks_ = peaks && !peaks->isEmpty() ? std::move(peaks) : nullptr;
    if (peaks_)
        progressPermille_ = -1;
}

void WaveformLayer::paint(const TimelinePaintContext& context) const {
    QPainter& p = *context.painter;
    const QRect strip = context.layout.waveform;
    const QRect area = strip.intersected(context.exposed);
    if (area.isEmpty())
        return;
    p.fillRect(area, context.colours.stripBackground);
    if (!peaks_) {
        if (progressPermille_ >= 0) {
            p.setPen(context.colours.stripText);
            p.drawText(strip, Qt::AlignCenter,
                       QStringLiteral("Building waveform… %1 %").arg(progressPermille_ / 10));
        }
        return;
    }

    // Device-pixel columns of the exposed area, clipped to the audio's extent.
    const double dpr = context.devicePixelRatio;
    const TimelineGeometry& g = context.geometry;
    const auto firstColumn = static_cast<std::int64_t>(std::floor(area.left() * dpr));
    const auto audioEnd = static_cast<std::int64_t>(std::ceil(g.xOfTime(peaks_->duration()) * dpr));
    const auto audioStart = static_cast<std::int64_t>(std::floor(g.xOfTime(Time()) * dpr));
    const std::int64_t begin = std::max(firstColumn, audioStart);
    const std::int64_t end =
        std::min(static_cast<std::int64_t>(std::ceil((area.right() + 1) * dpr)), audioEnd);
    const auto heightPx = static_cast<int>(std::lround(strip.height() * dpr));
    if (end <= begin || heightPx < 2)
        return;
    const int columnCount = static_cast<int>(end - begin);
    // Column i covers the times [timeAt(begin + i), timeAt(begin + i + 1)) in device pixels;
    // the pyramid splits the whole range evenly in exact integers.
    const TimeRange range = TimeRange::fromStartAndEndExclusive(
        g.timeAtX(static_cast<double>(begin) / dpr, Rounding::Down),
        g.timeAtX(static_cast<double>(end) / dpr, Rounding::Down));

    std::vector<media::PeakPair> merged;
    for (int channel = 0; channel < peaks_->channelCount(); ++channel) {
        auto columns = peaks_->columns(channel, range, columnCount);
        if (merged.empty()) {
            merged = std::move(columns);
            continue;
        }
        for (std::size_t i = 0; i < merged.size(); ++i) {
            merged[i].min = std::min(merged[i].min, columns[i].min);
            merged[i].max = std::max(merged[i].max, columns[i].max);
        }
    }

    // Straight into an image (one pixel write per lit pixel), then one blit: far cheaper than
    // a fillRect per column.
    QImage image(columnCount, heightPx, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const QRgb colour = qPremultiply(context.colours.waveform.rgba());
    const QRgb axis = qPremultiply(context.colours.waveformAxis.rgba());
    const double half = (heightPx - 1) / 2.0;
    const auto centre = static_cast<int>(std::lround(half));
    auto* axisRow = reinterpret_cast<QRgb*>(image.scanLine(centre));
    std::fill(axisRow, axisRow + columnCount, axis);
    const auto bytesPerLine = image.bytesPerLine();
    uchar* bits = image.bits();
    for (int column = 0; column < columnCount; ++column) {
        const media::PeakPair pair = merged[static_cast<std::size_t>(column)];
        if (pair.min == 0 && pair.max == 0)
            continue;
        int top = static_cast<int>(std::floor(half - pair.max / 32768.0 * half));
        int bottom = static_cast<int>(std::ceil(half - pair.min / 32768.0 * half));
        top = std::clamp(top, 0, heightPx - 1);
        bottom = std::clamp(bottom, top, heightPx - 1);
        for (int y = top; y <= bottom; ++y)
            reinterpret_cast<QRgb*>(bits + y * bytesPerLine)[column] = colour;
    }
    image.setDevicePixelRatio(dpr);
    p.drawImage(QPointF(static_cast<double>(begin) / dpr, strip.top()), image);
}

} // namespace cuesheet
