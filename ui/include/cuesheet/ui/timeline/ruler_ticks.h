#pragma once

#include "cuesheet/time/timecode.h"

#include <cstdint>
#include <vector>

namespace cuesheet {

// Where the timeline ruler puts its ticks: on timecode labels, not on seconds of real time.
//
// Ticks sit where the *label* is round ("01:02:00:00"), because that is what an editor reads
// and types. Labels are counted from the project's start timecode, so programme frame p has
// the label frame startFrame + p. With drop-frame timecode the labels skip numbers, so the
// ruler works in "nominal" label numbers (HH:MM:SS:FF read as if nothing were dropped) and
// maps each round nominal number back to its frame; a round label that does not exist
// (00:01:00;00 at 29.97 DF) is drawn at the first label after it (00:01:00;02).
//
//   label frame   ...  1798        1799        1800        1801   (29.97 DF)
//   label         ...  00:00:59;28 00:00:59;29 00:01:00;02 00:01:00;03
//   nominal       ...  1798        1799        1802        1803

// The nominal number of a label frame (frames since 00:00:00:00). Identity for non-drop.
std::int64_t nominalOfLabelFrame(std::int64_t labelFrame, const TimecodeFormat& format);
// The first label frame whose nominal number is at or after `nominal`.
std::int64_t labelFrameAtOrAfterNominal(std::int64_t nominal, const TimecodeFormat& format);

// Tick spacing for a zoom level, in nominal frames. The steps are whole divisors of a
// timecode second (1, 2, 5, 10 ... frames), then 1, 2, 5, 10, 15, 30 seconds and minutes,
// then hours, so every tick lands on a round label.
struct RulerScale {
    std::int64_t majorStep = 1; // labelled ticks
    std::int64_t minorStep = 0; // unlabelled ticks between them; 0 = none
    // Labels show frames ("HH:MM:SS:FF") only when the major step is not whole seconds;
    // otherwise "HH:MM:SS".
    bool labelsShowFrames = true;
};

// The finest major step whose ticks are at least `minLabelSpacing` pixels apart, and the
// finest minor step (dividing it) at least `minTickSpacing` apart.
RulerScale chooseRulerScale(double pixelsPerFrame, const TimecodeFormat& format,
                            double minLabelSpacing, double minTickSpacing);

struct RulerTick {
    std::int64_t programmeFrame = 0;
    std::int64_t labelFrame = 0; // for formatTimecode
    bool major = false;
};

// The ticks of programme frames [firstFrame, lastFrame] (inclusive), in order, each once.
std::vector<RulerTick> rulerTicks(const RulerScale& scale, const TimecodeFormat& format,
                                  std::int64_t startFrame, std::int64_t firstFrame,
                                  std::int64_t lastFrame);

} // namespace cuesheet
