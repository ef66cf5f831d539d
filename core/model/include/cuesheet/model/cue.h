#pragma once

#include "cuesheet/model/ids.h"
#include "cuesheet/model/tags.h"
#include "cuesheet/time/time.h"

#include <QString>

namespace cuesheet {

// Lanes are numbered 0 (the top) to kLastLane: the limit every edit, import and field checks
// (Project::checkResult), and the bound the editor's lane controls read.
inline constexpr int kLastLane = 99;

// One use of music in the programme. Times are from the programme start (timeline zero, which
// the start timecode labels); `out` is exclusive, so duration = out - in.
//
//   in                      out
//   [=======================)    duration = out - in
struct Cue {
    CueId id = 0;
    WorkId workId = 0; // the title and the parties live in the work
    int lane = 0;
    Time in;
    Time out;
    CueTags tags;
    QString usageOverride; // empty = derived from the tags
    QString isrc;          // identifies the recording used
    QString sourceFile;
    QString libraryLabel;
    QString libraryCatalogue;
    QString libraryTrack;
    QString notes;
    // The music-library file this use plays (0 = none). Linking fills empty fields from its
    // tags (library_link.h); the link stays so a later look at the file knows its source.
    LibraryFileId libraryFileId = 0;

    TimeRange range() const { return TimeRange::fromStartAndEndExclusive(in, out); }
    Time duration() const { return out - in; }
    friend bool operator==(const Cue&, const Cue&) = default;
};

} // namespace cuesheet
