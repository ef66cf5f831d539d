#pragma once

// Private to core/media: opening a file with libavformat, with errors that name the file
// and the reason. Shared by the probe, the frame source and the thumbnailer.

#include "cuesheet/media/media_result.h"
#include "ffmpeg_handles.h"

#include <QString>

namespace cuesheet::media {

// "file '<path>': <reason>", the form of every media error message.
QString fileErrorMessage(const QString& path, const QString& reason);

// Opens `path` and reads its stream information. Checks existence, type and readability
// first so that the message says "does not exist" rather than FFmpeg's "No such file".
MediaResult<ffmpeg::FormatContext> openMediaFile(const QString& path);

// How a message names a stream's codec: "the codec 'h264'", or for one FFmpeg does not know
// "an unknown codec (tag 'QQQQ')".
QString codecDescription(const AVCodecParameters& codec);

// Opens a decoder for stream `streamIndex` of `format`. `threads`: 0 = FFmpeg chooses.
MediaResult<ffmpeg::CodecContext> openDecoder(const QString& path, AVFormatContext* format,
                                              int streamIndex, int threads);

// The index of the stream FFmpeg would pick for `type` (av_find_best_stream), ignoring
// attached pictures (cover art) for video; -1 when there is none.
int bestStreamIndex(AVFormatContext* format, AVMediaType type);

} // namespace cuesheet::media
