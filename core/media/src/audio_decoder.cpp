#include "cuesheet/media/audio_decoder.h"

#include "audio_block_assembler.h"
#include "audio_stream_reader.h"

namespace cuesheet::media {

using detail::AudioBlockAssembler;
using detail::AudioStreamReader;

namespace {

// Seek attempts, each with a pre-roll this many times longer, before a late landing is taken
// to mean that the stream starts after the target.
constexpr int kSeekAttempts = 4;
constexpr std::int64_t kPrerollGrowth = 8;

} // namespace

struct AudioDecoder::Impl {
    Impl(std::unique_ptr<AudioStreamReader> streamReader, int rate, int channels)
        : reader(std::move(streamReader))
        , assembler(reader->sampleRate(), rate, channels)
        , frame(ffmpeg::makeFrame()) {}

    // Reads the next frame, or hands out the one seekToSample() already read.
    AudioStreamReader::ReadStatus nextFrame(std::int64_t* firstSample) {
        if (pendingFrame) {
            pendingFrame = false;
            *firstSample = pendingFirstSample;
            return pendingStatus;
        }
        return reader->readFrame(frame.get(), firstSample);
    }

    std::unique_ptr<AudioStreamReader> reader;
    AudioBlockAssembler assembler;
    ffmpeg::Frame frame;
    bool flushed = false;

    bool pendingFrame = false;
    std::int64_t pendingFirstSample = 0;
    AudioStreamReader::ReadStatus pendingStatus = AudioStreamReader::ReadStatus::End;
};

MediaResult<std::unique_ptr<AudioDecoder>> AudioDecoder::open(const QString& path) {
    return open(path, Options{});
}

MediaResult<std::unique_ptr<AudioDecoder>> AudioDecoder::open(const QString& path,
                                                              const Options& options) {
    using Result = MediaResult<std::unique_ptr<AudioDecoder>>;
    auto reader = AudioStreamReader::open(path, {options.streamIndex, options.decoderThreads});
    if (!reader)
        return Result::failure(reader.error());
    const int rate = options.sampleRate > 0 ? options.sampleRate : (*reader)->sampleRate();
    const int channels =
        options.channelCount > 0 ? options.channelCount : (*reader)->channelCount();
    auto impl = std::make_unique<Impl>(std::move(reader).value(), rate, channels);
    if (!impl->frame)
        return Result::failure(MediaError::Kind::Io,
                               QStringLiteral("file '%1': out of memory").arg(path));
    return Result::success(std::unique_ptr<AudioDecoder>(new AudioDecoder(std::move(impl))));
}

AudioDecoder::AudioDecoder(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}
AudioDecoder::~AudioDecoder() = default;

const QString& AudioDecoder::path() const {
    return impl_->reader->path();
}
int AudioDecoder::streamIndex() const {
    return impl_->reader->streamIndex();
}
int AudioDecoder::sampleRate() const {
    return impl_->assembler.outputRate();
}
int AudioDecoder::channelCount() const {
    return impl_->assembler.outputChannels();
}
int AudioDecoder::sourceSampleRate() const {
    return impl_->reader->sampleRate();
}
int AudioDecoder::sourceChannelCount() const {
    return impl_->reader->channelCount();
}

std::int64_t AudioDecoder::estimatedEndSample() const {
    const std::int64_t end = impl_->reader->estimatedEndSample();
    return end < 0 ? end : impl_->assembler.outputIndexOf(end);
}

MediaResult<AudioBlock> AudioDecoder::readBlock() {
    using Result = MediaResult<AudioBlock>;
    Impl& d = *impl_;
    AudioBlock block;
    for (;;) {
        std::int64_t inputFirst = 0;
        const auto status = d.nextFrame(&inputFirst);
        if (status == AudioStreamReader::ReadStatus::Failed)
            return Result::failure(d.reader->error());
        bool converted = false;
        if (status == AudioStreamReader::ReadStatus::End) {
            if (d.flushed || !d.assembler.hasRun())
                return Result::failure(MediaError::Kind::EndOfStream,
                                       QStringLiteral("file '%1': end of the audio").arg(path()));
            d.flushed = true;
            converted = d.assembler.flush(block);
        } else {
            d.flushed = false;
            converted = d.assembler.add(d.frame.get(), inputFirst, block);
        }
        if (!converted)
            return Result::failure(
                MediaError::Kind::Corrupt,
                QStringLiteral("file '%1': %2").arg(path(), d.assembler.error()));
        if (!block.samples.empty())
            return Result::success(std::move(block));
    }
}

MediaResult<std::int64_t> AudioDecoder::seekToSample(std::int64_t sample) {
    using Result = MediaResult<std::int64_t>;
    Impl& d = *impl_;
    const std::int64_t inputTarget = d.assembler.inputIndexAtOrBefore(sample);
    std::int64_t preroll = d.reader->seekPrerollSamples();
    for (int attempt = 1;; ++attempt, preroll *= kPrerollGrowth) {
        d.pendingFrame = false;
        if (!d.reader->seekToAtOrBefore(inputTarget - preroll))
            return Result::failure(d.reader->error());
        d.assembler.restart(sample);
        d.flushed = false;
        d.pendingStatus = d.reader->readFrame(d.frame.get(), &d.pendingFirstSample);
        d.pendingFrame = true;
        // Landing after the target means the demuxer's "before" was not (an index that is
        // coarse or built from decode times); seek further back.
        const bool late = d.pendingStatus == AudioStreamReader::ReadStatus::Frame &&
                          d.pendingFirstSample > inputTarget;
        if (!late || attempt == kSeekAttempts)
            return Result::success(sample);
    }
}

MediaResult<std::int64_t> AudioDecoder::seek(Time t) {
    return seekToSample(t.toRational(1, sampleRate(), Rounding::Down));
}

} // namespace cuesheet::media
