#include "cuesheet/media/peaks_cache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSysInfo>
#include <QtEndian>

#include <cstring>
#include <memory>

namespace cuesheet::media {

namespace {

constexpr char kMagic[8] = {'C', 'U', 'E', 'S', 'P', 'E', 'A', 'K'};
constexpr quint32 kByteOrderMark = 0x01020304;
constexpr quint32 kMaxIdentityBytes = 4096;
constexpr bool kLittleEndianHost = QSysInfo::ByteOrder == QSysInfo::LittleEndian;

// The fixed part of the header, after the magic.
struct FixedHeader {
    quint32 version = 0;
    quint32 byteOrderMark = 0;
    quint32 sampleRate = 0;
    quint32 channelCount = 0;
    quint32 channelMode = 0;
    qint32 streamIndex = 0;
    quint32 finestBucketSamples = 0;
    quint32 levelFactor = 0;
    quint32 levelCount = 0;
    quint32 identityBytes = 0;
    quint64 sampleCount = 0;
};
constexpr qint64 kFixedHeaderBytes = 10 * 4 + 8;

class HeaderWriter {
public:
    template <typename T> void put(T value) {
        const T little = qToLittleEndian(value);
        bytes.append(reinterpret_cast<const char*>(&little), sizeof little);
    }
    QByteArray bytes;
};

// Reads little-endian values from a byte buffer; past its end it gives zeros (the caller
// checks the buffer's length first).
class HeaderReader {
public:
    HeaderReader(const char* data, std::size_t size)
        : data_(data)
        , size_(size) {}
    template <typename T> T take() {
        T little{};
        if (position_ + sizeof little <= size_)
            std::memcpy(&little, data_ + position_, sizeof little);
        position_ += sizeof little;
        return qFromLittleEndian(little);
    }

private:
    const char* data_;
    std::size_t size_;
    std::size_t position_ = 0;
};

qint64 paddedTo8(qint64 bytes) {
    return (bytes + 7) / 8 * 8;
}

// The buckets of a cache file, mapped read-only rather than read: a 2-hour 5.1 film's 43 MB
// of buckets are then ready in the time it takes to check the header, and pages are only
// brought in when a view draws them. Cache files are replaced by renaming a new file into
// place (QSaveFile), never rewritten in place, so a mapping keeps seeing the file it opened.
class MappedPeakStorage final : public PeakStorage {
public:
    MappedPeakStorage(std::unique_ptr<QFile> file, const uchar* data, std::size_t pairCount)
        : file_(std::move(file))
        , data_(data)
        , pairCount_(pairCount) {}
    ~MappedPeakStorage() override { file_->unmap(const_cast<uchar*>(data_)); }
    std::span<const PeakPair> pairs() const override {
        return {reinterpret_cast<const PeakPair*>(data_), pairCount_};
    }

private:
    std::unique_ptr<QFile> file_;
    const uchar* data_;
    std::size_t pairCount_;
};

void swapPairsToOrFromLittleEndian(std::vector<PeakPair>& buckets) {
    if constexpr (!kLittleEndianHost)
        for (auto& pair : buckets) {
            pair.min = qbswap(pair.min);
            pair.max = qbswap(pair.max);
        }
}

MediaResult<WaveformPeaks> stale(const QString& path, const QString& reason) {
    return MediaResult<WaveformPeaks>::failure(
        MediaError::Kind::Corrupt,
        QStringLiteral("peaks cache '%1': %2; it will be rebuilt").arg(path, reason));
}

} // namespace

PeaksCache::PeaksCache(QString directory)
    : directory_(std::move(directory)) {}

QString PeaksCache::filePathFor(const PeaksCacheKey& key) const {
    const QByteArray hash =
        QCryptographicHash::hash(key.mediaIdentity, QCryptographicHash::Sha256).toHex().left(32);
    const QString mode = key.channels == WaveformChannels::MonoDownmix ? QStringLiteral("mono")
                                                                       : QStringLiteral("all");
    const QString stream =
        key.streamIndex < 0 ? QStringLiteral("best") : QString::number(key.streamIndex);
    return QDir(directory_)
        .filePath(QStringLiteral("%1-a%2-%3.peaks").arg(QString::fromLatin1(hash), stream, mode));
}

MediaResult<QString> PeaksCache::save(const PeaksCacheKey& key, const WaveformPeaks& peaks) const {
    using Result = MediaResult<QString>;
    const QString path = filePathFor(key);
    if (!QDir().mkpath(directory_))
        return Result::failure(
            MediaError::Kind::Io,
            QStringLiteral("peaks cache directory '%1' cannot be created").arg(directory_));
    HeaderWriter header;
    header.bytes.append(kMagic, sizeof kMagic);
    header.put<quint32>(kFormatVersion);
    header.put<quint32>(kByteOrderMark);
    header.put<quint32>(static_cast<quint32>(peaks.sampleRate()));
    header.put<quint32>(static_cast<quint32>(peaks.channelCount()));
    header.put<quint32>(static_cast<quint32>(peaks.channelMode()));
    header.put<qint32>(key.streamIndex);
    header.put<quint32>(static_cast<quint32>(WaveformPeaks::kFinestBucketSamples));
    header.put<quint32>(static_cast<quint32>(WaveformPeaks::kLevelFactor));
    header.put<quint32>(static_cast<quint32>(peaks.levelCount()));
    header.put<quint32>(static_cast<quint32>(key.mediaIdentity.size()));
    header.put<quint64>(static_cast<quint64>(peaks.sampleCount()));
    header.bytes.append(key.mediaIdentity);
    header.bytes.append(
        QByteArray(paddedTo8(key.mediaIdentity.size()) - key.mediaIdentity.size(), '\0'));
    for (int level = 0; level < peaks.levelCount(); ++level)
        header.put<quint64>(static_cast<quint64>(peaks.buckets(level, 0).size()));

    QSaveFile file(path);
    bool written =
        file.open(QIODevice::WriteOnly) && file.write(header.bytes) == header.bytes.size();
    for (int level = 0; written && level < peaks.levelCount(); ++level)
        for (int channel = 0; written && channel < peaks.channelCount(); ++channel) {
            const auto buckets = peaks.buckets(level, channel);
            const auto bytes = static_cast<qint64>(buckets.size_bytes());
            if constexpr (kLittleEndianHost) {
                written = file.write(reinterpret_cast<const char*>(buckets.data()), bytes) == bytes;
            } else {
                std::vector<PeakPair> swapped(buckets.begin(), buckets.end());
                swapPairsToOrFromLittleEndian(swapped);
                written = file.write(reinterpret_cast<const char*>(swapped.data()), bytes) == bytes;
            }
        }
    if (!written || !file.commit())
        return Result::failure(MediaError::Kind::Io, QStringLiteral("peaks cache '%1' cannot be "
                                                                    "written: %2")
                                                         .arg(path, file.errorString()));
    return Result::success(path);
}

MediaResult<WaveformPeaks> PeaksCache::load(const PeaksCacheKey& key) const {
    using Result = MediaResult<WaveformPeaks>;
    const QString path = filePathFor(key);
    auto file = std::make_unique<QFile>(path);
    if (!file->exists())
        return Result::failure(MediaError::Kind::NotFound,
                               QStringLiteral("peaks cache '%1' does not exist").arg(path));
    if (!file->open(QIODevice::ReadOnly))
        return Result::failure(MediaError::Kind::Io, QStringLiteral("peaks cache '%1' cannot be "
                                                                    "read: %2")
                                                         .arg(path, file->errorString()));
    const qint64 fileSize = file->size();
    const QByteArray start = file->read(sizeof kMagic + kFixedHeaderBytes);
    if (start.size() != static_cast<qsizetype>(sizeof kMagic + kFixedHeaderBytes) ||
        std::memcmp(start.constData(), kMagic, sizeof kMagic) != 0)
        return stale(path, QStringLiteral("not a peaks cache file"));
    HeaderReader reader(start.constData() + sizeof kMagic,
                        static_cast<std::size_t>(start.size()) - sizeof kMagic);
    FixedHeader h;
    h.version = reader.take<quint32>();
    h.byteOrderMark = reader.take<quint32>();
    h.sampleRate = reader.take<quint32>();
    h.channelCount = reader.take<quint32>();
    h.channelMode = reader.take<quint32>();
    h.streamIndex = reader.take<qint32>();
    h.finestBucketSamples = reader.take<quint32>();
    h.levelFactor = reader.take<quint32>();
    h.levelCount = reader.take<quint32>();
    h.identityBytes = reader.take<quint32>();
    h.sampleCount = reader.take<quint64>();

    if (h.version != kFormatVersion || h.byteOrderMark != kByteOrderMark)
        return stale(
            path,
            QStringLiteral("format version %1 (expected %2)").arg(h.version).arg(kFormatVersion));
    if (h.finestBucketSamples != WaveformPeaks::kFinestBucketSamples ||
        h.levelFactor != static_cast<quint32>(WaveformPeaks::kLevelFactor) || h.levelCount == 0 ||
        h.levelCount > static_cast<quint32>(WaveformPeaks::kMaxLevels) || h.channelCount == 0 ||
        h.channelCount > 64 || h.sampleRate == 0 || h.identityBytes > kMaxIdentityBytes ||
        h.sampleCount > (quint64{1} << 48))
        return stale(path, QStringLiteral("header values out of range"));
    const auto mode = static_cast<WaveformChannels>(h.channelMode);
    if (h.channelMode > 1 || mode != key.channels || h.streamIndex != key.streamIndex)
        return stale(path, QStringLiteral("made for another stream or channel mode"));

    const qint64 paddedIdentity = paddedTo8(h.identityBytes);
    const QByteArray rest = file->read(paddedIdentity + 8 * static_cast<qint64>(h.levelCount));
    if (rest.size() != paddedIdentity + 8 * static_cast<qint64>(h.levelCount))
        return stale(path, QStringLiteral("cut short"));
    if (rest.left(h.identityBytes) != key.mediaIdentity)
        return stale(path, QStringLiteral("made for other media"));
    HeaderReader counts(rest.constData() + paddedIdentity,
                        static_cast<std::size_t>(rest.size() - paddedIdentity));

    // Sizes are checked against the file before anything is allocated.
    const auto sampleCount = static_cast<std::int64_t>(h.sampleCount);
    if (static_cast<int>(h.levelCount) != WaveformPeaks::levelCountFor(sampleCount))
        return stale(path, QStringLiteral("%1 levels where %2 were expected")
                               .arg(h.levelCount)
                               .arg(WaveformPeaks::levelCountFor(sampleCount)));
    qint64 expectedSize = sizeof kMagic + kFixedHeaderBytes + rest.size();
    for (int level = 0; level < static_cast<int>(h.levelCount); ++level) {
        const auto buckets = counts.take<quint64>();
        if (buckets != static_cast<quint64>(WaveformPeaks::bucketCountFor(sampleCount, level)))
            return stale(path, QStringLiteral("bucket counts do not fit the sample count"));
        expectedSize += static_cast<qint64>(buckets * h.channelCount * sizeof(PeakPair));
    }
    if (expectedSize != fileSize)
        return stale(
            path,
            QStringLiteral("%1 bytes where %2 were expected").arg(fileSize).arg(expectedSize));
    const qint64 dataStart = file->pos();
    const qint64 dataBytes = fileSize - dataStart;
    const auto pairCount =
        static_cast<std::size_t>(dataBytes / static_cast<qint64>(sizeof(PeakPair)));
    std::shared_ptr<const PeakStorage> storage;
    // The data starts on a multiple of 8 bytes (the header is padded), so mapped pairs are
    // aligned.
    const uchar* mapped =
        kLittleEndianHost && dataBytes > 0 ? file->map(dataStart, dataBytes) : nullptr;
    if (mapped) {
        storage = std::make_shared<MappedPeakStorage>(std::move(file), mapped, pairCount);
    } else {
        std::vector<PeakPair> pairs(pairCount);
        if (file->read(reinterpret_cast<char*>(pairs.data()), dataBytes) != dataBytes)
            return stale(path, QStringLiteral("cut short"));
        swapPairsToOrFromLittleEndian(pairs);
        storage = peakStorageOf(std::move(pairs)); // big-endian host, or no mapping
    }
    auto peaks = WaveformPeaks::fromStorage(static_cast<int>(h.sampleRate), mode, sampleCount,
                                            static_cast<int>(h.channelCount), std::move(storage));
    if (!peaks)
        return stale(path, QStringLiteral("levels do not fit together"));
    return Result::success(std::move(*peaks));
}

} // namespace cuesheet::media
