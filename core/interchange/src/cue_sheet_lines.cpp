#include "cuesheet/interchange/cue_sheet_lines.h"

#include "cuesheet/model/sequence.h"

namespace cuesheet {

std::vector<CueSheetLine> cueSheetLines(const ProjectData& data) {
    std::vector<CueSheetLine> lines;
    int number = 0;
    for (CueId id : cuesInSequence(data)) {
        const Cue& cue = data.cues.at(id);
        const auto work = data.works.find(cue.workId);
        lines.push_back({++number, &cue, work == data.works.end() ? nullptr : &work->second});
    }
    return lines;
}

} // namespace cuesheet
