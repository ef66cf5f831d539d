#include "playback_audio_ring.h"

#include <QMetaObject>

#include <algorithm>
#include <cstring>

namespace cuesheet::media::detail {

AudioRing::AudioRing(std::size_t capacityBytes)
    : buffer_(std::max<std::size_t>(capacityBytes, 64)) {}

void AudioRing::reset(int serial) {
    {
        std::lock_guard lock(mutex_);
        serial_ = serial;
        readPosition_ = 0;
        filled_ = 0;
        bytesRead_ = 0;
        endSerial_ = -1;
        starved_ = false;
    }
    space_.notify_all();
}

bool AudioRing::write(const char* data, std::size_t bytes, int serial) {
    return writeBytes(data, bytes, serial);
}

bool AudioRing::writeSilence(std::size_t bytes, int serial) {
    return writeBytes(nullptr, bytes, serial);
}

bool AudioRing::writeBytes(const char* data, std::size_t bytes, int serial) {
    while (bytes > 0) {
        std::function<void()> notify;
        {
            std::unique_lock lock(mutex_);
            space_.wait(lock,
                        [&] { return aborted_ || serial != serial_ || filled_ < buffer_.size(); });
            if (aborted_ || serial != serial_)
                return false;
            const std::size_t writePosition = (readPosition_ + filled_) % buffer_.size();
            const std::size_t chunk =
                std::min({bytes, buffer_.size() - filled_, buffer_.size() - writePosition});
            if (data) {
                std::memcpy(buffer_.data() + writePosition, data, chunk);
                data += chunk;
            } else {
                std::memset(buffer_.data() + writePosition, 0, chunk);
            }
            filled_ += chunk;
            bytes -= chunk;
            if (starved_) {
                starved_ = false;
                notify = dataAfterStarved_;
            }
        }
        if (notify)
            notify();
    }
    return true;
}

void AudioRing::markEnd(int serial) {
    std::lock_guard lock(mutex_);
    if (serial == serial_)
        endSerial_ = serial;
}

std::size_t AudioRing::read(char* out, std::size_t maxBytes) {
    std::size_t done = 0;
    {
        std::lock_guard lock(mutex_);
        while (done < maxBytes && filled_ > 0) {
            const std::size_t chunk =
                std::min({maxBytes - done, filled_, buffer_.size() - readPosition_});
            std::memcpy(out + done, buffer_.data() + readPosition_, chunk);
            readPosition_ = (readPosition_ + chunk) % buffer_.size();
            filled_ -= chunk;
            done += chunk;
        }
        bytesRead_ += static_cast<std::int64_t>(done);
        if (done < maxBytes)
            starved_ = true;
    }
    if (done > 0)
        space_.notify_all();
    return done;
}

std::size_t AudioRing::available() const {
    std::lock_guard lock(mutex_);
    return filled_;
}

bool AudioRing::isDrained() const {
    std::lock_guard lock(mutex_);
    return endSerial_ == serial_ && filled_ == 0;
}

std::int64_t AudioRing::bytesRead() const {
    std::lock_guard lock(mutex_);
    return bytesRead_;
}

void AudioRing::abort() {
    {
        std::lock_guard lock(mutex_);
        aborted_ = true;
    }
    space_.notify_all();
}

void AudioRing::setDataAfterStarvedCallback(std::function<void()> callback) {
    std::lock_guard lock(mutex_);
    dataAfterStarved_ = std::move(callback);
}

AudioRingDevice::AudioRingDevice(AudioRing& ring, QObject* parent)
    : QIODevice(parent)
    , ring_(ring) {
    // readyRead must reach the reader on the device's thread, whichever thread wrote. The
    // writers are joined before the device is destroyed (PlaybackSession), and a queued call
    // to a destroyed context is dropped by Qt.
    ring_.setDataAfterStarvedCallback([this] {
        QMetaObject::invokeMethod(
            this, [this] { emit readyRead(); }, Qt::QueuedConnection);
    });
}

AudioRingDevice::~AudioRingDevice() {
    ring_.setDataAfterStarvedCallback({});
}

qint64 AudioRingDevice::bytesAvailable() const {
    return static_cast<qint64>(ring_.available()) + QIODevice::bytesAvailable();
}

bool AudioRingDevice::atEnd() const {
    return ring_.isDrained();
}

qint64 AudioRingDevice::readData(char* data, qint64 maxSize) {
    return static_cast<qint64>(
        ring_.read(data, static_cast<std::size_t>(std::max<qint64>(maxSize, 0))));
}

qint64 AudioRingDevice::writeData(const char*, qint64) {
    return -1;
}

} // namespace cuesheet::media::detail
