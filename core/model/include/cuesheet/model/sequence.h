#pragma once

#include "cuesheet/model/project_data.h"

#include <vector>

namespace cuesheet {

// Cue ids in cue-sheet order: by in time, then lane, then id. A cue's sequence number is
// its position plus one; it is derived, never stored, so it renumbers itself.
std::vector<CueId> cuesInSequence(const ProjectData& data);

// The total duration of music: the sum of every cue's duration (each use counts, as cue
// sheets report it).
Time totalMusicDuration(const ProjectData& data);

} // namespace cuesheet
