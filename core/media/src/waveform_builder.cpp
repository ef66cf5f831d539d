#include "cuesheet/media/waveform_builder.h"

#include "audio_sample_converter.h"
#include "audio_stream_reader.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cuesheet::media {

namespace {

using detail::AudioStreamReader;

constexpr std::int64_t kBucket = WaveformPeaks::kFinestBucketSamples;

std::int16_t quantisedDown(float x) {
    const float scaled = std::floor(x * 32768.0f);
    return static_cast<std::int16_t>(std::clamp(scaled, -32768.0f, 32767.0f));
}
std::int16_t quantisedUp(float x) {
    const float scaled = std::ceil(x * 32768.0f);
    return static_cast<std::int16_t>(std::clamp(scaled, -32768.0f, 32767.0f));
}

// Samples of one decoded frame as float, per channel: either pointers into the frame
// (planar float), or into the frame with a stride (interleaved float).
struct FloatView {
    const float* const* planes = nullptr; // planar: planes[c][i]
    const float* interleaved = nullptr;   // interleaved: interleaved[i * channels + c]
    int channels = 0;

    float at(int channel, std::int64_t i) const {
        return planes ? planes[channel][i] : interleaved[i * channels + channel];
    }
};

// Level 0 of the pyramid, filled sample run by sample run.
class FinestLevelAccumulator {
public:
    FinestLevelAccumulator(int channels, bool mono, std::int64_t expectedSamples)
        : mono_(mono)
        , level_(static_cast<std::size_t>(mono ? 1 : channels)) {
        low_.assign(level_.size(), std::numeric_limits<float>::infinity());
        high_.assign(level_.size(), -std::numeric_limits<float>::infinity());
        if (expectedSamples > 0)
            for (auto& buckets : level_)
                buckets.reserve(static_cast<std::size_t>(expectedSamples / kBucket + 2));
    }

    // Samples [offset, offset + count) of `view`.
    void add(const FloatView& view, std::int64_t offset, std::int64_t count) {
        while (count > 0) {
            const std::int64_t run = std::min(count, kBucket - fill_);
            if (mono_)
                addMono(view, offset, run);
            else if (view.planes)
                for (int c = 0; c < view.channels; ++c)
                    addPlane(static_cast<std::size_t>(c), view.planes[c] + offset, run);
            else
                addInterleaved(view, offset, run);
            offset += run;
            count -= run;
            advance(run);
        }
    }

    void addSilence(std::int64_t count) {
        while (count > 0) {
            const std::int64_t run = std::min(count, kBucket - fill_);
            for (std::size_t c = 0; c < level_.size(); ++c) {
                low_[c] = std::min(low_[c], 0.0f);
                high_[c] = std::max(high_[c], 0.0f);
            }
            count -= run;
            advance(run);
        }
    }

    WaveformPeaks::Level finish() {
        if (fill_ > 0)
            closeBucket();
        return std::move(level_);
    }

private:
    void addPlane(std::size_t c, const float* samples, std::int64_t count) {
        // Written so that the compiler can keep both in registers; NaN never wins a comparison
        // and so never enters a bucket.
        float low = low_[c];
        float high = high_[c];
        for (std::int64_t i = 0; i < count; ++i) {
            const float x = samples[i];
            low = x < low ? x : low;
            high = x > high ? x : high;
        }
        low_[c] = low;
        high_[c] = high;
    }
    void addInterleaved(const FloatView& view, std::int64_t offset, std::int64_t count) {
        for (std::int64_t i = offset; i < offset + count; ++i)
            for (int c = 0; c < view.channels; ++c) {
                const float x = view.at(c, i);
                low_[c] = x < low_[c] ? x : low_[c];
                high_[c] = x > high_[c] ? x : high_[c];
            }
    }
    void addMono(const FloatView& view, std::int64_t offset, std::int64_t count) {
        const float scale = 1.0f / static_cast<float>(view.channels);
        for (std::int64_t i = offset; i < offset + count; ++i) {
            float sum = 0;
            for (int c = 0; c < view.channels; ++c)
                sum += view.at(c, i);
            const float x = sum * scale;
            low_[0] = x < low_[0] ? x : low_[0];
            high_[0] = x > high_[0] ? x : high_[0];
        }
    }
    void advance(std::int64_t count) {
        fill_ += count;
        if (fill_ == kBucket)
            closeBucket();
    }
    void closeBucket() {
        for (std::size_t c = 0; c < level_.size(); ++c) {
            level_[c].push_back({quantisedDown(low_[c]), quantisedUp(high_[c])});
            low_[c] = std::numeric_limits<float>::infinity();
            high_[c] = -std::numeric_limits<float>::infinity();
        }
        fill_ = 0;
    }

    bool mono_;
    WaveformPeaks::Level level_;
    std::vector<float> low_;
    std::vector<float> high_;
    std::int64_t fill_ = 0;
};

// Progress in permille: by samples when the container says how long the stream is, else by
// bytes read. 1000 is kept for "done".
int progressOf(const AudioStreamReader& reader, std::int64_t samplesDone) {
    std::int64_t done = samplesDone;
    std::int64_t total = reader.estimatedEndSample();
    if (total <= 0) {
        done = reader.bytePosition();
        total = reader.byteSize();
    }
    if (total <= 0)
        return 0;
    return static_cast<int>(std::clamp<std::int64_t>(done * 1000 / total, 0, 999));
}

} // namespace

MediaResult<WaveformPeaks> buildWaveformPeaks(const QString& path,
                                              const WaveformBuildOptions& options,
                                              WaveformBuildControl* control) {
    using Result = MediaResult<WaveformPeaks>;
    auto opened = AudioStreamReader::open(path, {options.streamIndex, options.decoderThreads});
    if (!opened)
        return Result::failure(opened.error());
    AudioStreamReader& reader = **opened;
    const int channels = reader.channelCount();
    const bool mono = options.channels == WaveformChannels::MonoDownmix;

    ffmpeg::Frame frame = ffmpeg::makeFrame();
    if (!frame)
        return Result::failure(MediaError::Kind::Io,
                               QStringLiteral("file '%1': out of memory").arg(path));
    // Only for frames that are not float or that changed channel count mid-stream.
    detail::AudioSampleConverter converter(reader.sampleRate(), channels, AV_SAMPLE_FMT_FLTP);
    std::vector<std::vector<float>> convertedPlanes;
    std::vector<const float*> planePointers(static_cast<std::size_t>(channels));

    FinestLevelAccumulator accumulator(channels, mono, reader.estimatedEndSample());
    std::int64_t cursor = 0; // the next timeline sample the pyramid expects
    int lastProgress = -1;
    for (;;) {
        if (control && control->isCancelRequested())
            return Result::failure(MediaError::Kind::Cancelled,
                                   QStringLiteral("file '%1': waveform build cancelled").arg(path));
        std::int64_t first = 0;
        const auto status = reader.readFrame(frame.get(), &first);
        if (status == AudioStreamReader::ReadStatus::End)
            break;
        if (status == AudioStreamReader::ReadStatus::Failed)
            return Result::failure(reader.error());

        FloatView view;
        view.channels = channels;
        std::int64_t count = frame->nb_samples;
        const auto format = static_cast<AVSampleFormat>(frame->format);
        if (frame->ch_layout.nb_channels == channels && format == AV_SAMPLE_FMT_FLTP) {
            for (int c = 0; c < channels; ++c)
                planePointers[static_cast<std::size_t>(c)] =
                    reinterpret_cast<const float*>(frame->extended_data[c]);
            view.planes = planePointers.data();
        } else if (frame->ch_layout.nb_channels == channels && format == AV_SAMPLE_FMT_FLT) {
            view.interleaved = reinterpret_cast<const float*>(frame->extended_data[0]);
        } else {
            for (auto& plane : convertedPlanes)
                plane.clear();
            const int converted = converter.convert(frame.get(), convertedPlanes);
            if (converted < 0)
                return Result::failure(
                    MediaError::Kind::Corrupt,
                    QStringLiteral("file '%1': %2").arg(path, converter.error()));
            for (int c = 0; c < channels; ++c)
                planePointers[static_cast<std::size_t>(c)] =
                    convertedPlanes[static_cast<std::size_t>(c)].data();
            view.planes = planePointers.data();
            count = converted;
        }

        // Line the frame up with the timeline: fill a gap with silence, skip what is before
        // the cursor (audio before the picture, or an overlap).
        if (first > cursor) {
            accumulator.addSilence(first - cursor);
            cursor = first;
        }
        const std::int64_t skip = std::min(count, cursor - first);
        accumulator.add(view, skip, count - skip);
        cursor += count - skip;

        if (control) {
            const int progress = progressOf(reader, cursor);
            if (progress != lastProgress) {
                control->reportProgress(progress);
                lastProgress = progress;
            }
        }
    }
    WaveformPeaks peaks(reader.sampleRate(), options.channels, cursor, accumulator.finish());
    if (control)
        control->reportProgress(1000);
    return Result::success(std::move(peaks));
}

} // namespace cuesheet::media
