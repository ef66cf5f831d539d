#include "cuesheet/media/waveform_peaks.h"

#include <algorithm>

namespace cuesheet::media {

namespace {

// Levels a pyramid of `sampleCount` samples has: up to and including the first with at most
// one bucket.
int levelCountFor(std::int64_t sampleCount) {
    int levels = 1;
    while (levels < WaveformPeaks::kMaxLevels &&
           WaveformPeaks::bucketCountFor(sampleCount, levels - 1) > 1)
        ++levels;
    return levels;
}

PeakPair merged(PeakPair a, PeakPair b) {
    return {std::min(a.min, b.min), std::max(a.max, b.max)};
}

std::vector<PeakPair> coarserLevelOf(const std::vector<PeakPair>& finer, std::int64_t count) {
    std::vector<PeakPair> coarser(static_cast<std::size_t>(count));
    const std::size_t factor = WaveformPeaks::kLevelFactor;
    for (std::size_t b = 0; b < coarser.size(); ++b) {
        const std::size_t begin = b * factor;
        const std::size_t end = std::min(begin + factor, finer.size());
        PeakPair pair = finer[begin];
        for (std::size_t i = begin + 1; i < end; ++i)
            pair = merged(pair, finer[i]);
        coarser[b] = pair;
    }
    return coarser;
}

} // namespace

WaveformPeaks::WaveformPeaks(int sampleRate, WaveformChannels channels, std::int64_t sampleCount,
                             Level finestLevel)
    : sampleRate_(sampleRate)
    , channels_(channels)
    , sampleCount_(sampleCount) {
    const int count = levelCountFor(sampleCount);
    levels_.reserve(static_cast<std::size_t>(count));
    levels_.push_back(std::move(finestLevel));
    for (int level = 1; level < count; ++level) {
        Level next;
        for (const auto& finer : levels_.back())
            next.push_back(coarserLevelOf(finer, bucketCountFor(sampleCount, level)));
        levels_.push_back(std::move(next));
    }
}

std::optional<WaveformPeaks> WaveformPeaks::fromLevels(int sampleRate, WaveformChannels channels,
                                                       std::int64_t sampleCount,
                                                       std::vector<Level> levels) {
    if (sampleRate <= 0 || sampleCount < 0 ||
        static_cast<int>(levels.size()) != levelCountFor(sampleCount))
        return std::nullopt;
    const std::size_t channelCount = levels[0].size();
    if (channelCount == 0 || (channels == WaveformChannels::MonoDownmix && channelCount != 1))
        return std::nullopt;
    for (std::size_t level = 0; level < levels.size(); ++level) {
        if (levels[level].size() != channelCount)
            return std::nullopt;
        const auto expected = bucketCountFor(sampleCount, static_cast<int>(level));
        for (const auto& buckets : levels[level])
            if (static_cast<std::int64_t>(buckets.size()) != expected)
                return std::nullopt;
    }
    WaveformPeaks peaks;
    peaks.sampleRate_ = sampleRate;
    peaks.channels_ = channels;
    peaks.sampleCount_ = sampleCount;
    peaks.levels_ = std::move(levels);
    return peaks;
}

int WaveformPeaks::channelCount() const {
    return levels_.empty() ? 0 : static_cast<int>(levels_[0].size());
}

Time WaveformPeaks::duration() const {
    return sampleRate_ > 0 ? Time::fromRational(sampleCount_, 1, sampleRate_, Rounding::Up)
                           : Time();
}

std::int64_t WaveformPeaks::bucketSamples(int level) {
    std::int64_t samples = kFinestBucketSamples;
    for (int i = 0; i < level; ++i)
        samples *= kLevelFactor;
    return samples;
}

std::int64_t WaveformPeaks::bucketCountFor(std::int64_t sampleCount, int level) {
    const std::int64_t width = bucketSamples(level);
    return (sampleCount + width - 1) / width;
}

std::span<const PeakPair> WaveformPeaks::buckets(int level, int channel) const {
    if (level < 0 || level >= levelCount() || channel < 0 || channel >= channelCount())
        return {};
    return levels_[static_cast<std::size_t>(level)][static_cast<std::size_t>(channel)];
}

int WaveformPeaks::levelFor(std::int64_t sampleSpan, int columnCount) const {
    int level = 0;
    // bucket <= span / columns, kept in integers: bucket * columns <= span.
    while (level + 1 < levelCount() && bucketSamples(level + 1) * columnCount <= sampleSpan)
        ++level;
    return level;
}

std::vector<PeakPair> WaveformPeaks::columns(int channel, std::int64_t firstSample,
                                             std::int64_t endSampleExclusive,
                                             int columnCount) const {
    std::vector<PeakPair> out(static_cast<std::size_t>(std::max(columnCount, 0)));
    const std::int64_t span = endSampleExclusive - firstSample;
    if (columnCount <= 0 || span <= 0 || channel < 0 || channel >= channelCount())
        return out;
    const int level = levelFor(span, columnCount);
    const std::int64_t width = bucketSamples(level);
    const auto data = buckets(level, channel);
    const auto available = static_cast<std::int64_t>(data.size());
    for (int column = 0; column < columnCount; ++column) {
        const std::int64_t begin = firstSample + divideRounded(static_cast<Int128>(column) * span,
                                                               columnCount, Rounding::Down);
        std::int64_t end = firstSample + divideRounded(static_cast<Int128>(column + 1) * span,
                                                       columnCount, Rounding::Down);
        end = std::max(end, begin + 1); // zoomed in past one sample per column
        const std::int64_t firstBucket = std::max<std::int64_t>(0, begin / width);
        const std::int64_t lastBucket =
            std::min(available, divideRounded(end, width, Rounding::Up)) - 1;
        if (end <= 0 || begin >= sampleCount_ || firstBucket > lastBucket)
            continue;
        PeakPair pair = data[static_cast<std::size_t>(firstBucket)];
        for (std::int64_t b = firstBucket + 1; b <= lastBucket; ++b)
            pair = merged(pair, data[static_cast<std::size_t>(b)]);
        out[static_cast<std::size_t>(column)] = pair;
    }
    return out;
}

std::vector<PeakPair> WaveformPeaks::columns(int channel, const TimeRange& range,
                                             int columnCount) const {
    if (sampleRate_ <= 0)
        return std::vector<PeakPair>(static_cast<std::size_t>(std::max(columnCount, 0)));
    return columns(channel, range.start().toRational(1, sampleRate_, Rounding::Down),
                   range.endExclusive().toRational(1, sampleRate_, Rounding::Up), columnCount);
}

std::size_t WaveformPeaks::byteSize() const {
    std::size_t bytes = 0;
    for (const auto& level : levels_)
        for (const auto& buckets : level)
            bytes += buckets.size() * sizeof(PeakPair);
    return bytes;
}

} // namespace cuesheet::media
