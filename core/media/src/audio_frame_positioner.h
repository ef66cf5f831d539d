#pragma once

// Private to core/media: where each decoded audio frame sits on the film timeline. Shared by
// the stream reader (AudioDecoder, waveform) and the player's audio decode thread.

#include "cuesheet/time/time.h"
#include "ffmpeg_handles.h"

#include <cstdint>

namespace cuesheet::media::detail {

// Gives each decoded frame the timeline index of its first sample. The first frame after
// construction or reset() (a seek) takes its index from its timestamp; later frames continue
// by counting samples, so indices never drift. A timestamp that disagrees with the count by
// more than 2 ms (a real gap or overlap, not the rounding of a millisecond time base)
// re-anchors the count.
class AudioFramePositioner {
public:
    AudioFramePositioner() = default;
    // `origin`: the timeline's zero in the stream's container time (see AudioStreamReader).
    AudioFramePositioner(AVRational timeBase, Time origin, int sampleRate);

    void reset() { anchored_ = false; }
    // The index of the first sample of a frame with timestamp `pts` (AV_NOPTS_VALUE: continue
    // the count) and `sampleCount` samples.
    std::int64_t place(std::int64_t pts, int sampleCount);
    // The index at which timestamp `pts` falls, rounded to the nearest sample.
    std::int64_t sampleIndexOf(std::int64_t pts) const;
    // Container time of sample `index`, in the stream's time base, rounded down.
    std::int64_t timestampOf(std::int64_t index) const;

private:
    AVRational timeBase_{1, 1};
    Time origin_;
    int sampleRate_ = 1;
    std::int64_t next_ = 0;
    bool anchored_ = false;
};

} // namespace cuesheet::media::detail
