#pragma once

#include "cuesheet/model/change_set.h"

#include <QString>

#include <optional>

namespace cuesheet {

enum class HistoryStep { Do, Undo, Redo };

struct HistoryLabels {
    std::optional<QString> undo; // label of the step undo would revert
    std::optional<QString> redo; // label of the step redo would re-apply
};

// Where a Project writes its changes and keeps its undo history: the project file
// (core/store's SQLite journal) or memory (InMemoryJournal).
//
// Contract: record() writes the entity states and the history step in one transaction.
//   Do   : stores `change`'s after-states, drops any redo steps, appends `change`.
//   Undo : stores `change`'s before-states and marks the last applied step undone.
//   Redo : stores `change`'s after-states and marks the first undone step applied.
// It returns true once the write is durable; on failure it returns false, sets *error, and
// the stored project is unchanged.
class ProjectJournal {
public:
    virtual ~ProjectJournal() = default;
    virtual bool record(const ChangeSet& change, HistoryStep step, QString* error) = 0;
    // The step undo would revert / redo would re-apply, in its original (forward) direction.
    virtual std::optional<ChangeSet> undoCandidate(QString* error) = 0;
    virtual std::optional<ChangeSet> redoCandidate(QString* error) = 0;
    virtual HistoryLabels historyLabels() = 0;
};

} // namespace cuesheet
