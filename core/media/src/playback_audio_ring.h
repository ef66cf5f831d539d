#pragma once

// Private to core/media: the player's decoded audio, between the audio decode thread and the
// audio device.

#include <QIODevice>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <vector>

namespace cuesheet::media::detail {

// A byte ring of PCM in the output format. The decode thread writes (blocking while full);
// the device reads (never blocks: what is there). Everything written since reset() is one
// continuous run of samples starting at the seek target, so "bytes read" is a position.
// Writes carry the seek serial they belong to; after reset(serial) older writers are
// refused and woken.
class AudioRing {
public:
    explicit AudioRing(std::size_t capacityBytes);

    void reset(int serial);
    // False when aborted or `serial` is not the ring's; otherwise waits for room and writes
    // all of it.
    bool write(const char* data, std::size_t bytes, int serial);
    bool writeSilence(std::size_t bytes, int serial);
    // No more data for `serial`.
    void markEnd(int serial);

    std::size_t read(char* out, std::size_t maxBytes);
    std::size_t available() const;
    // End marked and everything read.
    bool isDrained() const;
    std::int64_t bytesRead() const;
    void abort();

    // Called (from the writing thread) when data arrives after a read came up short, so the
    // device can tell its reader (QAudioSink stops pulling after an underrun until readyRead).
    void setDataAfterStarvedCallback(std::function<void()> callback);

private:
    bool writeBytes(const char* data, std::size_t bytes, int serial); // data null: silence

    mutable std::mutex mutex_;
    std::condition_variable space_;
    std::vector<char> buffer_;
    std::size_t readPosition_ = 0;
    std::size_t filled_ = 0;
    std::int64_t bytesRead_ = 0;
    int serial_ = 0;
    int endSerial_ = -1;
    bool aborted_ = false;
    bool starved_ = false;
    std::function<void()> dataAfterStarved_;
};

// The ring as the QIODevice an audio output pulls from (sequential, read-only).
class AudioRingDevice : public QIODevice {
public:
    explicit AudioRingDevice(AudioRing& ring, QObject* parent = nullptr);
    ~AudioRingDevice() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    AudioRing& ring_;
};

} // namespace cuesheet::media::detail
