#pragma once

#include "cuesheet/model/project_header.h"

#include <QString>

namespace cuesheet::cli {

// What the user gave explicitly on `cuesheet new`; the media fills the rest.
struct MediaHeaderChoices {
    bool rate = false;
    bool start = false;
    bool runningTime = false;
};

// Probes `mediaPath` and fills the header: rate, drop-frame and start timecode (from the
// film's timecode track or tag), running time, media path and identity, except what `given`
// says the user set. Returns an error sentence naming the file, or an empty string.
QString applyMediaToHeader(const QString& mediaPath, ProjectHeader& header,
                           const MediaHeaderChoices& given);

} // namespace cuesheet::cli
