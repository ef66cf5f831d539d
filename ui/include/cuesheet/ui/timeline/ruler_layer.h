#pragma once

#include "cuesheet/time/time.h"
#include "cuesheet/time/timecode.h"

#include <optional>

namespace cuesheet {

struct TimelinePaintContext;

// The ruler: timecode labels and ticks adapted to the zoom (see ruler_ticks.h), and the
// in/out marks as a shaded span.
struct RulerContent {
    TimecodeFormat format;
    std::int64_t startFrame = 0; // the start timecode, as frames since 00:00:00:00
    std::optional<Time> inMark;
    std::optional<Time> outMark;
};

void paintRuler(const TimelinePaintContext& context, const RulerContent& content);

// The pixel spacing the ruler keeps between labels, for its font (a label and some air).
double rulerLabelSpacing(const TimelinePaintContext& context);

} // namespace cuesheet
