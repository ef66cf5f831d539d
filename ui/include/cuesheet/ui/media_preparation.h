#pragma once

#include "cuesheet/media/thumbnail.h"
#include "cuesheet/media/waveform_peaks.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

namespace cuesheet {

namespace media {
class WaveformPeaksTask;
}

// The film's derived pictures, built in the background when a project opens: the waveform
// pyramid (core/media's WaveformPeaksTask, its own thread) and the thumbnail strip
// (generateThumbnails on the thread pool). Both come from the disk cache at once when the
// film was seen before. Progress is the two jobs together; cancel() stops both (a cancelled
// job leaves its part empty and the timeline draws without it).
//
// Signals are delivered on the GUI thread; nothing here blocks it.
class MediaPreparation : public QObject {
    Q_OBJECT
public:
    explicit MediaPreparation(QObject* parent = nullptr);
    ~MediaPreparation() override;

    // Starts both jobs for `mediaPath`, cancelling any previous ones. `duration` picks the
    // thumbnail interval (about 200 pictures per film, 1 to 10 s apart). `cacheDirectory`
    // holds the waveform and thumbnail caches (created on demand).
    void start(const QString& mediaPath, Time duration, const QString& cacheDirectory);
    void cancel();

    bool isRunning() const;
    bool isWaveformSettled() const { return waveformSettled_; }
    bool areThumbnailsSettled() const { return thumbnailsSettled_; }
    // 0..1000 over both jobs.
    int progressPermille() const;

    // Empty (not null) until the waveform is ready.
    const media::WaveformPeaks& peaks() const { return *peaks_; }
    const media::ThumbnailStrip& thumbnails() const { return thumbnails_; }

    // The thumbnail interval used for a film of `duration`.
    static Time thumbnailInterval(Time duration);

signals:
    void progressChanged(int permille);
    // The pyramid is ready (possibly empty: a film without sound, or a failure in `message`).
    // Shared, not copied: the pyramid of a feature film is tens of MB.
    void waveformReady(std::shared_ptr<const cuesheet::media::WaveformPeaks> peaks,
                       const QString& message);
    void thumbnailsReady(const cuesheet::media::ThumbnailStrip& strip);
    // Both jobs are done, failed or cancelled.
    void settled();

private:
    void onWaveformFinished();
    void onThumbnailsFinished();
    void checkSettled();

    QString cacheDirectory_;
    std::unique_ptr<media::WaveformPeaksTask> waveformTask_;
    QFutureWatcher<media::ThumbnailStrip> thumbnailWatcher_;
    std::shared_ptr<const media::WaveformPeaks> peaks_ =
        std::make_shared<const media::WaveformPeaks>();
    media::ThumbnailStrip thumbnails_;
    bool waveformSettled_ = true;
    bool thumbnailsSettled_ = true;
    int waveformPermille_ = 0;
    int thumbnailPermille_ = 0;
    quint64 generation_ = 0;
};

} // namespace cuesheet
