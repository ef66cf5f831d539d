#pragma once

#include "cuesheet/time/parse_result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace cuesheet {

// An exact frame rate as a reduced fraction of frames per second: 24000/1001 for "23.976",
// 30000/1001 for "29.97". Never a double: 29.97 is not 30000/1001.
class FrameRate {
public:
    constexpr FrameRate() = default;
    // Reduces the fraction. A non-positive numerator or denominator gives an invalid rate.
    FrameRate(std::int64_t numerator, std::int64_t denominator);

    std::int64_t numerator() const { return num_; }
    std::int64_t denominator() const { return den_; }
    bool isValid() const { return num_ > 0 && den_ > 0; }

    // The whole number of frame labels per timecode second: 24 for 23.976, 30 for 29.97,
    // 60 for 59.94 (the rate rounded up to an integer, as SMPTE 12M counts frames).
    int timecodeBase() const;

    // Drop-frame counting exists only at 30000/1001 and 60000/1001 (SMPTE 12M).
    bool supportsDropFrame() const;
    // Frame numbers skipped at the start of each minute not divisible by ten: 2 at 29.97,
    // 4 at 59.94; 0 where drop-frame is undefined.
    int droppedFramesPerMinute() const;

    // "24000/1001", "25/1".
    std::string toFraction() const;
    // Accepts "24000/1001", "25", "25/1" and the customary names "23.976", "23.98", "29.97",
    // "59.94", "47.952", "119.88"; any other decimal is refused rather than guessed.
    static ParseResult<FrameRate> parse(std::string_view text);

    friend bool operator==(const FrameRate&, const FrameRate&) = default;

private:
    std::int64_t num_ = 0;
    std::int64_t den_ = 1;
};

} // namespace cuesheet
