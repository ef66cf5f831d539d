#pragma once

// Private to core/media: the start timecode of a file, from a QuickTime/MP4 `tmcd` track or
// a `timecode` tag on a stream or the container.

#include "cuesheet/media/media_info.h"
#include "ffmpeg_handles.h"

#include <optional>

namespace cuesheet::media {

// Where to look, in order: a data stream whose codec tag is `tmcd` (libavformat reads the
// track's first sample into the stream's `timecode` tag), the chosen video stream, the
// container, any other stream. The rate is the video's (a timecode labels video frames);
// without video, the tmcd stream's own rate. ';' (or '.' / ',') before the frames means
// drop-frame, as SMPTE 12M writes it.
//
// Returns nothing when no tag exists. When a tag exists but cannot be used (drop-frame at a
// rate that has none, a field out of range), returns nothing and sets `warning`.
std::optional<StartTimecode> readStartTimecode(const AVFormatContext* format,
                                               const VideoStreamInfo* video, QString* warning);

} // namespace cuesheet::media
