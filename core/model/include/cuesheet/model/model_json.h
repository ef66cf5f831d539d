#pragma once

#include "cuesheet/model/change_set.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cuesheet {

// Lossless JSON forms of the model's values: the undo history in the project file stores
// change sets this way. Times are integer ticks, shares integer hundredths.
QJsonObject toJson(const Cue& cue);
QJsonObject toJson(const Work& work);
QJsonObject toJson(const ProjectHeader& header);
QJsonObject toJson(const LibraryFile& file);
QJsonObject toJson(const ChangeSet& change);

std::optional<Cue> cueFromJson(const QJsonObject& json, QString* error);
std::optional<Work> workFromJson(const QJsonObject& json, QString* error);
std::optional<ProjectHeader> headerFromJson(const QJsonObject& json, QString* error);
std::optional<LibraryFile> libraryFileFromJson(const QJsonObject& json, QString* error);
std::optional<ChangeSet> changeSetFromJson(const QJsonObject& json, QString* error);

} // namespace cuesheet
