// Simulated mouse gestures on the timeline, at several zoom levels. Expected frames come from
// the zoom chosen in each test (pixels per frame), not from the view's own mapping.
#include "timeline_test_support.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace cuesheet;
using namespace cuesheet::test;

namespace {
const QString kDefaultTitle = QStringLiteral("Cue 1");

std::optional<Cue> onlyNewCue(Project& project, const std::set<CueId>& before) {
    for (const auto& [id, cue] : project.cues())
        if (!before.count(id))
            return cue;
    return std::nullopt;
}
} // namespace

TEST_CASE("dragging on an empty lane creates a cue on whole frames, at several zooms") {
    TimelineFixture f(projectData({}));
    const int y = f.laneY(0);

    SECTION("8 pixels per frame: x rounds to the nearest frame boundary") {
        // Frame 100 at x = 0; x = 8k + r is frame 100 + k + r/8.
        f.setView(frames24(100), kTicksPerFrame24 / 8);
        f.drag({8 * 10 + 3, y}, {8 * 40 + 5, y}); // 110.375 -> 110, 140.625 -> 141
        const auto cue = onlyNewCue(f.project(), {});
        REQUIRE(cue);
        CHECK(cue->in == frames24(110));
        CHECK(cue->out == frames24(141));
        CHECK(cue->lane == 0);
        CHECK(f.project().titleOf(*cue) == kDefaultTitle);
        CHECK(f.selection().ids() == std::set<CueId>{cue->id});
    }
    SECTION("3 frames per pixel: each pixel is a frame boundary") {
        f.setView(frames24(30), 3 * kTicksPerFrame24);
        f.drag({200, y}, {120, y}); // right to left
        const auto cue = onlyNewCue(f.project(), {});
        REQUIRE(cue);
        CHECK(cue->in == frames24(30 + 3 * 120));
        CHECK(cue->out == frames24(30 + 3 * 200));
    }
    SECTION("2.5 frames per pixel: odd pixels are half frames and round to the later one") {
        f.setView(Time(), 5 * kTicksPerFrame24 / 2);
        f.drag({101, y}, {333, y}); // 252.5 -> 253, 832.5 -> 833
        const auto cue = onlyNewCue(f.project(), {});
        REQUIRE(cue);
        CHECK(cue->in == frames24((5 * 101 + 1) / 2));
        CHECK(cue->out == frames24((5 * 333 + 1) / 2));
    }
    // One request, one undo step: undo removes the cue.
    REQUIRE(f.project().cues().size() == 1);
    REQUIRE(f.project().canUndo());
    const ProjectData created = f.project().data();
    REQUIRE(f.project().undo());
    CHECK(f.project().cues().empty());
    CHECK_FALSE(f.project().canUndo());
    REQUIRE(f.project().redo());
    CHECK(f.project().data() == created);
}

TEST_CASE("a new cue dropped on the empty lane below the used ones opens a lane") {
    TimelineFixture f(projectData({cueAtFrames(0, 24, 0)}));
    f.setView(Time(), kTicksPerFrame24 / 8);
    REQUIRE(f.view().timelineLayout().laneCount == 2);
    f.drag({400, f.laneY(1)}, {600, f.laneY(1)});
    const auto cue = onlyNewCue(f.project(), {1});
    REQUIRE(cue);
    CHECK(cue->lane == 1);
    CHECK(f.view().timelineLayout().laneCount == 3);
    // The default title does not reuse an existing work's title.
    CHECK(f.project().titleOf(*cue) == QStringLiteral("Cue 2"));
}

TEST_CASE("dragging a cue body moves it by whole frames, also to another lane") {
    TimelineFixture f(projectData({cueAtFrames(200, 248, 0), cueAtFrames(500, 520, 1)}));
    const ProjectData before = f.project().data();

    SECTION("8 pixels per frame") {
        f.setView(frames24(150), kTicksPerFrame24 / 8);            // cue 1 at x 400..784
        f.drag({600, f.laneY(0)}, {600 + 8 * 12 + 3, f.laneY(0)}); // +12.375 frames
        CHECK(f.cue(1).in == frames24(212));
        CHECK(f.cue(1).out == frames24(260));
        CHECK(f.cue(1).lane == 0);
    }
    SECTION("3 frames per pixel, down one lane") {
        f.setView(Time(), 3 * kTicksPerFrame24);         // cue 1 at x 66.7..82.7
        f.drag({75, f.laneY(0)}, {75 + 50, f.laneY(1)}); // +150 frames
        CHECK(f.cue(1).in == frames24(350));
        CHECK(f.cue(1).out == frames24(398));
        CHECK(f.cue(1).lane == 1);
    }
    SECTION("2.5 frames per pixel, leftwards") {
        f.setView(Time(), 5 * kTicksPerFrame24 / 2);     // cue 1 at x 80..99.2
        f.drag({90, f.laneY(0)}, {90 - 31, f.laneY(0)}); // -77.5 frames -> -77 (half later)
        CHECK(f.cue(1).in == frames24(123));
        CHECK(f.cue(1).out == frames24(171));
    }
    CHECK(f.cue(2).in == frames24(500)); // the other cue stays
    const ProjectData edited = f.project().data();
    REQUIRE(f.project().undo());
    CHECK(f.project().data() == before);
    // Redo brings the edit back exactly.
    REQUIRE(f.project().redo());
    CHECK(f.project().data() == edited);
}

TEST_CASE("dragging a selection moves every selected cue by the same frames in one step") {
    TimelineFixture f(projectData(
        {cueAtFrames(200, 248, 0), cueAtFrames(260, 280, 1), cueAtFrames(400, 420, 0)}));
    const ProjectData before = f.project().data();
    f.setView(frames24(150), kTicksPerFrame24 / 8);
    f.click({600, f.laneY(0)});
    f.click({8 * (270 - 150), f.laneY(1)}, Qt::ShiftModifier);
    REQUIRE(f.selection().ids() == std::set<CueId>{1, 2});
    f.drag({600, f.laneY(0)}, {600 + 8 * 20, f.laneY(0)});
    CHECK(f.cue(1).in == frames24(220));
    CHECK(f.cue(2).in == frames24(280));
    CHECK(f.cue(2).lane == 1);
    CHECK(f.cue(3).in == frames24(400));
    const ProjectData edited = f.project().data();
    REQUIRE(f.project().undo());
    CHECK(f.project().data() == before);
    // Redo brings the edit back exactly.
    REQUIRE(f.project().redo());
    CHECK(f.project().data() == edited);
}

TEST_CASE("dragging a cue's edges trims it to whole frames") {
    TimelineFixture f(projectData({cueAtFrames(200, 248, 0)}));
    const ProjectData before = f.project().data();

    SECTION("in edge at 8 pixels per frame") {
        f.setView(frames24(150), kTicksPerFrame24 / 8);           // in edge at x 400, out at 784
        f.drag({401, f.laneY(0)}, {401 - 8 * 5 - 2, f.laneY(0)}); // -5.25 frames
        CHECK(f.cue(1).in == frames24(195));
        CHECK(f.cue(1).out == frames24(248));
    }
    SECTION("out edge at 8 pixels per frame") {
        f.setView(frames24(150), kTicksPerFrame24 / 8);
        f.drag({783, f.laneY(0)}, {783 + 8 * 30 + 4, f.laneY(0)}); // +30.5 -> +31 frames
        CHECK(f.cue(1).in == frames24(200));
        CHECK(f.cue(1).out == frames24(279));
    }
    SECTION("out edge at 1 frame per pixel, never shorter than a frame") {
        f.setView(frames24(100), kTicksPerFrame24); // out edge at x 148
        f.drag({147, f.laneY(0)}, {20, f.laneY(0)});
        CHECK(f.cue(1).in == frames24(200));
        CHECK(f.cue(1).out == frames24(201));
    }
    const ProjectData edited = f.project().data();
    REQUIRE(f.project().undo());
    CHECK(f.project().data() == before);
    // Redo brings the edit back exactly.
    REQUIRE(f.project().redo());
    CHECK(f.project().data() == edited);
}

TEST_CASE("edges snap to other cues' edges and to the playhead; Alt turns that off") {
    // Cue 1 [200, 248) lane 0; cue 2 [300, 340) lane 1.
    TimelineFixture f(projectData({cueAtFrames(200, 248, 0), cueAtFrames(300, 340, 1)}));
    f.setView(frames24(150), kTicksPerFrame24 / 8); // 8 px per frame: snapping reaches 1 frame

    SECTION("a moved cue's out edge snaps onto the other cue's in") {
        // +52.75 frames puts out at 300.75 (6 px from 300): it snaps to 300, in 252.
        f.drag({600, f.laneY(0)}, {600 + 8 * 52 + 6, f.laneY(0)});
        CHECK(f.cue(1).in == frames24(252));
        CHECK(f.cue(1).out == frames24(300));
    }
    SECTION("the same drag with Alt held at release lands on the nearest frame") {
        f.drag({600, f.laneY(0)}, {600 + 8 * 52 + 6, f.laneY(0)}, {}, Qt::AltModifier);
        CHECK(f.cue(1).in == frames24(253));
        CHECK(f.cue(1).out == frames24(301));
    }
    SECTION("a trimmed out edge snaps to the playhead") {
        f.view().setPlayhead(frames24(270));
        // Out edge at x 784, pointer +21.25 frames: 269.25 (2 px from the playhead).
        f.drag({783, f.laneY(0)}, {783 + 8 * 21 + 2, f.laneY(0)});
        CHECK(f.cue(1).out == frames24(270));
    }
    SECTION("the same trim with Alt held stays on its own frame") {
        f.view().setPlayhead(frames24(270));
        f.drag({783, f.laneY(0)}, {783 + 8 * 21 + 2, f.laneY(0)}, {}, Qt::AltModifier);
        CHECK(f.cue(1).out == frames24(269));
    }
    SECTION("zoomed out, snapping reaches further in frames") {
        f.setView(Time(), 3 * kTicksPerFrame24); // 8 px = 24 frames
        f.view().setPlayhead(frames24(500));
        // Out edge at x 82.67; +80 px = +240 frames: out 488, 12 frames from the playhead.
        f.drag({82, f.laneY(0)}, {82 + 80, f.laneY(0)});
        CHECK(f.cue(1).out == frames24(500));
    }
    SECTION("zoomed out with Alt") {
        f.setView(Time(), 3 * kTicksPerFrame24);
        f.view().setPlayhead(frames24(500));
        f.drag({82, f.laneY(0)}, {82 + 80, f.laneY(0)}, {}, Qt::AltModifier);
        CHECK(f.cue(1).out == frames24(488));
    }
    SECTION("a new cue snaps to the in/out marks") {
        f.setView(frames24(350), kTicksPerFrame24 / 8);
        f.view().setMarks(frames24(400), frames24(430));
        // 399.25 and 430.625: each within a frame (8 px) of a mark.
        f.drag({8 * (399 - 350) + 2, f.laneY(2)}, {8 * (431 - 350) - 3, f.laneY(2)});
        const auto cue = onlyNewCue(f.project(), {1, 2});
        REQUIRE(cue);
        CHECK(cue->in == frames24(400));
        CHECK(cue->out == frames24(430));
    }
}

TEST_CASE("Escape cancels a drag: nothing changes, nothing to undo") {
    TimelineFixture f(projectData({cueAtFrames(200, 248, 0)}));
    const ProjectData before = f.project().data();
    f.setView(frames24(150), kTicksPerFrame24 / 8);
    QTest::mousePress(f.viewport(), Qt::LeftButton, {}, {600, f.laneY(0)});
    QTest::mouseMove(f.viewport(), {650, f.laneY(0)});
    QTest::mouseMove(f.viewport(), {700, f.laneY(0)});
    f.key(Qt::Key_Escape);
    QTest::mouseRelease(f.viewport(), Qt::LeftButton, {}, {700, f.laneY(0)});
    CHECK(f.project().data() == before);
    CHECK_FALSE(f.project().canUndo());
}

TEST_CASE("clicks select: plain selects one, Ctrl toggles, Shift adds, empty clears") {
    TimelineFixture f(projectData(
        {cueAtFrames(200, 248, 0), cueAtFrames(300, 340, 1), cueAtFrames(400, 420, 0)}));
    f.setView(frames24(150), kTicksPerFrame24 / 2); // 2 px per frame: frames 150..650 in view
    const auto at = [&](std::int64_t frame, int lane) {
        return QPoint(f.xOf(frames24(frame)), f.laneY(lane));
    };
    f.click(at(220, 0));
    CHECK(f.selection().ids() == std::set<CueId>{1});
    f.click(at(320, 1), Qt::ControlModifier);
    CHECK(f.selection().ids() == std::set<CueId>{1, 2});
    f.click(at(220, 0), Qt::ControlModifier);
    CHECK(f.selection().ids() == std::set<CueId>{2});
    f.click(at(410, 0), Qt::ShiftModifier);
    CHECK(f.selection().ids() == std::set<CueId>{2, 3});
    f.click(at(410, 0));
    CHECK(f.selection().ids() == std::set<CueId>{3});
    f.click(at(600, 0)); // empty lane area
    CHECK(f.selection().isEmpty());
    CHECK_FALSE(f.project().canUndo()); // selecting is not an edit
}

TEST_CASE("rubber band selects the cues it touches") {
    TimelineFixture f(projectData({cueAtFrames(200, 248, 0), cueAtFrames(300, 340, 1),
                                   cueAtFrames(400, 420, 0), cueAtFrames(40, 60, 1)}));
    f.setView(frames24(100), kTicksPerFrame24 / 4);
    SECTION("from the waveform strip down across two lanes") {
        f.drag({f.xOf(frames24(240)), f.waveformY()}, {f.xOf(frames24(345)), f.laneY(1)});
        CHECK(f.selection().ids() == std::set<CueId>{1, 2});
    }
    SECTION("with Ctrl on an empty lane area, adding to the selection") {
        f.click({f.xOf(frames24(320)), f.laneY(1)});
        REQUIRE(f.selection().ids() == std::set<CueId>{2});
        // Lane 1 is empty at frame 240; the band spans frames 240..290 over lanes 0 and 1.
        f.drag({f.xOf(frames24(240)), f.laneY(1)}, {f.xOf(frames24(290)), f.laneY(0)},
               Qt::ControlModifier);
        CHECK(f.selection().ids() == std::set<CueId>{1, 2});
    }
    CHECK(f.project().cues().size() == 4); // no cue created by a band
}

TEST_CASE("clicking the ruler seeks to the frame under the pointer") {
    TimelineFixture f(projectData({}));
    f.setView(frames24(100), kTicksPerFrame24 / 8);
    QSignalSpy seeks(&f.view(), &TimelineView::seekRequested);
    const int rulerY = f.view().timelineLayout().ruler.center().y();
    f.click({8 * 25 + 7, rulerY}); // inside frame 125
    REQUIRE(seeks.count() == 1);
    CHECK(seeks.at(0).at(0).value<Time>() == frames24(125));
    CHECK(f.view().playhead() == frames24(125));
}

TEST_CASE("Ctrl+wheel zooms around the pointer; wheel scrolls") {
    TimelineFixture f(projectData({}));
    f.setView(frames24(1000), kTicksPerFrame24);
    const QPoint pointer(300, f.laneY(0));
    const Time under = f.view().timelineGeometry().timeAtX(300, Rounding::Nearest);
    QWheelEvent zoomIn(pointer, f.viewport()->mapToGlobal(pointer), QPoint(), QPoint(0, 120),
                       Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(f.viewport(), &zoomIn);
    const TimelineGeometry& g = f.view().timelineGeometry();
    CHECK(g.ticksPerPixel() < kTicksPerFrame24);
    CHECK(g.timeAtX(300, Rounding::Nearest) == under);

    const Time startBefore = g.start();
    QWheelEvent scroll(pointer, f.viewport()->mapToGlobal(pointer), QPoint(), QPoint(0, -120),
                       Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(f.viewport(), &scroll);
    CHECK(f.view().timelineGeometry().start() > startBefore);
}

TEST_CASE("a cue drag held past the right edge scrolls the view and carries the cue along") {
    TimelineFixture f(projectData({cueAtFrames(200, 248, 0)}));
    f.setView(frames24(150), kTicksPerFrame24 / 8);
    const Time startBefore = f.view().timelineGeometry().start();
    const int width = f.viewport()->width();
    QTest::mousePress(f.viewport(), Qt::LeftButton, {}, {600, f.laneY(0)});
    QTest::mouseMove(f.viewport(), {700, f.laneY(0)});
    QTest::mouseMove(f.viewport(), {width + 20, f.laneY(0)});
    QTest::qWait(400);
    const Time startAfter = f.view().timelineGeometry().start();
    CHECK(startAfter > startBefore);
    QTest::mouseRelease(f.viewport(), Qt::LeftButton, {}, {width + 20, f.laneY(0)});
    // Without scrolling the pointer's move alone would be (width + 20 - 600) / 8 frames.
    const std::int64_t pointerFrames = (width + 20 - 600) / 8;
    CHECK(f.cue(1).in > frames24(200 + pointerFrames));
    CHECK(f.cue(1).duration() == frames24(48));
}
