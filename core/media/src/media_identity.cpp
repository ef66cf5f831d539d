#include "cuesheet/media/media_identity.h"

#include "media_open.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <array>

namespace cuesheet::media {

QString MediaIdentity::cacheKey() const {
    return QString::fromLatin1(contentHash.left(16).toHex());
}

QString MediaIdentity::toStorageString() const {
    return QStringLiteral("v1 %1 %2 %3")
        .arg(sizeBytes)
        .arg(modifiedUtc.isValid() ? modifiedUtc.toMSecsSinceEpoch() : 0)
        .arg(QString::fromLatin1(contentHash.toHex()));
}

MediaResult<MediaIdentity> MediaIdentity::fromStorageString(const QString& text) {
    using Result = MediaResult<MediaIdentity>;
    const QStringList parts = text.split(' ', Qt::SkipEmptyParts);
    auto fail = [&](const QString& why) {
        return Result::failure(MediaError::Kind::Io,
                               QStringLiteral("media identity '%1': %2").arg(text, why));
    };
    if (parts.size() != 4 || parts[0] != "v1")
        return fail("expected 'v1 <size> <mtime ms> <64 hex digits>'");
    bool sizeOk = false;
    bool timeOk = false;
    MediaIdentity identity;
    identity.sizeBytes = parts[1].toLongLong(&sizeOk);
    const qint64 ms = parts[2].toLongLong(&timeOk);
    identity.contentHash = QByteArray::fromHex(parts[3].toLatin1());
    if (!sizeOk || identity.sizeBytes < 0)
        return fail("the size is not a whole number");
    if (!timeOk)
        return fail("the modification time is not a whole number of milliseconds");
    if (parts[3].size() != 64 || identity.contentHash.size() != 32)
        return fail("the hash is not 64 hex digits");
    identity.modifiedUtc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return Result::success(identity);
}

MediaResult<MediaIdentity> computeMediaIdentity(const QString& path) {
    using Result = MediaResult<MediaIdentity>;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Result::failure(MediaError::Kind::NotFound,
                               fileErrorMessage(path, "does not exist"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(MediaError::Kind::NotFound,
                               fileErrorMessage(path, "cannot be read: " + file.errorString()));

    MediaIdentity identity;
    identity.sizeBytes = file.size();
    const QDateTime modified = info.lastModified().toUTC();
    identity.modifiedUtc = QDateTime::fromMSecsSinceEpoch(modified.toMSecsSinceEpoch(), Qt::UTC);

    QCryptographicHash hash(QCryptographicHash::Sha256);
    std::array<char, 8> sizeBytes{};
    for (std::size_t i = 0; i < sizeBytes.size(); ++i)
        sizeBytes[i] =
            static_cast<char>((static_cast<quint64>(identity.sizeBytes) >> (8 * i)) & 0xff);
    hash.addData(QByteArrayView(sizeBytes.data(), static_cast<qsizetype>(sizeBytes.size())));

    // First, middle and last block; for a small file they overlap, which is harmless.
    const qint64 block = MediaIdentity::kBlockBytes;
    const qint64 size = identity.sizeBytes;
    const std::array<qint64, 3> offsets{0, std::max<qint64>(0, size / 2 - block / 2),
                                        std::max<qint64>(0, size - block)};
    for (const qint64 offset : offsets) {
        if (!file.seek(offset))
            return Result::failure(MediaError::Kind::Io,
                                   fileErrorMessage(path, "cannot seek: " + file.errorString()));
        const QByteArray data = file.read(block);
        if (data.size() != std::min(block, size - offset))
            return Result::failure(MediaError::Kind::Io,
                                   fileErrorMessage(path, "short read: " + file.errorString()));
        hash.addData(data);
    }
    identity.contentHash = hash.result();
    return Result::success(identity);
}

} // namespace cuesheet::media
