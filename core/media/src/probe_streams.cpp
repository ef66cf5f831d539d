#include "probe_streams.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/pixdesc.h>
}

#include <algorithm>
#include <array>
#include <cstdlib>

namespace cuesheet::media {

namespace {

// Rates written as decimals in the trade, as exact fractions (see DESIGN.md "Time").
constexpr std::array<std::array<std::int64_t, 2>, 14> kCustomaryRates{{{24000, 1001},
                                                                       {24, 1},
                                                                       {25, 1},
                                                                       {30000, 1001},
                                                                       {30, 1},
                                                                       {48000, 1001},
                                                                       {48, 1},
                                                                       {50, 1},
                                                                       {60000, 1001},
                                                                       {60, 1},
                                                                       {120000, 1001},
                                                                       {120, 1},
                                                                       {12000, 1001},
                                                                       {15, 1}}};

bool usable(AVRational r) {
    return r.num > 0 && r.den > 0 && av_q2d(r) < 1000.0;
}

FrameRate snapToCustomary(AVRational r) {
    const double value = av_q2d(r);
    for (const auto& [num, den] : kCustomaryRates) {
        const double customary = static_cast<double>(num) / static_cast<double>(den);
        if (std::abs(value - customary) <= customary * 0.0005)
            return FrameRate(num, den);
    }
    return FrameRate(r.num, r.den);
}

// Does `rate` agree with a packet spacing of `delta` time-base units, allowing one unit of
// rounding in the container's timestamps?
bool agreesWithSpacing(AVRational rate, std::int64_t delta, AVRational timeBase) {
    if (!usable(rate) || delta <= 0)
        return false;
    // Frame duration in time-base units: tb.den / (tb.num * rate).
    const double frameUnits = (static_cast<double>(timeBase.den) * rate.den) /
                              (static_cast<double>(timeBase.num) * rate.num);
    return std::abs(frameUnits - static_cast<double>(delta)) <= 1.0;
}

QString metadataValue(const AVDictionary* metadata, const char* key) {
    const AVDictionaryEntry* entry = av_dict_get(metadata, key, nullptr, 0);
    return entry ? QString::fromUtf8(entry->value) : QString();
}

} // namespace

Time timeFromStreamUnits(std::int64_t value, AVRational timeBase) {
    return Time::fromRational(value, timeBase.num, timeBase.den, Rounding::Nearest);
}

std::int64_t streamStartPts(const AVFormatContext* format, const AVStream* stream) {
    if (stream->start_time != AV_NOPTS_VALUE)
        return stream->start_time;
    if (format->start_time != AV_NOPTS_VALUE)
        return av_rescale_q(format->start_time, AV_TIME_BASE_Q, stream->time_base);
    return 0;
}

PacketTimingSample sampleVideoTiming(AVFormatContext* format, int streamIndex, int maxPackets) {
    PacketTimingSample sample;
    const AVStream* stream = format->streams[streamIndex];
    // MP4/MOV (and others with a full sample index) know every frame's time without reading
    // any picture data: a 1080p ProRes film would otherwise cost hundreds of MB here. Index
    // times are decode times, whose spacing is the frame spacing.
    const int indexed = avformat_index_get_entries_count(stream);
    if (stream->nb_frames > 0 && indexed >= std::min<std::int64_t>(stream->nb_frames, maxPackets)) {
        for (int i = 0; i < indexed && static_cast<int>(sample.pts.size()) < maxPackets; ++i)
            if (const AVIndexEntry* entry =
                    avformat_index_get_entry(const_cast<AVStream*>(stream), i))
                if (!(entry->flags & AVINDEX_DISCARD_FRAME))
                    sample.pts.push_back(entry->timestamp);
    } else {
        ffmpeg::Packet packet = ffmpeg::makePacket();
        if (!packet)
            return sample;
        // Bounded by packets, by reads (other streams interleave) and by bytes.
        constexpr std::int64_t kMaxBytes = 32 * 1024 * 1024;
        const int maxReads = maxPackets * 50;
        std::int64_t bytes = 0;
        for (int reads = 0; reads < maxReads && bytes < kMaxBytes &&
                            static_cast<int>(sample.pts.size()) < maxPackets;
             ++reads) {
            if (av_read_frame(format, packet.get()) < 0)
                break;
            bytes += packet->size;
            if (packet->stream_index == streamIndex && packet->pts != AV_NOPTS_VALUE &&
                !(packet->flags & AV_PKT_FLAG_DISCARD))
                sample.pts.push_back(packet->pts);
            av_packet_unref(packet.get());
        }
    }
    std::sort(sample.pts.begin(), sample.pts.end());
    sample.pts.erase(std::unique(sample.pts.begin(), sample.pts.end()), sample.pts.end());
    return sample;
}

FrameRateVerdict judgeFrameRate(const AVStream* stream, const PacketTimingSample& sample) {
    const AVRational avg = stream->avg_frame_rate;
    const AVRational real = stream->r_frame_rate;
    const AVRational tb = stream->time_base;

    std::vector<std::int64_t> deltas;
    for (std::size_t i = 1; i < sample.pts.size(); ++i)
        deltas.push_back(sample.pts[i] - sample.pts[i - 1]);

    FrameRateVerdict verdict;
    if (deltas.size() < 2) {
        // Too few packets to judge (a still, a very short clip): trust the header.
        const AVRational pick = usable(avg) ? avg : real;
        if (usable(pick))
            verdict.rate = snapToCustomary(pick);
        return verdict;
    }

    std::vector<std::int64_t> sorted = deltas;
    std::nth_element(sorted.begin(),
                     sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
    const std::int64_t median = sorted[sorted.size() / 2];
    // A timestamp rounded to a coarse time base (1/1000 for Matroska) is off by one unit at
    // most; anything further from the median is a different frame duration. One stray in
    // fifty (a dropped frame in a capture) does not make a stream variable.
    const auto irregular = std::count_if(
        deltas.begin(), deltas.end(), [&](std::int64_t d) { return std::llabs(d - median) > 1; });
    verdict.variable = irregular * 50 > static_cast<std::int64_t>(deltas.size());

    if (!verdict.variable) {
        for (const AVRational candidate : {avg, real}) {
            if (agreesWithSpacing(candidate, median, tb)) {
                verdict.rate = snapToCustomary(candidate);
                return verdict;
            }
        }
        // The header disagrees with the packets: trust the packets.
        const std::int64_t span = sample.pts.back() - sample.pts.front();
        const std::int64_t frames = static_cast<std::int64_t>(sample.pts.size()) - 1;
        AVRational measured{0, 1};
        av_reduce(&measured.num, &measured.den, static_cast<std::int64_t>(tb.den) * frames,
                  static_cast<std::int64_t>(tb.num) * span, 1 << 30);
        verdict.rate = snapToCustomary(measured);
        return verdict;
    }
    // Variable: report the average rate as the nominal one.
    AVRational average = avg;
    if (!usable(average)) {
        const std::int64_t span = sample.pts.back() - sample.pts.front();
        const std::int64_t frames = static_cast<std::int64_t>(sample.pts.size()) - 1;
        av_reduce(&average.num, &average.den, static_cast<std::int64_t>(tb.den) * frames,
                  static_cast<std::int64_t>(tb.num) * span, 1 << 30);
    }
    if (usable(average))
        verdict.rate = snapToCustomary(average);
    return verdict;
}

VideoStreamInfo describeVideoStream(const AVFormatContext* format, const AVStream* stream,
                                    const FrameRateVerdict& rate) {
    const AVCodecParameters* par = stream->codecpar;
    VideoStreamInfo info;
    info.streamIndex = stream->index;
    info.codec = QString::fromUtf8(avcodec_get_name(par->codec_id));
    const AVCodecDescriptor* descriptor = avcodec_descriptor_get(par->codec_id);
    info.codecLongName =
        descriptor && descriptor->long_name ? QString::fromUtf8(descriptor->long_name) : info.codec;
    info.decoderAvailable = avcodec_find_decoder(par->codec_id) != nullptr;
    info.width = par->width;
    info.height = par->height;
    const AVRational sar = av_guess_sample_aspect_ratio(const_cast<AVFormatContext*>(format),
                                                        const_cast<AVStream*>(stream), nullptr);
    if (sar.num > 0 && sar.den > 0) {
        info.sampleAspectNum = sar.num;
        info.sampleAspectDen = sar.den;
    }
    if (const char* name = av_get_pix_fmt_name(static_cast<AVPixelFormat>(par->format)))
        info.pixelFormat = QString::fromUtf8(name);
    info.frameRate = rate.rate;
    info.variableFrameRate = rate.variable;
    info.start = timeFromStreamUnits(streamStartPts(format, stream), stream->time_base);
    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0)
        info.duration = timeFromStreamUnits(stream->duration, stream->time_base);
    else if (format->duration != AV_NOPTS_VALUE && format->duration > 0)
        info.duration = timeFromStreamUnits(format->duration, AV_TIME_BASE_Q);
    info.frameCount = stream->nb_frames > 0 ? stream->nb_frames : -1;
    info.isDefault = (stream->disposition & AV_DISPOSITION_DEFAULT) != 0;
    info.isStillImage =
        (stream->disposition & AV_DISPOSITION_ATTACHED_PIC) != 0 || info.frameCount == 1;
    return info;
}

AudioStreamInfo describeAudioStream(const AVStream* stream) {
    const AVCodecParameters* par = stream->codecpar;
    AudioStreamInfo info;
    info.streamIndex = stream->index;
    info.codec = QString::fromUtf8(avcodec_get_name(par->codec_id));
    const AVCodecDescriptor* descriptor = avcodec_descriptor_get(par->codec_id);
    info.codecLongName =
        descriptor && descriptor->long_name ? QString::fromUtf8(descriptor->long_name) : info.codec;
    info.decoderAvailable = avcodec_find_decoder(par->codec_id) != nullptr;
    info.sampleRate = par->sample_rate;
    info.channels = par->ch_layout.nb_channels;
    if (par->ch_layout.order != AV_CHANNEL_ORDER_UNSPEC) {
        char name[128] = {};
        if (av_channel_layout_describe(&par->ch_layout, name, sizeof name) > 0)
            info.channelLayout = QString::fromUtf8(name);
    }
    if (const char* name = av_get_sample_fmt_name(static_cast<AVSampleFormat>(par->format)))
        info.sampleFormat = QString::fromUtf8(name);
    if (stream->start_time != AV_NOPTS_VALUE)
        info.start = timeFromStreamUnits(stream->start_time, stream->time_base);
    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0)
        info.duration = timeFromStreamUnits(stream->duration, stream->time_base);
    info.language = metadataValue(stream->metadata, "language");
    if (info.language == "und")
        info.language.clear();
    info.isDefault = (stream->disposition & AV_DISPOSITION_DEFAULT) != 0;
    return info;
}

} // namespace cuesheet::media
