#pragma once

#include "cuesheet/time/frame_rate.h"
#include "cuesheet/time/time.h"

#include <QImage>
#include <QObject>
#include <QSize>

#include <memory>

namespace cuesheet {

namespace media {
class PlaybackEngine;
}

// The window's player: the position on the film, the picture there, playback with a J-K-L
// shuttle, frame steps. A thin layer over core/media's PlaybackEngine (demux, decode and
// audio threads; the sound heard as master clock when there is an output device, else a
// monotonic clock), adding what the window needs:
//   - a position that exists without a film (a project whose film is missing still has a
//     playhead the timeline and the transport show);
//   - the shuttle as the J / K / L keys count it (1, 2, 4, 8 forwards or backwards);
//   - opening in the background, so the window is drawn and responsive while the film opens.
//
// Positions are programme times: time zero is the film's first frame.
class FramePlayer : public QObject {
    Q_OBJECT
public:
    explicit FramePlayer(QObject* parent = nullptr);
    ~FramePlayer() override;

    // Opens the film in the background (the GUI thread never reads it); opened() follows. An
    // empty path closes.
    void open(const QString& path);
    bool isOpen() const { return open_; }
    bool hasFrame() const { return hasFrame_; }
    Time position() const { return position_; }
    Time duration() const { return duration_; }
    FrameRate frameRate() const { return rate_; }
    QSize displaySize() const { return displaySize_; }
    // True while the sound drives the clock (an output device exists and the film has sound).
    bool hasAudioClock() const;

    // 0 = paused; 1 = play; 2, 4, 8 fast forward; -1, -2, -4, -8 backwards.
    int shuttle() const { return shuttle_; }
    bool isPlaying() const { return shuttle_ != 0; }
    // The start of the last frame: the latest position a seek can reach.
    Time lastFrameStart() const;

public slots:
    void seek(cuesheet::Time time);
    void play();
    void pause();
    void togglePlay();
    // J: backwards, faster at each press. K: pause. L: forwards, faster at each press.
    void shuttleBackward();
    void shuttleForward();
    void setShuttle(int rate);
    // Pauses and moves by whole frames.
    void stepFrames(int frames);

signals:
    void opened(bool ok, const QString& message);
    void positionChanged(cuesheet::Time position);
    void frameReady(const QImage& image, cuesheet::Time pts);
    void shuttleChanged(int rate);
    void decodeFailed(const QString& message);

private:
    void onEngineOpened(bool ok, const QString& message);
    Time clamped(Time time) const;
    void setShuttleState(int rate);

    std::unique_ptr<media::PlaybackEngine> engine_;
    bool open_ = false;
    bool hasFrame_ = false;
    Time position_;
    Time duration_;
    FrameRate rate_{25, 1};
    QSize displaySize_;
    int shuttle_ = 0;
};

} // namespace cuesheet
