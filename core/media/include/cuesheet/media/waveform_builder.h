#pragma once

#include "cuesheet/media/media_result.h"
#include "cuesheet/media/waveform_peaks.h"

#include <QString>

#include <atomic>
#include <functional>

namespace cuesheet::media {

struct WaveformBuildOptions {
    int streamIndex = -1; // FFmpeg stream index; -1 picks the best audio stream
    WaveformChannels channels = WaveformChannels::PerChannel;
    // Decoder threads; 1 keeps the build on its own thread (the benchmark's bar is one
    // thread), 0 lets FFmpeg choose.
    int decoderThreads = 1;
};

// Cancel flag and progress of one build, shared by the building thread and whoever watches.
// requestCancel() and progressPermille() may be called from any thread.
class WaveformBuildControl {
public:
    void requestCancel() { cancel_.store(true, std::memory_order_relaxed); }
    bool isCancelRequested() const { return cancel_.load(std::memory_order_relaxed); }
    // 0..1000; 1000 only when the build completed.
    int progressPermille() const { return progress_.load(std::memory_order_relaxed); }

    // Called on the building thread each time the progress changes (at most 1001 times per
    // build). Set it before the build starts; it must not block.
    std::function<void(int permille)> onProgress;

    // For the builder.
    void reportProgress(int permille) {
        if (progress_.exchange(permille, std::memory_order_relaxed) != permille && onProgress)
            onProgress(permille);
    }

private:
    std::atomic<bool> cancel_{false};
    std::atomic<int> progress_{0};
};

// Builds the min/max pyramid of an audio stream in one decode pass at the stream's own rate
// (no resampling; non-float sample formats are converted to float with libswresample).
// Memory: the pyramid and one decoded frame; the stream's PCM is never held.
//
// Runs on the calling thread: call it from a background thread (WaveformPeaksTask does).
// Checks `control` for a cancel request after every decoded frame (a few milliseconds of
// audio), and then fails with MediaError::Kind::Cancelled.
//
// Fails (NoStream) for a file without audio: the view then shows no waveform. A truncated
// file gives the pyramid of what could be decoded; damaged data that cannot be decoded at all
// fails (Corrupt), naming the file.
MediaResult<WaveformPeaks> buildWaveformPeaks(const QString& path,
                                              const WaveformBuildOptions& options = {},
                                              WaveformBuildControl* control = nullptr);

} // namespace cuesheet::media
