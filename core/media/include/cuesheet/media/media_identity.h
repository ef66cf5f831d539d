#pragma once

#include "cuesheet/media/media_result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cuesheet::media {

// What identifies a media file's content without reading all of it: its size, and a SHA-256
// over the size and three 64 KiB blocks (the first, the middle and the last). The
// modification time is kept alongside but is not part of the content identity, because
// copying or moving a film to another disk changes it.
//
// Use it to
//   - key derived caches (thumbnails, waveform peaks):  cacheKey()
//   - check that a relinked file is the same film:     a.sameContentAs(b)
//   - notice a file edited in place:                    a.sameContentAs(b) && a.modified !=
//   b.modified
//                                                       is "touched"; !sameContentAs is "changed"
//
// Cost: three reads of 64 KiB, whatever the file size (a 40 GB film identifies in
// milliseconds). Two different files of equal size that agree in those three blocks are
// taken to be the same; for camera and editing media that does not happen in practice.
struct MediaIdentity {
    static constexpr qint64 kBlockBytes = 64 * 1024;

    qint64 sizeBytes = -1;
    QDateTime modifiedUtc;  // millisecond precision, UTC
    QByteArray contentHash; // 32 bytes: SHA-256(size as 8 bytes LE, first, middle, last block)

    bool isValid() const { return sizeBytes >= 0 && contentHash.size() == 32; }
    bool sameContentAs(const MediaIdentity& other) const {
        return isValid() && sizeBytes == other.sizeBytes && contentHash == other.contentHash;
    }
    // 32 lower-case hex digits (the first 16 bytes of contentHash), usable as a file or
    // directory name and as a database key. Equal for files with the same content.
    QString cacheKey() const;

    // A one-line text form to store in a project file and read back:
    // "v1 <size> <mtime ms since epoch, UTC> <64 hex digits>".
    QString toStorageString() const;
    static MediaResult<MediaIdentity> fromStorageString(const QString& text);

    friend bool operator==(const MediaIdentity&, const MediaIdentity&) = default;
};

// Reads the identity of the file at `path`. Fails (NotFound) when the file is missing or
// unreadable, naming the file.
MediaResult<MediaIdentity> computeMediaIdentity(const QString& path);

} // namespace cuesheet::media
