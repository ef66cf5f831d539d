#pragma once

#include "cuesheet/model/project_journal.h"

#include <vector>

namespace cuesheet {

// A journal that keeps history in memory only: for projects not backed by a file, and tests.
class InMemoryJournal final : public ProjectJournal {
public:
    bool record(const ChangeSet& change, HistoryStep step, QString* error) override;
    std::optional<ChangeSet> undoCandidate(QString* error) override;
    std::optional<ChangeSet> redoCandidate(QString* error) override;
    HistoryLabels historyLabels() override;

private:
    std::vector<ChangeSet> steps_;
    std::size_t applied_ = 0; // steps_[0, applied_) are applied; the rest can be redone
};

} // namespace cuesheet
