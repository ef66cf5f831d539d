#include "audio_block_assembler.h"

#include <algorithm>
#include <numeric>

namespace cuesheet::media::detail {

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

} // namespace

AudioBlockAssembler::AudioBlockAssembler(int inputRate, int outputRate, int outputChannels)
    : inputRate_(inputRate)
    , converter_(outputRate, outputChannels, AV_SAMPLE_FMT_FLT) {}

std::int64_t AudioBlockAssembler::outputIndexOf(std::int64_t inputSample) const {
    if (outputRate() == inputRate_)
        return inputSample;
    return divideRounded(static_cast<Int128>(inputSample) * outputRate(), inputRate_,
                         Rounding::Nearest);
}

std::int64_t AudioBlockAssembler::inputIndexAtOrBefore(std::int64_t outputSample) const {
    if (outputRate() == inputRate_)
        return outputSample;
    return divideRounded(static_cast<Int128>(outputSample) * inputRate_, outputRate(),
                         Rounding::Down);
}

std::int64_t AudioBlockAssembler::alignmentStep() const {
    return inputRate_ / std::gcd(inputRate_, outputRate());
}

void AudioBlockAssembler::restart(std::int64_t trimBefore) {
    converter_.reset();
    runStarted_ = false;
    trimBefore_ = trimBefore;
}

void AudioBlockAssembler::finishBlock(int converted, AudioBlock& block) {
    block.sampleRate = outputRate();
    block.channelCount = outputChannels();
    block.firstSample = nextOutput_;
    nextOutput_ += converted;
    if (block.firstSample < trimBefore_) {
        const std::int64_t drop =
            std::min<std::int64_t>(converted, trimBefore_ - block.firstSample);
        block.samples.erase(block.samples.begin(),
                            block.samples.begin() +
                                static_cast<std::ptrdiff_t>(drop * block.channelCount));
        block.firstSample += drop;
    }
}

bool AudioBlockAssembler::add(AVFrame* frame, std::int64_t inputFirst, AudioBlock& block) {
    block.samples.clear();
    if (!runStarted_ || inputFirst != nextInput_) {
        converter_.reset();
        const std::int64_t step = alignmentStep();
        const std::int64_t aligned = divideRounded(inputFirst, step, Rounding::Up) * step;
        if (aligned - inputFirst >= frame->nb_samples) {
            runStarted_ = false;
            block.sampleRate = outputRate();
            block.channelCount = outputChannels();
            return true; // nothing of this frame starts a run
        }
        dropLeadingSamples(frame, static_cast<int>(aligned - inputFirst));
        inputFirst = aligned;
        runStarted_ = true;
        nextOutput_ = outputIndexOf(inputFirst);
    }
    nextInput_ = inputFirst + frame->nb_samples;
    const int converted = converter_.convert(frame, block.samples);
    if (converted < 0)
        return false;
    finishBlock(converted, block);
    return true;
}

bool AudioBlockAssembler::flush(AudioBlock& block) {
    block.samples.clear();
    if (!runStarted_) {
        block.sampleRate = outputRate();
        block.channelCount = outputChannels();
        return true;
    }
    const int converted = converter_.flush(block.samples);
    if (converted < 0)
        return false;
    finishBlock(converted, block);
    runStarted_ = false;
    return true;
}

} // namespace cuesheet::media::detail
