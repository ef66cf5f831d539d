#pragma once

// Private to core/media: demux + decode of one audio stream, shared by AudioDecoder and the
// waveform builder. Include from .cpp files of this layer only.

#include "audio_frame_positioner.h"

#include "cuesheet/media/media_result.h"
#include "cuesheet/time/time.h"
#include "ffmpeg_handles.h"

#include <QString>

#include <cstdint>
#include <memory>

namespace cuesheet::media::detail {

// Yields the decoded frames of one audio stream in the decoder's own sample format, each with
// the index of its first sample on the film timeline.
//
// Film timeline: time zero is the first video frame when the file has video (the same origin
// VideoFrameSource uses), else the audio stream's own start. Sample n of a stream at rate r
// plays at n / r seconds on that timeline; n is negative for audio that starts before the
// picture.
//
// Sample indices: see AudioFramePositioner.
class AudioStreamReader {
public:
    struct Options {
        int streamIndex = -1;   // FFmpeg stream index; -1 picks the best audio stream
        int decoderThreads = 1; // 0 lets FFmpeg choose
    };

    enum class ReadStatus { Frame, End, Failed };

    static MediaResult<std::unique_ptr<AudioStreamReader>> open(const QString& path,
                                                                const Options& options);
    ~AudioStreamReader();
    AudioStreamReader(const AudioStreamReader&) = delete;
    AudioStreamReader& operator=(const AudioStreamReader&) = delete;

    const QString& path() const { return path_; }
    int streamIndex() const { return streamIndex_; }
    int sampleRate() const { return codec_->sample_rate; }
    int channelCount() const { return codec_->ch_layout.nb_channels; }
    // The stream's channel layout; a native-order default for files that leave it unspecified.
    const AVChannelLayout& channelLayout() const { return layout_; }
    // Seconds of the stream times its rate, from the container; -1 when unknown.
    std::int64_t estimatedEndSample() const { return estimatedEndSample_; }
    // Bytes of the file read so far and in all (0 when unknown): a progress measure that works
    // without a duration.
    std::int64_t bytePosition() const;
    std::int64_t byteSize() const;
    // Samples the codec needs decoded before a seek target to be exact (MDCT overlap, bit
    // reservoirs): the stream's own seek_preroll or 200 ms, whichever is more.
    std::int64_t seekPrerollSamples() const;

    // Decodes the next frame into `frame` (unreferenced first) and its first sample's index
    // into `firstSample`. End at the end of the stream; Failed with error() set on a read error
    // or when damaged data makes decoding impossible (isolated bad packets are skipped).
    ReadStatus readFrame(AVFrame* frame, std::int64_t* firstSample);

    // Moves to the packet at or before sample `sample` (the demuxer's idea of "before": the
    // caller decodes forward and trims). The next frame's index comes from its timestamp.
    bool seekToAtOrBefore(std::int64_t sample);

    const MediaError& error() const { return error_; }

private:
    AudioStreamReader() = default;
    ReadStatus fail(MediaError::Kind kind, const QString& reason);

    QString path_;
    ffmpeg::FormatContext format_;
    ffmpeg::CodecContext codec_;
    ffmpeg::Packet packet_;
    AVChannelLayout layout_{};
    int streamIndex_ = -1;
    AudioFramePositioner positioner_;
    std::int64_t estimatedEndSample_ = -1;
    bool draining_ = false; // end of file reached, flushing the decoder
    bool ended_ = false;
    int consecutiveBadPackets_ = 0;
    MediaError error_;
};

} // namespace cuesheet::media::detail
