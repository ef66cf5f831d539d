#include "cuesheet/media/video_frame_source.h"

#include "media_open.h"
#include "probe_streams.h"
#include "video_frame_internal.h"

#include <algorithm>
#include <deque>
#include <limits>

namespace cuesheet::media {

namespace {

// Bounds that turn a damaged file into an error instead of a hang. Generous: a healthy
// stream never comes near them.
constexpr int kMaxSeekAttempts = 8;               // seeks per frameAt(), each further back
constexpr int kMaxPacketsWithoutPicture = 4000;   // packets fed without a picture coming out
constexpr int kMaxConsecutiveReadErrors = 64;     // demuxer errors before we call it the end
constexpr int kMaxDecodeErrors = 1000;            // packets the decoder refused, per call
constexpr int kMaxFramesWaitingForKeyFrame = 600; // after that, accept what the decoder gives
// Packets sampled at open() to tell constant from variable frame rate.
constexpr int kTimingSamplePackets = 300;
// A seek for frameAt() keeps only this many frames before the target: holding more would
// keep the decoder from reusing its picture buffers and slow every seek (measured: 10-30 %
// at 1080p). The first backward step beyond them refills the cache with the whole GOP.
constexpr std::size_t kSeekLookBehindFrames = 12;
// Without a seek index, decode on (rather than seek) when the target is this close ahead.
constexpr std::int64_t kDecodeOnWithoutIndexSeconds = 5;

bool isKeyFrame(const AVFrame* frame) {
#ifdef AV_FRAME_FLAG_KEY
    return (frame->flags & AV_FRAME_FLAG_KEY) != 0;
#else
    return frame->key_frame != 0;
#endif
}

std::int64_t frameDurationUnits(const AVFrame* frame) {
#if LIBAVUTIL_VERSION_INT >= AV_VERSION_INT(57, 30, 100)
    return frame->duration;
#else
    return frame->pkt_duration;
#endif
}

struct WindowEntry {
    VideoFrame frame;
    std::int64_t pts = 0; // stream time base
    std::int64_t dts = AV_NOPTS_VALUE;
    std::size_t bytes = 0;
};

} // namespace

struct VideoFrameSource::Impl {
    QString path;
    Options options;
    VideoStreamInfo info;
    ffmpeg::FormatContext format;
    ffmpeg::CodecContext decoder;
    AVStream* stream = nullptr;
    int streamIndex = -1;
    AVRational timeBase{1, 1};
    std::int64_t startPts = 0;
    ffmpeg::Packet packet = ffmpeg::makePacket();
    ffmpeg::Frame decoded = ffmpeg::makeFrame();

    // The GOP cache: consecutive frames in presentation order, as decoded since the last
    // seek; back() is the newest, and the decoder's next picture follows it.
    std::deque<WindowEntry> window;
    std::size_t windowBytes = 0;
    std::size_t windowFrameLimit = kSeekLookBehindFrames; // besides the byte budget
    std::ptrdiff_t current = -1; // position of currentFrame in window, -1 when not in it
    VideoFrame currentFrame;
    bool drained = false; // the decoder said EOF: back() is the stream's last frame
    bool flushSent = false;
    bool waitingForKeyFrame = true;
    int framesWaitingForKeyFrame = 0;
    std::int64_t lastFedDts = AV_NOPTS_VALUE;
    Stats stats;

    Time timeOf(std::int64_t pts) const { return timeFromStreamUnits(pts - startPts, timeBase); }
    // The last stream time-base value at or before t (seeking by it finds a keyframe at or
    // before t).
    std::int64_t unitsAtOrBefore(Time t) const {
        return startPts + t.toRational(timeBase.num, timeBase.den, Rounding::Down);
    }
    QString error(const QString& reason) const { return fileErrorMessage(path, reason); }

    void clearWindow() {
        window.clear();
        windowBytes = 0;
        current = -1;
    }

    void evictOverBudget() {
        while (window.size() > 2 &&
               (windowBytes > options.cacheBudgetBytes || window.size() > windowFrameLimit)) {
            windowBytes -= window.front().bytes;
            window.pop_front();
            current = current > 0 ? current - 1 : -1;
        }
    }

    VideoFrame makeFrame(const AVFrame* source, std::int64_t pts) const {
        const Time time = timeOf(pts);
        std::int64_t index = -1;
        Time duration;
        if (!info.variableFrameRate && info.frameRate.isValid()) {
            index = time.frameNearest(info.frameRate);
            duration = Time::fromFrames(index + 1, info.frameRate) -
                       Time::fromFrames(index, info.frameRate);
        } else if (const std::int64_t units = frameDurationUnits(source); units > 0) {
            duration = timeFromStreamUnits(units, timeBase);
        }
        return wrapDecodedFrame(source, time, duration, index, stream->sample_aspect_ratio);
    }

    bool seekTo(std::int64_t timestamp) {
        ++stats.seeks;
        int rc = av_seek_frame(format.get(), streamIndex, timestamp, AVSEEK_FLAG_BACKWARD);
        if (rc < 0) // e.g. before the first index entry: take the first keyframe after
            rc = avformat_seek_file(format.get(), streamIndex,
                                    std::numeric_limits<std::int64_t>::min(), timestamp,
                                    std::numeric_limits<std::int64_t>::max(), 0);
        avcodec_flush_buffers(decoder.get());
        clearWindow();
        drained = false;
        flushSent = false;
        waitingForKeyFrame = true;
        framesWaitingForKeyFrame = 0;
        lastFedDts = AV_NOPTS_VALUE;
        return rc >= 0;
    }

    // Decodes the next picture into the window. true: one was added; false: end of stream.
    MediaResult<bool> decodeNext() {
        using Result = MediaResult<bool>;
        int packetsWithoutPicture = 0;
        int readErrors = 0;
        int decodeErrors = 0;
        for (;;) {
            int rc = avcodec_receive_frame(decoder.get(), decoded.get());
            if (rc == 0) {
                ++stats.framesDecoded;
                const bool key = isKeyFrame(decoded.get());
                // After a seek, pictures before the first keyframe may reference frames we
                // never decoded (open GOPs): skip them.
                if (waitingForKeyFrame && !key &&
                    framesWaitingForKeyFrame++ < kMaxFramesWaitingForKeyFrame) {
                    av_frame_unref(decoded.get());
                    continue;
                }
                waitingForKeyFrame = false;
                std::int64_t pts = decoded->best_effort_timestamp;
                if (pts == AV_NOPTS_VALUE)
                    pts = decoded->pts;
                if (pts == AV_NOPTS_VALUE) {
                    if (window.empty()) {
                        pts = startPts;
                    } else {
                        const std::int64_t step = frameDurationUnits(decoded.get());
                        pts = window.back().pts + std::max<std::int64_t>(step, 1);
                    }
                }
                if (!window.empty() && pts <= window.back().pts) {
                    // A timestamp that goes backwards or repeats (a damaged stream): the
                    // window must stay in presentation order.
                    av_frame_unref(decoded.get());
                    continue;
                }
                WindowEntry entry;
                entry.frame = makeFrame(decoded.get(), pts);
                entry.pts = pts;
                entry.dts = decoded->pkt_dts;
                av_frame_unref(decoded.get());
                if (!entry.frame.isValid())
                    return Result::failure(MediaError::Kind::Corrupt,
                                           error("out of memory holding a decoded frame"));
                entry.bytes = entry.frame.picture()->bytes;
                windowBytes += entry.bytes;
                window.push_back(std::move(entry));
                evictOverBudget();
                return Result::success(true);
            }
            if (rc == AVERROR_EOF) {
                drained = true;
                return Result::success(false);
            }
            if (rc != AVERROR(EAGAIN)) {
                if (++decodeErrors > kMaxDecodeErrors)
                    return Result::failure(
                        MediaError::Kind::Corrupt,
                        error(QStringLiteral("the video decoder keeps failing (%1)")
                                  .arg(QString::fromStdString(ffmpeg::errorText(rc)))));
                continue;
            }
            if (flushSent) { // cannot happen with a conforming decoder; do not spin
                drained = true;
                return Result::success(false);
            }

            rc = av_read_frame(format.get(), packet.get());
            if (rc < 0) {
                const bool atEnd = rc == AVERROR_EOF || (format->pb && avio_feof(format->pb));
                if (!atEnd && ++readErrors < kMaxConsecutiveReadErrors)
                    continue; // the demuxer may resynchronise after damaged data
                // End of the file (or of what can be read of it): drain the decoder.
                avcodec_send_packet(decoder.get(), nullptr);
                flushSent = true;
                continue;
            }
            readErrors = 0;
            if (packet->stream_index != streamIndex) {
                av_packet_unref(packet.get());
                continue;
            }
            if (++packetsWithoutPicture > kMaxPacketsWithoutPicture) {
                av_packet_unref(packet.get());
                return Result::failure(MediaError::Kind::Corrupt,
                                       error(QStringLiteral("no picture decoded from %1 packets "
                                                            "(damaged video data)")
                                                 .arg(kMaxPacketsWithoutPicture)));
            }
            lastFedDts = packet->dts != AV_NOPTS_VALUE ? packet->dts : packet->pts;
            rc = avcodec_send_packet(decoder.get(), packet.get());
            av_packet_unref(packet.get());
            if (rc < 0 && rc != AVERROR(EAGAIN) && ++decodeErrors > kMaxDecodeErrors)
                return Result::failure(
                    MediaError::Kind::Corrupt,
                    error(QStringLiteral("the video decoder refuses the data (%1)")
                              .arg(QString::fromStdString(ffmpeg::errorText(rc)))));
        }
    }

    MediaResult<VideoFrame> answer(std::ptrdiff_t position, bool fromCache) {
        current = position;
        currentFrame = window[static_cast<std::size_t>(position)].frame;
        if (fromCache)
            ++stats.cacheHits;
        return MediaResult<VideoFrame>::success(currentFrame);
    }

    // The position in the window of the last frame at or before t (0 if all are after).
    std::ptrdiff_t lastAtOrBefore(Time t) const {
        for (std::ptrdiff_t i = static_cast<std::ptrdiff_t>(window.size()) - 1; i > 0; --i)
            if (window[static_cast<std::size_t>(i)].frame.pts() <= t)
                return i;
        return 0;
    }

    // With window.front() at or before t: decodes until a frame after t appears (or the
    // stream ends) and answers the last frame at or before t.
    MediaResult<VideoFrame> decodeForwardTo(Time t) {
        while (!drained && window.back().frame.pts() <= t) {
            auto next = decodeNext();
            if (!next) {
                // Damaged data after the frames we have: they are all that can be shown.
                if (window.empty())
                    return MediaResult<VideoFrame>::failure(next.error());
                drained = true;
                break;
            }
            if (!next.value())
                break;
        }
        if (window.empty())
            return MediaResult<VideoFrame>::failure(MediaError::Kind::Corrupt,
                                                    error("no picture could be decoded"));
        return answer(lastAtOrBefore(t), false);
    }

    // Would seeking for t land on a keyframe after the packets already decoded? If not,
    // decoding on is cheaper than seeking.
    bool seekIsCheaper(Time t) const {
        if (avformat_index_get_entries_count(stream) > 0) {
            const int i =
                av_index_search_timestamp(stream, unitsAtOrBefore(t), AVSEEK_FLAG_BACKWARD);
            if (i < 0)
                return false;
            const AVIndexEntry* entry = avformat_index_get_entry(stream, i);
            return entry && lastFedDts != AV_NOPTS_VALUE && entry->timestamp > lastFedDts;
        }
        return t - window.back().frame.pts() > Time::fromWholeSeconds(kDecodeOnWithoutIndexSeconds);
    }

    // `fillCache`: keep every frame decoded on the way (up to the budget), for backward
    // steps; otherwise only kSeekLookBehindFrames.
    MediaResult<VideoFrame> seekAndDecodeTo(Time t, bool fillCache) {
        using Result = MediaResult<VideoFrame>;
        windowFrameLimit =
            fillCache ? std::numeric_limits<std::size_t>::max() : kSeekLookBehindFrames;
        std::int64_t seekTimestamp = unitsAtOrBefore(t);
        const std::int64_t oneSecond = av_rescale_q(1, AVRational{1, 1}, timeBase);
        MediaError lastError{MediaError::Kind::Corrupt, error("no picture could be decoded")};
        for (int attempt = 0; attempt < kMaxSeekAttempts; ++attempt) {
            const bool lastAttempt = attempt == kMaxSeekAttempts - 1;
            if (lastAttempt)
                seekTimestamp = std::min(seekTimestamp, startPts);
            if (!seekTo(seekTimestamp) && lastAttempt)
                return Result::failure(MediaError::Kind::Corrupt,
                                       error("cannot seek in the video"));
            auto first = decodeNext();
            if (!first) {
                lastError = first.error();
            } else if (first.value()) {
                const WindowEntry& front = window.front();
                if (front.frame.pts() <= t || front.pts <= startPts || lastAttempt)
                    return decodeForwardTo(t);
                // The keyframe found is after t (the index holds decode times, or B-frames
                // reorder around it): look before it.
                std::int64_t before = std::min(seekTimestamp, front.pts);
                if (front.dts != AV_NOPTS_VALUE)
                    before = std::min(before, front.dts);
                seekTimestamp = before - 1 - (attempt == 0 ? 0 : oneSecond << (attempt - 1));
                continue;
            }
            // Nothing decodable after this keyframe (a truncated tail): go further back.
            seekTimestamp -= oneSecond << attempt;
        }
        return Result::failure(lastError);
    }

    MediaResult<VideoFrame> frameAt(Time t) {
        if (t < Time())
            t = Time();
        if (!window.empty() && window.front().frame.pts() <= t) {
            if (t < window.back().frame.pts() || drained)
                return answer(lastAtOrBefore(t), true);
            if (!seekIsCheaper(t))
                return decodeForwardTo(t);
        }
        return seekAndDecodeTo(t, false);
    }

    bool currentInWindow() const {
        return current >= 0 && current < static_cast<std::ptrdiff_t>(window.size());
    }

    MediaResult<VideoFrame> stepForward() {
        using Result = MediaResult<VideoFrame>;
        if (!currentFrame.isValid())
            return frameAt(Time());
        if (!currentInWindow())
            if (auto relocated = frameAt(currentFrame.pts()); !relocated)
                return relocated;
        if (current + 1 < static_cast<std::ptrdiff_t>(window.size()))
            return answer(current + 1, true);
        if (!drained) {
            auto next = decodeNext();
            if (!next)
                return Result::failure(next.error());
            if (next.value())
                return answer(static_cast<std::ptrdiff_t>(window.size()) - 1, false);
        }
        return Result::failure(MediaError::Kind::EndOfStream,
                               error("no frame after the last frame"));
    }

    MediaResult<VideoFrame> stepBackward() {
        using Result = MediaResult<VideoFrame>;
        if (!currentFrame.isValid())
            return frameAt(Time());
        // The window serves backward steps once it holds the GOP up to the current frame:
        // after a refill, or when it reaches back to a keyframe anyway. After a plain seek
        // it holds only a few frames, so the first step refills it (one GOP decode) and
        // the steps after it cost nothing until the previous GOP.
        const bool filled = windowFrameLimit != kSeekLookBehindFrames ||
                            (!window.empty() && window.front().frame.isKeyFrame());
        if (currentInWindow() && current > 0 && filled)
            return answer(current - 1, true);
        const Time here = currentFrame.pts();
        if (here <= Time())
            return Result::failure(MediaError::Kind::EndOfStream,
                                   error("no frame before the first frame"));
        // Leaving the window: decode from the keyframe before, refilling the window up to
        // (and including, as look-ahead) the current frame.
        auto previous = seekAndDecodeTo(here - Time::fromTicks(1), true);
        if (previous && previous.value().pts() >= here) {
            // Nothing before it can be decoded (damaged start): stay where we were.
            frameAt(here);
            return Result::failure(MediaError::Kind::EndOfStream,
                                   error("no decodable frame before this one"));
        }
        return previous;
    }
};

VideoFrameSource::VideoFrameSource(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}

VideoFrameSource::~VideoFrameSource() = default;

MediaResult<std::unique_ptr<VideoFrameSource>> VideoFrameSource::open(const QString& path) {
    return open(path, Options{});
}

MediaResult<std::unique_ptr<VideoFrameSource>> VideoFrameSource::open(const QString& path,
                                                                      const Options& options) {
    using Result = MediaResult<std::unique_ptr<VideoFrameSource>>;
    auto opened = openMediaFile(path);
    if (!opened)
        return Result::failure(opened.error());

    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->options = options;
    impl->format = std::move(opened.value());
    AVFormatContext* format = impl->format.get();
    if (!impl->packet || !impl->decoded)
        return Result::failure(MediaError::Kind::Unsupported,
                               fileErrorMessage(path, "out of memory"));

    impl->streamIndex = bestStreamIndex(format, AVMEDIA_TYPE_VIDEO);
    if (impl->streamIndex < 0) {
        int audio = 0;
        for (unsigned i = 0; i < format->nb_streams; ++i)
            audio += format->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO;
        return Result::failure(
            MediaError::Kind::NoStream,
            fileErrorMessage(path, audio > 0 ? QStringLiteral("has no video stream (audio only)")
                                             : QStringLiteral("has no video stream")));
    }
    impl->stream = format->streams[impl->streamIndex];
    impl->timeBase = impl->stream->time_base;
    impl->startPts = streamStartPts(format, impl->stream);

    const PacketTimingSample sample =
        sampleVideoTiming(format, impl->streamIndex, kTimingSamplePackets);
    impl->info = describeVideoStream(format, impl->stream, judgeFrameRate(impl->stream, sample));

    auto decoder = openDecoder(path, format, impl->streamIndex, options.decoderThreads);
    if (!decoder)
        return Result::failure(decoder.error());
    impl->decoder = std::move(decoder.value());
    // Only our stream's packets are wanted; the demuxer skips the others cheaply.
    for (unsigned i = 0; i < format->nb_streams; ++i)
        if (static_cast<int>(i) != impl->streamIndex)
            format->streams[i]->discard = AVDISCARD_ALL;

    // Decode frame 0 now, so that a file whose video cannot be decoded fails here, with a
    // reason, rather than at the first seek.
    auto first = impl->frameAt(Time());
    if (!first)
        return Result::failure(first.error());
    return Result::success(
        std::unique_ptr<VideoFrameSource>(new VideoFrameSource(std::move(impl))));
}

const QString& VideoFrameSource::path() const {
    return impl_->path;
}
const VideoStreamInfo& VideoFrameSource::streamInfo() const {
    return impl_->info;
}
FrameRate VideoFrameSource::frameRate() const {
    return impl_->info.frameRate;
}
bool VideoFrameSource::isVariableFrameRate() const {
    return impl_->info.variableFrameRate;
}
Time VideoFrameSource::duration() const {
    return impl_->info.duration;
}

MediaResult<VideoFrame> VideoFrameSource::frameAt(Time t) {
    return impl_->frameAt(t);
}
MediaResult<VideoFrame> VideoFrameSource::stepForward() {
    return impl_->stepForward();
}
MediaResult<VideoFrame> VideoFrameSource::stepBackward() {
    return impl_->stepBackward();
}
const VideoFrame& VideoFrameSource::currentFrame() const {
    return impl_->currentFrame;
}
VideoFrameSource::Stats VideoFrameSource::stats() const {
    return impl_->stats;
}
std::size_t VideoFrameSource::cachedFrameCount() const {
    return impl_->window.size();
}
std::size_t VideoFrameSource::cachedBytes() const {
    return impl_->windowBytes;
}

} // namespace cuesheet::media
