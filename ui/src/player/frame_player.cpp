#include "cuesheet/ui/player/frame_player.h"

#include "cuesheet/media/audio_output_qt.h"
#include "cuesheet/media/playback_engine.h"

#include <QTimer>

#include <algorithm>
#include <cstdlib>

namespace cuesheet {

namespace {
constexpr int kMaxShuttle = 8;

std::unique_ptr<media::AudioOutput> defaultAudioOutput() {
    // Headless machines (and CI) have no device: the engine then plays on its monotonic clock.
    if (!qEnvironmentVariableIsEmpty("CUESHEET_NO_AUDIO") ||
        !media::QtAudioOutput::hasDefaultDevice())
        return nullptr;
    return std::make_unique<media::QtAudioOutput>();
}
} // namespace

FramePlayer::FramePlayer(QObject* parent)
    : QObject(parent)
    , engine_(std::make_unique<media::PlaybackEngine>(defaultAudioOutput())) {
    connect(engine_.get(), &media::PlaybackEngine::positionChanged, this, [this](Time t) {
        position_ = t;
        emit positionChanged(position_);
    });
    connect(engine_.get(), &media::PlaybackEngine::frameChanged, this,
            [this](const QImage& image, Time time) {
                hasFrame_ = !image.isNull();
                emit frameReady(image, time);
            });
    connect(engine_.get(), &media::PlaybackEngine::stateChanged, this,
            [this](media::PlaybackEngine::State state) {
                if (state != media::PlaybackEngine::State::Playing)
                    setShuttleState(0);
            });
    connect(engine_.get(), &media::PlaybackEngine::endReached, this,
            [this] { setShuttleState(0); });
    connect(engine_.get(), &media::PlaybackEngine::warning, this, &FramePlayer::decodeFailed);
    connect(engine_.get(), &media::PlaybackEngine::openFinished, this,
            &FramePlayer::onEngineOpened);
}

FramePlayer::~FramePlayer() = default;

void FramePlayer::open(const QString& path) {
    engine_->close();
    setShuttleState(0);
    open_ = false;
    hasFrame_ = false;
    position_ = {};
    duration_ = {};
    displaySize_ = {};
    if (path.isEmpty()) {
        emit positionChanged(position_);
        return;
    }
    // The engine reads the film on a worker thread (a feature film's index takes a few
    // hundred ms) and answers with openFinished.
    engine_->openInBackground(path);
}

void FramePlayer::onEngineOpened(bool ok, const QString& message) {
    const Time wanted = position_;
    if (!ok) {
        emit opened(false, message);
        return;
    }
    open_ = true;
    duration_ = engine_->duration();
    if (const media::VideoStreamInfo* video = engine_->media().video()) {
        if (video->frameRate.isValid())
            rate_ = video->frameRate;
        displaySize_ = QSize(video->displayWidth(), video->height);
        if (video->duration > Time())
            duration_ = video->duration;
    }
    hasFrame_ = !engine_->currentFrame().isNull();
    emit opened(true, {});
    // A position asked for before the film was open (e.g. --at) is kept.
    seek(wanted);
}

bool FramePlayer::hasAudioClock() const {
    return engine_->isAudioClockMaster();
}

Time FramePlayer::lastFrameStart() const {
    if (duration_.ticks() <= 0)
        return {};
    const std::int64_t frames = duration_.frameAtOrAfter(rate_);
    return Time::fromFrames(std::max<std::int64_t>(0, frames - 1), rate_);
}

Time FramePlayer::clamped(Time time) const {
    if (time < Time())
        return Time();
    if (duration_.ticks() > 0 && time > lastFrameStart())
        return lastFrameStart();
    return time;
}

void FramePlayer::seek(Time time) {
    position_ = clamped(time);
    if (open_)
        engine_->seek(position_);
    emit positionChanged(position_);
}

void FramePlayer::play() {
    setShuttle(1);
}

void FramePlayer::pause() {
    setShuttle(0);
}

void FramePlayer::togglePlay() {
    setShuttle(isPlaying() ? 0 : 1);
}

void FramePlayer::shuttleForward() {
    setShuttle(shuttle_ <= 0 ? 1 : std::min(shuttle_ * 2, kMaxShuttle));
}

void FramePlayer::shuttleBackward() {
    setShuttle(shuttle_ >= 0 ? -1 : std::max(shuttle_ * 2, -kMaxShuttle));
}

void FramePlayer::setShuttle(int rate) {
    rate = std::clamp(rate, -kMaxShuttle, kMaxShuttle);
    if (!open_)
        rate = 0;
    if (rate == 0) {
        if (open_)
            engine_->pause();
        setShuttleState(0);
        return;
    }
    engine_->setRate(media::PlaybackRate{rate, 1});
    if (!engine_->isPlaying())
        engine_->play();
    setShuttleState(engine_->isPlaying() ? rate : 0);
}

void FramePlayer::setShuttleState(int rate) {
    if (rate == shuttle_)
        return;
    shuttle_ = rate;
    emit shuttleChanged(shuttle_);
}

void FramePlayer::stepFrames(int frames) {
    if (!open_) {
        const std::int64_t frame = position_.frameAtOrBefore(rate_) + frames;
        seek(Time::fromFrames(std::max<std::int64_t>(0, frame), rate_));
        return;
    }
    setShuttleState(0);
    for (int i = 0; i < std::abs(frames); ++i)
        frames > 0 ? engine_->stepForward() : engine_->stepBackward();
}

} // namespace cuesheet
