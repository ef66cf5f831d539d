#include "cuesheet/media/thumbnail.h"

#include "cuesheet/media/frame_image.h"

#include "media_open.h"
#include "probe_streams.h"
#include "thumbnail_cache.h"
#include "video_frame_internal.h"

#include <QPromise>
#include <QThreadPool>

#include <limits>
#include <memory>

namespace cuesheet::media {

namespace {

// Bounds per thumbnail, so a damaged file ends the job instead of hanging it.
constexpr int kMaxPacketsPerThumbnail = 2000;
// Widest picture accepted, as a multiple of the height (a 1:8 panorama still fits).
constexpr int kMaxAspect = 8;

// Decodes one keyframe after a seek. The decoder skips non-key frames, so this is one
// decode. Returns false at the end of the stream or after too many packets.
bool decodeFirstKeyFrame(AVFormatContext* format, AVCodecContext* decoder, int streamIndex,
                         AVPacket* packet, AVFrame* frame) {
    int fed = 0;
    bool flushed = false;
    for (;;) {
        const int received = avcodec_receive_frame(decoder, frame);
        if (received == 0)
            return true;
        if (received != AVERROR(EAGAIN) || flushed)
            return false;
        const int read = av_read_frame(format, packet);
        if (read < 0) {
            avcodec_send_packet(decoder, nullptr);
            flushed = true;
            continue;
        }
        if (packet->stream_index == streamIndex) {
            if (++fed > kMaxPacketsPerThumbnail) {
                av_packet_unref(packet);
                return false;
            }
            avcodec_send_packet(decoder, packet);
        }
        av_packet_unref(packet);
    }
}

} // namespace

ThumbnailStrip buildThumbnails(const ThumbnailRequest& request,
                               const std::function<bool()>& isCancelled,
                               const std::function<void(int, int)>& progress) {
    ThumbnailStrip strip;
    strip.interval = request.interval;
    strip.height = request.height;
    if (request.interval <= Time() || request.height <= 0) {
        strip.error =
            fileErrorMessage(request.path, "thumbnail interval and height must be positive");
        return strip;
    }
    auto identity = computeMediaIdentity(request.path);
    if (!identity) {
        strip.error = identity.errorMessage();
        return strip;
    }
    strip.identity = identity.value();
    if (!request.cacheDirectory.isEmpty()) {
        auto cached = loadThumbnailCache(request.cacheDirectory, strip.identity, request.height,
                                         request.interval);
        if (cached) {
            if (progress)
                progress(static_cast<int>(cached->thumbnails.size()),
                         static_cast<int>(cached->thumbnails.size()));
            return std::move(cached).value();
        }
    }

    auto opened = openMediaFile(request.path);
    if (!opened) {
        strip.error = opened.errorMessage();
        return strip;
    }
    AVFormatContext* format = opened.value().get();
    const int streamIndex = bestStreamIndex(format, AVMEDIA_TYPE_VIDEO);
    if (streamIndex < 0) {
        strip.error = fileErrorMessage(request.path, "has no video stream to make thumbnails of");
        return strip;
    }
    // One decoder thread: thumbnails run beside playback on a machine with few cores.
    auto decoder = openDecoder(request.path, format, streamIndex, 1);
    if (!decoder) {
        strip.error = decoder.errorMessage();
        return strip;
    }
    AVCodecContext* codec = decoder.value().get();
    codec->skip_frame = AVDISCARD_NONKEY;
    for (unsigned i = 0; i < format->nb_streams; ++i)
        if (static_cast<int>(i) != streamIndex)
            format->streams[i]->discard = AVDISCARD_ALL;

    AVStream* stream = format->streams[streamIndex];
    const AVRational timeBase = stream->time_base;
    const std::int64_t startPts = streamStartPts(format, stream);
    Time duration;
    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0)
        duration = timeFromStreamUnits(stream->duration, timeBase);
    else if (format->duration != AV_NOPTS_VALUE && format->duration > 0)
        duration = timeFromStreamUnits(format->duration, AV_TIME_BASE_Q);
    // Positions k * interval for every k with k * interval < duration (at least one).
    const std::int64_t count = std::max<std::int64_t>(
        1, (duration.ticks() + request.interval.ticks() - 1) / request.interval.ticks());

    ffmpeg::Packet packet = ffmpeg::makePacket();
    ffmpeg::Frame frame = ffmpeg::makeFrame();
    FrameImageConverter converter(FrameImageConverter::Quality::Fast);
    const QSize maxSize(request.height * kMaxAspect, request.height);
    std::int64_t previousPts = AV_NOPTS_VALUE;
    strip.thumbnails.reserve(static_cast<std::size_t>(count));
    for (std::int64_t k = 0; k < count; ++k) {
        if (isCancelled && isCancelled()) {
            strip.error = fileErrorMessage(request.path, "thumbnails cancelled");
            return strip;
        }
        const Time requested = Time::fromTicks(request.interval.ticks() * k);
        const std::int64_t target =
            startPts + requested.toRational(timeBase.num, timeBase.den, Rounding::Down);
        auto seekAndDecode = [&] {
            if (av_seek_frame(format, streamIndex, target, AVSEEK_FLAG_BACKWARD) < 0)
                avformat_seek_file(format, streamIndex, std::numeric_limits<std::int64_t>::min(),
                                   target, std::numeric_limits<std::int64_t>::max(), 0);
            avcodec_flush_buffers(codec);
            return decodeFirstKeyFrame(format, codec, streamIndex, packet.get(), frame.get());
        };
        bool decodedOne = seekAndDecode();
        if (!decodedOne && strip.thumbnails.empty() && codec->skip_frame == AVDISCARD_NONKEY) {
            // Streams that flag no frame as a keyframe (H.264 with recovery points only):
            // decode every frame and take the first one after the seek.
            codec->skip_frame = AVDISCARD_DEFAULT;
            decodedOne = seekAndDecode();
        }
        Thumbnail thumbnail;
        thumbnail.requested = requested;
        if (decodedOne) {
            std::int64_t pts = frame->best_effort_timestamp;
            if (pts == AV_NOPTS_VALUE)
                pts = target;
            thumbnail.shown = timeFromStreamUnits(pts - startPts, timeBase);
            if (pts == previousPts && !strip.thumbnails.empty()) {
                // Same keyframe as the last position (interval shorter than the GOP).
                thumbnail.image = strip.thumbnails.back().image;
            } else {
                const VideoFrame wrapped = wrapDecodedFrame(frame.get(), thumbnail.shown, Time(),
                                                            -1, stream->sample_aspect_ratio);
                thumbnail.image = converter.convert(wrapped, maxSize);
            }
            previousPts = pts;
            av_frame_unref(frame.get());
        } else if (!strip.thumbnails.empty()) {
            // Past the last readable keyframe (a truncated tail): repeat the last picture.
            thumbnail.shown = strip.thumbnails.back().shown;
            thumbnail.image = strip.thumbnails.back().image;
        }
        if (thumbnail.image.isNull()) {
            strip.error = fileErrorMessage(request.path,
                                           QStringLiteral("no picture could be decoded near %1 s")
                                               .arg(requested.toSecondsForDisplay(), 0, 'f', 3));
            return strip;
        }
        strip.thumbnails.push_back(std::move(thumbnail));
        if (progress)
            progress(static_cast<int>(k + 1), static_cast<int>(count));
    }

    if (!request.cacheDirectory.isEmpty()) {
        auto saved = saveThumbnailCache(request.cacheDirectory, strip);
        (void)saved; // a cache that cannot be written costs time next run, nothing else
    }
    return strip;
}

QFuture<ThumbnailStrip> generateThumbnails(const ThumbnailRequest& request, QThreadPool* pool) {
    auto promise = std::make_shared<QPromise<ThumbnailStrip>>();
    QFuture<ThumbnailStrip> future = promise->future();
    promise->start();
    (pool ? pool : QThreadPool::globalInstance())->start([promise, request] {
        ThumbnailStrip strip = buildThumbnails(
            request, [&] { return promise->isCanceled(); },
            [&](int done, int total) {
                promise->setProgressRange(0, total);
                promise->setProgressValue(done);
            });
        promise->addResult(std::move(strip));
        promise->finish();
    });
    return future;
}

MediaResult<ThumbnailStrip> loadCachedThumbnails(const ThumbnailRequest& request) {
    using Result = MediaResult<ThumbnailStrip>;
    if (request.cacheDirectory.isEmpty())
        return Result::failure(
            MediaError::Kind::NotFound,
            fileErrorMessage(request.path, "no thumbnail cache directory given"));
    auto identity = computeMediaIdentity(request.path);
    if (!identity)
        return Result::failure(identity.error());
    return loadThumbnailCache(request.cacheDirectory, identity.value(), request.height,
                              request.interval);
}

} // namespace cuesheet::media
