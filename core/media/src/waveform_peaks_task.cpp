#include "cuesheet/media/waveform_peaks_task.h"

namespace cuesheet::media {

WaveformPeaksTask::WaveformPeaksTask(QString mediaPath, QString cacheDirectory,
                                     WaveformBuildOptions options, QObject* parent)
    : QObject(parent)
    , mediaPath_(std::move(mediaPath))
    , cacheDirectory_(std::move(cacheDirectory))
    , options_(options) {
    control_.onProgress = [this](int permille) { emit progressChanged(permille); };
}

WaveformPeaksTask::~WaveformPeaksTask() {
    control_.requestCancel();
    if (worker_.joinable())
        worker_.join();
}

void WaveformPeaksTask::start() {
    if (worker_.joinable())
        return;
    worker_ = std::thread([this] {
        auto outcome = loadOrBuildWaveformPeaks(mediaPath_, cacheDirectory_, options_, &control_);
        result_ = std::make_unique<MediaResult<WaveformPeaksOutcome>>(std::move(outcome));
        finished_.store(true, std::memory_order_release);
        emit finished();
    });
}

void WaveformPeaksTask::cancel() {
    control_.requestCancel();
}

} // namespace cuesheet::media
