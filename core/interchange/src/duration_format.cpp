#include "cuesheet/interchange/duration_format.h"

namespace cuesheet {

QString formatDuration(Time duration, const DurationStyle& style, const ProjectHeader& header) {
    switch (style.format) {
    case DurationFormat::Timecode: {
        const std::int64_t frames = duration.toFrames(header.timecode.rate, style.rounding);
        return QString::fromStdString(formatTimecode(frames, header.timecode));
    }
    case DurationFormat::Seconds:
        return QString::number(duration.toWholeSeconds(style.rounding));
    case DurationFormat::MinutesSeconds: {
        const std::int64_t seconds = duration.toWholeSeconds(style.rounding);
        return QString("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar('0'));
    }
    }
    return {};
}

std::optional<DurationFormat> durationFormatFromKey(const QString& key) {
    if (key == "tc" || key == "timecode")
        return DurationFormat::Timecode;
    if (key == "seconds")
        return DurationFormat::Seconds;
    if (key == "mmss")
        return DurationFormat::MinutesSeconds;
    return std::nullopt;
}

std::optional<Rounding> roundingFromKey(const QString& key) {
    if (key == "nearest")
        return Rounding::Nearest;
    if (key == "up")
        return Rounding::Up;
    return std::nullopt;
}

} // namespace cuesheet
