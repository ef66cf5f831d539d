#pragma once

#include "cuesheet/model/change_set.h"
#include "cuesheet/model/project_data.h"

#include <QString>

#include <unordered_map>

namespace cuesheet {

// The one rule for "the work a title names": titles are compared trimmed and case-folded
// ("Main Title", " main title " and "MAIN TITLE" name one work), and when several works match
// the lowest id wins. Every edit that gives a cue a title goes through it: Project's requests,
// retitling, and every import.
QString titleKey(const QString& title);

// The works of a change being built (an import, a new cue): finds the work a title names,
// among the project's works and those the change created so far, or creates it with the next
// free id and adds it to the change. One lookup per title, not a scan of every work.
//
//   WorkTitles works(data);
//   for (const auto& row : rows)
//       cue.workId = works.workFor(row.title, change);
class WorkTitles {
public:
    explicit WorkTitles(const ProjectData& data);

    // The id of the work `title` names; 0 when none.
    WorkId find(const QString& title) const;
    // The work `title` names, created (with the trimmed title, no parties) and appended to
    // `change.works` when there is none yet.
    WorkId workFor(const QString& title, ChangeSet& change);
    // The state of work `id` as this change leaves it so far (created ones included).
    const Work& work(WorkId id) const;

private:
    std::map<WorkId, Work> works_;
    std::unordered_map<QString, WorkId> byTitle_;
};

} // namespace cuesheet
