#pragma once

#include "cuesheet/time/time.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace cuesheet::media {

// The lowest and highest sample of a bucket, as 16-bit values: sample x (float, -1..1) is
// x * 32768; min rounds down and max rounds up, so [min, max] always contains every sample
// of the bucket (16-bit sources come out exact).
struct PeakPair {
    std::int16_t min = 0;
    std::int16_t max = 0;

    friend bool operator==(const PeakPair&, const PeakPair&) = default;
};

// What a pyramid holds per channel.
enum class WaveformChannels {
    PerChannel,  // one pyramid per channel of the stream
    MonoDownmix, // one pyramid of the channels' average
};

// A multi-resolution min/max pyramid of one audio stream: what a waveform view draws at any
// zoom without the stream's PCM (which for a 2-hour film would be 1.2 GiB per channel pair
// and hour of float; the pyramid is about 1/64 of the 16-bit PCM).
//
//   level 0   |256|256|256|256|256|256|256|256| ...   min/max per 256 samples
//   level 1   |     1024      |     1024      | ...   each bucket: 4 buckets of the level below
//   level 2   |             4096              | ...
//   ...       up to a level with a single bucket
//
// Bucket b of level L covers the samples [b * B, (b + 1) * B) with B = bucketSamples(L); the
// last bucket of a level may be partial. Sample 0 is the film timeline's zero (see
// AudioDecoder: the first video frame, or the audio's start in a file without video); audio
// before it is not in the pyramid, silence fills any gap before the first sample.
//
// Querying: columns() picks the finest level whose bucket is no wider than a pixel column and
// merges the (at most five) buckets each column touches; its cost is proportional to the
// number of columns, not to the span shown.
//
// Where the buckets of a pyramid live: one block holding level 0's channels one after the
// other, then level 1's, and so on; the layout of the cache file after its header, so that
// a cached pyramid can be mapped instead of read and copied (PeaksCache).
class PeakStorage {
public:
    virtual ~PeakStorage() = default;
    virtual std::span<const PeakPair> pairs() const = 0;
};

// A block held in memory (a built pyramid, or a cache file that was read rather than mapped).
std::shared_ptr<const PeakStorage> peakStorageOf(std::vector<PeakPair> pairs);

// A value type: copyable (copies share the immutable bucket block), comparable, immutable
// once made; safe to read from several threads.
class WaveformPeaks {
public:
    static constexpr std::int64_t kFinestBucketSamples = 256;
    static constexpr int kLevelFactor = 4;
    static constexpr int kMaxLevels = 16;
    // [channel][bucket]
    using Level = std::vector<std::vector<PeakPair>>;

    WaveformPeaks() = default;
    // From the finest level (one bucket vector per channel, each of
    // ceil(sampleCount / kFinestBucketSamples) buckets); computes the coarser levels.
    WaveformPeaks(int sampleRate, WaveformChannels channels, std::int64_t sampleCount,
                  Level finestLevel);
    // From a block holding every level (see PeakStorage), e.g. a cache file. Empty when its
    // size does not fit the sample and channel counts (a damaged file).
    static std::optional<WaveformPeaks> fromStorage(int sampleRate, WaveformChannels channels,
                                                    std::int64_t sampleCount, int channelCount,
                                                    std::shared_ptr<const PeakStorage> storage);
    // Buckets in a pyramid of sampleCount samples and channelCount channels, all levels.
    static std::int64_t totalBucketsFor(std::int64_t sampleCount, int channelCount);
    // Levels a pyramid of sampleCount samples has: up to and including the first with at
    // most one bucket.
    static int levelCountFor(std::int64_t sampleCount);

    bool isEmpty() const { return sampleCount_ == 0; }
    int sampleRate() const { return sampleRate_; }
    // Channels stored: the stream's for PerChannel, 1 for MonoDownmix.
    int channelCount() const;
    WaveformChannels channelMode() const { return channels_; }
    // Samples covered, from the timeline's zero.
    std::int64_t sampleCount() const { return sampleCount_; }
    // Exact for rates that divide Time::kTicksPerSecond (44.1/48/96 kHz ...), else rounded up.
    Time duration() const;

    int levelCount() const { return static_cast<int>(levelStarts_.size()); }
    static std::int64_t bucketSamples(int level);
    static std::int64_t bucketCountFor(std::int64_t sampleCount, int level);
    std::span<const PeakPair> buckets(int level, int channel) const;

    // The finest level whose buckets are no wider than sampleSpan / columnCount samples
    // (level 0 when even that is wider: the view is zoomed in further than 256 samples per
    // pixel and each column then shows its 256-sample bucket).
    int levelFor(std::int64_t sampleSpan, int columnCount) const;

    // Min/max per pixel column for the samples [firstSample, endSampleExclusive) of one
    // channel, split into `columnCount` columns: column i covers
    //   [first + floor(i * span / columnCount), first + floor((i + 1) * span / columnCount))
    // (exact integer arithmetic, no column drifts). Columns outside the stream are {0, 0}.
    std::vector<PeakPair> columns(int channel, std::int64_t firstSample,
                                  std::int64_t endSampleExclusive, int columnCount) const;
    // The same for a time range: its samples are those playing in [start, endExclusive)
    // (start rounds down to its sample, the end up).
    std::vector<PeakPair> columns(int channel, const TimeRange& range, int columnCount) const;

    // Bytes of peak data held.
    std::size_t byteSize() const;

    // Same rate, mode, length and buckets (wherever they are stored).
    friend bool operator==(const WaveformPeaks& a, const WaveformPeaks& b);

private:
    void indexLevels();

    int sampleRate_ = 0;
    WaveformChannels channels_ = WaveformChannels::PerChannel;
    std::int64_t sampleCount_ = 0;
    int channelCount_ = 0;
    std::shared_ptr<const PeakStorage> storage_;
    std::vector<std::size_t> levelStarts_; // index in the block of each level's channel 0
};

} // namespace cuesheet::media
