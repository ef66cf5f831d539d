#pragma once

// Private to core/media: the player's demuxed packets on their way to a decode thread.

#include "ffmpeg_handles.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>

namespace cuesheet::media::detail {

// A packet and the seek serial it was read under. A null packet marks the end of the stream
// (the decoder drains).
struct QueuedPacket {
    ffmpeg::Packet packet;
    int serial = 0;

    bool isEndOfStream() const { return !packet; }
};

// Unbounded FIFO of packets between the demux thread and one decode thread. The demuxer
// bounds it (it stops reading when every stream has enough, see PlaybackSession), so that
// a stream waiting for data never deadlocks behind a full queue of another stream.
class PacketQueue {
public:
    void push(QueuedPacket item);
    // Blocks until a packet is there; nullopt once abort() was called.
    std::optional<QueuedPacket> pop();
    void flush();
    void abort();

    int count() const;
    std::int64_t bytes() const;

private:
    mutable std::mutex mutex_;
    std::condition_variable available_;
    std::deque<QueuedPacket> items_;
    std::int64_t bytes_ = 0;
    bool aborted_ = false;
};

} // namespace cuesheet::media::detail
