#pragma once

#include "cuesheet/model/project_data.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace cuesheet {

// The bundled demo: a 75-second film ("The Lighthouse Keeper") whose sound track is built
// from the real recordings in resources/demo/music and spoken lines from espeak-ng, and the
// cue sheet of that film. The film and the project are made from this one description, so
// every cue sits exactly where its music plays.
//
// Times are frames at 24000/1001 (the film's rate); audio delays are the same instants in
// samples at 48 kHz (one frame = 2002 samples exactly).
namespace demo {

constexpr std::int64_t kFrameCount = 1800;           // 75.075 s
constexpr std::int64_t kSamplesPerFrame48k = 2002;   // 48000 * 1001 / 24000
constexpr std::int64_t kStartTimecodeFrames = 86400; // 01:00:00:00 at 24 labels per second

struct MusicUse {
    QString title;
    QString file;            // in resources/demo/music
    double fileStartSeconds; // where in the recording the cue starts
    std::int64_t inFrame;
    std::int64_t outFrame; // exclusive
};

struct Line {
    QString text;
    QString voice; // espeak-ng voice
    std::int64_t atFrame;
};

struct Scene {
    QString caption;
    std::int64_t fromFrame;
    std::int64_t toFrame;
};

const std::vector<MusicUse>& musicUses();
const std::vector<Line>& dialogue();
const std::vector<Scene>& scenes();

// The demo's header (media path relative to the project file: "demo-film.mp4").
ProjectHeader header();
// The cues and works of the demo cue sheet, in the order of musicUses(); to be applied to a
// fresh project as one change.
ProjectData content();

} // namespace demo
} // namespace cuesheet
