#pragma once

#include "cuesheet/model/society.h"
#include "cuesheet/ui/project_session.h"

#include <QTemporaryDir>

#include <memory>

namespace cuesheet::test {

// A project file in a scratch folder, at 25 fps starting at 10:00:00:00 with a running time
// of ten minutes, so timecodes in tests read easily: second s is 10:00:ss:00.
class TestProject {
public:
    TestProject();

    ProjectSession& session() { return *session_; }
    Project& project() { return session_->project(); }
    QString path() const { return path_; }
    QString folder() const { return dir_.path(); }
    const SocietyTable& societies() const { return societies_; }

    // Adds a cue over [inSeconds, outSeconds) (one undo step each).
    CueId addCue(const QString& title, int inSeconds, int outSeconds,
                 MusicKind kind = MusicKind::Score, Diegesis diegesis = Diegesis::Unknown);
    // "10:00:SS:FF" for a time in seconds + frames.
    static QString tc(int seconds, int frames = 0);
    static Time at(int seconds, int frames = 0);

private:
    QTemporaryDir dir_;
    SocietyTable societies_;
    QString path_;
    std::unique_ptr<ProjectSession> session_;
};

// Writes `path`: `seconds` of 320x240 H.264 at 25 fps (a keyframe every second) from
// FFmpeg's testsrc, with a mono 440 Hz sine sound track, made with the `ffmpeg` command. Returns
// an empty string, or what went wrong.
QString makeTestFilm(const QString& path, int seconds);

// Runs queued events (deferred validation, queued signals) for a moment.
void settle(int milliseconds = 20);

} // namespace cuesheet::test
