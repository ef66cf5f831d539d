#pragma once

#include "cuesheet/time/time.h"

#include <QSize>

#include <cstdint>
#include <memory>

namespace cuesheet::media {

namespace detail {
// The decoded picture (a reference to an FFmpeg AVFrame). Defined in core/media/src
// (video_frame_internal.h) so that no FFmpeg header reaches code outside core/media.
struct DecodedPicture;
} // namespace detail

// One decoded video frame: its presentation time, its index, and the picture. Cheap to copy
// (the picture is shared and immutable); safe to pass between threads; keeps the picture
// alive for as long as any copy exists. Turn it into a QImage with toImage()
// (frame_image.h).
//
//   pts                      pts + duration
//   [=========================)      the frame is shown during this interval
//
// `pts` is relative to the video stream's first frame (frame 0 has pts 0). `index` is the
// frame's number in the stream counted from 0: exact for constant-frame-rate streams
// (nearest frame to pts at the stream's rate, which is the count of frames before it);
// -1 for variable-frame-rate streams, where only pts is meaningful.
class VideoFrame {
public:
    VideoFrame() = default;

    bool isValid() const { return picture_ != nullptr; }
    Time pts() const { return pts_; }
    // How long the frame is shown: the stream's frame duration, or for variable rate the
    // container's packet duration (zero when unknown).
    Time duration() const { return duration_; }
    std::int64_t index() const { return index_; }
    bool isKeyFrame() const { return keyFrame_; }
    // Coded picture size in pixels (not corrected for pixel aspect).
    QSize size() const { return size_; }
    // Display size: the coded size with the sample aspect ratio applied to the width.
    QSize displaySize() const { return displaySize_; }

    const std::shared_ptr<const detail::DecodedPicture>& picture() const { return picture_; }

    // For core/media code that wraps a decoded picture (see video_frame_internal.h).
    VideoFrame(std::shared_ptr<const detail::DecodedPicture> picture, Time pts, Time duration,
               std::int64_t index, bool keyFrame, QSize size, QSize displaySize)
        : picture_(std::move(picture))
        , pts_(pts)
        , duration_(duration)
        , index_(index)
        , keyFrame_(keyFrame)
        , size_(size)
        , displaySize_(displaySize) {}

private:
    std::shared_ptr<const detail::DecodedPicture> picture_;
    Time pts_;
    Time duration_;
    std::int64_t index_ = -1;
    bool keyFrame_ = false;
    QSize size_;
    QSize displaySize_;
};

} // namespace cuesheet::media
