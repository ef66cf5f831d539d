#include "library_test_support.h"

#include <catch2/catch.hpp>

#include <QProcess>

namespace cuesheet::test {

QString runTool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120'000);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    return program + ' ' + arguments.join(' ') + ": " +
           (finished ? QString::fromUtf8(process.readAllStandardError()) : process.errorString());
}

void makeAudio(const QString& path, double seconds, const QStringList& extra) {
    QStringList arguments{
        "-hide_banner", "-loglevel", "error",
        "-nostdin",     "-y",        "-f",
        "lavfi",        "-i",        QString("sine=frequency=440:duration=%1").arg(seconds)};
    arguments << extra << path;
    const QString error = runTool(CUESHEET_FFMPEG_EXECUTABLE, arguments);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}

} // namespace cuesheet::test
