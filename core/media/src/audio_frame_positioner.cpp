#include "audio_frame_positioner.h"

#include <algorithm>
#include <cstdlib>

namespace cuesheet::media::detail {

AudioFramePositioner::AudioFramePositioner(AVRational timeBase, Time origin, int sampleRate)
    : timeBase_(timeBase)
    , origin_(origin)
    , sampleRate_(sampleRate) {}

std::int64_t AudioFramePositioner::sampleIndexOf(std::int64_t pts) const {
    const Time t = Time::fromRational(pts, timeBase_.num, timeBase_.den, Rounding::Nearest);
    return (t - origin_).toRational(1, sampleRate_, Rounding::Nearest);
}

std::int64_t AudioFramePositioner::timestampOf(std::int64_t index) const {
    const Time t = origin_ + Time::fromRational(index, 1, sampleRate_, Rounding::Down);
    return t.toRational(timeBase_.num, timeBase_.den, Rounding::Down);
}

std::int64_t AudioFramePositioner::place(std::int64_t pts, int sampleCount) {
    std::int64_t index = next_;
    if (pts != AV_NOPTS_VALUE) {
        const std::int64_t fromPts = sampleIndexOf(pts);
        const std::int64_t tolerance = std::max(2, sampleRate_ / 500);
        if (!anchored_ || std::llabs(fromPts - index) > tolerance)
            index = fromPts;
    }
    anchored_ = true;
    next_ = index + sampleCount;
    return index;
}

} // namespace cuesheet::media::detail
