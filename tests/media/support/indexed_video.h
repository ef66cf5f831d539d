#pragma once

// Video fixtures whose frames carry their own index, made with the `ffmpeg` command.
//
// Each frame is a grid of 8 x 2 blocks; block b (left to right, then the lower row) is white
// (Y 235) when bit b of the frame index is set and black (Y 16) otherwise:
//
//   +----+----+----+----+----+----+----+----+
//   | b0 | b1 | b2 | b3 | b4 | b5 | b6 | b7 |
//   +----+----+----+----+----+----+----+----+
//   | b8 | b9 |b10 |b11 |b12 |b13 |b14 |b15 |
//   +----+----+----+----+----+----+----+----+
//
// Large flat blocks survive lossy coding (H.264, MJPEG), so a decoded picture tells which
// frame it is: readFrameIndex(). The raw frames are written by this code (not by an ffmpeg
// filter), then encoded, so the pattern does not depend on filter features.

#include "cuesheet/time/frame_rate.h"
#include "cuesheet/time/time.h"

#include <QImage>
#include <QString>

#include <cstdint>
#include <vector>

namespace cuesheet::media::test {

struct IndexedVideoSpec {
    enum class Codec {
        H264,  // libx264, keyframe every `gop` frames (scene-cut off), B-frames on
        Mjpeg, // every frame a keyframe
        Ffv1,  // lossless intra
    };
    FrameRate rate{25, 1};
    int frames = 300;
    int width = 160; // a multiple of 16 (8 block columns, 4:2:0 chroma)
    int height = 96; // a multiple of 4
    Codec codec = Codec::H264;
    int gop = 250;
    // File extension, which picks the container: "mp4", "mov", "mkv", "ts".
    QString container = QStringLiteral("mp4");
    // Frame times from vfrFrameMillis() instead of the constant rate (mp4/mov/mkv).
    bool variableFrameRate = false;
    // Written as the start timecode (a tmcd track in mov/mp4), e.g. "01:00:00:00".
    QString timecode;
    // Adds a 48 kHz stereo AAC sine as long as the video.
    bool withAudio = false;
};

struct IndexedVideo {
    QString path;
    QString error; // empty on success
    // Presentation time of frame i relative to frame 0, as the container stores it (rounded
    // to milliseconds in Matroska).
    std::vector<Time> frameTimes;

    bool ok() const { return error.isEmpty(); }
    // The frame shown at t: the last frame whose time is at or before t (0 before frame 0).
    std::int64_t expectedIndexAt(Time t) const;
};

// Writes `<directory>/<name>.<container>` as described by `spec`.
IndexedVideo makeIndexedVideo(const QString& directory, const QString& name,
                              const IndexedVideoSpec& spec);

// The index a picture shows, read from the block centres; -1 when a block is neither clearly
// dark nor clearly light (not an indexed frame, or a damaged picture).
int readFrameIndex(const QImage& image);

// The variable-frame-rate pattern, in milliseconds: frames 0..149 alternate 60 ms and 20 ms,
// frames from 150 on are 17 ms apart.
std::int64_t vfrFrameMillis(int frame);

} // namespace cuesheet::media::test
