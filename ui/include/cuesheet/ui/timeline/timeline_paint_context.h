#pragma once

#include "cuesheet/ui/timeline/timeline_colours.h"
#include "cuesheet/ui/timeline/timeline_geometry.h"
#include "cuesheet/ui/timeline/timeline_layout.h"

#include <QRect>

#include <cmath>

class QPainter;

namespace cuesheet {

// What every layer gets to paint with. Layers draw only what intersects `exposed` (a partial
// update, e.g. the strips where the playhead was and is, repaints only those).
struct TimelinePaintContext {
    QPainter* painter = nullptr;
    TimelineGeometry geometry;
    TimelineLayout layout;
    TimelineColours colours;
    double devicePixelRatio = 1.0;
    QRect exposed; // logical pixels

    // The times under the exposed columns, one pixel wider on each side so that shapes
    // straddling the border are drawn whole.
    TimeRange exposedTimes() const {
        return TimeRange::fromStartAndEndExclusive(
            geometry.timeAtX(exposed.left() - 1, Rounding::Down),
            geometry.timeAtX(exposed.right() + 2, Rounding::Up));
    }
    // x rounded to the device pixel grid (crisp edges at any devicePixelRatio).
    double snapped(double x) const { return std::round(x * devicePixelRatio) / devicePixelRatio; }
};

} // namespace cuesheet
