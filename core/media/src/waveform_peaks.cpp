#include "cuesheet/media/waveform_peaks.h"

#include <algorithm>

namespace cuesheet::media {

namespace {

PeakPair merged(PeakPair a, PeakPair b) {
    return {std::min(a.min, b.min), std::max(a.max, b.max)};
}

class VectorPeakStorage final : public PeakStorage {
public:
    explicit VectorPeakStorage(std::vector<PeakPair> pairs)
        : pairs_(std::move(pairs)) {}
    std::span<const PeakPair> pairs() const override { return pairs_; }

private:
    std::vector<PeakPair> pairs_;
};

} // namespace

std::shared_ptr<const PeakStorage> peakStorageOf(std::vector<PeakPair> pairs) {
    return std::make_shared<VectorPeakStorage>(std::move(pairs));
}

int WaveformPeaks::levelCountFor(std::int64_t sampleCount) {
    int levels = 1;
    while (levels < kMaxLevels && bucketCountFor(sampleCount, levels - 1) > 1)
        ++levels;
    return levels;
}

std::int64_t WaveformPeaks::totalBucketsFor(std::int64_t sampleCount, int channelCount) {
    std::int64_t total = 0;
    for (int level = 0; level < levelCountFor(sampleCount); ++level)
        total += bucketCountFor(sampleCount, level) * channelCount;
    return total;
}

WaveformPeaks::WaveformPeaks(int sampleRate, WaveformChannels channels, std::int64_t sampleCount,
                             Level finestLevel)
    : sampleRate_(sampleRate)
    , channels_(channels)
    , sampleCount_(sampleCount)
    , channelCount_(static_cast<int>(finestLevel.size())) {
    std::vector<PeakPair> block;
    block.reserve(static_cast<std::size_t>(totalBucketsFor(sampleCount, channelCount_)));
    const auto finestCount = static_cast<std::size_t>(bucketCountFor(sampleCount, 0));
    // Level 0 as given (cut or padded to its exact count), released channel by channel.
    for (auto& buckets : finestLevel) {
        buckets.resize(finestCount);
        block.insert(block.end(), buckets.begin(), buckets.end());
        std::vector<PeakPair>().swap(buckets);
    }
    // Each coarser bucket merges kLevelFactor buckets of the level below.
    std::size_t finerStart = 0;
    for (int level = 1; level < levelCountFor(sampleCount); ++level) {
        const auto finerCount = static_cast<std::size_t>(bucketCountFor(sampleCount, level - 1));
        const auto count = static_cast<std::size_t>(bucketCountFor(sampleCount, level));
        for (int channel = 0; channel < channelCount_; ++channel) {
            const std::size_t finer = finerStart + static_cast<std::size_t>(channel) * finerCount;
            for (std::size_t b = 0; b < count; ++b) {
                const std::size_t begin = b * kLevelFactor;
                const std::size_t end = std::min(begin + kLevelFactor, finerCount);
                PeakPair pair = block[finer + begin];
                for (std::size_t i = begin + 1; i < end; ++i)
                    pair = merged(pair, block[finer + i]);
                block.push_back(pair);
            }
        }
        finerStart += finerCount * static_cast<std::size_t>(channelCount_);
    }
    storage_ = peakStorageOf(std::move(block));
    indexLevels();
}

std::optional<WaveformPeaks>
WaveformPeaks::fromStorage(int sampleRate, WaveformChannels channels, std::int64_t sampleCount,
                           int channelCount, std::shared_ptr<const PeakStorage> storage) {
    if (sampleRate <= 0 || sampleCount < 0 || channelCount <= 0 || !storage ||
        (channels == WaveformChannels::MonoDownmix && channelCount != 1) ||
        static_cast<std::int64_t>(storage->pairs().size()) !=
            totalBucketsFor(sampleCount, channelCount))
        return std::nullopt;
    WaveformPeaks peaks;
    peaks.sampleRate_ = sampleRate;
    peaks.channels_ = channels;
    peaks.sampleCount_ = sampleCount;
    peaks.channelCount_ = channelCount;
    peaks.storage_ = std::move(storage);
    peaks.indexLevels();
    return peaks;
}

void WaveformPeaks::indexLevels() {
    levelStarts_.clear();
    std::size_t start = 0;
    for (int level = 0; level < levelCountFor(sampleCount_); ++level) {
        levelStarts_.push_back(start);
        start += static_cast<std::size_t>(bucketCountFor(sampleCount_, level)) *
                 static_cast<std::size_t>(channelCount_);
    }
}

bool operator==(const WaveformPeaks& a, const WaveformPeaks& b) {
    if (a.sampleRate_ != b.sampleRate_ || a.channels_ != b.channels_ ||
        a.sampleCount_ != b.sampleCount_ || a.channelCount_ != b.channelCount_)
        return false;
    if (!a.storage_ || !b.storage_)
        return a.storage_ == b.storage_;
    return std::ranges::equal(a.storage_->pairs(), b.storage_->pairs());
}

int WaveformPeaks::channelCount() const {
    return channelCount_;
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
    const auto count = static_cast<std::size_t>(bucketCountFor(sampleCount_, level));
    return storage_->pairs().subspan(levelStarts_[static_cast<std::size_t>(level)] +
                                         static_cast<std::size_t>(channel) * count,
                                     count);
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
    return storage_ ? storage_->pairs().size_bytes() : 0;
}

} // namespace cuesheet::media
