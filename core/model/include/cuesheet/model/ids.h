#pragma once

#include <cstdint>

namespace cuesheet {

// Identifiers are positive. Undo brings an entity back under its old id; because history
// is linear, an id freed by a removal can be given to a new entity only while that removal
// is undone-before-it in the same order, so ids in the history never clash.
using CueId = std::int64_t;
using WorkId = std::int64_t;
using LibraryFileId = std::int64_t; // 0 = none (a cue not linked to the music library)

} // namespace cuesheet
