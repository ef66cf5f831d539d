#pragma once

#include "cuesheet/time/time.h"

#include <QRect>

#include <optional>

namespace cuesheet {

struct TimelinePaintContext;

// What is drawn over every band, last: the in/out marks, the snap line of a drag, the
// rubber band, and the playhead (a line with a head in the ruler).
struct OverlayContent {
    Time playhead;
    std::optional<Time> inMark;
    std::optional<Time> outMark;
    std::optional<Time> snapLine;
    std::optional<QRect> rubberBand;
};

void paintOverlay(const TimelinePaintContext& context, const OverlayContent& content);

// The pixels the playhead at x covers in a view `height` high (its head is wider than its
// line): what to repaint when it moves.
QRect playheadRect(double x, int height);

} // namespace cuesheet
