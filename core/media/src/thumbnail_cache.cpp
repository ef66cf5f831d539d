#include "thumbnail_cache.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace cuesheet::media {

namespace {
constexpr quint32 kMagic = 0x43535448; // "CSTH"
constexpr quint32 kVersion = 1;
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_0;
} // namespace

QString thumbnailCachePath(const QString& directory, const MediaIdentity& identity, int height,
                           Time interval) {
    return QDir(directory).filePath(QStringLiteral("thumbs-%1-h%2-i%3.bin")
                                        .arg(identity.cacheKey())
                                        .arg(height)
                                        .arg(interval.ticks()));
}

MediaResult<ThumbnailStrip> loadThumbnailCache(const QString& directory,
                                               const MediaIdentity& identity, int height,
                                               Time interval) {
    using Result = MediaResult<ThumbnailStrip>;
    const QString path = thumbnailCachePath(directory, identity, height, interval);
    QFile file(path);
    if (!file.exists())
        return Result::failure(MediaError::Kind::NotFound,
                               QStringLiteral("thumbnail cache '%1': does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(
            MediaError::Kind::Io,
            QStringLiteral("thumbnail cache '%1': %2").arg(path, file.errorString()));
    QDataStream in(&file);
    in.setVersion(kStreamVersion);
    auto bad = [&](const QString& why) {
        return Result::failure(MediaError::Kind::Io,
                               QStringLiteral("thumbnail cache '%1': %2").arg(path, why));
    };
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (magic != kMagic || version != kVersion)
        return bad("not a thumbnail cache of this version");
    QString identityText;
    qint64 intervalTicks = 0;
    qint32 storedHeight = 0;
    quint32 count = 0;
    in >> identityText >> intervalTicks >> storedHeight >> count;
    const auto stored = MediaIdentity::fromStorageString(identityText);
    if (in.status() != QDataStream::Ok || !stored || !stored.value().sameContentAs(identity) ||
        intervalTicks != interval.ticks() || storedHeight != height)
        return bad("made for other media or another request");
    // Bound the count by what the file can hold (each entry is more than 16 bytes).
    if (count > static_cast<quint64>(file.size()) / 16)
        return bad("damaged (impossible thumbnail count)");

    ThumbnailStrip strip;
    strip.identity = identity;
    strip.interval = interval;
    strip.height = height;
    strip.fromCache = true;
    strip.thumbnails.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        qint64 requested = 0;
        qint64 shown = 0;
        QImage image;
        in >> requested >> shown >> image;
        if (in.status() != QDataStream::Ok || image.isNull())
            return bad(QStringLiteral("damaged at thumbnail %1").arg(i));
        strip.thumbnails.push_back({Time::fromTicks(requested), Time::fromTicks(shown),
                                    image.convertToFormat(QImage::Format_RGB32)});
    }
    return Result::success(std::move(strip));
}

MediaResult<bool> saveThumbnailCache(const QString& directory, const ThumbnailStrip& strip) {
    using Result = MediaResult<bool>;
    if (!QDir().mkpath(directory))
        return Result::failure(
            MediaError::Kind::Io,
            QStringLiteral("thumbnail cache directory '%1': cannot be created").arg(directory));
    const QString path =
        thumbnailCachePath(directory, strip.identity, strip.height, strip.interval);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(
            MediaError::Kind::Io,
            QStringLiteral("thumbnail cache '%1': %2").arg(path, file.errorString()));
    QDataStream out(&file);
    out.setVersion(kStreamVersion);
    out << kMagic << kVersion << strip.identity.toStorageString() << qint64(strip.interval.ticks())
        << qint32(strip.height) << quint32(strip.thumbnails.size());
    for (const Thumbnail& thumbnail : strip.thumbnails)
        out << qint64(thumbnail.requested.ticks()) << qint64(thumbnail.shown.ticks())
            << thumbnail.image;
    if (out.status() != QDataStream::Ok || !file.commit())
        return Result::failure(
            MediaError::Kind::Io,
            QStringLiteral("thumbnail cache '%1': %2").arg(path, file.errorString()));
    return Result::success(true);
}

} // namespace cuesheet::media
