#include "cuesheet/time/time.h"

#include <algorithm>
#include <cmath>

namespace cuesheet {

std::int64_t divideRounded(Int128 numerator, Int128 denominator, Rounding rounding) {
    // C++ division truncates toward zero; derive floor first, then adjust.
    Int128 quotient = numerator / denominator;
    Int128 remainder = numerator % denominator;
    if (remainder != 0 && (remainder < 0) != (denominator < 0)) {
        --quotient;
        remainder += denominator;
    }
    switch (rounding) {
    case Rounding::Down:
        break;
    case Rounding::Up:
        if (remainder != 0)
            ++quotient;
        break;
    case Rounding::Nearest:
        if (2 * remainder >= denominator)
            ++quotient;
        break;
    }
    return static_cast<std::int64_t>(quotient);
}

Time Time::fromRational(std::int64_t value, std::int64_t numerator, std::int64_t denominator,
                        Rounding rounding) {
    return Time(divideRounded(static_cast<Int128>(value) * numerator * kTicksPerSecond, denominator,
                              rounding));
}

Time Time::fromFrames(std::int64_t frame, FrameRate rate) {
    return fromRational(frame, rate.denominator(), rate.numerator(), Rounding::Down);
}

Time Time::fromSecondsRounded(double seconds) {
    return Time(static_cast<std::int64_t>(std::llround(seconds * kTicksPerSecond)));
}

std::int64_t Time::toRational(std::int64_t numerator, std::int64_t denominator,
                              Rounding rounding) const {
    return divideRounded(static_cast<Int128>(ticks_) * denominator,
                         static_cast<Int128>(numerator) * kTicksPerSecond, rounding);
}

std::int64_t Time::toFrames(FrameRate rate, Rounding rounding) const {
    return toRational(rate.denominator(), rate.numerator(), rounding);
}

std::int64_t Time::frameAtOrBefore(FrameRate rate) const {
    return toFrames(rate, Rounding::Down);
}
std::int64_t Time::frameNearest(FrameRate rate) const {
    return toFrames(rate, Rounding::Nearest);
}
std::int64_t Time::frameAtOrAfter(FrameRate rate) const {
    return toFrames(rate, Rounding::Up);
}

std::int64_t Time::toWholeSeconds(Rounding rounding) const {
    return divideRounded(ticks_, kTicksPerSecond, rounding);
}

TimeRange TimeRange::unitedWith(const TimeRange& other) const {
    return fromStartAndEndExclusive(std::min(start_, other.start_),
                                    std::max(endExclusive(), other.endExclusive()));
}

} // namespace cuesheet
