#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace cuesheet {

// A file the user named as the output of an export (a cue sheet, a statistics table or
// picture). Writing it never damages anything else:
//
//  - the open project and the files SQLite keeps beside it (`protectedFiles`, see
//    ProjectFile::filesOnDisk()) are refused under any spelling: another relative path, a
//    symbolic link to them, a hard link;
//  - only a regular file is replaced: a folder, a FIFO, a device, a socket or a symbolic
//    link at the path is refused (writing "through" them is how a FIFO became a regular file
//    and a link's target was overwritten);
//  - the content goes to a temporary file in the target's folder, flushed to disk, and is
//    renamed over the target only when complete, so a failed write leaves the old file (or
//    nothing) and never half a file.
//
//   OutputTarget target{out, file->filesOnDisk()};
//   QString error;
//   const auto written = writeOutputFile(target, bytes, &error);
//   if (!written) { report(error); }          // nothing was changed
//   else if (*written == OutputWritten::Replaced) { say("replaced " + out); }
struct OutputTarget {
    QString path;
    QStringList protectedFiles;
};

enum class OutputWritten { Created, Replaced };

// Empty when `target.path` may be written (created or replaced); otherwise why not, naming
// the path ("PATH: is the open project ...").
QString refusalToWrite(const OutputTarget& target);

// Writes `bytes` to the target as described above. nullopt with *error naming the file when
// refused or when writing fails.
std::optional<OutputWritten> writeOutputFile(const OutputTarget& target, const QByteArray& bytes,
                                             QString* error);

// The same for writers that need a file name of their own (libxlsxwriter, QImage::save):
// `writeTo` writes the whole content to the temporary path it is given and returns false
// with *error set when it cannot.
using OutputWriter = std::function<bool(const QString& temporaryPath, QString* error)>;
std::optional<OutputWritten> writeOutputFileWith(const OutputTarget& target,
                                                 const OutputWriter& writeTo, QString* error);

} // namespace cuesheet
