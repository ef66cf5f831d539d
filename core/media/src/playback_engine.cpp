#include "cuesheet/media/playback_engine.h"

#include "clock_media.h"
#include "media_open.h"
#include "playback_session.h"
#include "playback_stepper.h"
#include "probe_streams.h"

#include "cuesheet/media/probe.h"

#include <QElapsedTimer>

#include <QMetaObject>

#include <algorithm>

namespace cuesheet::media {

using detail::PlaybackSession;
using detail::PreparedPlayback;

namespace detail {
// A file opened and its decoders made, ready for the engine to play.
struct PreparedPlayback {
    MediaInfo media;
    std::unique_ptr<PlaybackSession> session;
    QStringList degraded;
};
} // namespace detail

namespace {

// The presenter's pace while paused: only seeks and steps bring new pictures then.
constexpr int kPausedPresentIntervalMs = 15;
// When the device has played all but this much of the sound, the sound has ended.
constexpr int kAudioEndToleranceMilliseconds = 20;

std::function<std::int64_t()> elapsedTimerNanoseconds() {
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->nsecsElapsed(); };
}

// The part of opening that reads the file: two parses of its header (a feature film's index
// takes a few hundred ms) and the decoders. It touches nothing of the engine, so it can run
// on any thread.
MediaResult<PreparedPlayback> preparePlayback(const QString& path, bool wantAudio) {
    using Result = MediaResult<PreparedPlayback>;
    auto probed = probeMedia(path);
    if (!probed)
        return Result::failure(probed.error());
    auto opened = openMediaFile(path);
    if (!opened)
        return Result::failure(opened.error());

    auto session = std::make_unique<PlaybackSession>();
    session->path = path;
    session->format = std::move(opened).value();
    AVFormatContext* format = session->format.get();
    QStringList degraded;

    const int video = bestStreamIndex(format, AVMEDIA_TYPE_VIDEO);
    if (video >= 0) {
        auto codec = openDecoder(path, format, video, 0);
        if (codec) {
            session->videoCodec = std::move(codec).value();
            session->videoStream = video;
            session->videoStartPts = streamStartPts(format, format->streams[video]);
        } else {
            degraded << codec.errorMessage();
        }
    }
    // Without an output device nobody would hear the sound: do not decode it.
    const int audio = wantAudio ? bestStreamIndex(format, AVMEDIA_TYPE_AUDIO) : -1;
    if (audio >= 0) {
        auto codec = openDecoder(path, format, audio, 1);
        if (codec) {
            session->audioCodec = std::move(codec).value();
            session->audioStream = audio;
        } else {
            degraded << codec.errorMessage();
        }
    }
    if (!session->videoCodec && !session->audioCodec)
        return Result::failure(
            MediaError::Kind::NoStream,
            degraded.isEmpty()
                ? fileErrorMessage(path, QStringLiteral("has no picture or sound to play"))
                : degraded.join(QStringLiteral("; ")));
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        const int index = static_cast<int>(i);
        format->streams[i]->discard =
            (index == session->videoStream || index == session->audioStream) ? AVDISCARD_DEFAULT
                                                                             : AVDISCARD_ALL;
    }

    const AVStream* reference =
        format->streams[session->videoCodec ? session->videoStream : session->audioStream];
    session->origin = timeFromStreamUnits(streamStartPts(format, reference), reference->time_base);
    if (probed->video() && !probed->video()->variableFrameRate)
        session->frameRate = probed->video()->frameRate;
    return Result::success(
        PreparedPlayback{std::move(probed).value(), std::move(session), std::move(degraded)});
}

} // namespace

PlaybackEngine::PlaybackEngine(std::unique_ptr<AudioOutput> audioOutput, QObject* parent)
    : PlaybackEngine(std::move(audioOutput), Options{}, parent) {}

PlaybackEngine::PlaybackEngine(std::unique_ptr<AudioOutput> audioOutput, Options options,
                               QObject* parent)
    : QObject(parent)
    , audioOutput_(std::move(audioOutput))
    , options_(std::move(options)) {
    if (!options_.monotonicNanoseconds)
        options_.monotonicNanoseconds = elapsedTimerNanoseconds();
    monotonicClock_ = std::make_unique<detail::MediaClock>(options_.monotonicNanoseconds);
    presentTimer_.setTimerType(Qt::PreciseTimer);
    connect(&presentTimer_, &QTimer::timeout, this, &PlaybackEngine::presentDueFrame);
}

PlaybackEngine::~PlaybackEngine() {
    ++openTicket_;
    if (opener_.joinable())
        opener_.join();
    clearSession();
}

bool PlaybackEngine::hasVideo() const {
    return session_ && session_->videoCodec;
}
bool PlaybackEngine::hasAudio() const {
    return session_ && session_->audioCodec;
}

MediaResult<MediaInfo> PlaybackEngine::open(const QString& path) {
    close();
    return install(preparePlayback(path, audioOutput_ != nullptr));
}

void PlaybackEngine::openInBackground(const QString& path) {
    close();
    const int ticket = ++openTicket_;
    if (opener_.joinable())
        opener_.join(); // an earlier open still reading; its result is stale by ticket
    const bool wantAudio = audioOutput_ != nullptr;
    opener_ = std::thread([this, path, wantAudio, ticket] {
        auto prepared =
            std::make_shared<MediaResult<PreparedPlayback>>(preparePlayback(path, wantAudio));
        // Queued to the engine's thread; the destructor joins this thread first, so `this`
        // outlives the call that posts the event.
        QMetaObject::invokeMethod(
            this,
            [this, prepared, ticket] {
                if (ticket != openTicket_)
                    return;
                const auto result = install(std::move(*prepared));
                emit openFinished(result.ok(), result.ok() ? QString() : result.errorMessage());
            },
            Qt::QueuedConnection);
    });
}

MediaResult<MediaInfo> PlaybackEngine::install(MediaResult<PreparedPlayback> prepared) {
    using Result = MediaResult<MediaInfo>;
    if (!prepared)
        return Result::failure(prepared.error());
    PreparedPlayback ready = std::move(prepared).value();
    auto session = std::move(ready.session);
    const QStringList degraded = std::move(ready.degraded);
    session->frameSize = options_.frameSize;
    if (session->audioCodec) {
        const AudioOutputFormat wanted{session->audioCodec->sample_rate,
                                       std::min(session->audioCodec->ch_layout.nb_channels, 2)};
        session->audioFormat = audioOutput_->negotiate(wanted);
    }
    const std::size_t ringBytes = static_cast<std::size_t>(session->audioFormat.sampleRate) *
                                  session->audioFormat.bytesPerFrame() *
                                  PlaybackSession::kAudioRingMilliseconds / 1000;
    session->audioRing = std::make_unique<detail::AudioRing>(ringBytes);
    audioDevice_ = std::make_unique<detail::AudioRingDevice>(*session->audioRing);
    audioDevice_->open(QIODevice::ReadOnly | QIODevice::Unbuffered);

    media_ = std::move(ready.media);
    session_ = std::move(session);
    rate_ = PlaybackRate{};
    audioFailed_ = false;
    state_ = State::Paused;
    restartAt(Time());
    session_->startThreads();
    presentTimer_.start(kPausedPresentIntervalMs);
    emit stateChanged(state_);
    for (const QString& message : degraded)
        emit warning(message);
    return Result::success(media_);
}

void PlaybackEngine::clearSession() {
    presentTimer_.stop();
    stepper_.reset(); // joins its worker; a result still queued to us is stale by ticket
    stopAudioOutput();
    if (session_)
        session_->stopThreads();
    audioDevice_.reset(); // before the ring it reads
    session_.reset();
}

void PlaybackEngine::close() {
    ++openTicket_; // an open still reading in the background is not wanted any more
    if (state_ == State::Closed)
        return;
    clearSession();
    media_ = MediaInfo{};
    currentFrame_ = QImage();
    currentFrameTime_ = Time();
    currentFrameIndex_ = -1;
    pausedPosition_ = Time();
    setState(State::Closed);
}

void PlaybackEngine::setState(State state) {
    if (state_ == state)
        return;
    state_ = state;
    if (state_ != State::Closed)
        presentTimer_.start(state_ == State::Playing ? options_.presentIntervalMs
                                                     : kPausedPresentIntervalMs);
    emit stateChanged(state_);
}

bool PlaybackEngine::audioDrivesClock() const {
    return audioOutput_ && session_ && session_->audioCodec && rate_.isNormal() &&
           !audioFinished_ && !audioFailed_;
}

bool PlaybackEngine::isAudioClockMaster() const {
    return state_ == State::Playing && audioDrivesClock() && audioOutputRunning_;
}

Time PlaybackEngine::audioClock() {
    return audioBase_ + Time::fromRational(audioOutput_->playedFrames(), 1,
                                           session_->audioFormat.sampleRate, Rounding::Down);
}

Time PlaybackEngine::position() {
    switch (state_) {
    case State::Closed:
        return Time();
    case State::Paused:
        return pausedPosition_;
    case State::Playing:
        break;
    }
    if (audioDrivesClock() && audioOutputRunning_)
        return audioClock();
    return monotonicClock_->position();
}

void PlaybackEngine::startAudioOutput() {
    QString error;
    if (audioOutput_->start(audioDevice_.get(), session_->audioFormat, &error)) {
        audioOutputRunning_ = true;
        audioOutputSuspended_ = false;
        return;
    }
    // No sound, but the picture goes on, on the monotonic clock.
    audioFailed_ = true;
    session_->audioEnabled.store(false);
    emit warning(QStringLiteral("file '%1': audio output failed (%2); playing without sound")
                     .arg(session_->path, error));
}

void PlaybackEngine::stopAudioOutput() {
    if (audioOutput_ && audioOutputRunning_)
        audioOutput_->stop();
    audioOutputRunning_ = false;
    audioOutputSuspended_ = false;
}

void PlaybackEngine::restartAt(Time target) {
    stopAudioOutput();
    session_->requestSeek(target);
    pausedPosition_ = target;
    audioBase_ = target;
    frameShownForSerial_ = false;
    pendingForwardSteps_ = 0;
    pictureFromStepper_ = false;
    ++stepTicket_;
    stepInFlight_ = false;
    queuedSteps_ = 0;
    audioFinished_ = false;
    audioNeedsRestart_ = false;
    monotonicClock_->setPosition(target);
    if (state_ == State::Playing && audioDrivesClock())
        startAudioOutput();
}

void PlaybackEngine::play() {
    if (state_ != State::Paused || rate_.numerator == 0)
        return;
    if (pictureFromStepper_ || (audioNeedsRestart_ && audioDrivesClock()))
        restartAt(pausedPosition_);
    monotonicClock_->setPosition(pausedPosition_);
    monotonicClock_->setRate(rate_.numerator, rate_.denominator);
    monotonicClock_->setRunning(true);
    setState(State::Playing);
    if (audioDrivesClock()) {
        if (!audioOutputRunning_)
            startAudioOutput();
        else if (audioOutputSuspended_) {
            audioOutput_->resume();
            audioOutputSuspended_ = false;
        }
    }
}

void PlaybackEngine::pause() {
    if (state_ != State::Playing)
        return;
    Time now = position();
    if (now < Time())
        now = Time();
    pausedPosition_ = now;
    if (audioOutputRunning_) {
        audioOutput_->suspend();
        audioOutputSuspended_ = true;
    }
    monotonicClock_->setRunning(false);
    setState(State::Paused);
}

void PlaybackEngine::togglePlayPause() {
    if (state_ == State::Playing)
        pause();
    else
        play();
}

void PlaybackEngine::seek(Time target) {
    if (!session_)
        return;
    target = std::max(target, Time());
    if (media_.duration > Time())
        target = std::min(target, media_.duration);
    restartAt(target);
}

void PlaybackEngine::stepForward() {
    if (!session_)
        return;
    pause();
    if (pictureFromStepper_ || stepInFlight_)
        requestStep(+1);
    else
        ++pendingForwardSteps_; // the next frame is already queued by the pipeline
}

void PlaybackEngine::stepBackward() {
    if (!session_ || !hasVideo())
        return;
    pause();
    pendingForwardSteps_ = 0;
    requestStep(-1);
}

void PlaybackEngine::requestStep(int direction) {
    if (stepInFlight_) {
        queuedSteps_ += direction;
        return;
    }
    if (!frameShownForSerial_)
        return;
    if (!stepper_) {
        stepper_ = std::make_unique<detail::PlaybackStepper>(
            session_->path, options_.frameSize, [this](detail::PlaybackStepper::Result result) {
                QMetaObject::invokeMethod(
                    this,
                    [this, result = std::move(result)] {
                        stepDelivered(result.ticket, result.ok, result.image, result.pts,
                                      result.index);
                    },
                    Qt::QueuedConnection);
            });
    }
    stepInFlight_ = true;
    stepper_->request(direction > 0 ? detail::PlaybackStepper::Direction::Forward
                                    : detail::PlaybackStepper::Direction::Backward,
                      currentFrameTime_, stepTicket_);
}

void PlaybackEngine::stepDelivered(int ticket, bool ok, const QImage& image, Time time,
                                   std::int64_t index) {
    if (ticket != stepTicket_ || state_ != State::Paused)
        return; // a seek or play came in between
    stepInFlight_ = false;
    if (ok) {
        pictureFromStepper_ = true;
        pausedPosition_ = time;
        audioNeedsRestart_ = true;
        showFrame(image, time, index);
    } else {
        queuedSteps_ = 0; // the first or the last frame: nothing further
    }
    if (queuedSteps_ != 0) {
        const int direction = queuedSteps_ > 0 ? +1 : -1;
        queuedSteps_ -= direction;
        requestStep(direction);
    }
    if (!ok && !pictureFromStepper_)
        return;
    if (lastEmittedPosition_ != pausedPosition_) {
        lastEmittedPosition_ = pausedPosition_;
        emit positionChanged(pausedPosition_);
    }
}

void PlaybackEngine::setRate(PlaybackRate rate) {
    if (rate.denominator == 0)
        return;
    if (rate.denominator < 0)
        rate = {-rate.numerator, -rate.denominator};
    if (rate.numerator == 0) {
        pause();
        return;
    }
    if (rate == rate_)
        return;
    const Time now = std::max(position(), Time());
    const bool playing = state_ == State::Playing;
    rate_ = rate;
    emit rateChanged(rate_);
    if (!session_)
        return;
    monotonicClock_->setPosition(now);
    monotonicClock_->setRate(rate.numerator, rate.denominator);
    if (!rate.isNormal()) {
        // Muted: the picture follows the monotonic clock, the sound waits for rate 1.
        stopAudioOutput();
        session_->audioEnabled.store(false);
        audioNeedsRestart_ = true;
        pausedPosition_ = now;
        return;
    }
    session_->audioEnabled.store(!audioFailed_);
    if (playing && audioDrivesClock())
        restartAt(now); // the sound resumes exactly where the picture is
    else
        audioNeedsRestart_ = true;
}

void PlaybackEngine::showFrame(QImage image, Time time, std::int64_t index) {
    currentFrame_ = std::move(image);
    currentFrameTime_ = time;
    currentFrameIndex_ = index;
    frameShownForSerial_ = true;
    emit frameChanged(currentFrame_, currentFrameTime_);
}

void PlaybackEngine::presentDueFrame() {
    if (!session_)
        return;
    Time clock = position();

    if (state_ == State::Playing && rate_.isReverse()) {
        if (clock <= Time()) {
            monotonicClock_->setPosition(Time());
            pause();
            clock = Time();
            // The start was passed between two frames: the first frame still has to be shown.
            if (currentFrameTime_ > Time())
                restartAt(Time());
        } else if (frameShownForSerial_ && clock < currentFrameTime_) {
            // Decoding runs forwards only: each earlier frame is a seek (video only, the sound
            // is muted in reverse). The next one is asked for once this one is shown.
            const Time now = clock;
            restartAt(now);
            monotonicClock_->setPosition(now);
        }
    }

    if (hasVideo() && !pictureFromStepper_) {
        if (state_ == State::Paused && pendingForwardSteps_ > 0 && frameShownForSerial_) {
            if (auto next = session_->videoFrames.takeNext()) {
                --pendingForwardSteps_;
                pausedPosition_ = next->pts;
                audioNeedsRestart_ = true;
                clock = pausedPosition_;
                showFrame(std::move(next->image), next->pts, next->index);
            } else if (session_->videoFrames.isEndedAndEmpty()) {
                pendingForwardSteps_ = 0; // the last frame: nothing to step to
            }
        } else if (auto due = session_->videoFrames.takeDue(clock, !frameShownForSerial_)) {
            showFrame(std::move(due->image), due->pts, due->index);
        }
    }

    if (clock != lastEmittedPosition_) {
        lastEmittedPosition_ = clock;
        emit positionChanged(clock);
    }
    if (state_ == State::Playing && !rate_.isReverse())
        checkEnd(clock);
}

void PlaybackEngine::checkEnd(Time clock) {
    if (audioDrivesClock() && audioOutputRunning_) {
        const std::int64_t bytesPerFrame = session_->audioFormat.bytesPerFrame();
        const std::int64_t pulled = session_->audioRing->bytesRead() / bytesPerFrame;
        const std::int64_t tolerance =
            std::int64_t{session_->audioFormat.sampleRate} * kAudioEndToleranceMilliseconds / 1000;
        if (session_->audioRing->isDrained() &&
            audioOutput_->playedFrames() >= pulled - tolerance) {
            // The sound has ended; any remaining picture runs on the monotonic clock.
            audioFinished_ = true;
            monotonicClock_->setPosition(clock);
            stopAudioOutput();
        }
        return;
    }
    const bool videoDone = !hasVideo() || session_->videoFrames.isEndedAndEmpty();
    if (!videoDone)
        return;
    const Time lastFrameEnd = hasVideo() && session_->frameRate.isValid()
                                  ? currentFrameTime_ + Time::fromFrames(1, session_->frameRate)
                                  : currentFrameTime_;
    if (clock < lastFrameEnd)
        return;
    pause();
    if (media_.duration > Time())
        pausedPosition_ = std::min(pausedPosition_, media_.duration);
    emit endReached();
}

} // namespace cuesheet::media
