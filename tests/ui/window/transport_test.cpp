// The transport with a real film (made with ffmpeg at test time): J-K-L shuttle and what the
// bar says, frame steps, jumps to cue edges, and the clickable timecode.
#include "window_test_support.h"

#include "cuesheet/ui/editor_settings.h"
#include "cuesheet/ui/main_window.h"
#include "cuesheet/ui/player/frame_player.h"
#include "cuesheet/ui/timeline/timeline_view.h"
#include "cuesheet/ui/transport_bar.h"
#include "cuesheet/ui/validation_panel.h"
#include "cuesheet/ui/window_capture.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace cuesheet;
using test::TestProject;

namespace {

QString makeFilm(const QString& folder) {
    const QString path = folder + "/transport_film.mp4";
    const QString error = test::makeTestFilm(path, 6);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return path;
}

QAction* actionWithShortcut(MainWindow& window, const QKeySequence& keys) {
    for (QAction* action : window.findChildren<QAction*>())
        if (action->shortcuts().contains(keys))
            return action;
    FAIL("no action has the shortcut " << keys.toString().toStdString());
    return nullptr;
}

bool barShows(TransportBar* bar, const QString& text) {
    for (const QLabel* label : bar->findChildren<QLabel*>())
        if (label->text() == text)
            return true;
    return false;
}

// Waits for the player (which decodes on its own threads) to arrive at `time`.
bool positionBecomes(MainWindow& window, Time time) {
    return QTest::qWaitFor([&] { return window.player().position() == time; }, 10000);
}

} // namespace

TEST_CASE("transport: shuttle, frame steps, cue edges and the clickable timecode on a film") {
    TestProject p;
    const QString film = makeFilm(p.folder());
    REQUIRE(
        p.project().requestUpdateHeader("media", [&](ProjectHeader& h) { h.mediaPath = film; }));
    p.addCue("One", 1, 2);
    p.addCue("Two", 3, 4);

    QTemporaryDir scratch;
    EditorSettings settings(scratch.filePath("settings.ini"));
    MainWindow window(settings, p.societies(), scratch.filePath("cache"));
    window.resize(1280, 800);
    window.show();
    QString error;
    const QString copy = scratch.filePath("transport.cuesheet");
    REQUIRE(p.session().file().saveCopyAs(copy, &error));
    REQUIRE(window.openProject(copy, &error));
    REQUIRE(waitUntilMediaSettled(window, 60000));
    REQUIRE(window.player().isOpen());
    TransportBar* bar = window.transportBar();
    CHECK(barShows(bar, "25 fps NDF"));
    CHECK(barShows(bar, "Paused"));

    // Ctrl+Right / Ctrl+Left: the cue edges after and before the playhead, in time order.
    QAction* nextEdge = actionWithShortcut(window, QKeySequence("Ctrl+Right"));
    QAction* previousEdge = actionWithShortcut(window, QKeySequence("Ctrl+Left"));
    nextEdge->trigger();
    CHECK(positionBecomes(window, TestProject::at(1)));
    nextEdge->trigger();
    CHECK(positionBecomes(window, TestProject::at(2)));
    nextEdge->trigger();
    CHECK(positionBecomes(window, TestProject::at(3)));
    previousEdge->trigger();
    CHECK(positionBecomes(window, TestProject::at(2)));

    // '.' and ',' step one frame; backwards across a keyframe too.
    QAction* stepForward = actionWithShortcut(window, QKeySequence(Qt::Key_Period));
    QAction* stepBack = actionWithShortcut(window, QKeySequence(Qt::Key_Comma));
    stepForward->trigger();
    CHECK(positionBecomes(window, TestProject::at(2, 1)));
    stepBack->trigger();
    CHECK(positionBecomes(window, TestProject::at(2)));
    stepBack->trigger();
    CHECK(positionBecomes(window, TestProject::at(1, 24)));
    CHECK(bar->findChild<QPushButton*>()->text() == TestProject::tc(1, 24));

    // J-K-L: L plays, L again doubles; K stops; J plays backwards, J again doubles.
    QAction* j = actionWithShortcut(window, QKeySequence(Qt::Key_J));
    QAction* k = actionWithShortcut(window, QKeySequence(Qt::Key_K));
    QAction* l = actionWithShortcut(window, QKeySequence(Qt::Key_L));
    l->trigger();
    CHECK(window.player().shuttle() == 1);
    CHECK(barShows(bar, "Playing"));
    l->trigger();
    CHECK(window.player().shuttle() == 2);
    CHECK(barShows(bar, "▶ 2×"));
    const Time before = window.player().position();
    CHECK(QTest::qWaitFor([&] { return window.player().position() > before; }, 5000));
    k->trigger();
    CHECK(window.player().shuttle() == 0);
    CHECK(barShows(bar, "Paused"));
    window.seek(TestProject::at(5));
    CHECK(positionBecomes(window, TestProject::at(5)));
    j->trigger();
    j->trigger();
    CHECK(window.player().shuttle() == -2);
    CHECK(barShows(bar, "◀ 2×"));
    CHECK(QTest::qWaitFor([&] { return window.player().position() < TestProject::at(5); }, 5000));
    k->trigger();
    CHECK_FALSE(window.player().isPlaying());

    // Click the timecode, type one, Enter: the player goes there. A bad one is refused.
    QTest::mouseClick(bar->findChild<QPushButton*>(), Qt::LeftButton);
    REQUIRE(bar->isEnteringTimecode());
    auto* edit = bar->findChild<QLineEdit*>();
    edit->selectAll();
    QTest::keyClicks(edit, TestProject::tc(4, 12));
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(positionBecomes(window, TestProject::at(4, 12)));
    CHECK_FALSE(bar->isEnteringTimecode());
    emit bar->timecodeEntered("10:00:99:00");
    CHECK(window.player().position() == TestProject::at(4, 12));
}

TEST_CASE("a validation finding or a double-clicked timeline cue takes the player to the cue") {
    TestProject p;
    const QString film = makeFilm(p.folder());
    REQUIRE(
        p.project().requestUpdateHeader("media", [&](ProjectHeader& h) { h.mediaPath = film; }));
    const CueId one = p.addCue("One", 1, 2);
    p.addCue("Two", 3, 4); // no writers: a finding for cue 2

    QTemporaryDir scratch;
    EditorSettings settings(scratch.filePath("settings.ini"));
    MainWindow window(settings, p.societies(), scratch.filePath("cache"));
    window.resize(1280, 800);
    window.show();
    QString error;
    const QString copy = scratch.filePath("findings.cuesheet");
    REQUIRE(p.session().file().saveCopyAs(copy, &error));
    REQUIRE(window.openProject(copy, &error));
    REQUIRE(waitUntilMediaSettled(window, 60000));

    QTreeWidget* list = window.validationPanel()->list();
    QTreeWidgetItem* findingOfTwo = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0) == "2")
            findingOfTwo = list->topLevelItem(i);
    REQUIRE(findingOfTwo);
    emit list->itemClicked(findingOfTwo, 0);
    CHECK(positionBecomes(window, TestProject::at(3)));

    TimelineView* timeline = window.timeline();
    const Cue& cue = *window.session()->project().cue(one);
    const TimelineGeometry& g = timeline->timelineGeometry();
    const QRect lane = timeline->timelineLayout().laneRect(cue.lane);
    const QPoint inside(static_cast<int>((g.xOfTime(cue.in) + g.xOfTime(cue.out)) / 2),
                        lane.center().y());
    QTest::mouseDClick(timeline->viewport(), Qt::LeftButton, Qt::NoModifier, inside);
    CHECK(positionBecomes(window, TestProject::at(1)));
}
