#pragma once

#include "cuesheet/media/media_info.h"
#include "cuesheet/media/media_result.h"
#include "cuesheet/media/video_frame.h"
#include "cuesheet/time/time.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace cuesheet::media {

// Frame-exact access to a file's video: the frame shown at any time, and single steps.
//
// The rule: the frame shown at time t is the last frame whose presentation time is at or
// before t.
//
//   frames:   |  0  |  1  |  2  |  3  |  4  |
//   pts:      0     p1    p2    p3    p4
//   frameAt(t) for p2 <= t < p3  ->  frame 2
//
// t is relative to the first frame (frame 0 has pts 0, whatever the stream's start time in
// the container). Before 0 gives frame 0; at or after the last frame's pts gives the last
// frame.
//
// How: seek to the keyframe at or before t (av_seek_frame with AVSEEK_FLAG_BACKWARD), decode
// forward and drop the frames before t. When the keyframe found turns out to be after t
// (B-frame reordering, streams whose index holds decode times, open GOPs), it seeks further
// back and tries again. When t is ahead of the decoder and no keyframe lies between, it
// decodes on without seeking.
//
// The GOP cache: decoded frames are kept (as references to FFmpeg's buffers, not copies) in
// a window of consecutive frames ending at the decoder's position, bounded by
// cacheBudgetBytes (default 512 MiB: a whole 250-frame GOP at 720p, ~170 frames at 1080p).
// A seek for frameAt() keeps only a dozen frames before its target (holding more slows every
// seek). The first stepBackward() after it decodes from the keyframe once, keeping the whole
// GOP up to the current frame; the steps after it cost no decode until the previous GOP,
// which is decoded once in turn: about one decode per backward step. stepForward() costs at
// most one decode.
//
// Errors never throw and never hang: every decode loop is bounded, and a truncated or
// damaged file gives a MediaError naming the file. Not thread-safe: one source per thread
// (open several for a player and a thumbnailer).
//
// Example:
//   auto source = VideoFrameSource::open(path);
//   if (!source) { report(source.errorMessage()); return; }
//   auto frame = (*source)->frameAt(Time::fromFrames(1234, (*source)->frameRate()));
//   if (frame) show(toImage(*frame, {960, 540}));
class VideoFrameSource {
public:
    struct Options {
        // Memory for the GOP cache (decoded frames kept for backward steps).
        std::size_t cacheBudgetBytes = std::size_t{512} * 1024 * 1024;
        // Decoder threads; 0 lets FFmpeg choose (one per core).
        int decoderThreads = 0;
    };

    struct Stats {
        std::int64_t framesDecoded = 0; // frames received from the decoder
        std::int64_t seeks = 0;         // av_seek_frame calls
        std::int64_t cacheHits = 0;     // answers served from the GOP cache
    };

    // Opens the best video stream of the file. Fails (NoStream) for an audio-only file,
    // (Unsupported) when no decoder exists, (NotFound/NotMedia) as probeMedia() does.
    static MediaResult<std::unique_ptr<VideoFrameSource>> open(const QString& path);
    static MediaResult<std::unique_ptr<VideoFrameSource>> open(const QString& path,
                                                               const Options& options);
    ~VideoFrameSource();
    VideoFrameSource(const VideoFrameSource&) = delete;
    VideoFrameSource& operator=(const VideoFrameSource&) = delete;

    const QString& path() const;
    const VideoStreamInfo& streamInfo() const;
    // The stream's exact nominal rate (average rate for variable-frame-rate streams).
    FrameRate frameRate() const;
    bool isVariableFrameRate() const;
    // The stream's duration (or the container's), zero when unknown.
    Time duration() const;

    // The frame shown at t (see the rule above); it becomes the current frame.
    MediaResult<VideoFrame> frameAt(Time t);
    // The frame after / before the current one; it becomes the current frame. At the last
    // (first) frame: EndOfStream, and the current frame stays. Without a current frame,
    // both give frame 0.
    MediaResult<VideoFrame> stepForward();
    MediaResult<VideoFrame> stepBackward();

    // The frame last returned (frame 0 after open()).
    const VideoFrame& currentFrame() const;

    // Counters since open(), for tests and benchmarks.
    Stats stats() const;
    // Decoded frames now held by the GOP cache, and their bytes.
    std::size_t cachedFrameCount() const;
    std::size_t cachedBytes() const;

private:
    struct Impl;
    explicit VideoFrameSource(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace cuesheet::media
