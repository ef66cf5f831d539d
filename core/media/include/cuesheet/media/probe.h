#pragma once

#include "cuesheet/media/media_info.h"
#include "cuesheet/media/media_result.h"

#include <QString>

namespace cuesheet::media {

using ProbeResult = MediaResult<MediaInfo>;

// Opens `path` with FFmpeg and describes it: container, duration, video and audio streams
// (exact frame rate, constant or variable), start timecode (QuickTime/MP4 `tmcd` track or a
// `timecode` tag on a stream or the container) and the media identity.
//
// Fails with a message naming the file and the reason when the file is missing, is not media
// FFmpeg recognises, or is truncated so that its header cannot be read. A file with audio
// but no video (or the reverse) is not a failure: see MediaInfo::hasVideo()/hasAudio().
//
// Cost: reads the header, a few hundred video packets (to tell constant from variable frame
// rate) and three 64 KiB blocks for the identity; no picture is decoded. Thread-safe (each
// call opens its own context); call it off the GUI thread for files on slow disks.
ProbeResult probeMedia(const QString& path);

} // namespace cuesheet::media
