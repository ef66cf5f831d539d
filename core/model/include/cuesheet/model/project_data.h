#pragma once

#include "cuesheet/model/cue.h"
#include "cuesheet/model/library_file.h"
#include "cuesheet/model/project_header.h"
#include "cuesheet/model/work.h"

#include <map>

namespace cuesheet {

// The whole state of a project as plain values: what the store loads and what a Project
// holds. Ordered maps keep iteration (and so files and exports) deterministic.
struct ProjectData {
    ProjectHeader header;
    std::map<CueId, Cue> cues;
    std::map<WorkId, Work> works;
    // The music library. `{}` lets older brace-initialisations ProjectData{header, cues, works}
    // stay warning-free.
    std::map<LibraryFileId, LibraryFile> libraryFiles{};

    friend bool operator==(const ProjectData&, const ProjectData&) = default;
};

} // namespace cuesheet
