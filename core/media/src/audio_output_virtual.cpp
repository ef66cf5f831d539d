#include "cuesheet/media/audio_output_virtual.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QThread>

#include <algorithm>

namespace cuesheet::media {

VirtualAudioOutput::VirtualAudioOutput(AudioOutputFormat deviceFormat)
    : format_(deviceFormat) {}

AudioOutputFormat VirtualAudioOutput::negotiate(AudioOutputFormat) {
    return format_;
}

bool VirtualAudioOutput::start(QIODevice* source, AudioOutputFormat format, QString* error) {
    if (format != format_) {
        if (error)
            *error = QStringLiteral("the virtual device plays %1 Hz %2 channels only")
                         .arg(format_.sampleRate)
                         .arg(format_.channelCount);
        return false;
    }
    source_ = source;
    suspended_ = false;
    played_ = 0;
    heard_.clear();
    discarded_ = 0;
    ++startCount_;
    return true;
}

void VirtualAudioOutput::stop() {
    source_ = nullptr;
    suspended_ = false;
    played_ = 0;
}

void VirtualAudioOutput::suspend() {
    suspended_ = true;
}
void VirtualAudioOutput::resume() {
    suspended_ = false;
}

std::int64_t VirtualAudioOutput::discardHeard() {
    discarded_ += static_cast<std::int64_t>(heard_.size()) / std::max(1, format_.channelCount);
    heard_.clear();
    heard_.shrink_to_fit();
    return discarded_;
}

std::int64_t VirtualAudioOutput::advance(std::int64_t frames, int timeoutMs) {
    if (!source_ || suspended_ || frames <= 0)
        return 0;
    const std::int64_t bytesPerFrame = format_.bytesPerFrame();
    const std::size_t before = heard_.size();
    heard_.resize(before + static_cast<std::size_t>(frames * format_.channelCount));
    char* out = reinterpret_cast<char*>(heard_.data() + before);
    const std::int64_t wanted = frames * bytesPerFrame;
    std::int64_t got = 0;
    QElapsedTimer waited;
    waited.start();
    while (got < wanted) {
        const qint64 read = source_->read(out + got, wanted - got);
        if (read > 0) {
            got += read;
            continue;
        }
        if (source_->atEnd() || waited.elapsed() > timeoutMs)
            break;
        QThread::usleep(200);
    }
    const std::int64_t playedNow = got / bytesPerFrame;
    heard_.resize(before + static_cast<std::size_t>(playedNow * format_.channelCount));
    played_ += playedNow;
    return playedNow;
}

} // namespace cuesheet::media
