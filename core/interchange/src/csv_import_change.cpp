#include "cuesheet/interchange/csv_import.h"

#include "cuesheet/interchange/lane_occupancy.h"
#include "cuesheet/model/work_assignment.h"

#include <unordered_map>

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
    ProjectData scratch;
    scratch.works = data.works;
    std::map<WorkId, Work> touched; // work id -> its state after the import

    LaneOccupancy occupancy;
    for (const auto& [id, cue] : data.cues)
        occupancy.add(cue.lane, cue.range());
    // Rows that name their lane keep it (a generic sheet read back stays as it was); place
    // them first so that rows without one avoid them.
    for (const CsvCueRow& row : import.rows)
        if (row.hasLane)
            occupancy.add(row.cue.lane, row.cue.range());

    // Title -> work as workIdTitled matches them (trimmed, case-insensitive, the lowest id
    // first), without a scan of every work per row.
    auto titleKey = [](const QString& title) { return title.trimmed().toCaseFolded(); };
    std::unordered_map<QString, WorkId> workTitled;
    for (const auto& [id, work] : data.works)
        workTitled.emplace(titleKey(work.title), id);

    CueId nextCue = nextFreeCueId(data);
    for (const CsvCueRow& row : import.rows) {
        const auto known = workTitled.find(titleKey(row.title));
        WorkId workId = known == workTitled.end() ? 0 : known->second;
        if (workId == 0) {
            Work work;
            work.id = nextFreeWorkId(scratch);
            work.title = row.title.trimmed();
            scratch.works.emplace(work.id, work);
            workTitled.emplace(titleKey(work.title), work.id);
            workId = work.id;
            touched[workId] = work;
        }
        if (row.writers || row.publishers || row.iswc) {
            Work& work = touched.try_emplace(workId, scratch.works.at(workId)).first->second;
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
    for (const auto& [id, work] : touched) {
        const auto existing = data.works.find(id);
        if (existing == data.works.end())
            change.works.push_back({id, std::nullopt, work});
        else if (!(existing->second == work))
            change.works.push_back({id, existing->second, work});
    }
    return change;
}

} // namespace cuesheet
