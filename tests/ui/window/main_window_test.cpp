// MainWindow: undo/redo actions with the project's labels, edits from the timeline reach the
// table and back, the validation panel selects cues, settings are remembered.
#include "window_test_support.h"

#include "cuesheet/ui/cue_inspector.h"
#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/cue_table_model.h"
#include "cuesheet/ui/cue_table_view.h"
#include "cuesheet/ui/editor_settings.h"
#include "cuesheet/ui/main_window.h"
#include "cuesheet/ui/player/frame_player.h"
#include "cuesheet/ui/shortcuts_dialog.h"
#include "cuesheet/ui/timeline/timeline_view.h"
#include "cuesheet/ui/transport_bar.h"
#include "cuesheet/ui/validation_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace cuesheet;
using test::TestProject;

namespace {

// A window on a copy of a test project, with scratch settings.
struct WindowFixture {
    TestProject source;
    QTemporaryDir scratch;
    std::unique_ptr<EditorSettings> settings;
    std::unique_ptr<MainWindow> window;

    void open(bool readOnly = false) {
        settings = std::make_unique<EditorSettings>(scratch.filePath("settings.ini"));
        window =
            std::make_unique<MainWindow>(*settings, source.societies(), scratch.filePath("cache"));
        window->resize(1280, 800);
        window->show();
        // Shortcuts reach only the active window; the offscreen platform activates on request.
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        const QString copy = scratch.filePath("window.cuesheet");
        QString error;
        REQUIRE(source.session().file().saveCopyAs(copy, &error));
        // Tests may run as root, who may write anyway: the store goes by the owner's bit.
        if (readOnly)
            REQUIRE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup));
        REQUIRE(window->openProject(copy, &error));
    }
    Project& project() { return window->session()->project(); }
};

} // namespace

TEST_CASE("Undo and Redo actions carry the project's history labels") {
    WindowFixture f;
    f.source.addCue("Overture", 10, 20);
    f.open();
    QAction* undo = f.window->undoAction();
    QAction* redo = f.window->redoAction();
    CHECK(undo->isEnabled());
    CHECK(undo->text() == "&Undo Add cue \"Overture\"");
    CHECK_FALSE(redo->isEnabled());
    CHECK(undo->shortcut() == QKeySequence::Undo);
    CHECK(redo->shortcuts().contains(QKeySequence("Ctrl+Shift+Z")));

    undo->trigger();
    CHECK(f.project().cues().empty());
    CHECK(f.window->cueTableModel()->rowCount() == 0);
    CHECK(redo->isEnabled());
    CHECK(redo->text() == "&Redo Add cue \"Overture\"");
    CHECK_FALSE(undo->isEnabled());

    redo->trigger();
    CHECK(f.project().cues().size() == 1);
    CHECK(f.window->cueTableModel()->rowCount() == 1);

    // Ctrl+Z from the keyboard does the same.
    f.window->activateWindow();
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.project().cues().empty());
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.project().cues().size() == 1);
}

TEST_CASE("a tag key on the timeline reaches the table; a table edit reaches the timeline's "
          "project") {
    WindowFixture f;
    const CueId id = f.source.addCue("Overture", 10, 20, MusicKind::Score);
    f.open();
    CueTableModel* model = f.window->cueTableModel();
    TimelineView* timeline = f.window->timeline();
    REQUIRE(timeline->project() == &f.project());

    f.window->selection()->selectOnly(id);
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_G); // tag: song
    CHECK(f.project().cue(id)->tags.kind == MusicKind::Song);
    CHECK(model->data(model->index(0, CueTableModel::Kind)).toString() == "Song");

    REQUIRE(model->setData(model->index(0, CueTableModel::Kind), "score"));
    CHECK(timeline->project()->cue(id)->tags.kind == MusicKind::Score);

    // Undo from the window reverts the table's edit, then the timeline's.
    f.window->undoAction()->trigger();
    CHECK(model->data(model->index(0, CueTableModel::Kind)).toString() == "Song");
    f.window->undoAction()->trigger();
    CHECK(model->data(model->index(0, CueTableModel::Kind)).toString() == "Score");
}

TEST_CASE("the selection is shared by timeline, table and inspector") {
    WindowFixture f;
    const CueId a = f.source.addCue("A", 10, 20);
    const CueId b = f.source.addCue("B", 30, 40);
    f.open();
    // The timeline's selection is the window's; what matters is that the others follow it.
    f.window->timeline()->selection()->selectOnly(b);
    const auto rows = f.window->cueTable()->selectionModel()->selectedRows();
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().data(CueTableModel::CueIdRole).toLongLong() == b);
    auto* title = qobject_cast<QLineEdit*>(f.window->inspector()->editorFor("title"));
    REQUIRE(title);
    CHECK(title->text() == "B");
    (void)a;
}

namespace {
// Pixels of `area` that differ between two pictures of the same widget.
int changedPixels(const QImage& before, const QImage& after, const QRect& area) {
    int changed = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            changed += before.pixel(x, y) != after.pixel(x, y);
    return changed;
}
} // namespace

TEST_CASE("choosing a row in the table redraws that cue's block as selected on the timeline") {
    WindowFixture f;
    const CueId a = f.source.addCue("A", 10, 20);
    const CueId b = f.source.addCue("B", 30, 40);
    f.open();
    TimelineView* timeline = f.window->timeline();
    // 20 px per second from the start: A spans x 200..400, B 600..800.
    timeline->setTicksPerPixel(Time::kTicksPerSecond / 20);
    timeline->scrollToTime(Time());
    test::settle();
    QWidget* viewport = timeline->viewport();
    const TimelineGeometry& g = timeline->timelineGeometry();
    auto blockOf = [&](CueId id) {
        const Cue& cue = *f.project().cue(id);
        const QRect lane = timeline->timelineLayout().laneRect(cue.lane);
        return QRect(QPoint(static_cast<int>(g.xOfTime(cue.in)), lane.top()),
                     QPoint(static_cast<int>(g.xOfTime(cue.out)), lane.bottom()));
    };
    const QRect blockA = blockOf(a);
    const QRect blockB = blockOf(b);
    REQUIRE(blockA.width() > 150);
    REQUIRE(blockB.right() < viewport->width());
    // Logical pixels, whatever the device pixel ratio.
    auto picture = [&] {
        return viewport->grab().toImage().scaled(viewport->size(), Qt::IgnoreAspectRatio,
                                                 Qt::FastTransformation);
    };
    const QImage before = picture();

    int row = -1;
    QAbstractItemModel* model = f.window->cueTable()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(CueTableModel::CueIdRole).toLongLong() == a)
            row = r;
    REQUIRE(row >= 0);
    f.window->cueTable()->selectRow(row);
    test::settle();
    CHECK(timeline->selection()->ids() == std::set<CueId>{a});
    const QImage after = picture();
    // A selected block gets a highlight border: at least its top and bottom edges change.
    CHECK(changedPixels(before, after, blockA) >= 2 * blockA.width());
    // B, not selected, is drawn as before.
    CHECK(changedPixels(before, after, blockB.adjusted(1, 1, -1, -1)) == 0);
}

TEST_CASE("clicking a validation finding selects its cue") {
    WindowFixture f;
    f.source.addCue("A", 10, 20);
    const CueId b = f.source.addCue("B", 30, 40);
    f.open();
    test::settle();
    QTreeWidget* list = f.window->validationPanel()->list();
    QTreeWidgetItem* itemForB = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0) == "2")
            itemForB = list->topLevelItem(i);
    REQUIRE(itemForB); // B has no writers: there is a finding for cue 2
    emit list->itemClicked(itemForB, 0);
    CHECK(f.window->selection()->ids() == std::set<CueId>{b});
}

TEST_CASE("the timecode field goes to a typed timecode; Delete removes the table's selection") {
    WindowFixture f;
    const CueId a = f.source.addCue("A", 10, 20);
    f.open();
    QSignalSpy positions(&f.window->player(), &FramePlayer::positionChanged);
    emit f.window->transportBar()->timecodeEntered(TestProject::tc(12, 5));
    // No film: the player still holds the position the window asked for.
    CHECK(f.window->player().position() == TestProject::at(12, 5));

    f.window->selection()->selectOnly(a);
    f.window->cueTable()->setFocus();
    QTest::keyClick(f.window->cueTable(), Qt::Key_Delete);
    CHECK(f.project().cues().empty());
    f.window->undoAction()->trigger();
    CHECK(f.project().cues().size() == 1);
}

TEST_CASE("a project without its film still opens and says where the film should be") {
    WindowFixture f;
    REQUIRE(f.source.project().requestUpdateHeader(
        "media", [](ProjectHeader& h) { h.mediaPath = "/nonexistent/film.mov"; }));
    f.open();
    CHECK(f.window->isMediaSettled());
    CHECK(f.window->windowTitle().contains("Test Film"));
}

TEST_CASE("a read-only project says so in the title and refuses edits") {
    WindowFixture f;
    f.source.addCue("Opening", 10, 20);
    f.open(/*readOnly=*/true);
    CHECK(f.window->windowTitle().contains("(read-only)"));
    REQUIRE(f.project().cues().size() == 1);
    REQUIRE(f.project().canUndo());
    CHECK_FALSE(f.window->undoAction()->isEnabled());
    f.window->cueTable()->selectRow(0);
    test::settle();
    QTest::keyClick(f.window->cueTable(), Qt::Key_Delete);
    test::settle();
    CHECK(f.project().cues().size() == 1);
    // The table offers no edit in place, and refuses one that is forced.
    QAbstractItemModel* model = f.window->cueTable()->model();
    const QModelIndex title = model->index(0, CueTableModel::Title);
    CHECK_FALSE(model->flags(title) & Qt::ItemIsEditable);
    CHECK_FALSE(model->setData(title, "Renamed"));
    CHECK(title.data().toString() == "Opening");
    // The status bar says why, and what to do.
    bool explained = false;
    for (const QLabel* label : f.window->statusBar()->findChildren<QLabel*>())
        explained = explained || label->text().contains("Save As makes an editable copy");
    CHECK(explained);
}

TEST_CASE("window geometry, dock layout and recent projects are remembered") {
    QTemporaryDir scratch;
    const QString ini = scratch.filePath("settings.ini");
    TestProject p;
    {
        EditorSettings settings(ini);
        MainWindow window(settings, p.societies(), scratch.filePath("cache"));
        window.resize(1111, 777);
        window.show();
        QString error;
        REQUIRE(window.openProject(p.path(), &error));
        window.close();
    }
    EditorSettings settings(ini);
    CHECK(settings.recentProjects().value(0) == QFileInfo(p.path()).absoluteFilePath());
    CHECK_FALSE(settings.windowState().isEmpty());
    MainWindow window(settings, p.societies(), scratch.filePath("cache"));
    CHECK(window.size() == QSize(1111, 777));
}

TEST_CASE("the timeline zoom is remembered; a fitted view is remembered as fitting") {
    QTemporaryDir scratch;
    const QString ini = scratch.filePath("settings.ini");
    TestProject p;
    std::int64_t zoomed = 0;
    {
        EditorSettings settings(ini);
        MainWindow window(settings, p.societies(), scratch.filePath("cache"));
        window.resize(1280, 800);
        window.show();
        QString error;
        REQUIRE(window.openProject(p.path(), &error));
        REQUIRE(window.timeline()->isFitting());
        window.timeline()->zoomIn();
        window.timeline()->zoomIn();
        REQUIRE_FALSE(window.timeline()->isFitting());
        zoomed = window.timeline()->timelineGeometry().ticksPerPixel();
        window.close();
    }
    {
        EditorSettings settings(ini);
        CHECK(settings.timelineZoom() == zoomed);
        MainWindow window(settings, p.societies(), scratch.filePath("cache"));
        window.resize(1280, 800);
        window.show();
        QString error;
        REQUIRE(window.openProject(p.path(), &error));
        CHECK_FALSE(window.timeline()->isFitting());
        CHECK(window.timeline()->timelineGeometry().ticksPerPixel() == zoomed);
        window.timeline()->zoomToFit();
        window.close();
    }
    EditorSettings settings(ini);
    CHECK(settings.timelineZoom() == 0);
    MainWindow window(settings, p.societies(), scratch.filePath("cache"));
    window.resize(1280, 800);
    window.show();
    QString error;
    REQUIRE(window.openProject(p.path(), &error));
    CHECK(window.timeline()->isFitting());
}

TEST_CASE("the shortcuts list shows the timeline's keys and gestures as the timeline lists them") {
    QTemporaryDir scratch;
    EditorSettings settings(scratch.filePath("settings.ini"));
    const SocietyTable societies = SocietyTable::builtIn();
    MainWindow window(settings, societies, scratch.filePath("cache"));
    std::unique_ptr<ShortcutsDialog> shortcuts(window.createShortcutsDialog());
    const auto listed = [&](const QString& group, const TimelineView::Help& help) {
        for (QTreeWidgetItem* item :
             shortcuts->tree()->findItems(help.keys, Qt::MatchExactly | Qt::MatchRecursive, 0))
            if (item->parent() && item->parent()->text(0) == group &&
                item->text(1) == help.description)
                return true;
        return false;
    };
    REQUIRE(TimelineView::keyHelp().size() >= 10);
    for (const auto& help : TimelineView::keyHelp()) {
        INFO(help.keys.toStdString());
        CHECK(listed("Timeline (when it has the focus)", help));
    }
    for (const auto& help : TimelineView::mouseHelp()) {
        INFO(help.keys.toStdString());
        CHECK(listed("Timeline mouse", help));
    }
}
