#pragma once

#include <QRect>
#include <QSize>

namespace cuesheet {

// The timeline's bands from top to bottom, in logical pixels:
//
//   +--------------------------------------------+
//   | ruler        (timecode, ticks, marks)       |  font height + padding
//   | thumbnails   (picture strip, or blank)      |  kThumbnailHeight
//   | waveform     (min/max per column, or blank) |  kWaveformHeight
//   | lane 0       (cues)                         |  laneHeight each, kMinLaneHeight ..
//   | lane 1                                      |  kMaxLaneHeight, sharing what is left
//   | ...          (the last lane is always empty: drop new cues there)
//   +--------------------------------------------+
//
// The strips keep their place when there is no media, so the lanes never jump when a
// waveform arrives. When the widget is too low, the strips shrink before the lanes do.
struct TimelineLayout {
    static constexpr int kThumbnailHeight = 40;
    static constexpr int kWaveformHeight = 56;
    static constexpr int kMinLaneHeight = 18;
    static constexpr int kMaxLaneHeight = 36;

    QRect ruler;
    QRect thumbnails;
    QRect waveform;
    QRect lanes; // the whole area below the strips
    int laneHeight = kMinLaneHeight;
    int laneCount = 1;

    QRect laneRect(int lane) const {
        return {lanes.left(), lanes.top() + lane * laneHeight, lanes.width(), laneHeight};
    }
    // The lane at y, or -1 when y is above the lanes or below the last one.
    int laneAt(int y) const;
    // The lane at y, clamped to [0, laneCount - 1] (for drags that leave the lanes).
    int clampedLaneAt(int y) const;

    static TimelineLayout compute(QSize size, int laneCount, int rulerHeight);
};

} // namespace cuesheet
