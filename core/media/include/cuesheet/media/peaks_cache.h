#pragma once

#include "cuesheet/media/media_result.h"
#include "cuesheet/media/waveform_peaks.h"

#include <QByteArray>
#include <QString>

namespace cuesheet::media {

// Which pyramid a cache file holds: the media's identity (e.g. MediaIdentity::contentHash,
// or any bytes that change when the content does), the stream and the channel mode.
struct PeaksCacheKey {
    QByteArray mediaIdentity;
    int streamIndex = -1; // as requested (-1: the best audio stream)
    WaveformChannels channels = WaveformChannels::PerChannel;
};

// Waveform pyramids on disk, one file per key in a directory the caller chooses (beside the
// project file, or a user cache directory), so that a reopened project draws its waveform at
// once instead of decoding the film again.
//
// File format (little-endian; docs/media-engine.md, "Peaks cache file"):
//   "CUESPEAK"  u32 version  u32 byte-order mark 0x01020304
//   u32 sampleRate  u32 channelCount  u32 channelMode  i32 streamIndex
//   u32 finestBucketSamples (256)  u32 levelFactor (4)  u32 levelCount  u32 identityBytes
//   u64 sampleCount  identity bytes (zero-padded to 8)  u64 bucketCount[levelCount]
//   then per level, per channel: bucketCount x {i16 min, i16 max}
// The file name is a hash of the key; the header repeats the whole key. A file whose header
// does not match (another version, another identity, damaged or cut short) is not used, and
// the next save() replaces it. Writes go to a temporary file renamed into place, so a reader
// never sees half a file.
//
// load() checks the header and maps the buckets (no read, copy or parsing per bucket): a
// 2-hour 5.1 film's 43 MB are ready at once, and pages come in as a view draws them. Thread-safe for different keys; two writers of one key
// each leave a complete file.
class PeaksCache {
public:
    static constexpr quint32 kFormatVersion = 1;

    explicit PeaksCache(QString directory);

    const QString& directory() const { return directory_; }
    QString filePathFor(const PeaksCacheKey& key) const;

    // NotFound when there is no file for the key; Corrupt (with the reason) when there is one
    // that does not fit: it is stale or foreign and should be rebuilt.
    MediaResult<WaveformPeaks> load(const PeaksCacheKey& key) const;
    // Io when the directory or the file cannot be written.
    MediaResult<QString> save(const PeaksCacheKey& key, const WaveformPeaks& peaks) const;

private:
    QString directory_;
};

} // namespace cuesheet::media
