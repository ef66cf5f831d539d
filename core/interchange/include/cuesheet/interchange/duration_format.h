#pragma once

#include "cuesheet/model/project_header.h"
#include "cuesheet/time/rounding.h"

#include <QString>

#include <optional>

namespace cuesheet {

// How an exported cue sheet writes durations. No society rule says how to round, so both
// the format and the rounding are explicit options. Default: m:ss rounded up, so a use of
// 0.2 s is reported as 0:01 and never as 0:00.
enum class DurationFormat {
    Timecode,       // HH:MM:SS:FF in the project's rate (frames rounded as asked)
    Seconds,        // whole seconds: "95"
    MinutesSeconds, // "1:35" (minutes are not capped at 59: "75:02")
};

struct DurationStyle {
    DurationFormat format = DurationFormat::MinutesSeconds;
    Rounding rounding = Rounding::Up; // Nearest or Up; Down is accepted but not offered
};

QString formatDuration(Time duration, const DurationStyle& style, const ProjectHeader& header);

std::optional<DurationFormat> durationFormatFromKey(const QString& key); // tc seconds mmss
std::optional<Rounding> roundingFromKey(const QString& key);             // nearest up

} // namespace cuesheet
