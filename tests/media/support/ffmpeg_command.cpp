#include "ffmpeg_command.h"

#include <QProcess>

namespace cuesheet::media::test {

QString runFfmpeg(const QStringList& arguments, int timeoutMs) {
    QProcess process;
    process.setProgram(QStringLiteral(CUESHEET_FFMPEG_EXECUTABLE));
    process.setArguments(QStringList{"-hide_banner", "-loglevel", "error", "-nostdin", "-y"} +
                         arguments);
    process.start();
    const QString shown = "ffmpeg " + arguments.join(' ');
    if (!process.waitForStarted())
        return shown + ": cannot start ffmpeg (" + process.errorString() + ")";
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return shown + ": timed out";
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return shown + ": exit code " + QString::number(process.exitCode()) + "\n" +
               QString::fromLocal8Bit(process.readAllStandardError());
    return {};
}

} // namespace cuesheet::media::test
