#include "audio_stream_reader.h"

#include "media_open.h"
#include "probe_streams.h"

#include <QFileInfo>

#include <algorithm>
#include <cstdlib>

namespace cuesheet::media::detail {

namespace {

// Bad packets in a row after which the stream is taken to be damaged beyond use; isolated bad
// packets are skipped as the ffmpeg command does.
constexpr int kMaxConsecutiveBadPackets = 50;

QString fileLabel(const QString& path) {
    return QStringLiteral("file '%1'").arg(path);
}

QString ffmpegReason(int code) {
    return QString::fromStdString(ffmpeg::errorText(code));
}

Time timeOf(std::int64_t pts, AVRational timeBase) {
    return Time::fromRational(pts, timeBase.num, timeBase.den, Rounding::Nearest);
}

// The film timeline's zero in container time: the first video frame (cover art does not
// count as video), else the audio stream's own start. The same rule as VideoFrameSource, so
// that sound and picture line up.
Time timelineOrigin(AVFormatContext* format, const AVStream* audio) {
    const int video = bestStreamIndex(format, AVMEDIA_TYPE_VIDEO);
    const AVStream* reference = video >= 0 ? format->streams[video] : audio;
    return timeOf(streamStartPts(format, reference), reference->time_base);
}

} // namespace

MediaResult<std::unique_ptr<AudioStreamReader>> AudioStreamReader::open(const QString& path,
                                                                        const Options& options) {
    using Result = MediaResult<std::unique_ptr<AudioStreamReader>>;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile() || !info.isReadable())
        return Result::failure(MediaError::Kind::NotFound,
                               fileLabel(path) + QStringLiteral(": no such readable file"));

    std::unique_ptr<AudioStreamReader> reader(new AudioStreamReader);
    reader->path_ = path;

    AVFormatContext* rawFormat = nullptr;
    int code = avformat_open_input(&rawFormat, path.toUtf8().constData(), nullptr, nullptr);
    if (code < 0)
        return Result::failure(MediaError::Kind::NotMedia,
                               fileLabel(path) + QStringLiteral(": not a media file FFmpeg can "
                                                                "open (%1)")
                                                     .arg(ffmpegReason(code)));
    reader->format_.reset(rawFormat);
    AVFormatContext* format = rawFormat;

    code = avformat_find_stream_info(format, nullptr);
    if (code < 0)
        return Result::failure(
            MediaError::Kind::NotMedia,
            fileLabel(path) +
                QStringLiteral(": cannot read the stream headers (%1)").arg(ffmpegReason(code)));

    int index = options.streamIndex;
    if (index >= 0) {
        if (index >= static_cast<int>(format->nb_streams) ||
            format->streams[index]->codecpar->codec_type != AVMEDIA_TYPE_AUDIO)
            return Result::failure(
                MediaError::Kind::NoStream,
                fileLabel(path) + QStringLiteral(": stream %1 is not an audio stream").arg(index));
    } else {
        index = av_find_best_stream(format, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
        if (index < 0)
            return Result::failure(MediaError::Kind::NoStream,
                                   fileLabel(path) + QStringLiteral(": has no audio stream"));
    }
    reader->streamIndex_ = index;
    // Packets of other streams are skipped by the demuxer instead of being handed to us.
    for (unsigned i = 0; i < format->nb_streams; ++i)
        format->streams[i]->discard =
            static_cast<int>(i) == index ? AVDISCARD_DEFAULT : AVDISCARD_ALL;

    AVStream* stream = format->streams[index];
    const AVCodec* decoder = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!decoder)
        return Result::failure(MediaError::Kind::Unsupported,
                               fileLabel(path) +
                                   QStringLiteral(": the audio uses %1, for which this FFmpeg has "
                                                  "no decoder")
                                       .arg(codecDescription(*stream->codecpar)));
    reader->codec_.reset(avcodec_alloc_context3(decoder));
    reader->packet_ = ffmpeg::makePacket();
    if (!reader->codec_ || !reader->packet_)
        return Result::failure(MediaError::Kind::Io,
                               fileLabel(path) + QStringLiteral(": out of memory"));
    AVCodecContext* codec = reader->codec_.get();
    code = avcodec_parameters_to_context(codec, stream->codecpar);
    if (code >= 0) {
        codec->thread_count = options.decoderThreads;
        codec->pkt_timebase = stream->time_base;
        code = avcodec_open2(codec, decoder, nullptr);
    }
    if (code < 0)
        return Result::failure(
            MediaError::Kind::Unsupported,
            fileLabel(path) + QStringLiteral(": cannot open the '%1' audio decoder (%2)")
                                  .arg(QString::fromLatin1(decoder->name), ffmpegReason(code)));
    if (codec->sample_rate <= 0 || codec->ch_layout.nb_channels <= 0)
        return Result::failure(MediaError::Kind::Unsupported,
                               fileLabel(path) + QStringLiteral(": the audio stream gives no "
                                                                "sample rate or channel count"));

    if (codec->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&reader->layout_, codec->ch_layout.nb_channels);
    else
        av_channel_layout_copy(&reader->layout_, &codec->ch_layout);

    const Time origin = timelineOrigin(format, stream);
    const int rate = codec->sample_rate;
    reader->positioner_ = AudioFramePositioner(stream->time_base, origin, rate);
    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0) {
        const std::int64_t start = stream->start_time == AV_NOPTS_VALUE ? 0 : stream->start_time;
        const Time end = timeOf(start + stream->duration, stream->time_base);
        reader->estimatedEndSample_ = (end - origin).toRational(1, rate, Rounding::Up);
    } else if (format->duration != AV_NOPTS_VALUE && format->duration > 0) {
        reader->estimatedEndSample_ =
            Time::fromRational(format->duration, 1, AV_TIME_BASE, Rounding::Up)
                .toRational(1, rate, Rounding::Up);
    }
    return Result::success(std::move(reader));
}

AudioStreamReader::~AudioStreamReader() {
    av_channel_layout_uninit(&layout_);
}

std::int64_t AudioStreamReader::bytePosition() const {
    return format_->pb ? std::max<std::int64_t>(0, avio_tell(format_->pb)) : 0;
}

std::int64_t AudioStreamReader::byteSize() const {
    return format_->pb ? std::max<std::int64_t>(0, avio_size(format_->pb)) : 0;
}

std::int64_t AudioStreamReader::seekPrerollSamples() const {
    const std::int64_t ownPreroll = format_->streams[streamIndex_]->codecpar->seek_preroll;
    return std::max<std::int64_t>(ownPreroll, sampleRate() / 5);
}

AudioStreamReader::ReadStatus AudioStreamReader::fail(MediaError::Kind kind,
                                                      const QString& reason) {
    error_ = MediaError{kind, fileLabel(path_) + QStringLiteral(": ") + reason};
    return ReadStatus::Failed;
}

AudioStreamReader::ReadStatus AudioStreamReader::readFrame(AVFrame* frame,
                                                           std::int64_t* firstSample) {
    AVCodecContext* codec = codec_.get();
    av_frame_unref(frame);
    for (;;) {
        if (ended_)
            return ReadStatus::End;
        const int received = avcodec_receive_frame(codec, frame);
        if (received == 0) {
            *firstSample = positioner_.place(frame->best_effort_timestamp, frame->nb_samples);
            return ReadStatus::Frame;
        }
        if (received == AVERROR_EOF || (draining_ && received != AVERROR(EAGAIN))) {
            ended_ = true;
            return ReadStatus::End;
        }
        if (received != AVERROR(EAGAIN)) {
            // A frame the decoder could not make; skip it like a bad packet.
            if (++consecutiveBadPackets_ > kMaxConsecutiveBadPackets)
                return fail(
                    MediaError::Kind::Corrupt,
                    QStringLiteral("the audio data is damaged (%1)").arg(ffmpegReason(received)));
            continue;
        }
        if (draining_) {
            ended_ = true;
            return ReadStatus::End;
        }

        const int read = av_read_frame(format_.get(), packet_.get());
        if (read < 0) {
            // End of file, or a truncated file (the demuxer reports partial data as an error):
            // either way, what was decoded is all there is. A real I/O failure is reported.
            if (read != AVERROR_EOF && read != AVERROR_INVALIDDATA && format_->pb &&
                format_->pb->error < 0)
                return fail(MediaError::Kind::Io,
                            QStringLiteral("read error (%1)").arg(ffmpegReason(read)));
            draining_ = true;
            avcodec_send_packet(codec, nullptr);
            continue;
        }
        if (packet_->stream_index != streamIndex_) {
            av_packet_unref(packet_.get());
            continue;
        }
        const int sent = avcodec_send_packet(codec, packet_.get());
        av_packet_unref(packet_.get());
        if (sent < 0 && sent != AVERROR(EAGAIN)) {
            if (++consecutiveBadPackets_ > kMaxConsecutiveBadPackets)
                return fail(
                    MediaError::Kind::Corrupt,
                    QStringLiteral("the audio data is damaged (%1)").arg(ffmpegReason(sent)));
        } else {
            consecutiveBadPackets_ = 0;
        }
    }
}

bool AudioStreamReader::seekToAtOrBefore(std::int64_t sample) {
    const std::int64_t timestamp = positioner_.timestampOf(sample);
    int code = av_seek_frame(format_.get(), streamIndex_, timestamp, AVSEEK_FLAG_BACKWARD);
    if (code < 0)
        code = avformat_seek_file(format_.get(), streamIndex_, INT64_MIN, timestamp, timestamp, 0);
    if (code < 0) {
        error_ = MediaError{
            MediaError::Kind::Io,
            fileLabel(path_) +
                QStringLiteral(": cannot seek in the audio (%1)").arg(ffmpegReason(code))};
        return false;
    }
    avcodec_flush_buffers(codec_.get());
    positioner_.reset();
    draining_ = false;
    ended_ = false;
    consecutiveBadPackets_ = 0;
    return true;
}

} // namespace cuesheet::media::detail
