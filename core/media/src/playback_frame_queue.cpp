#include "playback_frame_queue.h"

namespace cuesheet::media::detail {

VideoFrameQueue::VideoFrameQueue(std::size_t capacity, const std::atomic<int>& currentSerial)
    : capacity_(capacity)
    , serial_(currentSerial) {}

bool VideoFrameQueue::push(PresentableFrame frame) {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] {
        return aborted_ || frame.serial != serial_.load() || frames_.size() < capacity_;
    });
    if (aborted_ || frame.serial != serial_.load())
        return false;
    frames_.push_back(std::move(frame));
    return true;
}

void VideoFrameQueue::dropStaleLocked() {
    const int current = serial_.load();
    while (!frames_.empty() && frames_.front().serial != current)
        frames_.pop_front();
}

std::optional<PresentableFrame> VideoFrameQueue::takeDue(Time clock, bool evenIfEarly) {
    std::optional<PresentableFrame> due;
    {
        std::lock_guard lock(mutex_);
        dropStaleLocked();
        if (frames_.empty() || (!evenIfEarly && frames_.front().pts > clock))
            return std::nullopt;
        // Skip frames whose successor is also due: they are late.
        while (frames_.size() >= 2 && frames_[1].pts <= clock)
            frames_.pop_front();
        due = std::move(frames_.front());
        frames_.pop_front();
    }
    space_.notify_all();
    return due;
}

std::optional<PresentableFrame> VideoFrameQueue::takeNext() {
    std::optional<PresentableFrame> next;
    {
        std::lock_guard lock(mutex_);
        dropStaleLocked();
        if (frames_.empty())
            return std::nullopt;
        next = std::move(frames_.front());
        frames_.pop_front();
    }
    space_.notify_all();
    return next;
}

void VideoFrameQueue::markEnd(int serial) {
    std::lock_guard lock(mutex_);
    endSerial_ = serial;
}

bool VideoFrameQueue::isEndedAndEmpty() const {
    std::lock_guard lock(mutex_);
    const int current = serial_.load();
    if (endSerial_ != current)
        return false;
    for (const auto& frame : frames_)
        if (frame.serial == current)
            return false;
    return true;
}

void VideoFrameQueue::flush() {
    {
        std::lock_guard lock(mutex_);
        frames_.clear();
    }
    space_.notify_all();
}

void VideoFrameQueue::abort() {
    {
        std::lock_guard lock(mutex_);
        aborted_ = true;
        frames_.clear();
    }
    space_.notify_all();
}

} // namespace cuesheet::media::detail
