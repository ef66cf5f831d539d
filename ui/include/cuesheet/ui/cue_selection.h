#pragma once

#include "cuesheet/model/ids.h"

#include <QObject>

#include <set>

namespace cuesheet {

// The selected cues, shared by the timeline, the cue table and the inspector so that a
// selection made in one shows in all. Ids of cues that no longer exist are dropped by
// whoever notices (pruneTo).
class CueSelection : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    const std::set<CueId>& ids() const { return ids_; }
    bool contains(CueId id) const { return ids_.count(id) > 0; }
    bool isEmpty() const { return ids_.empty(); }
    // The cue edited by single-cue views: the most recently added to the selection.
    CueId current() const { return current_; }

    void select(const std::set<CueId>& ids, CueId current = 0);
    void selectOnly(CueId id) { select({id}, id); }
    void toggle(CueId id);
    void clear() { select({}); }
    // Keeps only ids for which `exists` is true.
    template <typename Exists> void pruneTo(Exists exists) {
        std::set<CueId> kept;
        for (CueId id : ids_)
            if (exists(id))
                kept.insert(id);
        if (kept != ids_)
            select(kept, kept.count(current_) ? current_ : 0);
    }

signals:
    void selectionChanged();

private:
    std::set<CueId> ids_;
    CueId current_ = 0;
};

} // namespace cuesheet
