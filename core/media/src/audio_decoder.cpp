#include "cuesheet/media/audio_decoder.h"

#include "audio_sample_converter.h"
#include "audio_stream_reader.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace cuesheet::media {

using detail::AudioSampleConverter;
using detail::AudioStreamReader;

namespace {

// Drops the first `count` samples of a decoded frame in place (the buffers stay referenced
// by the frame, only the data pointers move).
void dropLeadingSamples(AVFrame* frame, int count) {
    const auto format = static_cast<AVSampleFormat>(frame->format);
    const int bytesPerSample = av_get_bytes_per_sample(format);
    if (av_sample_fmt_is_planar(format)) {
        for (int c = 0; c < frame->ch_layout.nb_channels; ++c)
            frame->extended_data[c] += static_cast<std::ptrdiff_t>(count) * bytesPerSample;
    } else {
        frame->extended_data[0] +=
            static_cast<std::ptrdiff_t>(count) * bytesPerSample * frame->ch_layout.nb_channels;
    }
    frame->nb_samples -= count;
}

// Seek attempts, each with a pre-roll this many times longer, before a late landing is taken
// to mean that the stream starts after the target.
constexpr int kSeekAttempts = 4;
constexpr std::int64_t kPrerollGrowth = 8;

} // namespace

struct AudioDecoder::Impl {
    Impl(std::unique_ptr<AudioStreamReader> streamReader, int rate, int channels)
        : reader(std::move(streamReader))
        , converter(rate, channels, AV_SAMPLE_FMT_FLT)
        , frame(ffmpeg::makeFrame()) {}

    std::int64_t outputIndexOf(std::int64_t inputSample) const {
        if (converter.outputRate() == reader->sampleRate())
            return inputSample;
        return divideRounded(static_cast<Int128>(inputSample) * converter.outputRate(),
                             reader->sampleRate(), Rounding::Nearest);
    }
    // Input samples per exact step of both rates (160 for 48 kHz -> 44.1 kHz); a resampler
    // run that starts on a multiple of it starts exactly on an output sample.
    std::int64_t alignmentStep() const {
        const std::int64_t in = reader->sampleRate();
        return in / std::gcd<std::int64_t>(in, converter.outputRate());
    }
    std::int64_t inputIndexAtOrBefore(std::int64_t outputSample) const {
        if (converter.outputRate() == reader->sampleRate())
            return outputSample;
        return divideRounded(static_cast<Int128>(outputSample) * reader->sampleRate(),
                             converter.outputRate(), Rounding::Down);
    }

    // Reads the next frame, or hands out the one seek() already read.
    AudioStreamReader::ReadStatus nextFrame(std::int64_t* firstSample) {
        if (pendingFrame) {
            pendingFrame = false;
            *firstSample = pendingFirstSample;
            return pendingStatus;
        }
        return reader->readFrame(frame.get(), firstSample);
    }

    void startRun() {
        converter.reset();
        runStarted = false;
        flushed = false;
    }

    std::unique_ptr<AudioStreamReader> reader;
    AudioSampleConverter converter;
    ffmpeg::Frame frame;

    // The current run: a stretch of input decoded without a gap, converted continuously.
    bool runStarted = false;
    std::int64_t nextInputSample = 0;  // where the next input frame continues the run
    std::int64_t nextOutputSample = 0; // index of the converter's next output sample
    bool flushed = false;
    // Output samples before this index are dropped (the target of the last seek).
    std::int64_t trimBefore = std::numeric_limits<std::int64_t>::min();

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
    return impl_->converter.outputRate();
}
int AudioDecoder::channelCount() const {
    return impl_->converter.outputChannels();
}
int AudioDecoder::sourceSampleRate() const {
    return impl_->reader->sampleRate();
}
int AudioDecoder::sourceChannelCount() const {
    return impl_->reader->channelCount();
}

std::int64_t AudioDecoder::estimatedEndSample() const {
    const std::int64_t end = impl_->reader->estimatedEndSample();
    return end < 0 ? end : impl_->outputIndexOf(end);
}

MediaResult<AudioBlock> AudioDecoder::readBlock() {
    using Result = MediaResult<AudioBlock>;
    Impl& d = *impl_;
    AudioBlock block;
    block.sampleRate = sampleRate();
    block.channelCount = channelCount();
    for (;;) {
        block.samples.clear();
        std::int64_t inputFirst = 0;
        const auto status = d.nextFrame(&inputFirst);
        if (status == AudioStreamReader::ReadStatus::Failed)
            return Result::failure(d.reader->error());
        int converted = 0;
        if (status == AudioStreamReader::ReadStatus::End) {
            if (d.flushed || !d.runStarted)
                return Result::failure(MediaError::Kind::EndOfStream,
                                       QStringLiteral("file '%1': end of the audio").arg(path()));
            d.flushed = true;
            converted = d.converter.flush(block.samples);
        } else {
            if (!d.runStarted || inputFirst != d.nextInputSample) {
                // A new run: after open or seek, or a gap/overlap in the stream's timestamps.
                // When resampling, it starts where input and output samples coincide, so
                // that output indices are exact rather than rounded.
                d.startRun();
                const std::int64_t step = d.alignmentStep();
                const std::int64_t aligned = divideRounded(inputFirst, step, Rounding::Up) * step;
                if (aligned - inputFirst >= d.frame->nb_samples)
                    continue;
                dropLeadingSamples(d.frame.get(), static_cast<int>(aligned - inputFirst));
                inputFirst = aligned;
                d.runStarted = true;
                d.nextOutputSample = d.outputIndexOf(inputFirst);
            }
            d.nextInputSample = inputFirst + d.frame->nb_samples;
            converted = d.converter.convert(d.frame.get(), block.samples);
        }
        if (converted < 0)
            return Result::failure(
                MediaError::Kind::Corrupt,
                QStringLiteral("file '%1': %2").arg(path(), d.converter.error()));
        block.firstSample = d.nextOutputSample;
        d.nextOutputSample += converted;
        if (block.firstSample < d.trimBefore) {
            const std::int64_t drop =
                std::min<std::int64_t>(converted, d.trimBefore - block.firstSample);
            block.samples.erase(block.samples.begin(),
                                block.samples.begin() +
                                    static_cast<std::ptrdiff_t>(drop * block.channelCount));
            block.firstSample += drop;
        }
        if (!block.samples.empty())
            return Result::success(std::move(block));
    }
}

MediaResult<std::int64_t> AudioDecoder::seekToSample(std::int64_t sample) {
    using Result = MediaResult<std::int64_t>;
    Impl& d = *impl_;
    const std::int64_t inputTarget = d.inputIndexAtOrBefore(sample);
    std::int64_t preroll = d.reader->seekPrerollSamples();
    for (int attempt = 1;; ++attempt, preroll *= kPrerollGrowth) {
        d.pendingFrame = false;
        if (!d.reader->seekToAtOrBefore(inputTarget - preroll))
            return Result::failure(d.reader->error());
        d.startRun();
        d.trimBefore = sample;
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
