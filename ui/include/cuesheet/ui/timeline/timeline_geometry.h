#pragma once

#include "cuesheet/time/frame_rate.h"
#include "cuesheet/time/rounding.h"
#include "cuesheet/time/time.h"

#include <cstdint>

namespace cuesheet {

// How the timeline maps programme time to x and back: the one place where the view rounds.
//
// A view is a start time (the time at x = 0), a whole number of ticks per logical pixel and a
// width in logical pixels. Keeping the scale an integer makes every mapping exact integer
// arithmetic except the final division for drawing, and makes zooming around an anchor exact:
//
//        x = 0         x = 1         x = 2              x = width
//        |-------------|-------------|----- ... --------|
//      start      start + tpp   start + 2 tpp        endExclusive()
//
//   xOfTime(t)          = (t - start) / tpp        as a double, not rounded (for drawing)
//   columnOfTime(t)     = floor((t - start) / tpp) the pixel column holding t (hit tests)
//   timeAtX(x, r)       = start + x * tpp          rounded to a whole tick as `r` says
//   frameAtX(x, rate, r)                           the time at x, then to a frame as `r` says:
//        Down    the frame whose interval contains x (the frame under the pointer)
//        Nearest the frame boundary closest to x (cue edges, drags), halves go later
//        Up      the first frame boundary at or after x
//
// Zooming keeps one x fixed in time (the mouse or the playhead): zoomedAround(x, newTpp) gives
// the view in which timeAtX(x) is what it was (exactly, when x is a whole pixel).
//
// Zoom range: from the whole content in the width (fitTicksPerPixel) down to a single frame
// kMaxPixelsPerFrame pixels wide (finestTicksPerPixel).
//
// A value type: cheap to copy, no Qt.
class TimelineGeometry {
public:
    // The deepest zoom: one frame this many logical pixels wide.
    static constexpr int kMaxPixelsPerFrame = 48;

    constexpr TimelineGeometry() = default;
    // ticksPerPixel < 1 is taken as 1; a negative width as 0.
    TimelineGeometry(Time start, std::int64_t ticksPerPixel, int width);

    Time start() const { return start_; }
    std::int64_t ticksPerPixel() const { return ticksPerPixel_; }
    int width() const { return width_; }
    // The time just after the last visible pixel: start + width * tpp.
    Time endExclusive() const;
    TimeRange visibleRange() const {
        return TimeRange::fromStartAndEndExclusive(start_, endExclusive());
    }

    double xOfTime(Time time) const;
    std::int64_t columnOfTime(Time time) const;
    Time timeAtX(double x, Rounding tickRounding) const;
    std::int64_t frameAtX(double x, FrameRate rate, Rounding frameRounding) const;
    // A duration in pixels (not rounded).
    double widthOf(Time duration) const;
    double pixelsPerFrame(FrameRate rate) const;

    // The same scale and width starting at `start`.
    TimelineGeometry scrolledTo(Time start) const { return {start, ticksPerPixel_, width_}; }
    TimelineGeometry withWidth(int width) const { return {start_, ticksPerPixel_, width}; }
    // The view at `ticksPerPixel` in which the time at `anchorX` stays where it was.
    TimelineGeometry zoomedAround(double anchorX, std::int64_t ticksPerPixel) const;

    // The scale that shows `duration` in `width` pixels (rounded up, so all of it fits).
    static std::int64_t fitTicksPerPixel(Time duration, int width);
    // The scale at which one frame is kMaxPixelsPerFrame pixels wide (rounded down, at least 1).
    static std::int64_t finestTicksPerPixel(FrameRate rate);

    friend bool operator==(const TimelineGeometry&, const TimelineGeometry&) = default;

private:
    Time start_;
    std::int64_t ticksPerPixel_ = 1;
    int width_ = 0;
};

// The zoom range of a view: ticks per pixel from finest (most zoomed in) to coarsest.
struct ZoomLimits {
    std::int64_t finest = 1;
    std::int64_t coarsest = 1;

    std::int64_t clamp(std::int64_t ticksPerPixel) const;
    // For content of `duration` shown `width` pixels wide at `rate`. When the content is so
    // short that even its fit is finer than a frame at the finest scale, the coarsest is the
    // finest.
    static ZoomLimits forContent(Time duration, int width, FrameRate rate);
};

} // namespace cuesheet
