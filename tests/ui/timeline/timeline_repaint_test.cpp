// Precise repaints: a change redraws the lanes it touches, not the whole timeline, and what
// is drawn afterwards is what a full redraw would draw.
#include "../support/paint_recorder.h"
#include "timeline_test_support.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QImage>
#include <QPaintEvent>

using namespace cuesheet;
using namespace cuesheet::test;

namespace {

QImage rendered(TimelineFixture& f) {
    QImage image(f.viewport()->size(), QImage::Format_ARGB32);
    image.fill(Qt::black);
    f.viewport()->render(&image);
    return image;
}

void settlePaints() {
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("retagging one cue repaints its lane only, and draws what a full repaint draws") {
    // Cues on lanes 0, 1 and 2; cue 2 is wide enough to show its whole label ("2 B · BI").
    TimelineFixture f(projectData({cueAtFrames(0, 480, 0), cueAtFrames(240, 7200, 1),
                                   cueAtFrames(1200, 1800, 2), cueAtFrames(2000, 2400, 0)}));
    settlePaints();
    const TimelineLayout layout = f.view().timelineLayout();
    PaintRecorder recorder(f.viewport());

    REQUIRE(f.project().requestUpdateCues({2}, "Tag song",
                                          [](Cue& c) { c.tags.kind = MusicKind::Song; }));
    settlePaints();
    INFO("painted " << recorder.painted.boundingRect().x() << ","
                    << recorder.painted.boundingRect().y() << " "
                    << recorder.painted.boundingRect().width() << "x"
                    << recorder.painted.boundingRect().height());
    REQUIRE_FALSE(recorder.painted.isEmpty());
    CHECK(layout.laneRect(1).contains(recorder.painted.boundingRect()));

    // The partial repaint leaves the picture a full redraw gives.
    const QImage afterPartial =
        f.viewport()->grab().toImage().convertToFormat(QImage::Format_ARGB32);
    f.viewport()->update();
    settlePaints();
    CHECK(afterPartial == rendered(f));
    // ...and a view that never saw the old state (labels laid out anew: "2 B · BV", not BI).
    TimelineFixture fresh(f.project().data());
    settlePaints();
    CHECK(afterPartial == rendered(fresh));
}

TEST_CASE("a retitled work repaints the lanes of its uses; an added cue repaints everything") {
    TimelineFixture f(projectData(
        {cueAtFrames(0, 480, 0), cueAtFrames(240, 960, 1), cueAtFrames(1200, 1800, 2)}));
    settlePaints();
    const TimelineLayout layout = f.view().timelineLayout();
    {
        PaintRecorder recorder(f.viewport());
        REQUIRE(f.project().requestSetTitle(3, "Renamed"));
        settlePaints();
        REQUIRE_FALSE(recorder.painted.isEmpty());
        CHECK(layout.laneRect(2).contains(recorder.painted.boundingRect()));
    }
    {
        PaintRecorder recorder(f.viewport());
        NewCue added;
        added.cue = cueAtFrames(100, 200, 0);
        added.title = "First";
        REQUIRE(f.project().requestAddCue(added)); // every later cue is renumbered
        settlePaints();
        CHECK(recorder.painted.boundingRect() == f.viewport()->rect());
    }
}
