#include "cuesheet/ui/timeline/timeline_geometry.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace cuesheet;

namespace {
constexpr std::int64_t kFrame24 = 29'400'000; // ticks per frame at 24 fps
const FrameRate k24(24, 1);
} // namespace

TEST_CASE("timeline geometry maps times to x without rounding and back as asked") {
    const TimelineGeometry g(Time::fromTicks(1000), 100, 500);
    CHECK(g.endExclusive() == Time::fromTicks(1000 + 500 * 100));
    CHECK(g.xOfTime(Time::fromTicks(1000)) == 0.0);
    CHECK(g.xOfTime(Time::fromTicks(1250)) == 2.5);
    CHECK(g.xOfTime(Time::fromTicks(900)) == -1.0);
    CHECK(g.columnOfTime(Time::fromTicks(1299)) == 2);
    CHECK(g.columnOfTime(Time::fromTicks(999)) == -1); // floor, not toward zero

    // 0.255 px * 100 = 25.5 ticks
    CHECK(g.timeAtX(0.255, Rounding::Down) == Time::fromTicks(1025));
    CHECK(g.timeAtX(0.255, Rounding::Nearest) == Time::fromTicks(1026));
    CHECK(g.timeAtX(0.255, Rounding::Up) == Time::fromTicks(1026));
    CHECK(g.timeAtX(-0.255, Rounding::Down) == Time::fromTicks(974));
    CHECK(g.timeAtX(-0.255, Rounding::Up) == Time::fromTicks(975));
}

TEST_CASE("frameAtX: the frame under x, the nearest boundary, or the next boundary") {
    // 8 pixels per frame, frame 100 at x = 0.
    const TimelineGeometry g(Time::fromFrames(100, k24), kFrame24 / 8, 800);
    CHECK(g.pixelsPerFrame(k24) == 8.0);
    CHECK(g.frameAtX(0, k24, Rounding::Down) == 100);
    CHECK(g.frameAtX(0, k24, Rounding::Up) == 100);
    CHECK(g.frameAtX(3, k24, Rounding::Down) == 100);
    CHECK(g.frameAtX(3, k24, Rounding::Nearest) == 100);
    CHECK(g.frameAtX(4, k24, Rounding::Nearest) == 101); // exactly half: the later frame
    CHECK(g.frameAtX(3, k24, Rounding::Up) == 101);
    CHECK(g.frameAtX(15.9, k24, Rounding::Down) == 101);
    CHECK(g.frameAtX(-1, k24, Rounding::Down) == 99);
    CHECK(g.frameAtX(-4, k24, Rounding::Nearest) == 100); // -0.5 frame: halves go later
}

TEST_CASE("xOfTime and timeAtX round-trip within a pixel (property)") {
    std::mt19937_64 random(20240601);
    std::uniform_int_distribution<std::int64_t> starts(0, 7200LL * Time::kTicksPerSecond);
    std::uniform_int_distribution<std::int64_t> scales(1, 3'000'000'000LL);
    std::uniform_real_distribution<double> xs(-100.0, 4000.0);
    for (int i = 0; i < 20000; ++i) {
        const std::int64_t tpp = scales(random);
        const TimelineGeometry g(Time::fromTicks(starts(random)), tpp, 1920);
        const double x = xs(random);
        const Time t = g.timeAtX(x, Rounding::Nearest);
        // Back to x: within half a tick's worth of a pixel (plus double rounding).
        REQUIRE(std::abs(g.xOfTime(t) - x) <= 0.5 / static_cast<double>(tpp) + 1e-6);
        // Time -> x -> time: within one tick.
        const Time u = Time::fromTicks(g.start().ticks() + static_cast<std::int64_t>(x * tpp));
        const Time back = g.timeAtX(g.xOfTime(u), Rounding::Nearest);
        REQUIRE(std::abs((back - u).ticks()) <= 1);
        // Down <= Nearest <= Up, at most a tick apart.
        const Time down = g.timeAtX(x, Rounding::Down);
        const Time up = g.timeAtX(x, Rounding::Up);
        REQUIRE(down <= t);
        REQUIRE(t <= up);
        REQUIRE((up - down).ticks() <= 1);
        // The column of a time holds it: column <= x(t) < column + 1.
        const double tx = g.xOfTime(u);
        const std::int64_t column = g.columnOfTime(u);
        REQUIRE(static_cast<double>(column) <= tx + 1e-9);
        REQUIRE(tx < static_cast<double>(column + 1) + 1e-9);
    }
}

TEST_CASE("zooming around an anchor keeps the anchor's time (property)") {
    std::mt19937_64 random(7);
    std::uniform_int_distribution<std::int64_t> starts(0, 7200LL * Time::kTicksPerSecond);
    std::uniform_int_distribution<std::int64_t> scales(1, 3'000'000'000LL);
    std::uniform_int_distribution<int> anchors(0, 1919);
    std::uniform_real_distribution<double> fractions(0.0, 1.0);
    for (int i = 0; i < 20000; ++i) {
        const TimelineGeometry g(Time::fromTicks(starts(random)), scales(random), 1920);
        const std::int64_t newScale = scales(random);
        // A whole pixel: exactly the same time.
        const int anchor = anchors(random);
        const TimelineGeometry zoomed = g.zoomedAround(anchor, newScale);
        REQUIRE(zoomed.ticksPerPixel() == newScale);
        REQUIRE(zoomed.width() == 1920);
        REQUIRE(zoomed.timeAtX(anchor, Rounding::Nearest) == g.timeAtX(anchor, Rounding::Nearest));
        // A fractional x (a mouse position at high DPI): within one tick.
        const double x = anchor + fractions(random);
        const TimelineGeometry z2 = g.zoomedAround(x, newScale);
        REQUIRE(std::abs(
                    (z2.timeAtX(x, Rounding::Nearest) - g.timeAtX(x, Rounding::Nearest)).ticks()) <=
                1);
    }
}

TEST_CASE("zoom limits: the whole content fits; the finest shows a frame 48 pixels wide") {
    const Time twoHours = Time::fromWholeSeconds(7200);
    const std::int64_t fit = TimelineGeometry::fitTicksPerPixel(twoHours, 1920);
    CHECK(fit * 1920 >= twoHours.ticks());
    CHECK((fit - 1) * 1920 < twoHours.ticks());

    for (const FrameRate rate : {FrameRate(24000, 1001), FrameRate(25, 1), FrameRate(30000, 1001),
                                 FrameRate(60000, 1001), FrameRate(60, 1)}) {
        const std::int64_t finest = TimelineGeometry::finestTicksPerPixel(rate);
        const TimelineGeometry g(Time(), finest, 1920);
        CHECK(g.pixelsPerFrame(rate) >= TimelineGeometry::kMaxPixelsPerFrame);
        CHECK(TimelineGeometry(Time(), finest + 1, 1920).pixelsPerFrame(rate) <
              TimelineGeometry::kMaxPixelsPerFrame);
        const ZoomLimits limits = ZoomLimits::forContent(twoHours, 1920, rate);
        CHECK(limits.finest == finest);
        CHECK(limits.coarsest == fit);
        CHECK(limits.clamp(1) == finest);
        CHECK(limits.clamp(fit * 10) == fit);
    }
    // Content shorter than the finest zoom can fill: no range, not an inverted one.
    const ZoomLimits tiny = ZoomLimits::forContent(Time::fromFrames(2, k24), 1920, k24);
    CHECK(tiny.coarsest == tiny.finest);
}
