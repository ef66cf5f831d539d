#pragma once

#include "cuesheet/media/media_result.h"
#include "cuesheet/media/waveform_builder.h"
#include "cuesheet/media/waveform_loader.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace cuesheet::media {

// loadOrBuildWaveformPeaks() on a background thread of its own, cancellable, with progress:
// what a waveform view starts when a film is opened.
//
// Threads: the task object lives on the thread that made it (the GUI thread); the work runs
// on a std::thread the task owns. progressChanged() and finished() are emitted from that
// worker thread, so connections to objects of the GUI thread are queued and their slots run
// on the GUI thread (never touch widgets from the worker). progressPermille(), isFinished()
// and cancel() may be called from any thread. The destructor cancels and waits (a cancel
// takes effect within one decoded audio frame).
//
// Example:
//   auto* task = new WaveformPeaksTask(filmPath, cacheDir, {}, this);
//   connect(task, &WaveformPeaksTask::progressChanged, bar, &QProgressBar::setValue);
//   connect(task, &WaveformPeaksTask::finished, this, [=] { if (task->result()) show(...); });
//   task->start();
class WaveformPeaksTask : public QObject {
    Q_OBJECT
public:
    WaveformPeaksTask(QString mediaPath, QString cacheDirectory, WaveformBuildOptions options = {},
                      QObject* parent = nullptr);
    ~WaveformPeaksTask() override;

    // Starts the work; once per task.
    void start();
    // Asks the work to stop; finished() follows with a Cancelled result (unless it had
    // already completed).
    void cancel();

    bool isStarted() const { return worker_.joinable(); }
    bool isFinished() const { return finished_.load(std::memory_order_acquire); }
    int progressPermille() const { return control_.progressPermille(); }
    // Valid once isFinished() (or after finished() was received).
    const MediaResult<WaveformPeaksOutcome>& result() const { return *result_; }
    // Moves the result out (once finished), for a caller that keeps the pyramid: it is tens
    // of MB for a feature film, and copying it on the GUI thread froze the window ~300 ms.
    // result() holds a moved-from value afterwards.
    MediaResult<WaveformPeaksOutcome> takeResult() { return std::move(*result_); }

signals:
    // 0..1000, emitted from the worker thread when the value changes.
    void progressChanged(int permille);
    // Emitted from the worker thread once result() is set.
    void finished();

private:
    QString mediaPath_;
    QString cacheDirectory_;
    WaveformBuildOptions options_;
    WaveformBuildControl control_;
    std::unique_ptr<MediaResult<WaveformPeaksOutcome>> result_;
    std::atomic<bool> finished_{false};
    std::thread worker_;
};

} // namespace cuesheet::media
