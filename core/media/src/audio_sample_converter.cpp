#include "audio_sample_converter.h"

#include <algorithm>

namespace cuesheet::media::detail {

namespace {

// A frame's layout, or the default layout for its channel count when the file leaves the
// channel order unspecified (swr cannot mix an unspecified layout).
void effectiveLayoutOf(const AVFrame* frame, AVChannelLayout* layout) {
    if (frame->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(layout, frame->ch_layout.nb_channels);
    else
        av_channel_layout_copy(layout, &frame->ch_layout);
}

} // namespace

AudioSampleConverter::AudioSampleConverter(int outputRate, int outputChannels,
                                           AVSampleFormat outputFormat)
    : outputRate_(outputRate)
    , outputFormat_(outputFormat) {
    av_channel_layout_default(&outputLayout_, outputChannels);
}

AudioSampleConverter::~AudioSampleConverter() {
    av_channel_layout_uninit(&outputLayout_);
    av_channel_layout_uninit(&inputLayout_);
}

void AudioSampleConverter::reset() {
    context_.reset();
    inputRate_ = 0;
    inputFormat_ = -1;
    av_channel_layout_uninit(&inputLayout_);
}

bool AudioSampleConverter::configureFor(const AVFrame* frame) {
    AVChannelLayout layout{};
    effectiveLayoutOf(frame, &layout);
    const bool same = context_ && inputRate_ == frame->sample_rate &&
                      inputFormat_ == frame->format &&
                      av_channel_layout_compare(&inputLayout_, &layout) == 0;
    if (same) {
        av_channel_layout_uninit(&layout);
        return true;
    }
    SwrContext* raw = nullptr;
    int code = swr_alloc_set_opts2(&raw, &outputLayout_, outputFormat_, outputRate_, &layout,
                                   static_cast<AVSampleFormat>(frame->format), frame->sample_rate,
                                   0, nullptr);
    context_.reset(raw);
    if (code >= 0)
        code = swr_init(raw);
    if (code < 0) {
        context_.reset();
        av_channel_layout_uninit(&layout);
        error_ = QStringLiteral("cannot convert %1 Hz %2 audio (%3)")
                     .arg(frame->sample_rate)
                     .arg(QString::fromLatin1(
                         av_get_sample_fmt_name(static_cast<AVSampleFormat>(frame->format))))
                     .arg(QString::fromStdString(ffmpeg::errorText(code)));
        return false;
    }
    inputRate_ = frame->sample_rate;
    inputFormat_ = frame->format;
    av_channel_layout_uninit(&inputLayout_);
    inputLayout_ = layout; // takes ownership of what effectiveLayoutOf allocated
    return true;
}

int AudioSampleConverter::run(const AVFrame* frame, std::uint8_t** output, int capacity) {
    const int converted =
        swr_convert(context_.get(), output, capacity,
                    frame ? const_cast<const std::uint8_t**>(frame->extended_data) : nullptr,
                    frame ? frame->nb_samples : 0);
    if (converted < 0)
        error_ = QStringLiteral("audio conversion failed (%1)")
                     .arg(QString::fromStdString(ffmpeg::errorText(converted)));
    return converted;
}

int AudioSampleConverter::convert(const AVFrame* frame, std::vector<float>& interleaved) {
    if (!configureFor(frame))
        return -1;
    const int capacity = swr_get_out_samples(context_.get(), frame->nb_samples);
    if (capacity <= 0)
        return 0;
    const int channels = outputChannels();
    const std::size_t before = interleaved.size();
    interleaved.resize(before + static_cast<std::size_t>(capacity) * channels);
    auto* out = reinterpret_cast<std::uint8_t*>(interleaved.data() + before);
    const int converted = run(frame, &out, capacity);
    interleaved.resize(before + static_cast<std::size_t>(std::max(converted, 0)) * channels);
    return converted;
}

int AudioSampleConverter::convert(const AVFrame* frame, std::vector<std::vector<float>>& planes) {
    if (!configureFor(frame))
        return -1;
    const int capacity = swr_get_out_samples(context_.get(), frame->nb_samples);
    if (capacity <= 0)
        return 0;
    const auto channels = static_cast<std::size_t>(outputChannels());
    planes.resize(channels);
    std::vector<std::uint8_t*> out(channels);
    const std::size_t before = planes[0].size();
    for (std::size_t c = 0; c < channels; ++c) {
        planes[c].resize(before + static_cast<std::size_t>(capacity));
        out[c] = reinterpret_cast<std::uint8_t*>(planes[c].data() + before);
    }
    const int converted = run(frame, out.data(), capacity);
    for (auto& plane : planes)
        plane.resize(before + static_cast<std::size_t>(std::max(converted, 0)));
    return converted;
}

int AudioSampleConverter::flush(std::vector<float>& interleaved) {
    if (!context_)
        return 0;
    const int capacity = swr_get_out_samples(context_.get(), 0);
    if (capacity <= 0)
        return 0;
    const int channels = outputChannels();
    const std::size_t before = interleaved.size();
    interleaved.resize(before + static_cast<std::size_t>(capacity) * channels);
    auto* out = reinterpret_cast<std::uint8_t*>(interleaved.data() + before);
    const int converted = run(nullptr, &out, capacity);
    interleaved.resize(before + static_cast<std::size_t>(std::max(converted, 0)) * channels);
    return converted;
}

} // namespace cuesheet::media::detail
