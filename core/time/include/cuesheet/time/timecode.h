#pragma once

#include "cuesheet/time/frame_rate.h"
#include "cuesheet/time/parse_result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace cuesheet {

// How timecode labels frames: the rate, and whether frame numbers are dropped (SMPTE 12M
// drop-frame, only at 29.97 and 59.94).
struct TimecodeFormat {
    FrameRate rate;
    bool dropFrame = false;

    // The format is usable: a valid rate, and drop-frame only where it is defined.
    bool isValid() const { return rate.isValid() && (!dropFrame || rate.supportsDropFrame()); }
    friend bool operator==(const TimecodeFormat&, const TimecodeFormat&) = default;
};

// Frames in one 24-hour timecode day, after which labels wrap to 00:00:00:00.
std::int64_t framesPerTimecodeDay(const TimecodeFormat& format);

// "HH:MM:SS:FF" (";" before the frames when drop-frame) for a zero-based frame count since
// 00:00:00:00. Counts wrap modulo 24 hours, as SMPTE timecode does; negative counts wrap too.
std::string formatTimecode(std::int64_t frame, const TimecodeFormat& format);

// Parses "HH:MM:SS:FF" into a zero-based frame count since 00:00:00:00.
// Separators: ":" everywhere; a drop-frame format also accepts ";" or "." (and ",") before
// the frames, or ";" throughout. A non-drop format refuses ";". Fields: hours 0-23, minutes
// and seconds 0-59, frames below timecodeBase(); in drop-frame, frames 00 and 01 (00-03 at
// 59.94) of a minute not divisible by ten do not exist and are refused. The error names the
// field and what was expected.
ParseResult<std::int64_t> parseTimecode(std::string_view text, const TimecodeFormat& format);

} // namespace cuesheet
