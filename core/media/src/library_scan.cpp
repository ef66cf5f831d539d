#include "cuesheet/media/library_scan.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>
#include <set>

namespace cuesheet::media {

bool hasAudioFileExtension(const QString& fileName) {
    static const QStringList kExtensions{"wav", "aif",  "aiff", "mp3", "flac", "ogg",
                                         "oga", "opus", "m4a",  "mp4", "aac"};
    return kExtensions.contains(QFileInfo(fileName).suffix(), Qt::CaseInsensitive);
}

namespace {

QStringList audioFilesUnder(const QString& folder) {
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (hasAudioFileExtension(path))
            found.append(QFileInfo(path).absoluteFilePath());
    }
    // The file system's order is arbitrary; ids follow this order, so make it stable.
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

LibraryScan scanAudioFiles(const QStringList& paths) {
    LibraryScan scan;
    std::set<QString> seen;
    auto read = [&](const QString& path) {
        if (!seen.insert(path).second)
            return;
        auto tags = readAudioFileTags(path);
        if (!tags) {
            scan.problems.append(tags.errorMessage());
            return;
        }
        scan.files.push_back({path, QFileInfo(path).fileName(), std::move(tags.value())});
    };
    for (const QString& given : paths) {
        const QFileInfo info(given);
        if (info.isDir()) {
            const QStringList files = audioFilesUnder(info.absoluteFilePath());
            if (files.isEmpty())
                scan.problems.append("folder '" + given + "': no audio files in it");
            for (const QString& path : files)
                read(path);
        } else {
            read(info.exists() ? info.absoluteFilePath() : given);
        }
    }
    return scan;
}

} // namespace cuesheet::media
