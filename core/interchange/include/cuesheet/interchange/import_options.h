#pragma once

#include "cuesheet/time/frame_rate.h"
#include "cuesheet/time/parse_result.h"
#include "cuesheet/time/time.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>

namespace cuesheet {

// Strict refuses an import at its first malformed line; lenient reports the line and skips it.
enum class ImportStrictness { Lenient, Strict };

// The choices a person makes when importing an edit list. One struct so that the import
// command, the CLI and the preview dialog pass the same thing.
struct ImportOptions {
    // Tracks to read cues from. EDL: "A1".."A99", "V" (see docs/formats.md); Pro Tools: track
    // names, compared case-insensitively. Empty means every audio track.
    QStringList tracks;

    // The project's frame rate. An EDL carries none, so its timecodes are read at this rate;
    // the programme start below is counted at it too.
    FrameRate frameRate = FrameRate(25, 1);

    // The counting an EDL without an `FCM:` line uses (drop-frame only at 29.97 / 59.94).
    bool dropFrameWithoutFcm = false;

    // Events of one clip title closer than this (or touching, or overlapping) become one cue.
    Time mergeGap = Time::fromWholeSeconds(1);

    ImportStrictness strictness = ImportStrictness::Lenient;

    // The programme's first frame as a frame count since 00:00:00:00 at `frameRate` (e.g.
    // 01:00:00:00 at 25 fps is 90000). Record times map to programme time = record - start.
    std::int64_t programmeStartFrame = 0;

    Time programmeStart() const { return Time::fromFrames(programmeStartFrame, frameRate); }
};

// Parses a track list as typed on a command line: names separated by commas, where
// "A7-A10" expands to A7, A8, A9, A10 and "A" means "A1". "A7-A10,A12" ->
// {A7, A8, A9, A10, A12}. Other names (Pro Tools track names) are kept as written, trimmed.
// Fails on an empty name or a backwards range, saying which.
ParseResult<QStringList> parseTrackSelection(QStringView text);

} // namespace cuesheet
