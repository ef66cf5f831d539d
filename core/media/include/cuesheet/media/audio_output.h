#pragma once

#include <QString>

#include <cstdint>

class QIODevice;

namespace cuesheet::media {

// What an audio output plays: interleaved 32-bit float PCM.
struct AudioOutputFormat {
    int sampleRate = 48000;
    int channelCount = 2;

    int bytesPerFrame() const { return channelCount * static_cast<int>(sizeof(float)); }
    friend bool operator==(const AudioOutputFormat&, const AudioOutputFormat&) = default;
};

// Where the player's sound goes, and the clock it keeps: the player's master clock is
// "frames the listener has heard", read from the device rather than guessed from a latency.
//
// The player pulls nothing itself: the output reads the player's PCM from a QIODevice (pull
// mode), at the device's pace. Implementations: QtAudioOutput (QAudioSink, the real device)
// and VirtualAudioOutput (tests and headless runs: a clock that moves only when told).
//
// Called on the player's thread (the GUI thread) only.
class AudioOutput {
public:
    virtual ~AudioOutput() = default;

    // The format the device will play, as close to `wanted` as it can (the player resamples
    // and remixes to it).
    virtual AudioOutputFormat negotiate(AudioOutputFormat wanted) = 0;
    // Starts pulling `source` (which must outlive stop()). playedFrames() restarts at 0.
    // False with `error` set when there is no usable device.
    virtual bool start(QIODevice* source, AudioOutputFormat format, QString* error) = 0;
    // Stops and discards what the device still buffers.
    virtual void stop() = 0;
    // Pauses and resumes playing; the buffered sound is kept.
    virtual void suspend() = 0;
    virtual void resume() = 0;
    // Frames heard since start(): never decreasing, frozen while suspended, 0 after stop().
    virtual std::int64_t playedFrames() = 0;
};

} // namespace cuesheet::media
