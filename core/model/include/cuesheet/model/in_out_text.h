#pragma once

#include "cuesheet/model/project_header.h"

#include <QString>

#include <optional>

namespace cuesheet {

// Timecode text <-> programme time, for a project's header: timecode labels are counted
// from the start timecode, which is time zero.
//
// Programme time of a label = (label's frame count - start frame) frames at the rate.
std::optional<Time> programmeTimeOfTimecode(const QString& text, const ProjectHeader& header,
                                            QString* error);
// The label of the frame at or before `time` (times from the model are frame-aligned; a
// time between frames shows the frame being displayed then).
QString timecodeOfProgrammeTime(Time time, const ProjectHeader& header);
// A duration as timecode counted from 00:00:00:00 in the project's format.
QString timecodeOfDuration(Time duration, const ProjectHeader& header);

} // namespace cuesheet
