#include "cuesheet/interchange/csv_import.h"

#include "cuesheet/model/lane_occupancy.h"
#include "cuesheet/model/work_assignment.h"
#include "cuesheet/model/work_titles.h"

namespace cuesheet {

ChangeSet csvImportChangeSet(const ProjectData& data, const CsvImport& import,
                             const QString& label) {
    ChangeSet change;
    change.label = label;
    if (!import.accepted)
        return change;
    if (!(import.header == data.header))
        change.header = std::make_pair(data.header, import.header);

    // Works as they will be: existing ones updated by the rows, new ones for new titles.
    WorkTitles works(data);
    std::map<WorkId, Work> partiesSet; // work id -> its state after the rows' parties
    LaneOccupancy occupancy(data);
    // Rows that name their lane keep it (a generic sheet read back stays as it was); place
    // them first so that rows without one avoid them.
    for (const CsvCueRow& row : import.rows)
        if (row.hasLane)
            occupancy.add(row.cue.lane, row.cue.range());

    CueId nextCue = nextFreeCueId(data);
    for (const CsvCueRow& row : import.rows) {
        const WorkId workId = works.workFor(row.title, change);
        if (row.writers || row.publishers || row.iswc) {
            Work& work = partiesSet.try_emplace(workId, works.work(workId)).first->second;
            if (row.writers)
                work.writers = *row.writers;
            if (row.publishers)
                work.publishers = *row.publishers;
            if (row.iswc)
                work.iswc = *row.iswc;
        }
        Cue cue = row.cue;
        cue.id = nextCue++;
        cue.workId = workId;
        if (!row.hasLane) {
            cue.lane = occupancy.lowestFreeLane(cue.range());
            occupancy.add(cue.lane, cue.range());
        }
        change.cues.push_back({cue.id, std::nullopt, cue});
    }
    // Works this import created carry their parties; existing ones change where a row set them.
    for (auto& created : change.works)
        if (const auto set = partiesSet.find(created.id); set != partiesSet.end()) {
            created.after = set->second;
            partiesSet.erase(set);
        }
    for (const auto& [id, work] : partiesSet) {
        const Work& existing = data.works.at(id);
        if (!(existing == work))
            change.works.push_back({id, existing, work});
    }
    return change;
}

} // namespace cuesheet
