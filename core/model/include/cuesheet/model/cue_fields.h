#pragma once

#include "cuesheet/model/cue.h"
#include "cuesheet/model/project_header.h"

#include <QString>
#include <QStringList>

namespace cuesheet {

// Cue fields by their text keys (CLI `edit-cue --KEY VALUE`, CSV import, table editing):
//   in out lane kind diegesis visual vocal theme origin usage isrc source-file label
//   catalogue track notes
// Title, ISWC and parties belong to the cue's work (Project::requestSetTitle/UpdateWork).
QStringList cueFieldKeys();

// The field's name for people ("library label" for `label`), for undo command names; the
// key itself for an unknown key.
QString cueFieldName(const QString& key);

// Sets one field from text. Returns an empty string on success, else a sentence naming the
// field and what was expected (and `cue` is unchanged). `in`/`out` take timecode in the
// header's format; `vocal`/`origin` take "auto" to follow the kind; `usage` takes "auto" to
// clear the override.
QString setCueFieldFromText(Cue& cue, const QString& key, const QString& value,
                            const ProjectHeader& header);

// The in point, out point or duration of a cue as typed in the editor (the cue table and the
// inspector both call it): `in`/`out` as setCueFieldFromText takes them; `duration` is
// timecode counted from 00:00:00:00 in the header's format and moves the out point. The
// result must end after it starts. Returns an empty string on success, else a sentence saying
// what is wrong (and `cue` is unchanged).
QString setCueTimeFromText(Cue& cue, const QString& key, const QString& value,
                           const ProjectHeader& header);

} // namespace cuesheet
