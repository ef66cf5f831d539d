#include "playback_session.h"

#include <chrono>
#include <vector>

namespace cuesheet::media::detail {

namespace {

// How long the demuxer sleeps when the queues have enough, before it looks again (the decode
// threads do not wake it; a seek or an abort does).
constexpr auto kFullQueuePoll = std::chrono::milliseconds(10);

// A seek is checked by reading on to the first video keyframe: it must be at or before the
// target, or the target's frame cannot be decoded from there. Without a seek index (MPEG-TS)
// FFmpeg's timestamp search may land on a keyframe after the target, or after the last one
// before the end; an index of decode times may land on a keyframe whose presentation time is
// after the target (B-frames). Each further attempt starts further back (1 s, 2 s, 4 s ...),
// the last at the start of the file, as VideoFrameSource does.
constexpr int kMaxSeekAttempts = 6;
// Read ahead for the keyframe at most this much before trying further back.
constexpr int kMaxPacketsToKeyFrame = 4000;

bool seekTo(PlaybackSession& s, int stream, std::int64_t timestamp) {
    AVFormatContext* format = s.format.get();
    if (av_seek_frame(format, stream, timestamp, AVSEEK_FLAG_BACKWARD) >= 0)
        return true;
    // e.g. before the first index entry: take the first keyframe after.
    return avformat_seek_file(format, stream, INT64_MIN, timestamp, INT64_MAX, 0) >= 0;
}

std::int64_t presentationUnits(const AVPacket& packet) {
    return packet.pts != AV_NOPTS_VALUE ? packet.pts : packet.dts;
}

enum class KeyFrameSearch { Found, TooLate, Interrupted };

// Reads from the current position to the first video keyframe. Found: `held` has the
// packets to pass on (audio read before it, then the keyframe; video before it is dropped,
// since it refers to pictures never read). TooLate: there is none at or before `target`.
KeyFrameSearch readToKeyFrame(PlaybackSession& s, std::int64_t targetUnits, bool lastAttempt,
                              std::vector<QueuedPacket>& held, int serial) {
    held.clear();
    for (int read = 0; read < kMaxPacketsToKeyFrame; ++read) {
        if (s.aborting.load() || s.serial.load() != serial)
            return KeyFrameSearch::Interrupted;
        ffmpeg::Packet packet = ffmpeg::makePacket();
        if (!packet)
            return KeyFrameSearch::Interrupted;
        const int rc = av_read_frame(s.format.get(), packet.get());
        if (rc == AVERROR(EAGAIN))
            continue;
        if (rc < 0)
            return KeyFrameSearch::TooLate; // the end, and no keyframe on the way
        if (packet->stream_index == s.videoStream) {
            if (!(packet->flags & AV_PKT_FLAG_KEY))
                continue;
            const std::int64_t units = presentationUnits(*packet);
            if (!lastAttempt && units != AV_NOPTS_VALUE && units > targetUnits)
                return KeyFrameSearch::TooLate;
            held.push_back({std::move(packet), serial});
            return KeyFrameSearch::Found;
        }
        if (s.audioCodec && packet->stream_index == s.audioStream && s.audioEnabled.load())
            held.push_back({std::move(packet), serial});
    }
    return KeyFrameSearch::TooLate;
}

void seekDemuxer(PlaybackSession& s, Time target, int serial) {
    if (!s.videoCodec) {
        // Sound only: the audio thread trims to the exact sample.
        const AVRational timeBase = s.format->streams[s.audioStream]->time_base;
        seekTo(s, s.audioStream,
               (s.origin + target).toRational(timeBase.num, timeBase.den, Rounding::Down));
        return;
    }
    const AVRational timeBase = s.format->streams[s.videoStream]->time_base;
    const std::int64_t targetUnits =
        s.videoStartPts + target.toRational(timeBase.num, timeBase.den, Rounding::Down);
    const std::int64_t oneSecond = av_rescale_q(1, AVRational{1, 1}, timeBase);
    std::vector<QueuedPacket> held;
    for (int attempt = 0; attempt < kMaxSeekAttempts; ++attempt) {
        const bool lastAttempt = attempt == kMaxSeekAttempts - 1;
        const std::int64_t from =
            lastAttempt ? std::min(targetUnits, s.videoStartPts)
                        : targetUnits - (attempt == 0 ? 0 : oneSecond << (attempt - 1));
        if (!seekTo(s, s.videoStream, from) && !lastAttempt)
            continue;
        switch (readToKeyFrame(s, targetUnits, lastAttempt, held, serial)) {
        case KeyFrameSearch::Interrupted:
            return;
        case KeyFrameSearch::TooLate:
            continue;
        case KeyFrameSearch::Found:
            for (QueuedPacket& item : held) {
                const bool video = item.packet->stream_index == s.videoStream;
                (video ? s.videoPackets : s.audioPackets).push(std::move(item));
            }
            return;
        }
    }
    // No keyframe found at all (a stream without keyframe flags, e.g. intra refresh): seek
    // as asked and let the decoder make what it can of the packets from there.
    seekTo(s, s.videoStream, targetUnits);
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
                seekDemuxer(s, target, serial);
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
