#include "cuesheet/ui/media_preparation.h"

#include "cuesheet/media/waveform_peaks_task.h"

#include <QDir>

#include <algorithm>

namespace cuesheet {

MediaPreparation::MediaPreparation(QObject* parent)
    : QObject(parent) {
    connect(&thumbnailWatcher_, &QFutureWatcher<media::ThumbnailStrip>::progressValueChanged, this,
            [this](int value) {
                const int maximum = thumbnailWatcher_.progressMaximum();
                thumbnailPermille_ = maximum > 0 ? value * 1000 / maximum : 0;
                emit progressChanged(progressPermille());
            });
    connect(&thumbnailWatcher_, &QFutureWatcher<media::ThumbnailStrip>::finished, this,
            &MediaPreparation::onThumbnailsFinished);
}

MediaPreparation::~MediaPreparation() {
    cancel();
    // The waveform task's destructor waits for its thread; the thumbnail job notices the
    // cancel within one decode and its result is dropped.
    thumbnailWatcher_.waitForFinished();
}

Time MediaPreparation::thumbnailInterval(Time duration) {
    const std::int64_t seconds =
        std::clamp<std::int64_t>(duration.toWholeSeconds(Rounding::Up) / 200, 1, 10);
    return Time::fromWholeSeconds(seconds);
}

void MediaPreparation::start(const QString& mediaPath, Time duration,
                             const QString& cacheDirectory) {
    cancel();
    cacheDirectory_ = cacheDirectory;
    ++generation_;
    peaks_ = std::make_shared<const media::WaveformPeaks>();
    thumbnails_ = {};
    waveformPermille_ = 0;
    thumbnailPermille_ = 0;
    waveformSettled_ = false;
    thumbnailsSettled_ = false;
    QDir().mkpath(cacheDirectory_);

    waveformTask_ = std::make_unique<media::WaveformPeaksTask>(mediaPath, cacheDirectory_);
    const quint64 generation = generation_;
    connect(waveformTask_.get(), &media::WaveformPeaksTask::progressChanged, this,
            [this, generation](int permille) {
                if (generation != generation_)
                    return;
                waveformPermille_ = permille;
                emit progressChanged(progressPermille());
            });
    connect(waveformTask_.get(), &media::WaveformPeaksTask::finished, this, [this, generation] {
        if (generation == generation_)
            onWaveformFinished();
    });
    waveformTask_->start();

    media::ThumbnailRequest request;
    request.path = mediaPath;
    request.interval = thumbnailInterval(duration);
    request.height = 72;
    request.cacheDirectory = cacheDirectory_;
    thumbnailWatcher_.setFuture(media::generateThumbnails(request));
    emit progressChanged(0);
}

void MediaPreparation::cancel() {
    if (waveformTask_ && !waveformTask_->isFinished())
        waveformTask_->cancel();
    if (thumbnailWatcher_.isRunning())
        thumbnailWatcher_.cancel();
}

bool MediaPreparation::isRunning() const {
    return !waveformSettled_ || !thumbnailsSettled_;
}

int MediaPreparation::progressPermille() const {
    return (waveformPermille_ + thumbnailPermille_) / 2;
}

void MediaPreparation::onWaveformFinished() {
    if (waveformSettled_)
        return;
    waveformSettled_ = true;
    waveformPermille_ = 1000;
    QString message;
    auto result = waveformTask_->takeResult();
    if (result) {
        peaks_ = std::make_shared<const media::WaveformPeaks>(std::move(result->peaks));
        message = result->cacheWarning;
    } else if (result.error().kind == media::MediaError::Kind::NoStream) {
        message = tr("The film has no sound: no waveform.");
    } else if (result.error().kind != media::MediaError::Kind::Cancelled) {
        message = result.errorMessage();
    }
    emit waveformReady(peaks_, message);
    emit progressChanged(progressPermille());
    checkSettled();
}

void MediaPreparation::onThumbnailsFinished() {
    if (thumbnailsSettled_)
        return;
    thumbnailsSettled_ = true;
    thumbnailPermille_ = 1000;
    const QFuture<media::ThumbnailStrip> future = thumbnailWatcher_.future();
    if (!future.isCanceled() && future.resultCount() > 0) {
        thumbnails_ = future.result();
    } else {
        // A cancelled QFuture has no result: an empty strip that says why.
        thumbnails_ = media::ThumbnailStrip{};
        thumbnails_.error = tr("cancelled");
    }
    emit thumbnailsReady(thumbnails_);
    emit progressChanged(progressPermille());
    checkSettled();
}

void MediaPreparation::checkSettled() {
    if (!isRunning())
        emit settled();
}

} // namespace cuesheet
