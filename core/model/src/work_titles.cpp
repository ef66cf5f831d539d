#include "cuesheet/model/work_titles.h"

#include "cuesheet/model/work_assignment.h"

namespace cuesheet {

QString titleKey(const QString& title) {
    return title.trimmed().toCaseFolded();
}

WorkTitles::WorkTitles(const ProjectData& data)
    : works_(data.works) {
    // In id order, and emplace keeps the first: the lowest id of equal titles wins.
    for (const auto& [id, work] : works_)
        byTitle_.emplace(titleKey(work.title), id);
}

WorkId WorkTitles::find(const QString& title) const {
    const auto it = byTitle_.find(titleKey(title));
    return it == byTitle_.end() ? 0 : it->second;
}

WorkId WorkTitles::workFor(const QString& title, ChangeSet& change) {
    if (const WorkId known = find(title))
        return known;
    Work work;
    work.id = nextFreeId(works_);
    work.title = title.trimmed();
    works_.emplace(work.id, work);
    byTitle_.emplace(titleKey(work.title), work.id);
    change.works.push_back({work.id, std::nullopt, work});
    return work.id;
}

const Work& WorkTitles::work(WorkId id) const {
    return works_.at(id);
}

} // namespace cuesheet
