#include "cuesheet/model/sequence.h"

#include <algorithm>

namespace cuesheet {

std::vector<CueId> cuesInSequence(const ProjectData& data) {
    std::vector<const Cue*> cues;
    cues.reserve(data.cues.size());
    for (const auto& [id, cue] : data.cues)
        cues.push_back(&cue);
    std::sort(cues.begin(), cues.end(), [](const Cue* x, const Cue* y) {
        if (x->in != y->in)
            return x->in < y->in;
        if (x->lane != y->lane)
            return x->lane < y->lane;
        return x->id < y->id;
    });
    std::vector<CueId> ids;
    ids.reserve(cues.size());
    for (const Cue* c : cues)
        ids.push_back(c->id);
    return ids;
}

Time totalMusicDuration(const ProjectData& data) {
    Time total;
    for (const auto& [id, cue] : data.cues)
        if (cue.out > cue.in)
            total += cue.duration();
    return total;
}

} // namespace cuesheet
