#include "cuesheet/media/frame_image.h"

#include "video_frame_internal.h"

extern "C" {
#include <libavutil/mem.h>
#include <libavutil/pixdesc.h>
}

#include <algorithm>
#include <array>
#include <cstdint>

namespace cuesheet::media {

namespace {

// The "J" formats are full-range duplicates that libswscale warns about; use the plain
// format with the range set explicitly instead.
AVPixelFormat withoutJpegAlias(AVPixelFormat format, bool& fullRange) {
    switch (format) {
    case AV_PIX_FMT_YUVJ420P:
        fullRange = true;
        return AV_PIX_FMT_YUV420P;
    case AV_PIX_FMT_YUVJ422P:
        fullRange = true;
        return AV_PIX_FMT_YUV422P;
    case AV_PIX_FMT_YUVJ444P:
        fullRange = true;
        return AV_PIX_FMT_YUV444P;
    case AV_PIX_FMT_YUVJ440P:
        fullRange = true;
        return AV_PIX_FMT_YUV440P;
    case AV_PIX_FMT_YUVJ411P:
        fullRange = true;
        return AV_PIX_FMT_YUV411P;
    default:
        return format;
    }
}

int swsColorspace(const AVFrame* frame) {
    switch (frame->colorspace) {
    case AVCOL_SPC_BT709:
        return SWS_CS_ITU709;
    case AVCOL_SPC_BT470BG:
    case AVCOL_SPC_SMPTE170M:
        return SWS_CS_ITU601;
    case AVCOL_SPC_SMPTE240M:
        return SWS_CS_SMPTE240M;
    case AVCOL_SPC_FCC:
        return SWS_CS_FCC;
    case AVCOL_SPC_BT2020_NCL:
    case AVCOL_SPC_BT2020_CL:
        return SWS_CS_BT2020;
    default:
        // Untagged: HD is BT.709, SD is BT.601 (what players assume).
        return frame->height >= 720 ? SWS_CS_ITU709 : SWS_CS_ITU601;
    }
}

void freeAligned(void* data) {
    av_free(data);
}

} // namespace

struct FrameImageConverter::Impl {
    Quality quality;
    ffmpeg::ScaleContext context;
    // What the context's colour tables were last set for (setting them rebuilds tables).
    // (sws_getCachedContext may hand back a new context at the old address, so the
    // geometry is compared too.)
    bool configured = false;
    std::array<int, 6> geometry{};
    int colorspace = -1;
    bool fullRange = false;
};

FrameImageConverter::FrameImageConverter(Quality quality)
    : impl_(std::make_unique<Impl>()) {
    impl_->quality = quality;
}

FrameImageConverter::~FrameImageConverter() = default;

QSize FrameImageConverter::fittedSize(QSize displaySize, QSize maxSize) {
    if (displaySize.width() <= 0 || displaySize.height() <= 0)
        return {};
    if (maxSize.width() <= 0 || maxSize.height() <= 0)
        return displaySize;
    const QSize fitted = displaySize.scaled(maxSize, Qt::KeepAspectRatio);
    return {std::max(1, fitted.width()), std::max(1, fitted.height())};
}

QImage FrameImageConverter::convert(const VideoFrame& frame, QSize maxSize) {
    const AVFrame* source = avFrameOf(frame);
    if (!source || source->width <= 0 || source->height <= 0)
        return {};
    const QSize size = fittedSize(frame.displaySize(), maxSize);
    if (size.isEmpty())
        return {};

    bool fullRange = source->color_range == AVCOL_RANGE_JPEG;
    const AVPixelFormat sourceFormat =
        withoutJpegAlias(static_cast<AVPixelFormat>(source->format), fullRange);
    const int flags = impl_->quality == Quality::Accurate
                          ? SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT
                          : SWS_BILINEAR;
    // AV_PIX_FMT_RGB32 is FFmpeg's name for QImage::Format_RGB32's layout (native-endian
    // 0xAARRGGBB words).
    SwsContext* context = sws_getCachedContext(
        impl_->context.release(), source->width, source->height, sourceFormat, size.width(),
        size.height(), AV_PIX_FMT_RGB32, flags, nullptr, nullptr, nullptr);
    impl_->context.reset(context);
    if (!context) {
        impl_->configured = false;
        return {};
    }
    const int colorspace = swsColorspace(source);
    const std::array<int, 6> geometry{source->width, source->height, sourceFormat,
                                      size.width(),  size.height(),  flags};
    if (!impl_->configured || impl_->geometry != geometry || impl_->colorspace != colorspace ||
        impl_->fullRange != fullRange) {
        sws_setColorspaceDetails(context, sws_getCoefficients(colorspace), fullRange ? 1 : 0,
                                 sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
        impl_->configured = true;
        impl_->geometry = geometry;
        impl_->colorspace = colorspace;
        impl_->fullRange = fullRange;
    }

    // Rows aligned to 64 bytes so libswscale's SIMD paths apply.
    const int stride = (size.width() * 4 + 63) & ~63;
    auto* pixels = static_cast<uchar*>(av_malloc(static_cast<std::size_t>(stride) * size.height()));
    if (!pixels)
        return {};
    QImage image(pixels, size.width(), size.height(), stride, QImage::Format_RGB32, freeAligned,
                 pixels);
    uint8_t* destination[4] = {pixels, nullptr, nullptr, nullptr};
    const int destinationStride[4] = {stride, 0, 0, 0};
    const int rows = sws_scale(context, source->data, source->linesize, 0, source->height,
                               destination, destinationStride);
    if (rows <= 0)
        return {};
    return image;
}

QImage toImage(const VideoFrame& frame, QSize maxSize, FrameImageConverter::Quality quality) {
    FrameImageConverter converter(quality);
    return converter.convert(frame, maxSize);
}

} // namespace cuesheet::media
