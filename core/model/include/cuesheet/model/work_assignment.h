#pragma once

#include "cuesheet/model/project_data.h"

#include <QString>

#include <map>

namespace cuesheet {

// The next free id of a kind: one more than the highest in use (1 in an empty project).
template <typename Id, typename Entity> Id nextFreeId(const std::map<Id, Entity>& byId) {
    return byId.empty() ? Id{1} : byId.rbegin()->first + 1;
}
inline WorkId nextFreeWorkId(const ProjectData& data) {
    return nextFreeId(data.works);
}
inline CueId nextFreeCueId(const ProjectData& data) {
    return nextFreeId(data.cues);
}
inline LibraryFileId nextFreeLibraryFileId(const ProjectData& data) {
    return nextFreeId(data.libraryFiles);
}

// The work a title names (work_titles.h's rule): its id when one exists, else 0.
WorkId workIdTitled(const ProjectData& data, const QString& title);

// Retitles cue `id` inside `data`: it joins the work of that title when one exists; else,
// when it was its work's only use, the work is renamed (a typo fixed keeps its parties);
// else it gets a new work of that title. Returns false (data unchanged) for an empty title
// or an unknown cue.
bool retitleCue(ProjectData& data, CueId id, const QString& title);

} // namespace cuesheet
