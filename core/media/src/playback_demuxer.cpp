#include "playback_session.h"

#include <chrono>

namespace cuesheet::media::detail {

namespace {

// How long the demuxer sleeps when the queues have enough, before it looks again (the decode
// threads do not wake it; a seek or an abort does).
constexpr auto kFullQueuePoll = std::chrono::milliseconds(10);

void seekDemuxer(PlaybackSession& s, Time target) {
    AVFormatContext* format = s.format.get();
    // Seek on the stream that decides what is shown: the keyframe at or before the target
    // (audio packets around that file position are earlier still, and the audio thread trims
    // to the exact sample).
    const int stream = s.videoCodec ? s.videoStream : s.audioStream;
    const AVRational timeBase = format->streams[stream]->time_base;
    std::int64_t timestamp = 0;
    if (s.videoCodec)
        timestamp = s.videoStartPts + target.toRational(timeBase.num, timeBase.den, Rounding::Down);
    else
        timestamp = (s.origin + target).toRational(timeBase.num, timeBase.den, Rounding::Down);
    if (av_seek_frame(format, stream, timestamp, AVSEEK_FLAG_BACKWARD) < 0) {
        const std::int64_t micros = (s.origin + target).toRational(1, AV_TIME_BASE, Rounding::Down);
        avformat_seek_file(format, -1, INT64_MIN, micros, micros, 0);
    }
}

void pushEndOfStream(PlaybackSession& s, int serial) {
    if (s.videoCodec)
        s.videoPackets.push({nullptr, serial});
    if (s.audioCodec && s.audioEnabled.load())
        s.audioPackets.push({nullptr, serial});
}

} // namespace

void runDemuxer(PlaybackSession& s) {
    ffmpeg::Packet packet = ffmpeg::makePacket();
    int serial = 0;
    bool endOfFile = false;
    while (!s.aborting.load()) {
        {
            std::unique_lock lock(s.controlMutex);
            if (!s.seekPending && (endOfFile || !s.shouldDemuxMore()))
                s.demuxWake.wait_for(lock, kFullQueuePoll);
            if (s.aborting.load())
                break;
            if (s.seekPending) {
                s.seekPending = false;
                serial = s.seekSerial;
                const Time target = s.seekTarget;
                lock.unlock();
                s.videoPackets.flush();
                s.audioPackets.flush();
                seekDemuxer(s, target);
                endOfFile = false;
            }
        }
        if (endOfFile || !s.shouldDemuxMore())
            continue;

        const int read = av_read_frame(s.format.get(), packet.get());
        if (read == AVERROR(EAGAIN))
            continue;
        if (read < 0) {
            // The end, or a truncated/damaged file: the decoders drain what they have.
            endOfFile = true;
            pushEndOfStream(s, serial);
            continue;
        }
        const bool video = s.videoCodec && packet->stream_index == s.videoStream;
        const bool audio =
            s.audioCodec && packet->stream_index == s.audioStream && s.audioEnabled.load();
        if (video || audio) {
            ffmpeg::Packet queued = ffmpeg::makePacket();
            if (queued) {
                av_packet_move_ref(queued.get(), packet.get());
                (video ? s.videoPackets : s.audioPackets).push({std::move(queued), serial});
            }
        }
        av_packet_unref(packet.get());
    }
}

} // namespace cuesheet::media::detail
