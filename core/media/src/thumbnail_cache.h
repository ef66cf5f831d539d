#pragma once

// Private to core/media: the on-disk form of a thumbnail strip.

#include "cuesheet/media/thumbnail.h"

namespace cuesheet::media {

// <directory>/thumbs-<identity cacheKey>-h<height>-i<interval ticks>.bin
QString thumbnailCachePath(const QString& directory, const MediaIdentity& identity, int height,
                           Time interval);

// Reads a strip written by saveThumbnailCache for the same identity, height and interval.
// NotFound when there is no such file; Io when it is unreadable or belongs to other content.
MediaResult<ThumbnailStrip> loadThumbnailCache(const QString& directory,
                                               const MediaIdentity& identity, int height,
                                               Time interval);

// Writes atomically (QSaveFile): a reader never sees half a file. Creates the directory.
MediaResult<bool> saveThumbnailCache(const QString& directory, const ThumbnailStrip& strip);

} // namespace cuesheet::media
