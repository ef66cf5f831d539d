#include "media_open.h"

#include <QFileInfo>

namespace cuesheet::media {

QString fileErrorMessage(const QString& path, const QString& reason) {
    return QStringLiteral("file '%1': %2").arg(path, reason);
}

MediaResult<ffmpeg::FormatContext> openMediaFile(const QString& path) {
    using Result = MediaResult<ffmpeg::FormatContext>;
    const QFileInfo info(path);
    if (!info.exists())
        return Result::failure(MediaError::Kind::NotFound,
                               fileErrorMessage(path, "does not exist"));
    if (!info.isFile())
        return Result::failure(MediaError::Kind::NotFound,
                               fileErrorMessage(path, "is not a regular file"));
    if (!info.isReadable())
        return Result::failure(MediaError::Kind::NotFound,
                               fileErrorMessage(path, "cannot be read (permission denied)"));
    if (info.size() == 0)
        return Result::failure(MediaError::Kind::NotMedia, fileErrorMessage(path, "is empty"));

    // "file:" keeps a name such as "take:2.mov" from being read as a protocol.
    const QByteArray url = "file:" + info.absoluteFilePath().toUtf8();
    AVFormatContext* raw = nullptr;
    int rc = avformat_open_input(&raw, url.constData(), nullptr, nullptr);
    if (rc < 0)
        return Result::failure(
            MediaError::Kind::NotMedia,
            fileErrorMessage(path, QStringLiteral("is not media FFmpeg can read, or its header is "
                                                  "truncated or damaged (%1)")
                                       .arg(QString::fromStdString(ffmpeg::errorText(rc)))));
    ffmpeg::FormatContext format(raw);
    rc = avformat_find_stream_info(format.get(), nullptr);
    if (rc < 0)
        return Result::failure(
            MediaError::Kind::Corrupt,
            fileErrorMessage(path, QStringLiteral("its streams cannot be read (%1)")
                                       .arg(QString::fromStdString(ffmpeg::errorText(rc)))));
    return Result::success(std::move(format));
}

QString codecDescription(const AVCodecParameters& codec) {
    if (codec.codec_id != AV_CODEC_ID_NONE)
        return QStringLiteral("the codec '%1'")
            .arg(QString::fromUtf8(avcodec_get_name(codec.codec_id)));
    char tag[AV_FOURCC_MAX_STRING_SIZE] = {};
    av_fourcc_make_string(tag, codec.codec_tag);
    return QStringLiteral("an unknown codec (tag '%1')").arg(QString::fromLatin1(tag));
}

MediaResult<ffmpeg::CodecContext> openDecoder(const QString& path, AVFormatContext* format,
                                              int streamIndex, int threads) {
    using Result = MediaResult<ffmpeg::CodecContext>;
    const AVStream* stream = format->streams[streamIndex];
    const AVCodec* codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec)
        return Result::failure(
            MediaError::Kind::Unsupported,
            fileErrorMessage(path, QStringLiteral("stream %1 uses %2, for which this FFmpeg has "
                                                  "no decoder")
                                       .arg(streamIndex)
                                       .arg(codecDescription(*stream->codecpar))));
    ffmpeg::CodecContext context(avcodec_alloc_context3(codec));
    if (!context)
        return Result::failure(MediaError::Kind::Unsupported,
                               fileErrorMessage(path, "out of memory opening a decoder"));
    int rc = avcodec_parameters_to_context(context.get(), stream->codecpar);
    if (rc >= 0) {
        context->pkt_timebase = stream->time_base;
        context->thread_count = threads;
        context->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
        rc = avcodec_open2(context.get(), codec, nullptr);
    }
    if (rc < 0)
        return Result::failure(
            MediaError::Kind::Unsupported,
            fileErrorMessage(path, QStringLiteral("the %1 decoder refuses stream %2 (%3)")
                                       .arg(QString::fromUtf8(codec->name))
                                       .arg(streamIndex)
                                       .arg(QString::fromStdString(ffmpeg::errorText(rc)))));
    return Result::success(std::move(context));
}

int bestStreamIndex(AVFormatContext* format, AVMediaType type) {
    int best = av_find_best_stream(format, type, -1, -1, nullptr, 0);
    if (best >= 0 && type == AVMEDIA_TYPE_VIDEO &&
        (format->streams[best]->disposition & AV_DISPOSITION_ATTACHED_PIC)) {
        best = -1;
        for (unsigned i = 0; i < format->nb_streams; ++i) {
            const AVStream* s = format->streams[i];
            if (s->codecpar->codec_type == AVMEDIA_TYPE_VIDEO &&
                !(s->disposition & AV_DISPOSITION_ATTACHED_PIC)) {
                best = static_cast<int>(i);
                break;
            }
        }
    }
    return best < 0 ? -1 : best;
}

} // namespace cuesheet::media
