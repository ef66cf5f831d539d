#include "cuesheet/media/media_info.h"

#include <cstdint>

namespace cuesheet::media {

int VideoStreamInfo::displayWidth() const {
    if (sampleAspectNum <= 0 || sampleAspectDen <= 0)
        return width;
    // width x (sample aspect), rounded to the nearest pixel.
    const std::int64_t scaled =
        (static_cast<std::int64_t>(width) * sampleAspectNum * 2 + sampleAspectDen) /
        (2 * static_cast<std::int64_t>(sampleAspectDen));
    return static_cast<int>(scaled > 0 ? scaled : width);
}

} // namespace cuesheet::media
