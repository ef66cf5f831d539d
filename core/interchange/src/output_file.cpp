#include "cuesheet/interchange/output_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace cuesheet {

namespace {

QByteArray encoded(const QString& path) {
    return QFile::encodeName(path);
}

// What is at `path` without following a symbolic link; nullopt when nothing is there.
std::optional<struct stat> linkStatus(const QString& path) {
    struct stat status {};
    if (::lstat(encoded(path).constData(), &status) != 0)
        return std::nullopt;
    return status;
}

std::optional<struct stat> followedStatus(const QString& path) {
    struct stat status {};
    if (::stat(encoded(path).constData(), &status) != 0)
        return std::nullopt;
    return status;
}

// The path with its folder resolved (symbolic links, "..", relative parts); the file itself
// need not exist. Two spellings of one place give the same string.
QString placeOf(const QString& path) {
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : folder + '/' + info.fileName();
}

QString kindOf(mode_t mode) {
    if (S_ISDIR(mode))
        return QStringLiteral("a folder");
    if (S_ISLNK(mode))
        return QStringLiteral("a symbolic link");
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO (named pipe)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    return QStringLiteral("not a regular file");
}

bool syncFile(const QString& path) {
    const int fd = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// The folder's entry for the renamed file is on disk too; a failure here is not an error
// of the write (some file systems refuse fsync on a folder).
void syncFolder(const QString& folder) {
    const int fd = ::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

QString refusalToWrite(const OutputTarget& target) {
    const QString& path = target.path;
    if (path.isEmpty())
        return QStringLiteral("no output file was named");
    auto refuse = [&](const QString& why) { return path + ": " + why; };

    const QString place = placeOf(path);
    const auto targetStatus = followedStatus(path);
    for (int i = 0; i < target.protectedFiles.size(); ++i) {
        const QString& kept = target.protectedFiles[i];
        bool same = placeOf(kept) == place;
        if (!same && targetStatus) {
            const auto keptStatus = followedStatus(kept);
            same = keptStatus && keptStatus->st_dev == targetStatus->st_dev &&
                   keptStatus->st_ino == targetStatus->st_ino;
        }
        if (same)
            return refuse(i == 0 ? QString("is the open project (%1); an export never replaces "
                                           "it: choose another file name")
                                       .arg(kept)
                                 : QString("is %1, which belongs to the open project; choose "
                                           "another file name")
                                       .arg(kept));
    }

    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        return refuse("cannot write: the folder " + info.absolutePath() + " does not exist");
    if (const auto status = linkStatus(path); status && !S_ISREG(status->st_mode))
        return refuse("is " + kindOf(status->st_mode) +
                      ", not a regular file; an export only creates or replaces regular files");
    return {};
}

std::optional<OutputWritten> writeOutputFile(const OutputTarget& target, const QByteArray& bytes,
                                             QString* error) {
    return writeOutputFileWith(
        target,
        [&bytes](const QString& temporaryPath, QString* why) {
            QFile file(temporaryPath);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                file.write(bytes) != bytes.size() || !file.flush()) {
                *why = file.errorString();
                return false;
            }
            return true;
        },
        error);
}

std::optional<OutputWritten> writeOutputFileWith(const OutputTarget& target,
                                                 const OutputWriter& writeTo, QString* error) {
    auto fail = [&](const QString& why) -> std::optional<OutputWritten> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (const QString refusal = refusalToWrite(target); !refusal.isEmpty())
        return fail(refusal);

    const QFileInfo info(target.path);
    const QString cannotWrite = target.path + ": cannot write: ";
    // A hidden name beside the target (same file system, so the rename is atomic), created
    // with 0666 so that the kernel applies the umask as for any new file.
    QString temporaryPath;
    for (int attempt = 0; attempt < 100 && temporaryPath.isEmpty(); ++attempt) {
        const QString candidate = info.absolutePath() + "/." + info.fileName() + '.' +
                                  QString::number(QRandomGenerator::global()->generate(), 36) +
                                  ".part";
        const int fd =
            ::open(encoded(candidate).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            ::close(fd);
            temporaryPath = candidate;
        } else if (errno != EEXIST) {
            return fail(cannotWrite + QString::fromLocal8Bit(std::strerror(errno)));
        }
    }
    if (temporaryPath.isEmpty())
        return fail(cannotWrite + "no free temporary name in " + info.absolutePath());
    // Whatever happens below, the temporary file does not stay.
    const std::unique_ptr<const QString, void (*)(const QString*)> cleanup(
        &temporaryPath, [](const QString* p) { QFile::remove(*p); });

    QString why;
    if (!writeTo(temporaryPath, &why))
        return fail(cannotWrite + (why.isEmpty() ? QStringLiteral("the export failed") : why));
    if (!syncFile(temporaryPath))
        return fail(cannotWrite + QString::fromLocal8Bit(std::strerror(errno)));

    // Checked again just before the rename: the path may have changed while we wrote.
    if (const QString refusal = refusalToWrite(target); !refusal.isEmpty())
        return fail(refusal);
    const bool replacing = linkStatus(target.path).has_value();
    // A replaced file keeps its permissions; a new one has those its creation gave it.
    if (replacing)
        QFile::setPermissions(temporaryPath, QFile::permissions(target.path));
    if (std::rename(encoded(temporaryPath).constData(),
                    encoded(info.absoluteFilePath()).constData()) != 0)
        return fail(cannotWrite + QString::fromLocal8Bit(std::strerror(errno)));
    syncFolder(info.absolutePath());
    return replacing ? OutputWritten::Replaced : OutputWritten::Created;
}

} // namespace cuesheet
