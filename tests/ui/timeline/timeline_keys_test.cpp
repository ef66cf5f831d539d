// Keyboard on the timeline: marks and cue from marks, tags, nudges, delete, zoom keys; each
// edit is one undo step that Project::undo reverts.
#include "timeline_test_support.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>

using namespace cuesheet;
using namespace cuesheet::test;

TEST_CASE("I and O mark the playhead's frame; M makes a cue of the marks") {
    TimelineFixture f(projectData({cueAtFrames(100, 200, 0)}));
    QSignalSpy marks(&f.view(), &TimelineView::marksChanged);
    QSignalSpy created(&f.view(), &TimelineView::cueCreated);
    // The playhead a third of the way into frame 120: I marks frame 120's start.
    f.view().setPlayhead(frames24(120) + Time::fromTicks(kTicksPerFrame24 / 3));
    f.key(Qt::Key_I);
    CHECK(f.view().inMark() == frames24(120));
    // O includes the frame under the playhead: out is the end of frame 150.
    f.view().setPlayhead(frames24(150));
    f.key(Qt::Key_O);
    CHECK(f.view().outMark() == frames24(151));
    CHECK(marks.count() == 2);

    f.key(Qt::Key_M);
    REQUIRE(f.project().cues().size() == 2);
    REQUIRE(created.count() == 1);
    const CueId id = created.at(0).at(0).value<CueId>();
    const Cue& cue = f.cue(id);
    CHECK(cue.in == frames24(120));
    CHECK(cue.out == frames24(151));
    CHECK(cue.lane == 1); // lane 0 is taken there by cue 1
    CHECK(f.project().titleOf(cue) == QStringLiteral("Cue 2"));
    CHECK(f.selection().ids() == std::set<CueId>{id});

    REQUIRE(f.project().undo());
    CHECK(f.project().cues().size() == 1);
    CHECK(f.selection().isEmpty()); // the removed cue left the selection
    REQUIRE(f.project().redo());
    REQUIRE(f.project().cue(id) != nullptr);
    CHECK(f.cue(id).in == frames24(120));
    CHECK(f.cue(id).out == frames24(151));
    REQUIRE(f.project().undo());

    // Enter does the same; a mark set past the other one clears it.
    f.key(Qt::Key_Return);
    CHECK(f.project().cues().size() == 2);
    f.view().setPlayhead(frames24(300));
    f.key(Qt::Key_I);
    CHECK(f.view().inMark() == frames24(300));
    CHECK_FALSE(f.view().outMark().has_value());
    f.key(Qt::Key_M); // no out mark: nothing to create
    CHECK(f.project().cues().size() == 2);
}

TEST_CASE("tag keys set kind and diegesis of the selected cues, one undo step each") {
    TimelineFixture f(projectData(
        {cueAtFrames(100, 200, 0), cueAtFrames(300, 400, 0), cueAtFrames(500, 600, 0)}));
    f.selection().select({1, 2});
    const ProjectData before = f.project().data();

    f.key(Qt::Key_D);
    CHECK(f.cue(1).tags.diegesis == Diegesis::Diegetic);
    CHECK(f.cue(2).tags.diegesis == Diegesis::Diegetic);
    CHECK(f.cue(3).tags.diegesis == Diegesis::Unknown);
    CHECK(f.project().historyLabels().undo == QStringLiteral("Tag 2 cues diegetic"));
    f.key(Qt::Key_N);
    CHECK(f.cue(1).tags.diegesis == Diegesis::NonDiegetic);
    f.key(Qt::Key_G);
    CHECK(f.cue(1).tags.kind == MusicKind::Song);
    CHECK(f.cue(2).tags.kind == MusicKind::Song);
    CHECK(f.cue(3).tags.kind == MusicKind::Score);
    f.key(Qt::Key_U);
    CHECK(f.cue(2).tags.diegesis == Diegesis::Unknown);
    f.key(Qt::Key_S);
    CHECK(f.cue(2).tags.kind == MusicKind::Score);
    const ProjectData tagged = f.project().data();

    for (int step = 0; step < 5; ++step)
        REQUIRE(f.project().undo());
    CHECK(f.project().data() == before);
    CHECK_FALSE(f.project().canUndo());
    // Redo replays the five tag steps in order.
    REQUIRE(f.project().redo());
    CHECK(f.cue(1).tags.diegesis == Diegesis::Diegetic);
    CHECK(f.cue(1).tags.kind == MusicKind::Score);
    for (int step = 1; step < 5; ++step)
        REQUIRE(f.project().redo());
    CHECK(f.project().data() == tagged);
    CHECK_FALSE(f.project().canRedo());
    for (int step = 0; step < 5; ++step)
        REQUIRE(f.project().undo());

    // With modifiers the letters are not ours (Ctrl+S is the window's).
    f.key(Qt::Key_S, Qt::ControlModifier);
    f.key(Qt::Key_D, Qt::ControlModifier);
    CHECK(f.project().data() == before);
}

TEST_CASE("arrow keys nudge the selection by a frame, Shift by a timecode second") {
    TimelineFixture f(projectData({cueAtFrames(100, 200, 0), cueAtFrames(300, 400, 1)}));
    f.selection().select({1, 2});
    const ProjectData before = f.project().data();
    f.key(Qt::Key_Right);
    CHECK(f.cue(1).in == frames24(101));
    CHECK(f.cue(2).out == frames24(401));
    f.key(Qt::Key_Left, Qt::ShiftModifier);
    CHECK(f.cue(1).in == frames24(77));
    CHECK(f.cue(2).in == frames24(277));
    const ProjectData nudged = f.project().data();
    REQUIRE(f.project().undo());
    REQUIRE(f.project().undo());
    CHECK(f.project().data() == before);
    REQUIRE(f.project().redo());
    CHECK(f.cue(1).in == frames24(101));
    REQUIRE(f.project().redo());
    CHECK(f.project().data() == nudged);

    // Never before programme time 0: a second left from frame 10 stops at 0.
    TimelineFixture g(projectData({cueAtFrames(10, 20, 0)}));
    g.selection().select({1});
    g.key(Qt::Key_Left, Qt::ShiftModifier);
    CHECK(g.cue(1).in == frames24(0));
    CHECK(g.cue(1).out == frames24(10));
}

TEST_CASE("arrow keys without a selection step the playhead and ask to seek") {
    TimelineFixture f(projectData({cueAtFrames(100, 200, 0)}));
    QSignalSpy seeks(&f.view(), &TimelineView::seekRequested);
    f.view().setPlayhead(frames24(50) + Time::fromTicks(5));
    f.key(Qt::Key_Right);
    CHECK(f.view().playhead() == frames24(51));
    f.key(Qt::Key_Left, Qt::ShiftModifier);
    CHECK(f.view().playhead() == frames24(27));
    REQUIRE(seeks.count() == 2);
    CHECK(seeks.at(1).at(0).value<Time>() == frames24(27));
    CHECK_FALSE(f.project().canUndo());
}

TEST_CASE("Delete removes the selected cues; undo brings them back") {
    TimelineFixture f(projectData(
        {cueAtFrames(100, 200, 0), cueAtFrames(300, 400, 0), cueAtFrames(500, 600, 1)}));
    const ProjectData before = f.project().data();
    f.selection().select({1, 3});
    f.key(Qt::Key_Delete);
    CHECK(f.project().cues().size() == 1);
    CHECK(f.project().cue(2) != nullptr);
    CHECK(f.selection().isEmpty());
    const ProjectData removed = f.project().data();
    REQUIRE(f.project().undo());
    CHECK(f.project().data() == before);
    REQUIRE(f.project().redo());
    CHECK(f.project().data() == removed);
    REQUIRE(f.project().undo());
    f.selection().select({2});
    f.key(Qt::Key_Backspace);
    CHECK(f.project().cue(2) == nullptr);
}

TEST_CASE("zoom keys zoom around the playhead; backslash fits the film") {
    TimelineFixture f(projectData({}));
    f.setView(frames24(1000), kTicksPerFrame24);
    const Time playhead = frames24(1300);
    f.view().setPlayhead(playhead);
    const double x = f.view().timelineGeometry().xOfTime(playhead);
    f.key(Qt::Key_Plus);
    CHECK(f.view().timelineGeometry().ticksPerPixel() == kTicksPerFrame24 / 2);
    CHECK(f.view().timelineGeometry().xOfTime(playhead) == Approx(x).margin(1e-6));
    f.key(Qt::Key_Minus, Qt::ControlModifier);
    f.key(Qt::Key_Minus);
    CHECK(f.view().timelineGeometry().ticksPerPixel() == 2 * kTicksPerFrame24);
    CHECK(f.view().timelineGeometry().xOfTime(playhead) == Approx(x).margin(1e-6));
    f.key(Qt::Key_Equal, Qt::ControlModifier);
    CHECK(f.view().timelineGeometry().ticksPerPixel() == kTicksPerFrame24);

    f.key(Qt::Key_Backslash);
    const TimelineGeometry& fit = f.view().timelineGeometry();
    CHECK(fit.start() == Time());
    CHECK(fit.endExclusive() >= Time::fromWholeSeconds(600)); // the whole 10 minutes
    CHECK(fit.ticksPerPixel() ==
          TimelineGeometry::fitTicksPerPixel(Time::fromWholeSeconds(600), fit.width()));
    // Zoomed in to the limit: a frame is 48 px wide, no further.
    for (int i = 0; i < 20; ++i)
        f.key(Qt::Key_Plus);
    CHECK(f.view().timelineGeometry().pixelsPerFrame(rate24()) ==
          Approx(TimelineGeometry::kMaxPixelsPerFrame));
}

TEST_CASE("the playhead scrolls the view a page when playback leaves it") {
    TimelineFixture f(projectData({}));
    f.setView(frames24(0), kTicksPerFrame24); // 1000 px: frames 0..999
    const TimelineGeometry before = f.view().timelineGeometry();
    f.view().setPlayhead(frames24(500));
    CHECK(f.view().timelineGeometry() == before);
    f.view().setPlayhead(frames24(1000)); // just past the right edge
    CHECK(f.view().timelineGeometry().start() == frames24(1000));
    // A jump far away puts the playhead a tenth into the view.
    f.view().setPlayhead(frames24(8000));
    CHECK(f.view().timelineGeometry().start() == frames24(8000 - 100));
    // Not when following is off.
    f.view().setFollowPlayhead(false);
    f.view().setPlayhead(frames24(100));
    CHECK(f.view().timelineGeometry().start() == frames24(7900));
}
