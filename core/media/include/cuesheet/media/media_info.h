#pragma once

#include "cuesheet/media/media_identity.h"
#include "cuesheet/time/frame_rate.h"
#include "cuesheet/time/time.h"
#include "cuesheet/time/timecode.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace cuesheet::media {

// What probeMedia() learns about a file: plain values, no FFmpeg types, safe to copy across
// threads and to hand to ui/.
//
// Times. FFmpeg gives each stream its own start (the presentation time of its first frame,
// in container time). `start` below is that value, in exact ticks. The media engine's
// timeline zero for a film is the first video frame: VideoFrameSource reports frame times
// relative to the video stream's `start`. Audio code that must line up with the picture
// subtracts the video stream's start, not its own (see docs/media-engine.md, "Time origin").

struct VideoStreamInfo {
    int streamIndex = -1;  // FFmpeg's index in the container
    QString codec;         // FFmpeg's short name: "h264", "prores", "mjpeg"
    QString codecLongName; // "H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10"
    bool decoderAvailable = false;
    int width = 0; // coded picture size in pixels
    int height = 0;
    int sampleAspectNum = 1; // pixel aspect (1:1 unless anamorphic)
    int sampleAspectDen = 1;
    QString pixelFormat; // "yuv420p", empty when unknown

    // The exact nominal rate: 24000/1001, 25/1, 30000/1001 ... For a variable-frame-rate
    // stream it is the average rate and `variableFrameRate` is true. Invalid (0) when the
    // container says nothing usable (a still image).
    FrameRate frameRate;
    bool variableFrameRate = false;

    Time start;                   // first frame's presentation time, container time
    Time duration;                // zero when unknown
    std::int64_t frameCount = -1; // from the container's header; -1 when it does not say
    bool isDefault = false;
    bool isStillImage = false; // cover art (attached picture) or a one-frame image file

    // Display size: width x height corrected by the sample aspect ratio (height kept).
    int displayWidth() const;
};

struct AudioStreamInfo {
    int streamIndex = -1;
    QString codec; // "aac", "ac3", "pcm_s16le"
    QString codecLongName;
    bool decoderAvailable = false;
    int sampleRate = 0; // Hz
    int channels = 0;
    QString channelLayout; // "stereo", "5.1(side)"; empty when the file does not say
    QString sampleFormat;  // "fltp", "s16"
    Time start;
    Time duration;
    QString language; // ISO 639 from the stream's metadata, empty when absent
    bool isDefault = false;
};

// The film's start timecode: the label of its first video frame.
struct StartTimecode {
    std::int64_t frame = 0; // frames since 00:00:00:00 in `format`
    TimecodeFormat format;  // the video's rate; dropFrame when the text uses ';'
    QString text;           // as written in the file: "01:00:00:00", "00:59:59;28"
    QString source;         // where it was found: "tmcd track", "video stream", "container"
};

struct MediaInfo {
    QString path;      // as given to probeMedia
    QString container; // FFmpeg's format name: "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm"
    QString containerLongName;
    Time duration;            // the container's duration; zero when unknown
    std::int64_t bitRate = 0; // bits per second, 0 when unknown

    std::vector<VideoStreamInfo> videoStreams;
    std::vector<AudioStreamInfo> audioStreams;
    int bestVideo = -1; // index into videoStreams of the stream to show; -1 if none
    int bestAudio = -1; // index into audioStreams of the stream to hear; -1 if none

    std::optional<StartTimecode> startTimecode;
    // Set when a timecode was found but could not be used (e.g. "00:59:59;28" at 25 fps).
    QString timecodeWarning;

    MediaIdentity identity;

    bool hasVideo() const { return bestVideo >= 0; }
    bool hasAudio() const { return bestAudio >= 0; }
    const VideoStreamInfo* video() const {
        return hasVideo() ? &videoStreams[static_cast<std::size_t>(bestVideo)] : nullptr;
    }
    const AudioStreamInfo* audio() const {
        return hasAudio() ? &audioStreams[static_cast<std::size_t>(bestAudio)] : nullptr;
    }
};

} // namespace cuesheet::media
