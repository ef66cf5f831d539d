#include "cuesheet/ui/timeline/ruler_ticks.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

using namespace cuesheet;

namespace {
// "HH:MM:SS:FF" of a nominal number, written out independently of formatTimecode.
std::string nominalLabel(std::int64_t nominal, int base, char frameSeparator) {
    const std::int64_t ff = nominal % base;
    const std::int64_t seconds = nominal / base;
    char text[32];
    std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld%c%02lld",
                  static_cast<long long>(seconds / 3600 % 24),
                  static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60),
                  frameSeparator, static_cast<long long>(ff));
    return text;
}
} // namespace

TEST_CASE("nominal label numbers match formatTimecode, drop-frame and not") {
    const TimecodeFormat df2997{FrameRate(30000, 1001), true};
    const TimecodeFormat df5994{FrameRate(60000, 1001), true};
    const TimecodeFormat ndf2997{FrameRate(30000, 1001), false};
    const TimecodeFormat ndf24{FrameRate(24, 1), false};
    for (const auto& [format, separator] : {std::pair{df2997, ';'}, std::pair{df5994, ';'},
                                            std::pair{ndf2997, ':'}, std::pair{ndf24, ':'}}) {
        const int base = format.rate.timecodeBase();
        // 25 minutes of frames: covers whole ten-minute blocks and the dropping minutes.
        for (std::int64_t frame = 0; frame < 25LL * 60 * base; ++frame) {
            const std::int64_t nominal = nominalOfLabelFrame(frame, format);
            REQUIRE(nominalLabel(nominal, base, separator) == formatTimecode(frame, format));
            REQUIRE(labelFrameAtOrAfterNominal(nominal, format) == frame);
        }
    }
}

TEST_CASE("a dropped label maps to the first label after it") {
    const TimecodeFormat df{FrameRate(30000, 1001), true};
    // 00:01:00;00 and ;01 do not exist: both go to 00:01:00;02, frame 1800.
    CHECK(labelFrameAtOrAfterNominal(1800, df) == 1800);
    CHECK(labelFrameAtOrAfterNominal(1801, df) == 1800);
    CHECK(formatTimecode(1800, df) == "00:01:00;02");
    // Minute 10 keeps its labels: 00:10:00;00 is frame 17982.
    CHECK(labelFrameAtOrAfterNominal(18000, df) == 17982);
    CHECK(formatTimecode(17982, df) == "00:10:00;00");
}

TEST_CASE("the ruler scale adapts to the zoom: labels apart, ticks on round labels") {
    const TimecodeFormat f24{FrameRate(24, 1), false};
    // 1 px per frame, labels need 90 px: 1 s (24 px) and 2 s (48 px) are too close, 5 s fits.
    RulerScale s = chooseRulerScale(1.0, f24, 90, 6);
    CHECK(s.majorStep == 5 * 24);
    CHECK(s.minorStep == 6); // the finest step dividing 5 s that is 6 px apart
    CHECK_FALSE(s.labelsShowFrames);
    // 48 px per frame: every second frame is labelled (96 px apart), each frame ticked.
    s = chooseRulerScale(48.0, f24, 90, 6);
    CHECK(s.majorStep == 2);
    CHECK(s.minorStep == 1);
    CHECK(s.labelsShowFrames);
    // A two-hour film on 1920 px (0.011 px per frame at 24 fps): 10-minute labels.
    s = chooseRulerScale(1920.0 / (7200 * 24), f24, 90, 6);
    CHECK(s.majorStep == 10 * 60 * 24);
    CHECK(s.minorStep == 30 * 24); // 30 s is 8 px apart; 15 s would be 4 px
    // Every major step is a whole number of minor steps.
    for (double ppf = 0.001; ppf < 60; ppf *= 1.3) {
        const RulerScale r = chooseRulerScale(ppf, f24, 90, 6);
        CHECK(r.majorStep * ppf >= 90 - 1e-9);
        if (r.minorStep > 0) {
            CHECK(r.majorStep % r.minorStep == 0);
            CHECK(r.minorStep * ppf >= 6 - 1e-9);
        }
    }
}

TEST_CASE("ruler ticks sit on round labels counted from the start timecode") {
    const TimecodeFormat f24{FrameRate(24, 1), false};
    const std::int64_t start = 3600 * 24 + 10; // 01:00:00:10
    RulerScale scale;
    scale.majorStep = 24; // every second
    scale.minorStep = 12;
    const auto ticks = rulerTicks(scale, f24, start, 0, 100);
    // Labels 01:00:00:12 (minor), 01:00:01:00 (major), ...: programme frames 2, 14, 26 ...
    REQUIRE(ticks.size() == 9);
    CHECK(ticks[0].programmeFrame == 2);
    CHECK_FALSE(ticks[0].major);
    CHECK(ticks[1].programmeFrame == 14);
    CHECK(ticks[1].major);
    CHECK(formatTimecode(ticks[1].labelFrame, f24) == "01:00:01:00");
    for (std::size_t i = 1; i < ticks.size(); ++i)
        CHECK(ticks[i].programmeFrame - ticks[i - 1].programmeFrame == 12);
}

TEST_CASE("drop-frame minute ticks land on the first label of each minute") {
    const TimecodeFormat df{FrameRate(30000, 1001), true};
    RulerScale scale;
    scale.majorStep = 60 * 30;
    scale.minorStep = 10 * 30;
    const std::int64_t start = 0;
    const auto ticks = rulerTicks(scale, df, start, 0, 12 * 60 * 30 - 100);
    int majors = 0;
    for (const RulerTick& tick : ticks) {
        const std::string label = formatTimecode(tick.labelFrame, df);
        if (tick.major) {
            ++majors;
            const std::string expected = nominalLabel(static_cast<std::int64_t>(majors - 1) * 1800,
                                                      30, ';'); // MM:00;00 nominal
            const bool tenth = (majors - 1) % 10 == 0;
            // The first label of the minute: ;00 every tenth minute, ;02 otherwise.
            CHECK(label.substr(0, 9) == expected.substr(0, 9));
            CHECK(label.substr(9) == (tenth ? "00" : "02"));
        } else {
            CHECK(label.substr(6) == label.substr(6, 2) + ";00");
        }
    }
    CHECK(majors == 12); // 00:00 .. 00:11 (the last frame is 00:11:57;12)
}
