#pragma once

#include "cuesheet/model/project_data.h"

#include <QString>
#include <QStringList>

namespace cuesheet {

// Linking a cue to a file of the music library: the cue records the link, and empty fields
// are filled from the file's tags. What the user typed is never overwritten: each field is
// filled only while it is empty, and a filled field is not touched by a later link.
//
//   field               filled from           when
//   cue's work title    TITLE                 the title is a placeholder (below) and the file
//                                             has a TITLE tag; the cue is retitled as by
//                                             retitleCue() (joins a work of that title, else
//                                             renames the work of its only use, else gets a
//                                             new work), so parties stay with their title
//   work's writers      COMPOSER (role C),    the work has no writers; a name that is both
//                       LYRICIST (role A)     composer and lyricist is one writer, role CA;
//                                             shares are left at 0 so that validation asks
//                                             for them (the tags do not know the split, and
//                                             an even split would be a guess on a royalty
//                                             statement)
//   cue's ISRC          ISRC                  the tag is a well-formed ISRC (normalised)
//   cue's source file   the library path
//   cue's library label LABEL (publisher hint)
//
// The label is not made a publisher: a record label is not the music publisher, so the
// publishers are left to the user.
//
// A title is a *placeholder* when it is only the library file's name: it equals, ignoring
// case and runs of white space, the file name with or without its extension (or it is
// empty). Imports title cues from clip names without extension, so an imported cue of that
// file has a placeholder title until the user types another. A title that merely equals the
// cue's own source file name is not one: the user may have named the file after the title.

// Links cue `cueId` to library file `fileId` inside `data` and fills empty fields as above.
// Returns the fields filled, by their keys: "title", "writers", "isrc", "source-file",
// "label" (empty when only the link was set). Unknown ids change nothing.
QStringList linkCueToLibraryFile(ProjectData& data, CueId cueId, LibraryFileId fileId);

// True when `title` is only the name of `file` (see above).
bool isPlaceholderTitle(const QString& title, const LibraryFile& file);

// `fileName` without its last extension ("Rain.SUB.wav" -> "Rain.SUB"), or a path's last
// component without it. Backslashes count as separators: edit lists carry Windows paths.
QString fileNameWithoutExtension(const QString& fileNameOrPath);

} // namespace cuesheet
