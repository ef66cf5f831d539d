#pragma once

#include <QString>

namespace cuesheet {

// Where the waveform and thumbnail caches of a project's film are kept: a folder beside the
// project file ("night-train.cuesheet" -> "night-train.cuesheet-cache"), so they travel with
// the project and go when it goes. Inside, each film's files are named by its media identity,
// so a moved film finds its cache and a changed one does not. `fallback` (the user's cache
// folder) is used when the project is read-only or the folder beside it cannot be made.
// Creates the folder it returns.
QString mediaCacheFolderFor(const QString& projectPath, bool projectReadOnly,
                            const QString& fallback);

} // namespace cuesheet
