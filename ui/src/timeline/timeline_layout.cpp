#include "cuesheet/ui/timeline/timeline_layout.h"

#include <algorithm>

namespace cuesheet {

int TimelineLayout::laneAt(int y) const {
    if (y < lanes.top() || laneHeight <= 0)
        return -1;
    const int lane = (y - lanes.top()) / laneHeight;
    return lane < laneCount ? lane : -1;
}

int TimelineLayout::clampedLaneAt(int y) const {
    if (laneHeight <= 0)
        return 0;
    const int offset = y - lanes.top();
    const int lane = offset < 0 ? 0 : offset / laneHeight;
    return std::clamp(lane, 0, std::max(0, laneCount - 1));
}

TimelineLayout TimelineLayout::compute(QSize size, int laneCount, int rulerHeight) {
    TimelineLayout layout;
    layout.laneCount = std::max(1, laneCount);
    const int width = std::max(0, size.width());
    const int height = std::max(0, size.height());
    const int ruler = std::min(rulerHeight, height);
    // Lanes first get their minimum; the strips take what is left up to their own height.
    const int lanesMinimum = layout.laneCount * kMinLaneHeight;
    const int forStrips = std::max(0, height - ruler - lanesMinimum);
    const int stripsWanted = kThumbnailHeight + kWaveformHeight;
    const int thumbnails =
        forStrips >= stripsWanted ? kThumbnailHeight : forStrips * kThumbnailHeight / stripsWanted;
    const int waveform = std::min(kWaveformHeight, forStrips - thumbnails);

    layout.ruler = QRect(0, 0, width, ruler);
    layout.thumbnails = QRect(0, ruler, width, thumbnails);
    layout.waveform = QRect(0, ruler + thumbnails, width, waveform);
    const int lanesTop = ruler + thumbnails + waveform;
    layout.lanes = QRect(0, lanesTop, width, std::max(0, height - lanesTop));
    layout.laneHeight =
        std::clamp(layout.lanes.height() / layout.laneCount, kMinLaneHeight, kMaxLaneHeight);
    return layout;
}

} // namespace cuesheet
