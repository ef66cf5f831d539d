#pragma once

// Private to core/media: decoded frames -> AudioBlocks at an output rate and channel count,
// with exact output sample indices. Shared by AudioDecoder and the player's audio thread.

#include "audio_sample_converter.h"

#include "cuesheet/media/audio_decoder.h"

#include <cstdint>
#include <limits>

namespace cuesheet::media::detail {

// Converts the frames of a "run" (input decoded without a gap) continuously, so that the
// resampler's state carries across frames, and numbers the output samples:
//   - at equal rates, output index = input index;
//   - when resampling, a run starts on an input sample that coincides with an output sample
//     (a multiple of inputRate / gcd(inputRate, outputRate): 160 for 48 kHz -> 44.1 kHz),
//     dropping the few input samples before it, so output indices are exact, not rounded.
// A frame that does not continue the run (after restart(), or a gap in the stream) starts a
// new one. Output samples before the trim point (a seek target) are dropped.
class AudioBlockAssembler {
public:
    AudioBlockAssembler(int inputRate, int outputRate, int outputChannels);

    int inputRate() const { return inputRate_; }
    int outputRate() const { return converter_.outputRate(); }
    int outputChannels() const { return converter_.outputChannels(); }

    // Output index of input sample `inputSample` (rounded to the nearest).
    std::int64_t outputIndexOf(std::int64_t inputSample) const;
    // The last input sample at or before output sample `outputSample`.
    std::int64_t inputIndexAtOrBefore(std::int64_t outputSample) const;

    // Ends the run; output samples before `trimBefore` (output rate) will be dropped.
    void restart(std::int64_t trimBefore = std::numeric_limits<std::int64_t>::min());

    // Puts the output of `frame`, whose first sample has input index `inputFirst`, into
    // `block` (replacing its samples). The frame may be modified (leading samples dropped).
    // False with error() set when the conversion fails. The block may come out empty.
    bool add(AVFrame* frame, std::int64_t inputFirst, AudioBlock& block);
    // The samples the resampler still holds, at the end of the stream.
    bool flush(AudioBlock& block);
    bool hasRun() const { return runStarted_; }

    const QString& error() const { return converter_.error(); }

private:
    std::int64_t alignmentStep() const;
    void finishBlock(int converted, AudioBlock& block);

    int inputRate_;
    AudioSampleConverter converter_;
    bool runStarted_ = false;
    std::int64_t nextInput_ = 0;  // input index that continues the run
    std::int64_t nextOutput_ = 0; // output index of the converter's next sample
    std::int64_t trimBefore_ = std::numeric_limits<std::int64_t>::min();
};

} // namespace cuesheet::media::detail
