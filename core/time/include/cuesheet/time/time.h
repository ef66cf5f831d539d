#pragma once

#include "cuesheet/time/frame_rate.h"
#include "cuesheet/time/rounding.h"

#include <compare>
#include <cstdint>

namespace cuesheet {

// 128-bit intermediate for exact products (ticks * rate numerator can exceed 2^63).
__extension__ typedef __int128 Int128;

// A point or a length on a timeline, exact, as an integer count of ticks.
//
// One tick is 1/705 600 000 s (a "flick"). That number is divisible by the frame duration of
// every rate we support (24000/1001 .. 60) and by 44.1/48/96 kHz sample periods, so frames and
// samples convert to ticks exactly and sums never drift. An int64 holds +-146 years.
//
//   frame 0    frame 1    frame 2            (24 fps: 29 400 000 ticks per frame)
//   |----------|----------|------
//   0          29400000   58800000
//
// Conversions that can round name the rounding: frameAtOrBefore() floors, frameNearest()
// rounds half up, frameAtOrAfter() takes the ceiling; toSecondsForDisplay() is lossy and is
// never stored.
class Time {
public:
    static constexpr std::int64_t kTicksPerSecond = 705'600'000;

    constexpr Time() = default;
    static constexpr Time fromTicks(std::int64_t ticks) { return Time(ticks); }
    static constexpr Time fromWholeSeconds(std::int64_t seconds) {
        return Time(seconds * kTicksPerSecond);
    }
    // value * numerator / denominator seconds, e.g. an FFmpeg pts and its time base. Exact
    // when the result is a whole number of ticks; otherwise rounded as asked.
    static Time fromRational(std::int64_t value, std::int64_t numerator, std::int64_t denominator,
                             Rounding rounding);
    // The start of frame `frame` at `rate`. Exact for every rate whose frame duration is a
    // whole number of ticks (all rates in the design); others round down.
    static Time fromFrames(std::int64_t frame, FrameRate rate);
    // Seconds as typed by a person or a JSON number, rounded to the nearest tick.
    static Time fromSecondsRounded(double seconds);

    constexpr std::int64_t ticks() const { return ticks_; }

    // The frame whose interval [start, end) contains this time.
    std::int64_t frameAtOrBefore(FrameRate rate) const;
    // The frame whose start is closest; exact halves go to the later frame.
    std::int64_t frameNearest(FrameRate rate) const;
    // The first frame that starts at or after this time.
    std::int64_t frameAtOrAfter(FrameRate rate) const;
    std::int64_t toFrames(FrameRate rate, Rounding rounding) const;

    // value in units of numerator/denominator seconds (e.g. an FFmpeg time base or a sample
    // rate as 1/48000), rounded as asked.
    std::int64_t toRational(std::int64_t numerator, std::int64_t denominator,
                            Rounding rounding) const;

    // Whole seconds, rounded as asked.
    std::int64_t toWholeSeconds(Rounding rounding) const;
    // For display and JSON only: a double cannot hold every tick count exactly.
    double toSecondsForDisplay() const { return static_cast<double>(ticks_) / kTicksPerSecond; }

    constexpr Time operator+(Time other) const { return Time(ticks_ + other.ticks_); }
    constexpr Time operator-(Time other) const { return Time(ticks_ - other.ticks_); }
    constexpr Time operator-() const { return Time(-ticks_); }
    constexpr Time& operator+=(Time other) {
        ticks_ += other.ticks_;
        return *this;
    }
    constexpr Time& operator-=(Time other) {
        ticks_ -= other.ticks_;
        return *this;
    }
    friend constexpr auto operator<=>(const Time&, const Time&) = default;

private:
    constexpr explicit Time(std::int64_t ticks)
        : ticks_(ticks) {}
    std::int64_t ticks_ = 0;
};

// Integer division of a/b rounded as asked; b > 0. Shared by every exact conversion.
std::int64_t divideRounded(Int128 numerator, Int128 denominator, Rounding rounding);

// A half-open interval [start, endExclusive) of time.
//
//   start                 endExclusive
//   [=====================)
//
// Two ranges that merely touch (a.endExclusive == b.start) do not overlap.
class TimeRange {
public:
    constexpr TimeRange() = default;
    static constexpr TimeRange fromStartAndEndExclusive(Time start, Time endExclusive) {
        return TimeRange(start, endExclusive - start);
    }
    static constexpr TimeRange fromStartAndDuration(Time start, Time duration) {
        return TimeRange(start, duration);
    }

    constexpr Time start() const { return start_; }
    constexpr Time duration() const { return duration_; }
    constexpr Time endExclusive() const { return start_ + duration_; }
    constexpr bool isEmpty() const { return duration_.ticks() <= 0; }

    constexpr bool contains(Time t) const { return start_ <= t && t < endExclusive(); }
    constexpr bool contains(const TimeRange& other) const {
        return start_ <= other.start_ && other.endExclusive() <= endExclusive();
    }
    constexpr bool overlaps(const TimeRange& other) const {
        return start_ < other.endExclusive() && other.start_ < endExclusive();
    }
    // Overlapping, touching, or separated by at most `gap` (the merge rule of imports).
    constexpr bool isWithin(const TimeRange& other, Time gap) const {
        return start_ <= other.endExclusive() + gap && other.start_ <= endExclusive() + gap;
    }
    // The smallest range holding both.
    TimeRange unitedWith(const TimeRange& other) const;

    friend constexpr bool operator==(const TimeRange&, const TimeRange&) = default;

private:
    constexpr TimeRange(Time start, Time duration)
        : start_(start)
        , duration_(duration) {}
    Time start_;
    Time duration_;
};

} // namespace cuesheet
