#include "cuesheet/media/waveform_loader.h"

#include "cuesheet/media/media_identity.h"

namespace cuesheet::media {

MediaResult<PeaksCacheKey> peaksCacheKeyFor(const QString& mediaPath,
                                            const WaveformBuildOptions& options) {
    auto identity = computeMediaIdentity(mediaPath);
    if (!identity)
        return MediaResult<PeaksCacheKey>::failure(identity.error());
    return MediaResult<PeaksCacheKey>::success(
        PeaksCacheKey{identity->contentHash, options.streamIndex, options.channels});
}

MediaResult<WaveformPeaksOutcome> loadOrBuildWaveformPeaks(const QString& mediaPath,
                                                           const QString& cacheDirectory,
                                                           const WaveformBuildOptions& options,
                                                           WaveformBuildControl* control) {
    using Result = MediaResult<WaveformPeaksOutcome>;
    if (cacheDirectory.isEmpty()) {
        auto built = buildWaveformPeaks(mediaPath, options, control);
        if (!built)
            return Result::failure(built.error());
        return Result::success({std::move(built).value(), false, {}});
    }

    auto key = peaksCacheKeyFor(mediaPath, options);
    if (!key)
        return Result::failure(key.error());
    const PeaksCache cache(cacheDirectory);
    auto cached = cache.load(*key);
    if (cached) {
        if (control)
            control->reportProgress(1000);
        return Result::success({std::move(cached).value(), true, {}});
    }

    auto built = buildWaveformPeaks(mediaPath, options, control);
    if (!built)
        return Result::failure(built.error());
    WaveformPeaksOutcome outcome{std::move(built).value(), false, {}};
    auto saved = cache.save(*key, outcome.peaks);
    if (!saved)
        outcome.cacheWarning = saved.errorMessage();
    return Result::success(std::move(outcome));
}

} // namespace cuesheet::media
