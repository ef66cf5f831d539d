#pragma once

// Private to core/media: decoded, converted video frames waiting to be shown.

#include "cuesheet/time/time.h"

#include <QImage>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>

namespace cuesheet::media::detail {

struct PresentableFrame {
    QImage image;
    Time pts;                // on the film timeline
    std::int64_t index = -1; // frame number for constant-rate video, else -1
    int serial = 0;
};

// A small bounded queue (a few frames) between the video decode thread, which blocks while
// it is full, and the presenter on the GUI thread, which never blocks. Frames of an older
// seek serial are refused on push and dropped on take.
class VideoFrameQueue {
public:
    VideoFrameQueue(std::size_t capacity, const std::atomic<int>& currentSerial);

    // Waits while full. False (frame dropped) when the frame's serial is no longer current
    // or the queue was aborted.
    bool push(PresentableFrame frame);
    // The frame to show at `clock`: the last queued frame whose pts is at or before it
    // (the ones before it are dropped as late). With `evenIfEarly`, the first frame even
    // when it is still in the future (the first picture after a seek). Never blocks.
    std::optional<PresentableFrame> takeDue(Time clock, bool evenIfEarly);
    // The next frame in order, whatever its time (a frame step).
    std::optional<PresentableFrame> takeNext();

    // The decoder reached the end of the stream under `serial`.
    void markEnd(int serial);
    bool isEndedAndEmpty() const;

    // Drops everything and wakes a waiting pusher (after the serial changed).
    void flush();
    void abort();

private:
    void dropStaleLocked();

    const std::size_t capacity_;
    const std::atomic<int>& serial_;
    mutable std::mutex mutex_;
    std::condition_variable space_;
    std::deque<PresentableFrame> frames_;
    int endSerial_ = -1;
    bool aborted_ = false;
};

} // namespace cuesheet::media::detail
