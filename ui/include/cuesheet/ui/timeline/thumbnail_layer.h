#pragma once

#include "cuesheet/media/thumbnail.h"

#include <QImage>

#include <unordered_map>

namespace cuesheet {

struct TimelinePaintContext;

// The picture strip: the strip is tiled with pictures of the film's own aspect; each tile shows
// the thumbnail at or before the time at its left edge. Zoomed out, tiles skip thumbnails;
// zoomed in, a thumbnail repeats over the tiles until the next one (as video editors do).
//
//   tiles      |  t=0   |  t=40s |  t=80s |  ...     (zoomed out: 10 s thumbnails skipped)
//   thumbnail     #0       #4       #8
//
// Thumbnails are scaled once to the strip's device height and kept, so a paint only blits.
class ThumbnailLayer {
public:
    void setStrip(media::ThumbnailStrip strip);
    void clear() { setStrip({}); }
    bool isEmpty() const { return strip_.thumbnails.empty(); }
    // The end of the last thumbnail's interval (0 without thumbnails).
    Time duration() const;

    void paint(const TimelinePaintContext& context);

private:
    const QImage& scaled(std::size_t index, int heightPx, double dpr);

    media::ThumbnailStrip strip_;
    std::unordered_map<std::size_t, QImage> scaled_;
    int scaledHeightPx_ = 0;
    double scaledDpr_ = 1.0;
};

} // namespace cuesheet
