#include "cuesheet/ui/timeline/timeline_edits.h"

#include "cuesheet/model/lane_occupancy.h"
#include "cuesheet/model/project.h"

#include <algorithm>
#include <set>

namespace cuesheet {

namespace {
QString cuesPhrase(std::size_t count) {
    return count == 1 ? QStringLiteral("cue") : QString::number(count) + QStringLiteral(" cues");
}
} // namespace

QString nextDefaultCueTitle(const Project& project) {
    for (std::size_t n = project.cues().size() + 1;; ++n) {
        const QString title = QStringLiteral("Cue %1").arg(n);
        if (!project.workTitled(title))
            return title;
    }
}

std::optional<CueId> addCueOnLane(Project& project, TimeRange range, int lane) {
    NewCue newCue;
    newCue.cue.in = range.start();
    newCue.cue.out = range.endExclusive();
    newCue.cue.lane = std::clamp(lane, 0, kLastLane);
    newCue.title = nextDefaultCueTitle(project);
    return project.requestAddCue(newCue);
}

int firstFreeLane(const Project& project, TimeRange range) {
    return lowestFreeLane(project.data(), range);
}

QString cueTagName(CueTag tag) {
    switch (tag) {
    case CueTag::Diegetic:
        return QStringLiteral("diegetic");
    case CueTag::NonDiegetic:
        return QStringLiteral("non-diegetic");
    case CueTag::DiegesisUnknown:
        return QStringLiteral("diegesis unknown");
    case CueTag::Score:
        return QStringLiteral("score");
    case CueTag::Song:
        return QStringLiteral("song");
    }
    return {};
}

bool tagCues(Project& project, const std::vector<CueId>& ids, CueTag tag) {
    const QString label = QStringLiteral("Tag %1 %2").arg(cuesPhrase(ids.size()), cueTagName(tag));
    return project.requestUpdateCues(ids, label, [tag](Cue& cue) {
        switch (tag) {
        case CueTag::Diegetic:
            cue.tags.diegesis = Diegesis::Diegetic;
            break;
        case CueTag::NonDiegetic:
            cue.tags.diegesis = Diegesis::NonDiegetic;
            break;
        case CueTag::DiegesisUnknown:
            cue.tags.diegesis = Diegesis::Unknown;
            break;
        case CueTag::Score:
            cue.tags.kind = MusicKind::Score;
            break;
        case CueTag::Song:
            cue.tags.kind = MusicKind::Song;
            break;
        }
    });
}

bool nudgeCues(Project& project, const std::vector<CueId>& ids, Time delta) {
    std::optional<Time> earliest;
    for (CueId id : ids)
        if (const Cue* cue = project.cue(id))
            earliest = earliest ? std::min(*earliest, cue->in) : cue->in;
    if (!earliest)
        return true;
    if (*earliest + delta < Time())
        delta = -*earliest;
    if (delta == Time())
        return true;
    return project.requestMoveCues(ids, delta);
}

bool moveCues(Project& project, const std::vector<CueId>& ids, Time delta, int laneDelta) {
    if (laneDelta == 0)
        return project.requestMoveCues(ids, delta);
    const QString label = QStringLiteral("Move %1").arg(cuesPhrase(ids.size()));
    return project.requestEdit(label, [&](ProjectData& data) {
        for (CueId id : ids) {
            const auto it = data.cues.find(id);
            if (it == data.cues.end())
                continue;
            it->second.in += delta;
            it->second.out += delta;
            it->second.lane += laneDelta;
        }
    });
}

} // namespace cuesheet
