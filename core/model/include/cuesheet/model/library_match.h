#pragma once

#include "cuesheet/model/change_set.h"

#include <utility>
#include <vector>

namespace cuesheet {

// Automatic linking of imported cues to the music library (the by-hand link is
// Project::requestLinkCue). A cue names a library file, ignoring case and runs of white
// space, by the first of these rules that finds any file:
//   1. its source file's name (last path component) is the library file's name, or its
//      source file is the library file's path;
//   2. its title, or its source file's name without extension, is the library file's name
//      without extension (imports title a cue from its clip name without extension or
//      editor suffixes, so this is "the clip name matches the file name");
//   3. its title is the library file's TITLE tag.
// The rule must find exactly one file; two or more (Rain.wav and Rain.flac) are ambiguous and
// the cue is left for the user to link by hand. Cues already linked are left alone.
struct AutoLinkSummary {
    std::vector<std::pair<CueId, LibraryFileId>> linked;
    std::vector<CueId> ambiguous;
};

// The file cue `cue` names in `data`'s library (0 when none or ambiguous; *ambiguous says
// which).
LibraryFileId libraryFileNamedBy(const ProjectData& data, const Cue& cue, bool* ambiguous);

// Links each of `cues` that names exactly one library file, filling empty fields
// (linkCueToLibraryFile). Unknown ids are skipped.
AutoLinkSummary linkMatchingCues(ProjectData& data, const std::vector<CueId>& cues);

// `change` (an import: its new cues) followed by the auto-links of its new cues, as one change
// with `change`'s label: an import and its links are one undo step. `change` must start from
// `data`.
ChangeSet withLibraryLinks(const ProjectData& data, const ChangeSet& change,
                           AutoLinkSummary* summary = nullptr);

} // namespace cuesheet
