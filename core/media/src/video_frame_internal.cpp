#include "video_frame_internal.h"

#include <cstdint>

namespace cuesheet::media {

namespace {

bool isAspect(AVRational r) {
    return r.num > 0 && r.den > 0;
}

// Display width rounded to the nearest pixel.
QSize displaySizeOf(const AVFrame* frame, AVRational streamAspect) {
    const AVRational sar = isAspect(streamAspect) ? streamAspect : frame->sample_aspect_ratio;
    if (sar.num <= 0 || sar.den <= 0 || sar.num == sar.den)
        return {frame->width, frame->height};
    const std::int64_t width = (static_cast<std::int64_t>(frame->width) * sar.num * 2 + sar.den) /
                               (2 * static_cast<std::int64_t>(sar.den));
    return {static_cast<int>(width > 0 ? width : frame->width), frame->height};
}

} // namespace

VideoFrame wrapDecodedFrame(const AVFrame* decoded, Time pts, Time duration, std::int64_t index,
                            AVRational streamAspect) {
    auto picture = std::make_shared<detail::DecodedPicture>();
    picture->frame = ffmpeg::makeFrame();
    if (!picture->frame || av_frame_ref(picture->frame.get(), decoded) < 0)
        return {};
    for (const AVBufferRef* buffer : picture->frame->buf)
        if (buffer)
            picture->bytes += buffer->size;
    const bool key = decoded->key_frame != 0;
    const QSize size(decoded->width, decoded->height);
    const QSize display = displaySizeOf(decoded, streamAspect);
    return VideoFrame(std::move(picture), pts, duration, index, key, size, display);
}

} // namespace cuesheet::media
