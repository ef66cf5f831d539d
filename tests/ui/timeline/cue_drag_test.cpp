#include "cuesheet/ui/timeline/cue_drag.h"

#include "timeline_test_support.h"

#include <catch2/catch.hpp>

using namespace cuesheet;
using namespace cuesheet::test;

TEST_CASE("snap targets: the nearest frame-aligned target within the distance") {
    // A target between frames is taken to its nearest frame boundary.
    const SnapTargets targets(rate24(), {frames24(100), frames24(50) + Time::fromTicks(1000),
                                         frames24(120), frames24(100)});
    CHECK(targets.times() == std::vector<Time>{frames24(50), frames24(100), frames24(120)});
    CHECK(targets.nearest(frames24(103), frames24(3)) == frames24(100));
    CHECK_FALSE(targets.nearest(frames24(104), frames24(3)).has_value());
    CHECK(targets.nearest(frames24(111), frames24(10)) == frames24(120)); // 9 < 11
    CHECK(targets.nearest(frames24(110), frames24(10)) == frames24(100)); // tie: earlier
}

TEST_CASE("a create drag spans press to pointer on whole frames, snapping when asked") {
    const Time half = Time::fromTicks(kTicksPerFrame24 / 2);
    CueDrag drag = CueDrag::create(frames24(10) + Time::fromTicks(100), 2, rate24(),
                                   SnapTargets(rate24(), {frames24(40)}));
    drag.update(frames24(37) + half, 2, frames24(3), true);
    REQUIRE(drag.preview().size() == 1);
    CHECK(drag.preview()[0].in == frames24(10));
    CHECK(drag.preview()[0].out == frames24(40)); // snapped to the target
    CHECK(drag.preview()[0].lane == 2);
    CHECK(drag.snapLine() == frames24(40));
    drag.update(frames24(37) + half, 2, frames24(3), false);
    CHECK(drag.preview()[0].out == frames24(38)); // 37.5 -> 38 (halves later)
    CHECK_FALSE(drag.snapLine().has_value());
    // Dragging left of the press: in and out swap.
    drag.update(frames24(4), 0, frames24(3), false);
    CHECK(drag.preview()[0].in == frames24(4));
    CHECK(drag.preview()[0].out == frames24(10));
    CHECK(drag.preview()[0].lane == 2); // the press lane
    CHECK(drag.hasEffect());
    drag.update(frames24(10), 2, frames24(3), false);
    CHECK_FALSE(drag.hasEffect()); // empty
}

TEST_CASE("a move drag keeps the selection's shape, snaps the nearer edge, stays in bounds") {
    Cue a = cueAtFrames(100, 148, 1);
    a.id = 1;
    Cue b = cueAtFrames(200, 210, 2);
    b.id = 2;
    // Targets: another cue's edge at 300.
    CueDrag drag = CueDrag::move({b, a}, 1, frames24(120), 1, 3, rate24(),
                                 SnapTargets(rate24(), {frames24(300)}));
    // Pointer +150.25 frames: a.in -> 250 (out 298 is 2 from 300: snaps, in 252).
    drag.update(frames24(270) + Time::fromTicks(kTicksPerFrame24 / 4), 1, frames24(3), true);
    REQUIRE(drag.preview().size() == 2);
    CHECK(drag.preview()[0].id == 1); // the grabbed cue leads
    CHECK(drag.preview()[0].in == frames24(252));
    CHECK(drag.preview()[0].out == frames24(300));
    CHECK(drag.preview()[1].in == frames24(352));
    CHECK(drag.preview()[1].out == frames24(362));
    CHECK(drag.snapLine() == frames24(300));
    drag.update(frames24(270) + Time::fromTicks(kTicksPerFrame24 / 4), 1, frames24(3), false);
    CHECK(drag.preview()[0].in == frames24(250));
    // Far left: the earliest cue stops at 0. Lanes: +5 is clamped so b (lane 2) stays <= 3.
    drag.update(frames24(0), 6, frames24(3), true);
    CHECK(drag.preview()[0].in == frames24(0));
    CHECK(drag.preview()[1].in == frames24(100));
    CHECK(drag.preview()[0].lane == 2);
    CHECK(drag.preview()[1].lane == 3);
    drag.update(frames24(120), -4, frames24(3), true);
    CHECK(drag.preview()[0].lane == 0); // a goes to 0, b keeps its distance
    CHECK(drag.preview()[1].lane == 1);
}

TEST_CASE("trims keep at least one frame and never go before zero") {
    Cue a = cueAtFrames(100, 148, 0);
    a.id = 1;
    CueDrag in = CueDrag::trim(a, CueDrag::Kind::TrimIn, frames24(100), rate24(), {});
    in.update(frames24(500), 0, frames24(3), true);
    CHECK(in.preview()[0].in == frames24(147));
    CHECK(in.preview()[0].out == frames24(148));
    in.update(frames24(-20), 0, frames24(3), true);
    CHECK(in.preview()[0].in == frames24(0));
    CueDrag out = CueDrag::trim(a, CueDrag::Kind::TrimOut, frames24(148), rate24(), {});
    out.update(frames24(0), 0, frames24(3), true);
    CHECK(out.preview()[0].in == frames24(100));
    CHECK(out.preview()[0].out == frames24(101));
}
