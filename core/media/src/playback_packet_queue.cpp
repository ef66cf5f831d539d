#include "playback_packet_queue.h"

namespace cuesheet::media::detail {

void PacketQueue::push(QueuedPacket item) {
    {
        std::lock_guard lock(mutex_);
        if (aborted_)
            return;
        bytes_ += item.packet ? item.packet->size : 0;
        items_.push_back(std::move(item));
    }
    available_.notify_one();
}

std::optional<QueuedPacket> PacketQueue::pop() {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [this] { return aborted_ || !items_.empty(); });
    if (aborted_)
        return std::nullopt;
    QueuedPacket item = std::move(items_.front());
    items_.pop_front();
    bytes_ -= item.packet ? item.packet->size : 0;
    return item;
}

void PacketQueue::flush() {
    std::lock_guard lock(mutex_);
    items_.clear();
    bytes_ = 0;
}

void PacketQueue::abort() {
    {
        std::lock_guard lock(mutex_);
        aborted_ = true;
        items_.clear();
        bytes_ = 0;
    }
    available_.notify_all();
}

int PacketQueue::count() const {
    std::lock_guard lock(mutex_);
    return static_cast<int>(items_.size());
}

std::int64_t PacketQueue::bytes() const {
    std::lock_guard lock(mutex_);
    return bytes_;
}

} // namespace cuesheet::media::detail
