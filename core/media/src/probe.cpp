#include "cuesheet/media/probe.h"

#include "media_open.h"
#include "probe_streams.h"
#include "probe_timecode.h"

namespace cuesheet::media {

namespace {
// Enough packets to see a cadence (e.g. 3:2 pulldown patterns, alternating durations) and a
// few GOPs of B-frame reordering; cheap, since no packet is decoded.
constexpr int kTimingSamplePackets = 300;
} // namespace

ProbeResult probeMedia(const QString& path) {
    auto opened = openMediaFile(path);
    if (!opened)
        return ProbeResult::failure(opened.error());
    AVFormatContext* format = opened.value().get();

    MediaInfo info;
    info.path = path;
    info.container = QString::fromUtf8(format->iformat->name);
    info.containerLongName =
        format->iformat->long_name ? QString::fromUtf8(format->iformat->long_name) : info.container;
    if (format->duration != AV_NOPTS_VALUE && format->duration > 0)
        info.duration = timeFromStreamUnits(format->duration, AV_TIME_BASE_Q);
    info.bitRate = format->bit_rate > 0 ? format->bit_rate : 0;

    const int bestVideo = bestStreamIndex(format, AVMEDIA_TYPE_VIDEO);
    const int bestAudio = bestStreamIndex(format, AVMEDIA_TYPE_AUDIO);

    // One pass over the first packets of the best video stream tells its cadence; other video
    // streams (rare: a second angle) are judged by their headers only.
    PacketTimingSample sample;
    if (bestVideo >= 0)
        sample = sampleVideoTiming(format, bestVideo, kTimingSamplePackets);

    for (unsigned i = 0; i < format->nb_streams; ++i) {
        const AVStream* stream = format->streams[i];
        switch (stream->codecpar->codec_type) {
        case AVMEDIA_TYPE_VIDEO: {
            const FrameRateVerdict verdict = judgeFrameRate(
                stream, static_cast<int>(i) == bestVideo ? sample : PacketTimingSample{});
            if (static_cast<int>(i) == bestVideo)
                info.bestVideo = static_cast<int>(info.videoStreams.size());
            info.videoStreams.push_back(describeVideoStream(format, stream, verdict));
            break;
        }
        case AVMEDIA_TYPE_AUDIO:
            if (static_cast<int>(i) == bestAudio)
                info.bestAudio = static_cast<int>(info.audioStreams.size());
            info.audioStreams.push_back(describeAudioStream(stream));
            break;
        default:
            break;
        }
    }

    info.startTimecode = readStartTimecode(format, info.video(), &info.timecodeWarning);

    auto identity = computeMediaIdentity(path);
    if (!identity)
        return ProbeResult::failure(identity.error());
    info.identity = identity.value();
    return ProbeResult::success(std::move(info));
}

} // namespace cuesheet::media
