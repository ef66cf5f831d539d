#include "playback_session.h"

namespace cuesheet::media::detail {

PlaybackSession::PlaybackSession() = default;

PlaybackSession::~PlaybackSession() {
    stopThreads();
}

void PlaybackSession::stopThreads() {
    abort();
    for (std::thread* thread : {&demuxer, &videoDecoder, &audioDecoder})
        if (thread->joinable())
            thread->join();
}

void PlaybackSession::startThreads() {
    demuxer = std::thread(runDemuxer, std::ref(*this));
    if (videoCodec)
        videoDecoder = std::thread(runVideoDecoder, std::ref(*this));
    if (audioCodec)
        audioDecoder = std::thread(runAudioDecoder, std::ref(*this));
}

int PlaybackSession::requestSeek(Time target) {
    int newSerial = 0;
    {
        std::lock_guard lock(controlMutex);
        newSerial = serial.load() + 1;
        seekTarget = target;
        seekSerial = newSerial;
        seekPending = true;
        serial.store(newSerial);
    }
    // Wake whoever waits with data of the old serial; they drop it.
    videoFrames.flush();
    if (audioRing)
        audioRing->reset(newSerial);
    demuxWake.notify_all();
    return newSerial;
}

Time PlaybackSession::targetOf(int requestedSerial) const {
    std::lock_guard lock(controlMutex);
    return requestedSerial == seekSerial ? seekTarget : Time();
}

void PlaybackSession::abort() {
    aborting.store(true);
    videoPackets.abort();
    audioPackets.abort();
    videoFrames.abort();
    if (audioRing)
        audioRing->abort();
    demuxWake.notify_all();
}

bool PlaybackSession::shouldDemuxMore() const {
    if (videoPackets.bytes() + audioPackets.bytes() >= kMaxQueuedBytes)
        return false;
    const bool videoEnough = !videoCodec || videoPackets.count() >= kEnoughPackets;
    const bool audioEnough =
        !audioCodec || !audioEnabled.load() || audioPackets.count() >= kEnoughPackets;
    return !(videoEnough && audioEnough);
}

} // namespace cuesheet::media::detail
