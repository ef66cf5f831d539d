#pragma once

// The deterministic edit script of the crash-safety test, shared by the child that applies
// it to a project file (crash_child) and the test that replays it in memory to know every
// state the file may be in.

#include "cuesheet/model/project.h"

namespace cuesheet::crashtest {

constexpr int kEditCount = 500;

ProjectHeader initialHeader();

// Applies edit number `index` (0-based) to `project`: add, remove, move or trim, tag,
// retitle, edit parties, edit the header, undo or redo. Which one, and its values, follow
// from `index` and the project's state only, so replaying the edits from the same state
// gives the same states. Returns false with *error when the project refused the edit.
bool applyEdit(Project& project, int index, QString* error);

} // namespace cuesheet::crashtest
