#pragma once

#include "cuesheet/media/media_identity.h"
#include "cuesheet/media/media_result.h"
#include "cuesheet/time/time.h"

#include <QFuture>
#include <QImage>
#include <QString>

#include <functional>
#include <vector>

class QThreadPool;

namespace cuesheet::media {

// Pictures at regular intervals for the timeline's picture strip.
//
// Exactness is not needed here, speed is: each picture is the keyframe at or before its
// time (the decoder is told to skip everything but keyframes), so a 2-hour film with a
// keyframe every 10 s gives 720 pictures after decoding 720 frames. Pictures are small
// (`height` pixels high, width from the display aspect) and are cached on disk, keyed by the
// media identity and the request, so a reopened film gets its strip at once.

struct ThumbnailRequest {
    QString path;
    Time interval = Time::fromWholeSeconds(10); // one picture per interval, from time 0
    int height = 54;                            // pixels; width follows the display aspect
    // Directory for the disk cache; empty = no disk cache. The cache file is
    // <cacheDirectory>/thumbs-<identity cacheKey>-h<height>-i<interval ticks>.bin
    QString cacheDirectory;
};

struct Thumbnail {
    Time requested; // the strip position: k * interval
    // pts of the keyframe actually pictured, relative to frame 0: the keyframe at or before
    // `requested`, except where the container's index points to a keyframe just after it
    // (B-frame reordering), which is close enough for a strip.
    Time shown;
    QImage image; // Format_RGB32, `height` high
};

struct ThumbnailStrip {
    MediaIdentity identity;
    Time interval;
    int height = 0;
    std::vector<Thumbnail> thumbnails;
    bool fromCache = false;
    // Set when the job stopped early (an error, or a cancel seen by buildThumbnails): the
    // thumbnails made so far are still there, and `error` says why it stopped.
    QString error;
    bool complete() const { return error.isEmpty(); }
};

// Starts building the strip on `pool` (QThreadPool::globalInstance() when null) and returns
// at once. The future reports progress (0..number of thumbnails, see progressMaximum) and can
// be cancelled (QFuture::cancel()): the job stops within one thumbnail's decode, and, as
// with any cancelled QFuture, has no result. Watch it with a QFutureWatcher on the GUI
// thread; otherwise the result (one ThumbnailStrip) is there when it finishes, also after an
// error (see ThumbnailStrip::error). A complete strip is written to the cache; an incomplete
// one is not.
QFuture<ThumbnailStrip> generateThumbnails(const ThumbnailRequest& request,
                                           QThreadPool* pool = nullptr);

// The same work on the calling thread (for the command line and tests). `isCancelled` is
// polled between thumbnails; `progress(done, total)` is called after each.
ThumbnailStrip buildThumbnails(const ThumbnailRequest& request,
                               const std::function<bool()>& isCancelled = {},
                               const std::function<void(int, int)>& progress = {});

// Reads a cached strip, if one exists for this file and request: identity is computed from
// the file (three 64 KiB reads), so this is fast. NotFound when there is no cache entry.
MediaResult<ThumbnailStrip> loadCachedThumbnails(const ThumbnailRequest& request);

} // namespace cuesheet::media
