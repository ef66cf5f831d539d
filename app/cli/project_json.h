#pragma once

#include "cuesheet/model/project_data.h"
#include "cuesheet/model/validation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cuesheet::cli {

// The JSON shapes of `cuesheet list/info/validate --json` (docs/cli.md). Times are timecode
// strings in the project's rate and drop mode, and seconds from the programme start (the
// start timecode is 0) as numbers for convenience; the project file keeps exact ticks.
QJsonObject projectHeaderJson(const ProjectData& data);
QJsonArray cuesJson(const ProjectData& data);
QJsonArray findingsJson(const std::vector<Finding>& findings, const ProjectData& data);

} // namespace cuesheet::cli
