#include "playback_stepper.h"

#include "cuesheet/media/frame_image.h"
#include "cuesheet/media/video_frame_source.h"

namespace cuesheet::media::detail {

namespace {

// Enough for a 250-frame GOP at 720p, or most of one at 1080p (decoded 4:2:0 frames).
constexpr std::size_t kStepCacheBytes = std::size_t{384} * 1024 * 1024;

} // namespace

PlaybackStepper::PlaybackStepper(QString path, QSize frameSize, std::function<void(Result)> deliver)
    : path_(std::move(path))
    , frameSize_(frameSize)
    , deliver_(std::move(deliver))
    , worker_([this] { run(); }) {}

PlaybackStepper::~PlaybackStepper() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        pending_.reset();
    }
    wake_.notify_all();
    worker_.join();
}

void PlaybackStepper::request(Direction direction, Time from, int ticket) {
    {
        std::lock_guard lock(mutex_);
        pending_ = Request{direction, from, ticket};
    }
    wake_.notify_all();
}

void PlaybackStepper::run() {
    std::unique_ptr<VideoFrameSource> source;
    FrameImageConverter converter(FrameImageConverter::Quality::Fast);
    for (;;) {
        Request request{};
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || pending_.has_value(); });
            if (stopping_)
                return;
            request = *pending_;
            pending_.reset();
        }
        Result result;
        result.ticket = request.ticket;
        if (!source) {
            VideoFrameSource::Options options;
            options.cacheBudgetBytes = kStepCacheBytes;
            auto opened = VideoFrameSource::open(path_, options);
            if (!opened) {
                result.error = opened.errorMessage();
                deliver_(std::move(result));
                continue;
            }
            source = std::move(opened).value();
        }
        // Line the source up with the frame on show (free when it is already there, as in a
        // run of steps), then step.
        if (!source->currentFrame().isValid() || source->currentFrame().pts() != request.from) {
            auto there = source->frameAt(request.from);
            if (!there) {
                result.error = there.errorMessage();
                deliver_(std::move(result));
                continue;
            }
        }
        auto stepped = request.direction == Direction::Backward ? source->stepBackward()
                                                                : source->stepForward();
        if (!stepped) {
            result.error = stepped.errorMessage(); // before the first / after the last frame
            deliver_(std::move(result));
            continue;
        }
        result.image = converter.convert(*stepped, frameSize_);
        result.pts = stepped->pts();
        result.index = stepped->index();
        result.ok = !result.image.isNull();
        deliver_(std::move(result));
    }
}

} // namespace cuesheet::media::detail
