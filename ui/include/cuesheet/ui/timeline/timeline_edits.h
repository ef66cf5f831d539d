#pragma once

#include "cuesheet/model/ids.h"
#include "cuesheet/time/time.h"

#include <QString>

#include <optional>
#include <vector>

namespace cuesheet {

class Project;

// The edits the timeline makes, each exactly one undoable Project request (so Edit > Undo
// reverts each whole). Each returns what the request returned; on failure nothing changed and
// project.lastError() says why.

// "Cue N" for the smallest N >= cue count + 1 that no work is titled yet: a new cue must not
// join another cue's work just because the default titles matched.
QString nextDefaultCueTitle(const Project& project);

// Adds a cue over `range` on `lane` with the default title (kind score, diegesis unknown).
std::optional<CueId> addCueOnLane(Project& project, TimeRange range, int lane);

// The lowest lane on which `range` overlaps no cue.
int firstFreeLane(const Project& project, TimeRange range);

// The tag keys of the timeline (see TimelineView): one fact each.
enum class CueTag { Diegetic, NonDiegetic, DiegesisUnknown, Score, Song };
bool tagCues(Project& project, const std::vector<CueId>& ids, CueTag tag);
// "diegetic", "non-diegetic", "diegesis unknown", "score", "song".
QString cueTagName(CueTag tag);

// Shifts the cues by `delta`, limited so that none starts before programme time 0. Returns
// true when moved or when the limit leaves nothing to move (no request then); false only when
// the project refused.
bool nudgeCues(Project& project, const std::vector<CueId>& ids, Time delta);

// Moves cues by `delta` and `laneDelta` lanes in one step (a drag of a selection).
bool moveCues(Project& project, const std::vector<CueId>& ids, Time delta, int laneDelta);

} // namespace cuesheet
