#include "cuesheet/model/work_assignment.h"

#include "cuesheet/model/work_titles.h"

#include <algorithm>

namespace cuesheet {

WorkId workIdTitled(const ProjectData& data, const QString& title) {
    const QString wanted = titleKey(title);
    for (const auto& [id, work] : data.works) // in id order: the lowest id wins
        if (titleKey(work.title) == wanted)
            return id;
    return 0;
}

bool retitleCue(ProjectData& data, CueId id, const QString& title) {
    const QString trimmed = title.trimmed();
    const auto cue = data.cues.find(id);
    if (trimmed.isEmpty() || cue == data.cues.end())
        return false;
    const WorkId current = cue->second.workId;
    const auto currentWork = data.works.find(current);
    if (currentWork != data.works.end() && currentWork->second.title == trimmed)
        return true;
    const WorkId target = workIdTitled(data, trimmed);
    if (target != 0 && target != current) {
        cue->second.workId = target;
        return true;
    }
    const bool onlyUse = std::none_of(data.cues.begin(), data.cues.end(), [&](const auto& entry) {
        return entry.first != id && entry.second.workId == current;
    });
    if (currentWork != data.works.end() && (onlyUse || target == current)) {
        currentWork->second.title = trimmed;
        return true;
    }
    Work fresh;
    fresh.id = nextFreeWorkId(data);
    fresh.title = trimmed;
    data.works.emplace(fresh.id, fresh);
    cue->second.workId = fresh.id;
    return true;
}

} // namespace cuesheet
