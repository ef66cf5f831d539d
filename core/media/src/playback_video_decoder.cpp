#include "playback_session.h"
#include "video_frame_internal.h"

#include "cuesheet/media/frame_image.h"

namespace cuesheet::media::detail {

namespace {

class VideoDecodeLoop {
public:
    explicit VideoDecodeLoop(PlaybackSession& session)
        : s_(session)
        , frame_(ffmpeg::makeFrame())
        , candidate_(ffmpeg::makeFrame())
        , timeBase_(session.format->streams[session.videoStream]->time_base)
        , streamAspect_(session.format->streams[session.videoStream]->sample_aspect_ratio) {}

    void run() {
        while (auto item = s_.videoPackets.pop()) {
            if (item->serial != decoderSerial_) {
                // The first packet after a seek: forget the old position.
                avcodec_flush_buffers(s_.videoCodec.get());
                decoderSerial_ = item->serial;
                target_ = s_.targetOf(decoderSerial_);
                haveCandidate_ = false;
            }
            if (item->serial != s_.serial.load())
                continue; // stale: a newer seek is on its way
            if (avcodec_send_packet(s_.videoCodec.get(), item->packet.get()) < 0 &&
                !item->isEndOfStream())
                continue; // a damaged packet: skip it, as the ffmpeg command does
            receiveFrames();
            if (item->isEndOfStream()) {
                if (haveCandidate_)
                    present(candidate_.get(), candidatePts_);
                haveCandidate_ = false;
                s_.videoFrames.markEnd(decoderSerial_);
                // Ready for more input should a seek follow.
                avcodec_flush_buffers(s_.videoCodec.get());
            }
        }
    }

private:
    void receiveFrames() {
        while (avcodec_receive_frame(s_.videoCodec.get(), frame_.get()) == 0) {
            const std::int64_t pts = frame_->best_effort_timestamp;
            const Time t = pts == AV_NOPTS_VALUE
                               ? Time()
                               : Time::fromRational(pts - s_.videoStartPts, timeBase_.num,
                                                    timeBase_.den, Rounding::Nearest);
            // Exact seek: the frame shown at the target is the last one at or before it, so
            // frames before it are held back one at a time and only the last is kept.
            if (t < target_) {
                av_frame_unref(candidate_.get());
                av_frame_move_ref(candidate_.get(), frame_.get());
                candidatePts_ = t;
                haveCandidate_ = true;
                continue;
            }
            if (haveCandidate_ && t > target_)
                present(candidate_.get(), candidatePts_);
            haveCandidate_ = false;
            av_frame_unref(candidate_.get());
            present(frame_.get(), t);
            av_frame_unref(frame_.get());
        }
    }

    void present(const AVFrame* decoded, Time pts) {
        if (decoderSerial_ != s_.serial.load())
            return;
        const bool constantRate = s_.frameRate.isValid();
        const Time duration = constantRate ? Time::fromFrames(1, s_.frameRate) : Time();
        const std::int64_t index = constantRate ? pts.frameNearest(s_.frameRate) : -1;
        const VideoFrame wrapped = wrapDecodedFrame(decoded, pts, duration, index, streamAspect_);
        QImage image = converter_.convert(wrapped, s_.frameSize);
        if (image.isNull())
            return;
        s_.videoFrames.push({std::move(image), pts, index, decoderSerial_});
    }

    PlaybackSession& s_;
    ffmpeg::Frame frame_;
    ffmpeg::Frame candidate_;
    AVRational timeBase_;
    AVRational streamAspect_;
    FrameImageConverter converter_{FrameImageConverter::Quality::Fast};
    int decoderSerial_ = -1;
    Time target_;
    Time candidatePts_;
    bool haveCandidate_ = false;
};

} // namespace

void runVideoDecoder(PlaybackSession& session) {
    VideoDecodeLoop(session).run();
}

} // namespace cuesheet::media::detail
