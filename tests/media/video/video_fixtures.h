#pragma once

// The generated videos the video tests share, made once per test run (on first use) in a
// temporary directory that lives until the process ends.

#include "indexed_video.h"

#include <QString>

#include <vector>

namespace cuesheet::media::test {

enum class Fixture {
    H264_23976,    // 600 frames, 24000/1001, keyframe every 250, B-frames, with AAC audio (mp4)
    H264_25,       // 600 frames, 25 fps, keyframe every 250 (mp4)
    H264_2997,     // 600 frames, 30000/1001, keyframe every 250 (mp4)
    Mjpeg_25,      // 300 frames, 25 fps, intra (mov)
    Ffv1_2997,     // 300 frames, 30000/1001, intra, millisecond timestamps (mkv)
    H264_Vfr,      // 300 frames, variable frame rate (vfrFrameMillis), keyframe every 100 (mp4)
    H264_25_Ts,    // 300 frames, 25 fps, keyframe every 50, MPEG-TS (starts at 1.4 s, no index)
    H264_25_Gop50, // 600 frames, 25 fps, keyframe every 50 (mp4): thumbnails
};

const IndexedVideoSpec& fixtureSpec(Fixture fixture);
const IndexedVideo& fixtureVideo(Fixture fixture);
// `count` seek targets in `video` (the same for a given `seed`): a third anywhere, a third
// exactly on a frame's start, a third one tick before a frame's start (the boundary where an
// off-by-one shows).
std::vector<Time> randomSeekTargets(const IndexedVideo& video, int count, unsigned seed);
// A fresh directory for a test's own files (inside the shared temporary directory).
QString scratchDirectory(const QString& name);

} // namespace cuesheet::media::test
