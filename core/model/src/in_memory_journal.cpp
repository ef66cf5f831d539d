#include "cuesheet/model/in_memory_journal.h"

namespace cuesheet {

bool InMemoryJournal::record(const ChangeSet& change, HistoryStep step, QString* error) {
    switch (step) {
    case HistoryStep::Do:
        steps_.resize(applied_);
        steps_.push_back(change);
        applied_ = steps_.size();
        return true;
    case HistoryStep::Undo:
        if (applied_ == 0) {
            if (error)
                *error = "nothing to undo";
            return false;
        }
        --applied_;
        return true;
    case HistoryStep::Redo:
        if (applied_ == steps_.size()) {
            if (error)
                *error = "nothing to redo";
            return false;
        }
        ++applied_;
        return true;
    }
    return false;
}

std::optional<ChangeSet> InMemoryJournal::undoCandidate(QString*) {
    if (applied_ == 0)
        return std::nullopt;
    return steps_[applied_ - 1];
}

std::optional<ChangeSet> InMemoryJournal::redoCandidate(QString*) {
    if (applied_ == steps_.size())
        return std::nullopt;
    return steps_[applied_];
}

HistoryLabels InMemoryJournal::historyLabels() {
    HistoryLabels labels;
    if (applied_ > 0)
        labels.undo = steps_[applied_ - 1].label;
    if (applied_ < steps_.size())
        labels.redo = steps_[applied_].label;
    return labels;
}

} // namespace cuesheet
