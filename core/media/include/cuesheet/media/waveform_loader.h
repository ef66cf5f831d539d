#pragma once

#include "cuesheet/media/media_result.h"
#include "cuesheet/media/peaks_cache.h"
#include "cuesheet/media/waveform_builder.h"
#include "cuesheet/media/waveform_peaks.h"

#include <QString>

namespace cuesheet::media {

struct WaveformPeaksOutcome {
    WaveformPeaks peaks;
    bool fromCache = false;
    // Set when the pyramid was built but could not be saved (the waveform still shows).
    QString cacheWarning;
};

// The cache key of a media file's pyramid: its content identity (MediaIdentity::contentHash,
// which survives a copy or a move of the file), the stream and the channel mode.
MediaResult<PeaksCacheKey> peaksCacheKeyFor(const QString& mediaPath,
                                            const WaveformBuildOptions& options);

// The pyramid of `mediaPath`: read from `cacheDirectory` when a valid cache file is there,
// else built (buildWaveformPeaks) and saved there. An empty `cacheDirectory` always builds and
// saves nothing. A stale or damaged cache file is rebuilt and replaced. The one entry point of
// the editor, the `cuesheet peaks` command and WaveformPeaksTask.
//
// Blocking: run it off the GUI thread (WaveformPeaksTask does). `control` as for
// buildWaveformPeaks; a load from the cache reports 1000 at once.
MediaResult<WaveformPeaksOutcome> loadOrBuildWaveformPeaks(const QString& mediaPath,
                                                           const QString& cacheDirectory,
                                                           const WaveformBuildOptions& options = {},
                                                           WaveformBuildControl* control = nullptr);

} // namespace cuesheet::media
