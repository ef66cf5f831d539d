#pragma once

#include "cuesheet/model/project_data.h"

#include <QString>

namespace cuesheet {

// The work a title names: its id when one exists (trimmed, case-insensitive match), else 0.
WorkId workIdTitled(const ProjectData& data, const QString& title);
WorkId nextFreeWorkId(const ProjectData& data);
CueId nextFreeCueId(const ProjectData& data);

// Retitles cue `id` inside `data`: it joins the work of that title when one exists; else,
// when it was its work's only use, the work is renamed (a typo fixed keeps its parties);
// else it gets a new work of that title. Returns false (data unchanged) for an empty title
// or an unknown cue.
bool retitleCue(ProjectData& data, CueId id, const QString& title);

} // namespace cuesheet
