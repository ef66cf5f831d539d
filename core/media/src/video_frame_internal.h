#pragma once

// Private to core/media: the FFmpeg side of VideoFrame. Include from .cpp files of this layer
// only (the player's decode thread uses it to wrap the frames it decodes).

#include "cuesheet/media/video_frame.h"
#include "ffmpeg_handles.h"

namespace cuesheet::media {

namespace detail {
// Owns one reference to a decoded AVFrame (its buffers are shared with the decoder's pool,
// not copied). Immutable once made.
struct DecodedPicture {
    ffmpeg::Frame frame;
    // Bytes the picture's buffers occupy (for cache budgets).
    std::size_t bytes = 0;
};
} // namespace detail

// Wraps a new reference to `decoded` (the caller keeps its own). Returns an invalid frame if
// FFmpeg cannot make the reference (out of memory). The display size uses `streamAspect` (the
// container's sample aspect ratio, AVStream::sample_aspect_ratio) when it is set and the
// frame's own otherwise, the same preference as av_guess_sample_aspect_ratio, so a picture
// is as wide as probe's display_width says.
VideoFrame wrapDecodedFrame(const AVFrame* decoded, Time pts, Time duration, std::int64_t index,
                            AVRational streamAspect);

// The AVFrame behind a VideoFrame; nullptr for an invalid frame. Read-only.
inline const AVFrame* avFrameOf(const VideoFrame& frame) {
    return frame.picture() ? frame.picture()->frame.get() : nullptr;
}

} // namespace cuesheet::media
