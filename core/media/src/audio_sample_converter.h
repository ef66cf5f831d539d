#pragma once

// Private to core/media: libswresample behind one small class. Include from .cpp files of this
// layer only.

#include "ffmpeg_handles.h"

#include <QString>

#include <vector>

namespace cuesheet::media::detail {

// Converts decoded audio frames to float PCM at a fixed output rate and channel count,
// interleaved (AV_SAMPLE_FMT_FLT) or planar (AV_SAMPLE_FMT_FLTP), resampling and remixing as
// needed. The resampler is set up from the first frame and again whenever the input's format,
// rate or layout changes (some streams switch mid-file).
//
// Output sample k of a run (since construction or reset()) lines up with input time
// k / outputRate of the same run: libswresample compensates its own filter delay, and holds
// back up to a filter length of output until flush().
class AudioSampleConverter {
public:
    // `outputChannels` gets FFmpeg's default layout for that count (1 mono, 2 stereo, 6 5.1).
    AudioSampleConverter(int outputRate, int outputChannels, AVSampleFormat outputFormat);
    ~AudioSampleConverter();
    AudioSampleConverter(const AudioSampleConverter&) = delete;
    AudioSampleConverter& operator=(const AudioSampleConverter&) = delete;

    int outputRate() const { return outputRate_; }
    int outputChannels() const { return outputLayout_.nb_channels; }

    // Appends the converted samples of `frame` to `interleaved` (AV_SAMPLE_FMT_FLT) or to
    // `planes[channel]` (AV_SAMPLE_FMT_FLTP). Returns the number of output samples per channel
    // appended, or -1 with error() set.
    int convert(const AVFrame* frame, std::vector<float>& interleaved);
    int convert(const AVFrame* frame, std::vector<std::vector<float>>& planes);
    // The samples the resampler still holds (end of stream).
    int flush(std::vector<float>& interleaved);

    // Forgets all state (after a seek): the next frame starts a new run.
    void reset();

    const QString& error() const { return error_; }

private:
    bool configureFor(const AVFrame* frame);
    int run(const AVFrame* frame, std::uint8_t** output, int capacity);

    int outputRate_;
    AVSampleFormat outputFormat_;
    AVChannelLayout outputLayout_{};
    ffmpeg::ResampleContext context_;
    // What the current context was made for.
    int inputRate_ = 0;
    int inputFormat_ = -1;
    AVChannelLayout inputLayout_{};
    QString error_;
};

} // namespace cuesheet::media::detail
