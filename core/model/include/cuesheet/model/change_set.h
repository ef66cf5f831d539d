#pragma once

#include "cuesheet/model/project_data.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace cuesheet {

// The state of one entity before and after a change: no `before` = created, no `after` =
// deleted.
template <typename T> struct EntityChange {
    std::int64_t id = 0;
    std::optional<T> before;
    std::optional<T> after;
    friend bool operator==(const EntityChange&, const EntityChange&) = default;
};

// One undoable step, as the states it moves between. Applying sets every entity to its
// `after`; reverting sets it to its `before`. Because it carries whole states (not
// operations), the same change can be applied to memory, written to the project file, stored
// in the undo history and reverted by another process (`cuesheet undo`).
struct ChangeSet {
    QString label; // shown in the Edit menu: "Add cue", "Tag 3 cues diegetic"
    std::vector<EntityChange<Work>> works;
    std::vector<EntityChange<Cue>> cues;
    std::optional<std::pair<ProjectHeader, ProjectHeader>> header; // before, after
    std::vector<EntityChange<LibraryFile>> libraryFiles{};         // the music library

    bool isEmpty() const {
        return works.empty() && cues.empty() && libraryFiles.empty() && !header;
    }
    // The change that undoes this one.
    ChangeSet reversed() const;
    // Sets every entity of `data` to its `after` state.
    void applyTo(ProjectData& data) const;
    // True when every `before` matches `data`: the change can be applied to it.
    bool startsFrom(const ProjectData& data) const;

    friend bool operator==(const ChangeSet&, const ChangeSet&) = default;
};

} // namespace cuesheet
