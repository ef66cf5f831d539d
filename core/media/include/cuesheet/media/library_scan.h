#pragma once

#include "cuesheet/media/tag_reader.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cuesheet::media {

// The audio files of a music library to be, with their tags: what "add files or a folder"
// reads before anything is added to a project.
struct ScannedAudioFile {
    QString path;     // absolute (QFileInfo::absoluteFilePath), symlinks not resolved
    QString fileName; // its last component
    AudioFileTags tags;
};

struct LibraryScan {
    std::vector<ScannedAudioFile> files; // in the order given; a folder's files sorted by path
    QStringList problems; // one sentence per path that was skipped, naming it and the reason
};

// Audio file names: .wav .aif .aiff .mp3 .flac .ogg .oga .opus .m4a .mp4 .aac (any case).
bool hasAudioFileExtension(const QString& fileName);

// Reads every path: a file is read whatever its extension (the user named it); a folder is
// searched recursively for files with an audio extension (symbolic links to folders are not
// followed, so a link loop cannot trap it). A path given twice, or reached twice, is read
// once. Unreadable files and missing paths go to `problems` and are skipped.
LibraryScan scanAudioFiles(const QStringList& paths);

} // namespace cuesheet::media
