#include "window_test_support.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>

#include <stdexcept>

namespace cuesheet::test {

QString makeTestFilm(const QString& path, int seconds) {
    QProcess ffmpeg;
    ffmpeg.start("ffmpeg", {"-nostdin", "-v",
                            "error",    "-y",
                            "-f",       "lavfi",
                            "-i",       "testsrc=size=320x240:rate=25",
                            "-f",       "lavfi",
                            "-i",       "sine=frequency=440:sample_rate=48000",
                            "-t",       QString::number(seconds),
                            "-c:v",     "libx264",
                            "-preset",  "ultrafast",
                            "-g",       "25",
                            "-pix_fmt", "yuv420p",
                            "-c:a",     "aac",
                            path});
    if (!ffmpeg.waitForFinished(180000))
        return "ffmpeg did not finish: " + ffmpeg.errorString();
    if (ffmpeg.exitStatus() != QProcess::NormalExit || ffmpeg.exitCode() != 0)
        return "ffmpeg failed: " + QString::fromUtf8(ffmpeg.readAllStandardError());
    return {};
}

TestProject::TestProject()
    : societies_(SocietyTable::builtIn()) {
    if (!dir_.isValid())
        throw std::runtime_error("no scratch folder");
    path_ = dir_.filePath("test.cuesheet");
    ProjectHeader header;
    header.productionTitle = "Test Film";
    header.timecode = TimecodeFormat{FrameRate(25, 1), false};
    header.startFrame = 10 * 3600 * 25;
    header.runningTime = Time::fromWholeSeconds(600);
    QString error;
    session_ = ProjectSession::create(path_, header, societies_, &error);
    if (!session_)
        throw std::runtime_error(error.toStdString());
}

CueId TestProject::addCue(const QString& title, int inSeconds, int outSeconds, MusicKind kind,
                          Diegesis diegesis) {
    NewCue n;
    n.title = title;
    n.cue.in = at(inSeconds);
    n.cue.out = at(outSeconds);
    n.cue.tags.kind = kind;
    n.cue.tags.diegesis = diegesis;
    const auto id = project().requestAddCue(n);
    if (!id)
        throw std::runtime_error(project().lastError().toStdString());
    return *id;
}

QString TestProject::tc(int seconds, int frames) {
    return QString("10:%1:%2:%3")
        .arg(seconds / 60, 2, 10, QChar('0'))
        .arg(seconds % 60, 2, 10, QChar('0'))
        .arg(frames, 2, 10, QChar('0'));
}

Time TestProject::at(int seconds, int frames) {
    return Time::fromFrames(seconds * 25 + frames, FrameRate(25, 1));
}

void settle(int milliseconds) {
    QDeadlineTimer deadline(milliseconds);
    do
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    while (!deadline.hasExpired());
}

} // namespace cuesheet::test
