#pragma once

#include "cuesheet/media/audio_output.h"
#include "cuesheet/media/media_info.h"
#include "cuesheet/media/media_result.h"
#include "cuesheet/time/time.h"

#include <QImage>
#include <QObject>
#include <QSize>
#include <QTimer>

#include <cstdint>
#include <functional>
#include <memory>
#include <thread>

namespace cuesheet::media {

namespace detail {
struct PlaybackSession;
struct PreparedPlayback;
class MediaClock;
class PlaybackStepper;
} // namespace detail

// A playback speed as an exact fraction: 1/1 normal, 2/1 double, -1/1 reverse, 1/2 half.
struct PlaybackRate {
    int numerator = 1;
    int denominator = 1;

    bool isNormal() const { return numerator == denominator; }
    bool isReverse() const { return (numerator < 0) != (denominator < 0); }
    friend bool operator==(const PlaybackRate& a, const PlaybackRate& b) {
        return static_cast<long long>(a.numerator) * b.denominator ==
               static_cast<long long>(b.numerator) * a.denominator;
    }
};

// Plays a film: picture and sound in sync, with play / pause / seek / frame steps / J-K-L
// shuttle rates. No widgets: the current picture is handed out as a QImage.
//
// Threads (DESIGN.md section 3; docs/media-engine.md, "Playback engine"):
//   - a demux thread reads packets into a video and an audio queue;
//   - a video decode thread decodes, drops the frames before a seek target (exact seek),
//     converts to QImage (FrameImageConverter) and queues a few frames ahead;
//   - an audio decode thread decodes, resamples to the output's format and writes a ring
//     that the AudioOutput pulls from;
//   - the presenter runs on the engine's thread (the GUI thread) from a precise timer: it
//     reads the master clock and shows the last frame whose time is at or before it,
//     dropping late frames. Signals are therefore emitted on the GUI thread.
// Every seek bumps a serial; queued packets, frames and PCM of an older serial are dropped.
//
// Clocks: with an audio output, a file with audio and rate 1, the master clock is the sound
// heard (AudioOutput::playedFrames() since the output was started at the last seek). Else it
// is a monotonic clock (QElapsedTimer, or Options::monotonicNanoseconds) running at the rate.
// At rates other than 1 the sound is muted; reverse play shows the picture only (each
// backward frame is a seek, so its speed depends on the GOP length).
//
// Position: time on the film timeline (the first video frame is 0). After seek(t) the
// position is t and the picture is the frame shown at t (the last at or before it).
//
// Example:
//   PlaybackEngine engine(QtAudioOutput::hasDefaultDevice() ? std::make_unique<QtAudioOutput>()
//                                                           : nullptr);
//   connect(&engine, &PlaybackEngine::frameChanged, view, &VideoView::setImage);
//   if (auto opened = engine.open(path); !opened) report(opened.errorMessage());
//   engine.play();
class PlaybackEngine : public QObject {
    Q_OBJECT
public:
    enum class State { Closed, Paused, Playing };
    Q_ENUM(State)

    struct Options {
        // Frames are converted to fit this size (aspect kept); empty: the display size.
        QSize frameSize;
        // The monotonic clock in nanoseconds; empty: QElapsedTimer. Tests pass their own.
        std::function<std::int64_t()> monotonicNanoseconds;
        // How often the presenter looks at the clock while playing.
        int presentIntervalMs = 4;
    };

    // `audioOutput` may be null (no device): the engine then plays on the monotonic clock.
    explicit PlaybackEngine(std::unique_ptr<AudioOutput> audioOutput, QObject* parent = nullptr);
    PlaybackEngine(std::unique_ptr<AudioOutput> audioOutput, Options options,
                   QObject* parent = nullptr);
    ~PlaybackEngine() override;

    // Opens `path` (closing what was open) and shows its first frame, paused. A file with
    // only audio or only video plays in a reduced mode; a file with neither, or that cannot
    // be opened, fails with a message naming the file.
    MediaResult<MediaInfo> open(const QString& path);
    // The same, with the reading of the file (its header and index: a few hundred ms for a
    // feature film) on a worker thread, so the caller's event loop keeps running;
    // openFinished() follows on this object's thread. A later open or close supersedes it.
    void openInBackground(const QString& path);
    void close();

    State state() const { return state_; }
    bool isOpen() const { return state_ != State::Closed; }
    bool isPlaying() const { return state_ == State::Playing; }
    const MediaInfo& media() const { return media_; }
    bool hasVideo() const;
    bool hasAudio() const;
    // True while the sound heard drives the clock.
    bool isAudioClockMaster() const;
    PlaybackRate rate() const { return rate_; }
    Time duration() const { return media_.duration; }

    // The master clock now.
    Time position();
    // The picture on show and its frame's time (null image before the first frame).
    const QImage& currentFrame() const { return currentFrame_; }
    Time currentFrameTime() const { return currentFrameTime_; }
    // Its frame number for constant-rate video, else -1.
    std::int64_t currentFrameIndex() const { return currentFrameIndex_; }

public slots:
    void play();
    void pause();
    void togglePlayPause();
    // Shows the frame at `target` (clamped to [0, duration]); keeps playing if playing.
    void seek(cuesheet::Time target);
    // Pause, then show the next / previous frame. Backward steps (and forward steps after them)
    // are made off the GUI thread by a VideoFrameSource with a GOP cache: about one decode per
    // step after the first; playing on from there re-seeks the pipeline to the frame shown.
    void stepForward();
    void stepBackward();
    // J-K-L: any fraction from -8 to 8; 0 pauses.
    void setRate(cuesheet::media::PlaybackRate rate);

signals:
    void positionChanged(cuesheet::Time position);
    void frameChanged(const QImage& frame, cuesheet::Time frameTime);
    void stateChanged(cuesheet::media::PlaybackEngine::State state);
    void rateChanged(cuesheet::media::PlaybackRate rate);
    // Playback reached the end of the film (the engine pauses there).
    void endReached();
    // openInBackground() is done: the film shows its first frame, or `message` says why not.
    void openFinished(bool ok, const QString& message);
    // Playback goes on, but something is degraded (e.g. the audio device failed: the clock
    // falls back to the monotonic one).
    void warning(const QString& message);

private:
    MediaResult<MediaInfo> install(MediaResult<detail::PreparedPlayback> prepared);
    void presentDueFrame();
    void showFrame(QImage image, Time time, std::int64_t index);
    void setState(State state);
    void restartAt(Time target);
    void startAudioOutput();
    void stopAudioOutput();
    Time audioClock();
    void checkEnd(Time clock);
    void clearSession();
    void requestStep(int direction);
    void stepDelivered(int ticket, bool ok, const QImage& image, Time time, std::int64_t index);
    bool audioDrivesClock() const;

    std::unique_ptr<AudioOutput> audioOutput_;
    Options options_;
    std::unique_ptr<detail::MediaClock> monotonicClock_;
    std::unique_ptr<detail::PlaybackSession> session_;
    std::unique_ptr<QIODevice> audioDevice_;
    std::unique_ptr<detail::PlaybackStepper> stepper_;
    QTimer presentTimer_;
    MediaInfo media_;

    State state_ = State::Closed;
    PlaybackRate rate_;
    Time pausedPosition_; // the clock while paused
    Time audioBase_;      // position when the audio output was started
    bool audioOutputRunning_ = false;
    bool audioOutputSuspended_ = false;
    bool audioFinished_ = false;     // the sound has ended; the monotonic clock took over
    bool audioFailed_ = false;       // the device refused; monotonic clock from then on
    bool audioNeedsRestart_ = false; // the position moved without the sound (steps, rates)
    bool frameShownForSerial_ = false;
    int pendingForwardSteps_ = 0;
    // Steps through the stepper: the picture no longer comes from the pipeline, whose queue
    // holds frames of the old position, until a seek or play re-seeks it.
    bool pictureFromStepper_ = false;
    int stepTicket_ = 0; // bumped by every seek: a step result for an older one is stale
    bool stepInFlight_ = false;
    int queuedSteps_ = 0; // further steps asked for while one is in flight (+ fwd, - back)
    Time lastEmittedPosition_ = Time::fromTicks(-1);

    std::thread opener_; // openInBackground's reader; joined before the next one and at the end
    int openTicket_ = 0; // bumped by every open and close: an older background open is stale

    QImage currentFrame_;
    Time currentFrameTime_;
    std::int64_t currentFrameIndex_ = -1;
};

} // namespace cuesheet::media
