#pragma once

#include "cuesheet/media/media_result.h"
#include "cuesheet/time/time.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace cuesheet::media {

// A run of consecutive PCM samples, interleaved float (nominally -1..1), starting at an exact
// sample index on the film timeline.
//
//   firstSample                       endSampleExclusive()
//   [ s0c0 s0c1 | s1c0 s1c1 | ... )   (two channels)
struct AudioBlock {
    std::int64_t firstSample = 0; // index at sampleRate on the film timeline (see AudioDecoder)
    int sampleRate = 0;
    int channelCount = 0;
    std::vector<float> samples; // frameCount() * channelCount values

    std::int64_t frameCount() const {
        return channelCount > 0 ? static_cast<std::int64_t>(samples.size()) / channelCount : 0;
    }
    std::int64_t endSampleExclusive() const { return firstSample + frameCount(); }
    // When the first sample plays. Exact for every rate that divides Time::kTicksPerSecond
    // (44.1, 48, 88.2, 96 kHz ...); other rates round down to the tick.
    Time start() const { return Time::fromRational(firstSample, 1, sampleRate, Rounding::Down); }
};

// Decodes one audio stream of a file to interleaved float PCM, at a requested rate and
// channel count (libswresample resamples and remixes), block by block, from any position.
//
// Film timeline: sample n plays at n / sampleRate() seconds after the first video frame (the
// origin VideoFrameSource uses), or after the audio stream's start in a file without video.
// Audio that starts before the picture has negative indices.
//
// Sample-accurate seek: seekToSample(n) makes the next block start exactly at sample n. It
// seeks the demuxer to a packet at or before n minus the codec's pre-roll (200 ms or the
// stream's own, so that MDCT codecs such as AAC have their overlap), decodes forward and
// drops the samples before n. At the stream's native rate the result equals a straight
// decode from the start. With resampling, sample indices map input sample i to output
// sample round(i * outRate / inRate).
//
// Bad input never crashes or hangs: open() fails with a message naming the file; isolated
// damaged packets are skipped; a truncated file ends early.
//
// Not thread-safe: one decoder per thread.
//
// Example:
//   auto decoder = AudioDecoder::open(path, {.sampleRate = 48000, .channelCount = 2});
//   if (!decoder) { report(decoder.errorMessage()); return; }
//   (*decoder)->seek(Time::fromWholeSeconds(90));
//   while (auto block = (*decoder)->readBlock()) use(*block);  // ends with EndOfStream
class AudioDecoder {
public:
    struct Options {
        int streamIndex = -1;   // FFmpeg stream index; -1 picks the best audio stream
        int sampleRate = 0;     // output rate in Hz; 0 keeps the stream's
        int channelCount = 0;   // output channels (FFmpeg's default layout); 0 keeps the stream's
        int decoderThreads = 1; // 0 lets FFmpeg choose
    };

    static MediaResult<std::unique_ptr<AudioDecoder>> open(const QString& path);
    static MediaResult<std::unique_ptr<AudioDecoder>> open(const QString& path,
                                                           const Options& options);
    ~AudioDecoder();
    AudioDecoder(const AudioDecoder&) = delete;
    AudioDecoder& operator=(const AudioDecoder&) = delete;

    const QString& path() const;
    int streamIndex() const;
    // The output format.
    int sampleRate() const;
    int channelCount() const;
    // The stream's own format.
    int sourceSampleRate() const;
    int sourceChannelCount() const;
    // One past the last sample, from the container's duration; -1 when it does not say.
    std::int64_t estimatedEndSample() const;

    // The next block: up to one decoded frame's worth of samples. EndOfStream after the last;
    // Corrupt or Io when the data cannot be read (the message names the file).
    MediaResult<AudioBlock> readBlock();

    // Positions the decoder so that the next block starts exactly at `sample` (output rate).
    // A target before the stream's first sample gives blocks from the first sample; a
    // target after the end gives EndOfStream. Fails only when the file cannot seek.
    MediaResult<std::int64_t> seekToSample(std::int64_t sample);
    // seekToSample() of the sample playing at `t` (rounds down to the sample).
    MediaResult<std::int64_t> seek(Time t);

private:
    struct Impl;
    explicit AudioDecoder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace cuesheet::media
