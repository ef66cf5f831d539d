#pragma once

#include "cuesheet/media/audio_output.h"

#include <QAudioDevice>

#include <memory>

class QAudioSink;

namespace cuesheet::media {

// AudioOutput on Qt Multimedia's QAudioSink in pull mode (Qt 6.4 on Linux talks to
// PulseAudio, or PipeWire's PulseAudio server, directly from libQt6Multimedia: no plugin).
//
// The clock: frames heard = min(processed, pulled - buffered) where
//   processed = QAudioSink::processedUSecs() in frames (Qt 6.4's PulseAudio backend: the
//               server's read index minus the sink's measured latency, interpolated between
//               timing updates, never decreasing);
//   pulled    = bytes the sink read from the source (counted here);
//   buffered  = bufferSize() - bytesFree(): written to the stream, not yet read by the server.
// The second bound keeps the clock honest on backends whose processedUSecs counts data
// handed over rather than played.
//
// The sink's buffer is set to kBufferMilliseconds so that a seek (which restarts the stream)
// discards little and the clock follows the sound closely.
class QtAudioOutput : public AudioOutput {
public:
    static constexpr int kBufferMilliseconds = 100;

    // The system's default output device.
    QtAudioOutput();
    explicit QtAudioOutput(const QAudioDevice& device);
    ~QtAudioOutput() override;

    // True when the system has an output device (false on most headless machines).
    static bool hasDefaultDevice();

    AudioOutputFormat negotiate(AudioOutputFormat wanted) override;
    bool start(QIODevice* source, AudioOutputFormat format, QString* error) override;
    void stop() override;
    void suspend() override;
    void resume() override;
    std::int64_t playedFrames() override;

private:
    class CountingSource;

    QAudioDevice device_;
    AudioOutputFormat format_;
    std::unique_ptr<CountingSource> counter_;
    std::unique_ptr<QAudioSink> sink_;
    std::int64_t lastPlayed_ = 0;
};

} // namespace cuesheet::media
