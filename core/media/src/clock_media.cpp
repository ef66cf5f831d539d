#include "clock_media.h"

namespace cuesheet::media::detail {

MediaClock::MediaClock(NowFunction now)
    : now_(std::move(now)) {
    anchorNow_ = now_();
}

Time MediaClock::position() const {
    if (!running_)
        return anchorPosition_;
    const std::int64_t elapsedNanoseconds = now_() - anchorNow_;
    return anchorPosition_ + Time::fromRational(elapsedNanoseconds * rateNumerator_, 1,
                                                std::int64_t{1'000'000'000} * rateDenominator_,
                                                Rounding::Down);
}

void MediaClock::setPosition(Time position) {
    anchorPosition_ = position;
    anchorNow_ = now_();
}

void MediaClock::setRunning(bool running) {
    if (running == running_)
        return;
    setPosition(position());
    running_ = running;
}

void MediaClock::setRate(int numerator, int denominator) {
    setPosition(position());
    rateNumerator_ = numerator;
    rateDenominator_ = denominator;
}

} // namespace cuesheet::media::detail
