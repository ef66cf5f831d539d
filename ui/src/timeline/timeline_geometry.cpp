#include "cuesheet/ui/timeline/timeline_geometry.h"

#include <algorithm>
#include <cmath>

namespace cuesheet {

namespace {
// A double rounded to an integer as asked. The products involved (pixels * ticks per pixel)
// stay far below 2^53 for any view of a film, so the double is the exact product.
std::int64_t roundedToInteger(double value, Rounding rounding) {
    switch (rounding) {
    case Rounding::Down:
        return static_cast<std::int64_t>(std::floor(value));
    case Rounding::Up:
        return static_cast<std::int64_t>(std::ceil(value));
    case Rounding::Nearest:
        break;
    }
    return static_cast<std::int64_t>(std::floor(value + 0.5)); // halves up, as Rounding says
}
} // namespace

TimelineGeometry::TimelineGeometry(Time start, std::int64_t ticksPerPixel, int width)
    : start_(start)
    , ticksPerPixel_(std::max<std::int64_t>(1, ticksPerPixel))
    , width_(std::max(0, width)) {}

Time TimelineGeometry::endExclusive() const {
    return start_ + Time::fromTicks(static_cast<std::int64_t>(width_) * ticksPerPixel_);
}

double TimelineGeometry::xOfTime(Time time) const {
    return static_cast<double>((time - start_).ticks()) / static_cast<double>(ticksPerPixel_);
}

std::int64_t TimelineGeometry::columnOfTime(Time time) const {
    return divideRounded((time - start_).ticks(), ticksPerPixel_, Rounding::Down);
}

Time TimelineGeometry::timeAtX(double x, Rounding tickRounding) const {
    return start_ +
           Time::fromTicks(roundedToInteger(x * static_cast<double>(ticksPerPixel_), tickRounding));
}

std::int64_t TimelineGeometry::frameAtX(double x, FrameRate rate, Rounding frameRounding) const {
    // To the nearest tick first: a tick is far below a pixel, so this never moves x across a
    // frame boundary that a pixel could resolve.
    return timeAtX(x, Rounding::Nearest).toFrames(rate, frameRounding);
}

double TimelineGeometry::widthOf(Time duration) const {
    return static_cast<double>(duration.ticks()) / static_cast<double>(ticksPerPixel_);
}

double TimelineGeometry::pixelsPerFrame(FrameRate rate) const {
    return widthOf(Time::fromFrames(1, rate));
}

TimelineGeometry TimelineGeometry::zoomedAround(double anchorX, std::int64_t ticksPerPixel) const {
    const Time anchor = timeAtX(anchorX, Rounding::Nearest);
    const std::int64_t tpp = std::max<std::int64_t>(1, ticksPerPixel);
    const Time offset =
        Time::fromTicks(roundedToInteger(anchorX * static_cast<double>(tpp), Rounding::Nearest));
    return {anchor - offset, tpp, width_};
}

std::int64_t TimelineGeometry::fitTicksPerPixel(Time duration, int width) {
    if (width <= 0)
        return std::max<std::int64_t>(1, duration.ticks());
    return std::max<std::int64_t>(1, divideRounded(duration.ticks(), width, Rounding::Up));
}

std::int64_t TimelineGeometry::finestTicksPerPixel(FrameRate rate) {
    if (!rate.isValid())
        return 1;
    return std::max<std::int64_t>(
        1, divideRounded(Time::fromFrames(1, rate).ticks(), kMaxPixelsPerFrame, Rounding::Down));
}

std::int64_t ZoomLimits::clamp(std::int64_t ticksPerPixel) const {
    return std::clamp(ticksPerPixel, finest, std::max(finest, coarsest));
}

ZoomLimits ZoomLimits::forContent(Time duration, int width, FrameRate rate) {
    ZoomLimits limits;
    limits.finest = TimelineGeometry::finestTicksPerPixel(rate);
    limits.coarsest = std::max(limits.finest, TimelineGeometry::fitTicksPerPixel(duration, width));
    return limits;
}

} // namespace cuesheet
