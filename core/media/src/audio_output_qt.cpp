#include "cuesheet/media/audio_output_qt.h"

#include "cuesheet/time/time.h"

#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>

#include <algorithm>

namespace cuesheet::media {

// Passes the player's PCM through to the sink and counts the bytes the sink pulled.
class QtAudioOutput::CountingSource : public QIODevice {
public:
    explicit CountingSource(QIODevice* source)
        : source_(source) {
        connect(source_, &QIODevice::readyRead, this, &QIODevice::readyRead);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    std::int64_t bytesPulled() const { return pulled_; }

    bool isSequential() const override { return true; }
    // 0, not bytesAvailable(): the PulseAudio sink shrinks its pre-buffer to a source's
    // size(), which for a live stream would start playback on a near-empty buffer.
    qint64 size() const override { return 0; }
    qint64 bytesAvailable() const override {
        return source_->bytesAvailable() + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return source_->atEnd(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 read = source_->read(data, maxSize);
        if (read > 0)
            pulled_ += read;
        return std::max<qint64>(read, 0);
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice* source_;
    std::int64_t pulled_ = 0;
};

QtAudioOutput::QtAudioOutput()
    : QtAudioOutput(QMediaDevices::defaultAudioOutput()) {}

QtAudioOutput::QtAudioOutput(const QAudioDevice& device)
    : device_(device) {}

QtAudioOutput::~QtAudioOutput() {
    stop();
}

bool QtAudioOutput::hasDefaultDevice() {
    return !QMediaDevices::defaultAudioOutput().isNull();
}

namespace {

QAudioFormat qtFormatOf(AudioOutputFormat format) {
    QAudioFormat qt;
    qt.setSampleRate(format.sampleRate);
    qt.setChannelCount(format.channelCount);
    qt.setChannelConfig(QAudioFormat::defaultChannelConfigForChannelCount(format.channelCount));
    qt.setSampleFormat(QAudioFormat::Float);
    return qt;
}

} // namespace

AudioOutputFormat QtAudioOutput::negotiate(AudioOutputFormat wanted) {
    if (device_.isNull() || device_.isFormatSupported(qtFormatOf(wanted)))
        return wanted;
    const QAudioFormat preferred = device_.preferredFormat();
    AudioOutputFormat format{preferred.sampleRate(), std::min(preferred.channelCount(), 2)};
    if (format.sampleRate <= 0 || format.channelCount <= 0)
        return wanted;
    return format;
}

bool QtAudioOutput::start(QIODevice* source, AudioOutputFormat format, QString* error) {
    stop();
    if (device_.isNull()) {
        if (error)
            *error = QStringLiteral("no audio output device");
        return false;
    }
    format_ = format;
    counter_ = std::make_unique<CountingSource>(source);
    sink_ = std::make_unique<QAudioSink>(device_, qtFormatOf(format));
    sink_->setBufferSize(static_cast<qsizetype>(format.sampleRate) * format.bytesPerFrame() *
                         kBufferMilliseconds / 1000);
    sink_->start(counter_.get());
    if (sink_->error() != QAudio::NoError || sink_->state() == QAudio::StoppedState) {
        if (error)
            *error = QStringLiteral("the audio device '%1' cannot play %2 Hz %3-channel float "
                                    "audio (QAudioSink error %4)")
                         .arg(device_.description())
                         .arg(format.sampleRate)
                         .arg(format.channelCount)
                         .arg(static_cast<int>(sink_->error()));
        stop();
        return false;
    }
    return true;
}

void QtAudioOutput::stop() {
    if (sink_)
        sink_->stop();
    sink_.reset();
    counter_.reset();
    lastPlayed_ = 0;
}

void QtAudioOutput::suspend() {
    if (sink_)
        sink_->suspend();
}

void QtAudioOutput::resume() {
    if (sink_)
        sink_->resume();
}

std::int64_t QtAudioOutput::playedFrames() {
    if (!sink_)
        return 0;
    const std::int64_t bytesPerFrame = format_.bytesPerFrame();
    const std::int64_t processed =
        divideRounded(static_cast<Int128>(sink_->processedUSecs()) * format_.sampleRate, 1'000'000,
                      Rounding::Down);
    const std::int64_t buffered =
        std::max<std::int64_t>(0, sink_->bufferSize() - sink_->bytesFree()) / bytesPerFrame;
    const std::int64_t pulled = counter_->bytesPulled() / bytesPerFrame;
    const std::int64_t played = std::min(processed, pulled - buffered);
    lastPlayed_ = std::max(lastPlayed_, played);
    return lastPlayed_;
}

} // namespace cuesheet::media
