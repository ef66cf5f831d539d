#include "probe_timecode.h"

#include <vector>

namespace cuesheet::media {

namespace {

struct Candidate {
    QString text;
    QString source;
    AVRational rate{0, 1};
};

QString timecodeTag(const AVDictionary* metadata) {
    const AVDictionaryEntry* entry = av_dict_get(metadata, "timecode", nullptr, 0);
    return entry ? QString::fromUtf8(entry->value).trimmed() : QString();
}

bool isTimecodeTrack(const AVStream* stream) {
    return stream->codecpar->codec_type == AVMEDIA_TYPE_DATA &&
           stream->codecpar->codec_tag == MKTAG('t', 'm', 'c', 'd');
}

std::vector<Candidate> candidates(const AVFormatContext* format, const VideoStreamInfo* video) {
    std::vector<Candidate> found;
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        const AVStream* stream = format->streams[i];
        if (isTimecodeTrack(stream))
            if (QString text = timecodeTag(stream->metadata); !text.isEmpty())
                found.push_back({text, QStringLiteral("tmcd track"), stream->avg_frame_rate});
    }
    if (video)
        if (QString text = timecodeTag(format->streams[video->streamIndex]->metadata);
            !text.isEmpty())
            found.push_back({text, QStringLiteral("video stream"), {0, 1}});
    if (QString text = timecodeTag(format->metadata); !text.isEmpty())
        found.push_back({text, QStringLiteral("container"), {0, 1}});
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        const AVStream* stream = format->streams[i];
        if (isTimecodeTrack(stream) || (video && static_cast<int>(i) == video->streamIndex))
            continue;
        if (QString text = timecodeTag(stream->metadata); !text.isEmpty())
            found.push_back({text, QStringLiteral("stream %1").arg(i), stream->avg_frame_rate});
    }
    return found;
}

} // namespace

std::optional<StartTimecode> readStartTimecode(const AVFormatContext* format,
                                               const VideoStreamInfo* video, QString* warning) {
    const std::vector<Candidate> found = candidates(format, video);
    if (found.empty())
        return std::nullopt;
    const Candidate& chosen = found.front();

    FrameRate rate;
    if (video && video->frameRate.isValid())
        rate = video->frameRate;
    else if (chosen.rate.num > 0 && chosen.rate.den > 0)
        rate = FrameRate(chosen.rate.num, chosen.rate.den);
    if (!rate.isValid()) {
        if (warning)
            *warning = QStringLiteral("timecode '%1' (%2) ignored: the frame rate is unknown")
                           .arg(chosen.text, chosen.source);
        return std::nullopt;
    }

    const QString& text = chosen.text;
    const bool dropFrame = text.contains(';') || text.contains('.') || text.contains(',');
    const TimecodeFormat timecodeFormat{rate, dropFrame};
    const auto parsed = parseTimecode(text.toStdString(), timecodeFormat);
    if (!parsed) {
        if (warning)
            *warning = QStringLiteral("timecode from the %1 ignored: %2")
                           .arg(chosen.source, QString::fromStdString(parsed.error()));
        return std::nullopt;
    }
    return StartTimecode{*parsed, timecodeFormat, text, chosen.source};
}

} // namespace cuesheet::media
