#pragma once

#include "cuesheet/media/media_identity.h"
#include "cuesheet/model/project.h"

#include <QString>

namespace cuesheet {

enum class FilmMatch {
    SameContent,      // the identity stored in the project matches the film's
    DifferentContent, // it does not: another film, or a re-export
    NothingStored,    // the project recorded no identity (or one that cannot be read)
};

// Whether `film` (with identity `identity`) is the film `header` was made for: what `cuesheet
// relink` and the editor's Relink Film both check before pointing the project at it.
FilmMatch matchFilm(const ProjectHeader& header, const media::MediaIdentity& identity);

// The sentence both programs say when the content differs.
QString differentFilmMessage(const QString& filmPath, const ProjectHeader& header);

// Points the project at `filmPath` (stored absolute) with its identity, as one undoable step
// labelled "Relink the film". The caller decides beforehand what a DifferentContent match
// means (refuse, ask, --force). Returns false with project.lastError() set on failure;
// nothing is changed then.
bool relinkFilm(Project& project, const QString& filmPath, const media::MediaIdentity& identity);

} // namespace cuesheet
