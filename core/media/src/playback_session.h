#pragma once

// Private to core/media: what the player's threads share for one open file, and the three
// thread bodies (demux, video decode, audio decode). PlaybackEngine owns a session.
//
//   demux thread ──packets──> video decode thread ──QImage frames──> presenter (GUI thread)
//                └─packets──> audio decode thread ──PCM──> AudioRing ──> AudioOutput
//
// Every seek bumps `serial`; packets, frames and PCM carry the serial they were made under
// and anything older is dropped where it is found (ffplay's scheme).

#include "playback_audio_ring.h"
#include "playback_frame_queue.h"
#include "playback_packet_queue.h"

#include "cuesheet/media/audio_output.h"
#include "cuesheet/time/frame_rate.h"
#include "cuesheet/time/time.h"
#include "ffmpeg_handles.h"

#include <QSize>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace cuesheet::media::detail {

struct PlaybackSession {
    // Frames decoded ahead of the clock, and seconds of PCM the ring holds.
    static constexpr std::size_t kFrameQueueCapacity = 4;
    static constexpr int kAudioRingMilliseconds = 500;
    // The demuxer reads on while a stream holds fewer packets than this, and stops when every
    // stream has enough or the queues hold kMaxQueuedBytes in all.
    static constexpr int kEnoughPackets = 48;
    static constexpr std::int64_t kMaxQueuedBytes = std::int64_t{64} * 1024 * 1024;

    PlaybackSession();
    ~PlaybackSession(); // stopThreads()

    void startThreads();
    // Aborts every queue and joins the threads; the session's data stays readable.
    void stopThreads();
    // Bumps the serial and asks the demuxer to seek so that `target` can be shown; queued
    // frames and PCM are dropped. Returns the new serial.
    int requestSeek(Time target);
    // The seek target of `serial` (what the decoders trim to); an older serial's target is
    // irrelevant (its output is dropped anyway).
    Time targetOf(int serial) const;
    void abort();
    bool shouldDemuxMore() const;

    QString path;
    ffmpeg::FormatContext format;
    int videoStream = -1;
    int audioStream = -1;
    ffmpeg::CodecContext videoCodec;
    ffmpeg::CodecContext audioCodec;
    std::int64_t videoStartPts = 0; // the video stream's first pts: timeline zero
    Time origin;                    // timeline zero in container time
    FrameRate frameRate;            // invalid for variable-rate video
    QSize frameSize;                // the size images are converted to (empty: display size)
    AudioOutputFormat audioFormat;

    std::atomic<int> serial{0};
    std::atomic<bool> aborting{false};
    std::atomic<bool> audioEnabled{true};

    PacketQueue videoPackets;
    PacketQueue audioPackets;
    VideoFrameQueue videoFrames{kFrameQueueCapacity, serial};
    std::unique_ptr<AudioRing> audioRing;

    // The demuxer's pending seek.
    mutable std::mutex controlMutex;
    std::condition_variable demuxWake;
    bool seekPending = false;
    Time seekTarget;
    int seekSerial = 0;

    std::thread demuxer;
    std::thread videoDecoder;
    std::thread audioDecoder;
};

void runDemuxer(PlaybackSession& session);
void runVideoDecoder(PlaybackSession& session);
void runAudioDecoder(PlaybackSession& session);

} // namespace cuesheet::media::detail
