#include "cuesheet/ui/cue_selection.h"

namespace cuesheet {

void CueSelection::select(const std::set<CueId>& ids, CueId current) {
    if (current != 0 && !ids.count(current))
        current = 0;
    if (current == 0 && !ids.empty())
        current = *ids.rbegin();
    if (ids == ids_ && current == current_)
        return;
    ids_ = ids;
    current_ = current;
    emit selectionChanged();
}

void CueSelection::toggle(CueId id) {
    std::set<CueId> ids = ids_;
    if (!ids.erase(id))
        ids.insert(id);
    select(ids, ids.count(id) ? id : 0);
}

} // namespace cuesheet
