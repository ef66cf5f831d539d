#pragma once

// Private to core/media: turning FFmpeg's stream descriptions into the plain values of
// media_info.h, and telling constant from variable frame rate.

#include "cuesheet/media/media_info.h"
#include "ffmpeg_handles.h"

#include <vector>

namespace cuesheet::media {

// Timestamps of the first video frames of a stream, in its time base, sorted.
struct PacketTimingSample {
    std::vector<std::int64_t> pts;
};

// Up to `maxPackets` frame times of stream `streamIndex`: from the container's sample index
// when it lists every frame (MP4/MOV: no data read), otherwise by reading packets from the
// current position (other streams skipped; at most 50 x maxPackets reads and 32 MiB). May
// leave the demuxer anywhere: seek before decoding.
PacketTimingSample sampleVideoTiming(AVFormatContext* format, int streamIndex, int maxPackets);

// The exact frame rate and whether it varies. Prefers the container's rates when they agree
// with the sampled packet spacing; snaps rates within 0.05 % of a customary rate (e.g.
// 2997/125 from a frame count divided by a duration) to that rate (24000/1001).
struct FrameRateVerdict {
    FrameRate rate;
    bool variable = false;
};
FrameRateVerdict judgeFrameRate(const AVStream* stream, const PacketTimingSample& sample);

VideoStreamInfo describeVideoStream(const AVFormatContext* format, const AVStream* stream,
                                    const FrameRateVerdict& rate);
AudioStreamInfo describeAudioStream(const AVStream* stream);

// The stream's first presentation time in its own time base (stream start_time, else the
// container's start, else 0).
std::int64_t streamStartPts(const AVFormatContext* format, const AVStream* stream);

// A time-base value as exact Time (rounded to the nearest tick when not exact).
Time timeFromStreamUnits(std::int64_t value, AVRational timeBase);

} // namespace cuesheet::media
