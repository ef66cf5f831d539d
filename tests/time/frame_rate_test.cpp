#include "cuesheet/time/frame_rate.h"

#include <catch2/catch.hpp>

using namespace cuesheet;

TEST_CASE("frame rates parse to exact fractions") {
    CHECK(FrameRate::parse("23.976").value() == FrameRate(24000, 1001));
    CHECK(FrameRate::parse("29.97").value() == FrameRate(30000, 1001));
    CHECK(FrameRate::parse("59.94").value() == FrameRate(60000, 1001));
    CHECK(FrameRate::parse("25").value() == FrameRate(25, 1));
    CHECK(FrameRate::parse("48/2").value() == FrameRate(24, 1));
    CHECK(FrameRate::parse("24000/1001").value().toFraction() == "24000/1001");
    CHECK_FALSE(FrameRate::parse("23.9").ok());
    CHECK_FALSE(FrameRate::parse("0").ok());
    CHECK_FALSE(FrameRate::parse("-25").ok());
    CHECK_FALSE(FrameRate::parse("25/0").ok());
    CHECK_FALSE(FrameRate::parse("abc").ok());
    CHECK(FrameRate::parse("abc").error().find("frame rate 'abc'") == 0);
}

TEST_CASE("timecode base and drop-frame support") {
    CHECK(FrameRate(24000, 1001).timecodeBase() == 24);
    CHECK(FrameRate(30000, 1001).timecodeBase() == 30);
    CHECK(FrameRate(60000, 1001).timecodeBase() == 60);
    CHECK(FrameRate(50, 1).timecodeBase() == 50);
    CHECK(FrameRate(30000, 1001).supportsDropFrame());
    CHECK(FrameRate(60000, 1001).supportsDropFrame());
    CHECK_FALSE(FrameRate(24000, 1001).supportsDropFrame());
    CHECK_FALSE(FrameRate(30, 1).supportsDropFrame());
    CHECK(FrameRate(30000, 1001).droppedFramesPerMinute() == 2);
    CHECK(FrameRate(60000, 1001).droppedFramesPerMinute() == 4);
}
