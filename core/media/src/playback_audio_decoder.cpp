#include "audio_block_assembler.h"
#include "audio_frame_positioner.h"
#include "playback_session.h"

#include <algorithm>

namespace cuesheet::media::detail {

namespace {

// A gap in the audio's timestamps longer than this is not filled with silence (the stream
// resumes later; the clock waits for it rather than play minutes of nothing).
constexpr int kMaxSilenceSeconds = 10;

class AudioDecodeLoop {
public:
    explicit AudioDecodeLoop(PlaybackSession& session)
        : s_(session)
        , frame_(ffmpeg::makeFrame())
        , positioner_(session.format->streams[session.audioStream]->time_base, session.origin,
                      session.audioCodec->sample_rate)
        , assembler_(session.audioCodec->sample_rate, session.audioFormat.sampleRate,
                     session.audioFormat.channelCount) {}

    void run() {
        while (auto item = s_.audioPackets.pop()) {
            if (item->serial != decoderSerial_) {
                avcodec_flush_buffers(s_.audioCodec.get());
                decoderSerial_ = item->serial;
                // The ring starts at the sample playing at the seek target; everything before
                // it is dropped, so the first sample heard is exactly that one.
                nextRingSample_ = s_.targetOf(decoderSerial_)
                                      .toRational(1, s_.audioFormat.sampleRate, Rounding::Down);
                positioner_.reset();
                assembler_.restart(nextRingSample_);
            }
            if (item->serial != s_.serial.load())
                continue;
            if (avcodec_send_packet(s_.audioCodec.get(), item->packet.get()) < 0 &&
                !item->isEndOfStream())
                continue; // a damaged packet: skip it
            while (avcodec_receive_frame(s_.audioCodec.get(), frame_.get()) == 0) {
                const std::int64_t first =
                    positioner_.place(frame_->best_effort_timestamp, frame_->nb_samples);
                if (assembler_.add(frame_.get(), first, block_))
                    writeToRing();
                av_frame_unref(frame_.get());
            }
            if (item->isEndOfStream()) {
                if (assembler_.flush(block_))
                    writeToRing();
                s_.audioRing->markEnd(decoderSerial_);
                avcodec_flush_buffers(s_.audioCodec.get());
            }
        }
    }

private:
    // Appends the block to the ring so that ring position n is timeline sample
    // (seek target's sample + n): silence fills a gap, an overlap is dropped.
    void writeToRing() {
        const int channels = block_.channelCount;
        const std::size_t bytesPerFrame = static_cast<std::size_t>(channels) * sizeof(float);
        std::int64_t first = block_.firstSample;
        std::int64_t count = block_.frameCount();
        if (first > nextRingSample_) {
            const std::int64_t gap = first - nextRingSample_;
            if (gap <= std::int64_t{kMaxSilenceSeconds} * s_.audioFormat.sampleRate &&
                !s_.audioRing->writeSilence(static_cast<std::size_t>(gap) * bytesPerFrame,
                                            decoderSerial_))
                return;
            nextRingSample_ = first;
        }
        const std::int64_t skip = std::clamp<std::int64_t>(nextRingSample_ - first, 0, count);
        count -= skip;
        if (count <= 0)
            return;
        const auto* data = reinterpret_cast<const char*>(block_.samples.data() + skip * channels);
        if (s_.audioRing->write(data, static_cast<std::size_t>(count) * bytesPerFrame,
                                decoderSerial_))
            nextRingSample_ += count;
    }

    PlaybackSession& s_;
    ffmpeg::Frame frame_;
    AudioFramePositioner positioner_;
    AudioBlockAssembler assembler_;
    AudioBlock block_;
    int decoderSerial_ = -1;
    std::int64_t nextRingSample_ = 0;
};

} // namespace

void runAudioDecoder(PlaybackSession& session) {
    AudioDecodeLoop(session).run();
}

} // namespace cuesheet::media::detail
