#pragma once

// Private to core/media: the player's clock when no audio device drives it.

#include "cuesheet/time/time.h"

#include <cstdint>
#include <functional>

namespace cuesheet::media::detail {

// A media position that runs on a monotonic time source at a rate (negative: backwards):
//
//   position(now) = anchorPosition + (now - anchorNow) * rateNumerator / rateDenominator
//
// The player's master clock when there is no audio device (headless machines), when the file
// has no audio, at rates other than 1 (audio muted), and after the audio has ended.
// Not thread-safe (the GUI thread owns it).
class MediaClock {
public:
    // Nanoseconds from a monotonic source (QElapsedTimer by default; tests pass their own).
    using NowFunction = std::function<std::int64_t()>;

    explicit MediaClock(NowFunction now);

    Time position() const;
    // Re-anchors: the clock reads `position` now and runs on from there.
    void setPosition(Time position);
    void setRunning(bool running);
    void setRate(int numerator, int denominator);
    bool isRunning() const { return running_; }

private:
    NowFunction now_;
    Time anchorPosition_;
    std::int64_t anchorNow_ = 0;
    bool running_ = false;
    int rateNumerator_ = 1;
    int rateDenominator_ = 1;
};

} // namespace cuesheet::media::detail
