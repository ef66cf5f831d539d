#pragma once

#include "cuesheet/media/video_frame.h"

#include <QImage>
#include <QSize>

#include <memory>

namespace cuesheet::media {

// Converts decoded frames to QImage::Format_RGB32 with libswscale.
//
// Size rule: the frame's display size (pixel aspect applied) scaled to fit inside `maxSize`
// keeping the aspect ratio, up or down; an empty or invalid `maxSize` gives the display size.
// The result is at least 1x1. Colour: the frame's matrix (BT.601/709) and range (TV/full)
// are honoured; untagged pictures use BT.601 below 720 lines and BT.709 from 720 up, as
// players do.
//
// The converter keeps its libswscale context between calls, so a player converting frame
// after frame of the same size pays the set-up once. One converter per thread: it is not
// thread-safe; the free function toImage() makes a fresh one each call.
class FrameImageConverter {
public:
    enum class Quality {
        Fast,     // bilinear; thumbnails and playback
        Accurate, // bicubic with accurate rounding; stills for export and the `frame` command
    };

    explicit FrameImageConverter(Quality quality = Quality::Fast);
    ~FrameImageConverter();
    FrameImageConverter(const FrameImageConverter&) = delete;
    FrameImageConverter& operator=(const FrameImageConverter&) = delete;

    // A null QImage when the frame is invalid or the conversion fails.
    QImage convert(const VideoFrame& frame, QSize maxSize = {});

    // The size convert() produces for a frame of `displaySize` inside `maxSize`.
    static QSize fittedSize(QSize displaySize, QSize maxSize);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// One-off conversion (see FrameImageConverter for the size and colour rules).
QImage toImage(const VideoFrame& frame, QSize maxSize = {},
               FrameImageConverter::Quality quality = FrameImageConverter::Quality::Accurate);

} // namespace cuesheet::media
