// The music library dock: adding real tagged files on a worker thread, linking a cue by hand
// (fills only empty fields, one undo step), removing.
#include "window_test_support.h"

#include "cuesheet/model/project.h"
#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/editor_settings.h"
#include "cuesheet/ui/library_panel.h"
#include "cuesheet/ui/main_window.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace cuesheet;
using test::TestProject;

namespace {

const QString kMusic = QStringLiteral(CUESHEET_TEST_DATA_DIR "/music");

// Column texts of the row whose File column is `fileName` (empty when there is none).
QStringList rowOf(const LibraryPanel& panel, const QString& fileName) {
    QTreeWidget* list = panel.list();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = list->topLevelItem(i);
        if (item->text(list->columnCount() - 1) == fileName) {
            QStringList texts;
            for (int c = 0; c < list->columnCount(); ++c)
                texts << item->text(c);
            return texts;
        }
    }
    return {};
}

LibraryFileId idOf(Project& project, const QString& fileName) {
    for (const auto& [id, f] : project.libraryFiles())
        if (f.fileName == fileName)
            return id;
    return 0;
}

// Adds `paths` through the panel and waits for the worker thread's result to be applied.
void addAndWait(LibraryPanel& panel, const QStringList& paths, int expectAdded) {
    QSignalSpy finished(&panel, &LibraryPanel::addFinished);
    REQUIRE(panel.addPaths(paths));
    CHECK(panel.isScanning());
    REQUIRE(finished.wait(30000));
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).at(0).toInt() == expectAdded);
    CHECK_FALSE(panel.isScanning());
}

enum Col { Title, Artists, Composers, Duration, Isrc, Cues, File };

} // namespace

TEST_CASE("library panel: adding a folder lists its files with their tag titles") {
    TestProject p;
    CueSelection selection;
    LibraryPanel panel(p.session(), selection);
    addAndWait(panel, {kMusic}, 4);

    CHECK(panel.list()->topLevelItemCount() == 4);
    CHECK(p.project().libraryFiles().size() == 4);
    // Tags from tests/data/README.md: the title is the TITLE tag, not the file name.
    const QStringList credits = rowOf(panel, "credits1-cp.ogg");
    REQUIRE_FALSE(credits.isEmpty());
    CHECK(credits[Title] == "Credits Ballad");
    CHECK(credits[Artists] == "Kristian Picon");
    CHECK(credits[Duration] == "1:23"); // 83.4 s
    CHECK(credits[Cues] == "0");
    const QStringList chimes = rowOf(panel, "Chimes They Fade.ogg");
    REQUIRE_FALSE(chimes.isEmpty());
    CHECK(chimes[Title] == "Chimes They Fade");
    CHECK(chimes[Artists] == "Maxstack");
    // No tags at all: the file name stands in for the title.
    const QStringList untagged = rowOf(panel, "raceintro-ks.ogg");
    REQUIRE_FALSE(untagged.isEmpty());
    CHECK(untagged[Title] == "raceintro-ks");
    CHECK(untagged[Artists].isEmpty());
    CHECK(panel.statusText().contains("Added 4 files"));

    // One undo step for the whole folder.
    REQUIRE(p.project().undo());
    CHECK(panel.list()->topLevelItemCount() == 0);
    REQUIRE(p.project().redo());
    CHECK(panel.list()->topLevelItemCount() == 4);

    // Adding the same files again adds nothing; a missing path is reported, not fatal.
    addAndWait(panel, {kMusic + "/credits1-cp.ogg", kMusic + "/no-such-file.ogg"}, 0);
    CHECK(panel.list()->topLevelItemCount() == 4);
    CHECK(panel.statusText().contains("1 already in the library"));
    CHECK(panel.statusText().contains("1 skipped"));
}

TEST_CASE("library panel: linking fills an empty title and keeps a typed one") {
    TestProject p;
    // A cue cannot be without a title; "empty" is a placeholder, the file name an import gives
    // a cue (library_link.h).
    const CueId empty = p.addCue("credits1-cp", 10, 20);
    const CueId typed = p.addCue("My Own Title", 30, 40);
    CueSelection selection;
    LibraryPanel panel(p.session(), selection);
    addAndWait(panel, {kMusic + "/credits1-cp.ogg", kMusic + "/Chimes They Fade.ogg"}, 2);
    Project& project = p.project();

    // Nothing to link to without a selected cue.
    panel.selectFile(idOf(project, "credits1-cp.ogg"));
    CHECK_FALSE(panel.linkSelectedCue());
    CHECK(project.cue(empty)->libraryFileId == 0);

    selection.selectOnly(empty);
    REQUIRE(panel.linkSelectedCue());
    CHECK(project.cue(empty)->libraryFileId == idOf(project, "credits1-cp.ogg"));
    CHECK(project.titleOf(*project.cue(empty)) == "Credits Ballad");
    CHECK(panel.statusText().contains("title"));
    CHECK(rowOf(panel, "credits1-cp.ogg")[Cues] == "1");

    selection.selectOnly(typed);
    panel.selectFile(idOf(project, "Chimes They Fade.ogg"));
    REQUIRE(panel.linkSelectedCue());
    CHECK(project.cue(typed)->libraryFileId == idOf(project, "Chimes They Fade.ogg"));
    CHECK(project.titleOf(*project.cue(typed)) == "My Own Title");
    CHECK_FALSE(panel.statusText().contains("title"));
    CHECK(rowOf(panel, "Chimes They Fade.ogg")[Cues] == "1");

    // Undo takes back the link (and what it filled) in one step.
    REQUIRE(project.undo());
    CHECK(project.cue(typed)->libraryFileId == 0);
    CHECK(rowOf(panel, "Chimes They Fade.ogg")[Cues] == "0");
    REQUIRE(project.undo());
    CHECK(project.cue(empty)->libraryFileId == 0);
    CHECK(project.titleOf(*project.cue(empty)) == "credits1-cp");
    CHECK(rowOf(panel, "credits1-cp.ogg")[Cues] == "0");
}

TEST_CASE("library panel: Remove removes the selected row and unlinks its cue") {
    TestProject p;
    const CueId cue = p.addCue("Race", 10, 20);
    CueSelection selection;
    LibraryPanel panel(p.session(), selection);
    addAndWait(panel, {kMusic + "/raceintro-ks.ogg", kMusic + "/March Thee to Dis.ogg"}, 2);
    Project& project = p.project();
    const LibraryFileId race = idOf(project, "raceintro-ks.ogg");
    selection.selectOnly(cue);
    panel.selectFile(race);
    REQUIRE(panel.linkSelectedCue());
    REQUIRE(project.cue(cue)->libraryFileId == race);

    panel.selectFile(race);
    REQUIRE(panel.removeSelected());
    CHECK(panel.list()->topLevelItemCount() == 1);
    CHECK(rowOf(panel, "raceintro-ks.ogg").isEmpty());
    CHECK_FALSE(rowOf(panel, "March Thee to Dis.ogg").isEmpty());
    CHECK(project.libraryFile(race) == nullptr);
    CHECK(project.cue(cue)->libraryFileId == 0);

    REQUIRE(project.undo());
    CHECK(panel.list()->topLevelItemCount() == 2);
    CHECK(project.cue(cue)->libraryFileId == race);
}

TEST_CASE("the window has a Music Library dock beside the validation one, on the View menu") {
    TestProject source;
    const CueId cue = source.addCue("Chimes They Fade", 10, 20);
    QTemporaryDir scratch;
    EditorSettings settings(scratch.filePath("settings.ini"));
    MainWindow window(settings, source.societies(), scratch.filePath("cache"));
    const QString copy = scratch.filePath("window.cuesheet");
    QString error;
    REQUIRE(source.session().file().saveCopyAs(copy, &error));
    REQUIRE(window.openProject(copy, &error));

    auto* dock = window.findChild<QDockWidget*>("libraryDock");
    REQUIRE(dock);
    CHECK(dock->windowTitle() == "Music Library");
    auto* validation = window.findChild<QDockWidget*>("validationDock");
    REQUIRE(validation);
    CHECK(window.tabifiedDockWidgets(validation).contains(dock));
    bool onViewMenu = false;
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(dock->toggleViewAction()))
            onViewMenu = menu->text().remove('&') == "View";
    CHECK(onViewMenu);

    // The panel links the window's selected cue.
    auto* panel = qobject_cast<LibraryPanel*>(dock->widget());
    REQUIRE(panel);
    addAndWait(*panel, {kMusic + "/Chimes They Fade.ogg"}, 1);
    Project& project = window.session()->project();
    window.selection()->selectOnly(cue);
    panel->selectFile(idOf(project, "Chimes They Fade.ogg"));
    REQUIRE(panel->linkSelectedCue());
    CHECK(project.cue(cue)->libraryFileId == idOf(project, "Chimes They Fade.ogg"));

    // Closing the project takes the panel with it.
    window.closeProject();
    CHECK(window.findChild<LibraryPanel*>() == nullptr);
}
