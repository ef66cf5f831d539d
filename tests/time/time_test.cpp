#include "cuesheet/time/time.h"
#include "cuesheet/time/timecode.h"

#include <catch2/catch.hpp>

#include <random>
#include <vector>

using namespace cuesheet;

namespace {
const std::vector<FrameRate> kRates{
    FrameRate(24000, 1001), FrameRate(24, 1),       FrameRate(25, 1),
    FrameRate(30000, 1001), FrameRate(30, 1),       FrameRate(48, 1),
    FrameRate(50, 1),       FrameRate(60000, 1001), FrameRate(60, 1)};
}

TEST_CASE("every supported frame duration is a whole number of ticks") {
    for (auto rate : kRates) {
        INFO(rate.toFraction());
        const auto ticks = Time::kTicksPerSecond * rate.denominator();
        CHECK(ticks % rate.numerator() == 0);
    }
    CHECK(Time::kTicksPerSecond % 44100 == 0);
    CHECK(Time::kTicksPerSecond % 48000 == 0);
    CHECK(Time::fromFrames(1, FrameRate(24000, 1001)).ticks() == 29'429'400);
}

TEST_CASE("frames round-trip through ticks exactly at every rate") {
    std::mt19937_64 random(20261122);
    for (auto rate : kRates) {
        INFO(rate.toFraction());
        std::uniform_int_distribution<std::int64_t> frames(-1'000'000, 100'000'000);
        for (int i = 0; i < 2000; ++i) {
            const std::int64_t f = frames(random);
            const Time t = Time::fromFrames(f, rate);
            REQUIRE(t.frameAtOrBefore(rate) == f);
            REQUIRE(t.frameNearest(rate) == f);
            REQUIRE(t.frameAtOrAfter(rate) == f);
            // One tick later is still inside frame f; one tick earlier is inside f - 1.
            REQUIRE((t + Time::fromTicks(1)).frameAtOrBefore(rate) == f);
            REQUIRE((t + Time::fromTicks(1)).frameAtOrAfter(rate) == f + 1);
            REQUIRE((t - Time::fromTicks(1)).frameAtOrBefore(rate) == f - 1);
        }
    }
}

TEST_CASE("timecode round-trips over random frames at every rate and drop mode") {
    std::mt19937_64 random(7);
    for (auto rate : kRates) {
        for (bool drop : {false, true}) {
            const TimecodeFormat format{rate, drop};
            if (!format.isValid())
                continue;
            INFO(rate.toFraction() << " drop=" << drop);
            const std::int64_t day = framesPerTimecodeDay(format);
            std::uniform_int_distribution<std::int64_t> frames(0, day - 1);
            for (int i = 0; i < 5000; ++i) {
                const std::int64_t f = frames(random);
                const std::string tc = formatTimecode(f, format);
                const auto back = parseTimecode(tc, format);
                REQUIRE(back.ok());
                REQUIRE(back.value() == f);
            }
            // Consecutive frames get consecutive, distinct labels across a drop boundary.
            for (std::int64_t f = 1790; f < 1810; ++f)
                REQUIRE(parseTimecode(formatTimecode(f, format), format).value() == f);
        }
    }
}

TEST_CASE("rounding is explicit") {
    const FrameRate fps25(25, 1);
    const Time halfFrame = Time::fromTicks(Time::kTicksPerSecond / 50);
    CHECK(halfFrame.frameAtOrBefore(fps25) == 0);
    CHECK(halfFrame.frameNearest(fps25) == 1);
    CHECK(halfFrame.frameAtOrAfter(fps25) == 1);
    CHECK((-halfFrame).frameAtOrBefore(fps25) == -1);
    CHECK((-halfFrame).frameAtOrAfter(fps25) == 0);
    CHECK(Time::fromRational(1001, 1, 30000, Rounding::Down) ==
          Time::fromFrames(1, FrameRate(30000, 1001)));
    CHECK(Time::fromRational(1, 1, 7, Rounding::Down).ticks() == 100'800'000);
    CHECK(Time::fromRational(1, 1, 11, Rounding::Down).ticks() == 64'145'454);
    CHECK(Time::fromRational(1, 1, 11, Rounding::Up).ticks() == 64'145'455);
    CHECK(Time::fromWholeSeconds(3).toRational(1, 48000, Rounding::Down) == 144000);
    CHECK(Time::fromTicks(1).toWholeSeconds(Rounding::Up) == 1);
    CHECK(Time::fromTicks(Time::kTicksPerSecond / 2).toWholeSeconds(Rounding::Nearest) == 1);
    CHECK(Time::fromTicks(Time::kTicksPerSecond / 2 - 1).toWholeSeconds(Rounding::Nearest) == 0);
}

TEST_CASE("half-open ranges") {
    const auto a =
        TimeRange::fromStartAndEndExclusive(Time::fromWholeSeconds(1), Time::fromWholeSeconds(3));
    const auto b =
        TimeRange::fromStartAndEndExclusive(Time::fromWholeSeconds(3), Time::fromWholeSeconds(4));
    CHECK_FALSE(a.overlaps(b));
    CHECK(a.contains(Time::fromWholeSeconds(1)));
    CHECK_FALSE(a.contains(Time::fromWholeSeconds(3)));
    CHECK(a.isWithin(b, Time()));
    const auto c =
        TimeRange::fromStartAndEndExclusive(Time::fromWholeSeconds(5), Time::fromWholeSeconds(6));
    CHECK_FALSE(a.isWithin(c, Time::fromWholeSeconds(2) - Time::fromTicks(1)));
    CHECK(a.isWithin(c, Time::fromWholeSeconds(2)));
    CHECK(a.unitedWith(c) == TimeRange::fromStartAndEndExclusive(Time::fromWholeSeconds(1),
                                                                 Time::fromWholeSeconds(6)));
    CHECK(a.duration() == Time::fromWholeSeconds(2));
}
