#pragma once

#include "cuesheet/model/project_header.h"

#include <QString>

#include <vector>

namespace cuesheet {

// The header fields by their text keys, for the CLI (`cuesheet set FILE FIELD VALUE`), CSV
// header blocks and the header dialog.
struct HeaderFieldInfo {
    QString key;
    QString description;
};
const std::vector<HeaderFieldInfo>& headerFields();
// The short name of a field for people ("release date" for `release-date`): its description
// up to any parenthesis or colon; the key itself for an unknown key.
QString headerFieldName(const QString& key);

// The field as text (timecodes in the project's format); empty for an unknown key.
QString headerFieldText(const ProjectHeader& header, const QString& key);
// Sets one field from text. Returns an empty string on success, else a sentence naming the
// field and what was expected (and `header` is unchanged). Changing the rate or the
// drop-frame mode keeps the start timecode's label (01:00:00:00 stays 01:00:00:00; refused
// when that label does not exist in the new format); a new rate turns drop-frame off where it
// is undefined.
QString setHeaderFieldFromText(ProjectHeader& header, const QString& key, const QString& value);

} // namespace cuesheet
