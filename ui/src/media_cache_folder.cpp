#include "cuesheet/ui/media_cache_folder.h"

#include <QDir>
#include <QFileInfo>

namespace cuesheet {

QString mediaCacheFolderFor(const QString& projectPath, bool projectReadOnly,
                            const QString& fallback) {
    if (!projectReadOnly && !projectPath.isEmpty()) {
        const QFileInfo project(projectPath);
        const QString beside = project.absoluteDir().filePath(project.fileName() + "-cache");
        // A read-only project is somebody else's (or archived): its folder is left alone.
        if (QDir().mkpath(beside) && QFileInfo(beside).isWritable())
            return beside;
    }
    QDir().mkpath(fallback);
    return fallback;
}

} // namespace cuesheet
