#pragma once

#include "cuesheet/model/change_set.h"

namespace cuesheet {

// The change that takes `before` to `after`, entity by entity (only what differs). Lets a
// compound edit be written as "copy, modify, diff" and still be one undo step.
ChangeSet changeBetween(const ProjectData& before, const ProjectData& after, const QString& label);

} // namespace cuesheet
