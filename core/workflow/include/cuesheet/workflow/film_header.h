#pragma once

#include "cuesheet/media/media_info.h"
#include "cuesheet/model/project_header.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cuesheet {

// What the user chose before the film is read: the timecode format (`cuesheet new --media
// --rate`, or in the editor the rate picked for a film that does not say its own). Fields the
// user sets afterwards (start, running time, title) simply overwrite the header.
struct FilmHeaderChoices {
    std::optional<TimecodeFormat> timecode;
};

// A project header made from a film, and what the user should hear about it.
struct FilmHeader {
    ProjectHeader header;
    QStringList notes; // e.g. "variable frame rate", a start timecode that could not be used
};

// The one rule for a header from a film, used by `cuesheet new --media` and the editor's New
// from Film alike. Starting from `base` (fields the caller set):
//   - the film must have a picture;
//   - the production title, when `base` has none, is the film's file name without extension;
//   - the timecode rate is the film's video rate; a film that does not say its rate is
//     refused unless `given.timecode` names one (never a guessed 25 fps);
//   - the start timecode is the film's (timecode track or tag) when it is at that rate;
//   - the running time is the picture's duration (the container's when the stream has none),
//     rounded UP to a whole frame at the project's rate: a cue sheet is read against timecode,
//     and the last, partly shown frame still counts;
//   - the media path (absolute) and identity are the film's.
// Returns nullopt with *error naming the
// film when it cannot be used.
std::optional<FilmHeader> headerFromFilm(const QString& filmPath, const media::MediaInfo& info,
                                         const ProjectHeader& base, const FilmHeaderChoices& given,
                                         QString* error);

} // namespace cuesheet
