// MainWindow: menus, shortcuts and the project commands behind them.
#include "cuesheet/ui/main_window.h"

#include "cuesheet/media/media_identity.h"
#include "cuesheet/media/probe.h"
#include "cuesheet/model/header_fields.h"
#include "cuesheet/model/in_out_text.h"
#include "cuesheet/ui/cue_display_text.h"
#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/cue_table_view.h"
#include "cuesheet/ui/editor_settings.h"
#include "cuesheet/ui/export_dialog.h"
#include "cuesheet/ui/import_dialog.h"
#include "cuesheet/ui/music_statistics.h"
#include "cuesheet/ui/player/frame_player.h"
#include "cuesheet/ui/project_header_dialog.h"
#include "cuesheet/ui/project_session.h"
#include "cuesheet/ui/shortcuts_dialog.h"
#include "cuesheet/ui/statistics_dialog.h"
#include "cuesheet/ui/timeline/timeline_view.h"
#include "cuesheet/ui/transport_bar.h"
#include "cuesheet/ui/video_view.h"
#include "cuesheet/workflow/film_header.h"
#include "cuesheet/workflow/film_relink.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>

#include <algorithm>

namespace cuesheet {

namespace {

QAction* makeAction(QObject* parent, const QString& text, const QList<QKeySequence>& keys = {},
                    const QString& tip = {}) {
    auto* action = new QAction(text, parent);
    action->setShortcuts(keys);
    if (!tip.isEmpty()) {
        action->setStatusTip(tip);
        action->setToolTip(
            keys.isEmpty()
                ? tip
                : QString("%1 (%2)").arg(tip, keys.front().toString(QKeySequence::NativeText)));
    }
    return action;
}

} // namespace

void MainWindow::createActions() {
    Actions& a = actions_;
    QStyle* style = QApplication::style();

    a.newFromFilm = makeAction(this, tr("&New from Film…"), {QKeySequence::New},
                               tr("Start a project for a film: its rate, start timecode and "
                                  "running time are read from the file"));
    connect(a.newFromFilm, &QAction::triggered, this, &MainWindow::newFromFilm);
    a.open = makeAction(this, tr("&Open…"), {QKeySequence::Open}, tr("Open a project"));
    connect(a.open, &QAction::triggered, this, &MainWindow::openDialog);
    a.saveAs = makeAction(this, tr("Save &As…"), {QKeySequence(tr("Ctrl+Shift+S"))},
                          tr("Copy the project to a new file and continue editing the copy"));
    connect(a.saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    a.header = makeAction(this, tr("Project &Header…"), {QKeySequence(tr("Ctrl+I"))},
                          tr("Production, episode, timecode format, running time"));
    connect(a.header, &QAction::triggered, this, &MainWindow::editHeader);
    a.relink =
        makeAction(this, tr("&Relink Film…"), {}, tr("Tell the project where its film is now"));
    connect(a.relink, &QAction::triggered, this, &MainWindow::relinkFilm);
    a.exportCsv = makeAction(this, tr("&Export Cue Sheet…"), {QKeySequence(tr("Ctrl+E"))},
                             tr("Write the cue sheet as CSV"));
    connect(a.exportCsv, &QAction::triggered, this, &MainWindow::exportCueSheet);
    a.importCues = makeAction(this, tr("&Import…"), {QKeySequence(tr("Ctrl+Shift+I"))},
                              tr("Add the cues of an EDL, a Pro Tools session text or a CSV"));
    connect(a.importCues, &QAction::triggered, this, &MainWindow::importCues);
    // Explicit: QKeySequence::Quit is empty on some platforms (offscreen, plain X11 themes).
    a.quit = makeAction(this, tr("&Quit"), {QKeySequence(tr("Ctrl+Q"))});
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    a.undo = makeAction(this, tr("&Undo"), {QKeySequence::Undo});
    // The menu text names the command to undo; the shortcuts list shows this fixed name.
    a.undo->setIconText(tr("Undo"));
    connect(a.undo, &QAction::triggered, this, [this] {
        if (session_ && !session_->project().undo())
            showStatus(session_->project().lastError());
    });
    a.redo = makeAction(this, tr("&Redo"),
                        {QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    a.redo->setIconText(tr("Redo"));
    connect(a.redo, &QAction::triggered, this, [this] {
        if (session_ && !session_->project().redo())
            showStatus(session_->project().lastError());
    });
    a.deleteCues = makeAction(this, tr("&Delete Cues"), {QKeySequence::Delete},
                              tr("Remove the selected cues"));
    connect(a.deleteCues, &QAction::triggered, this, &MainWindow::deleteSelectedCues);
    a.selectAll = makeAction(this, tr("Select &All Cues"), {QKeySequence::SelectAll});
    connect(a.selectAll, &QAction::triggered, this, &MainWindow::selectAllCues);

    a.playPause =
        makeAction(this, tr("&Play / Pause"), {QKeySequence(Qt::Key_Space)}, tr("Play or pause"));
    a.playPause->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    a.playPause->setCheckable(true);
    connect(a.playPause, &QAction::triggered, this, [this] { player_->togglePlay(); });
    a.shuttleBack = makeAction(this, tr("Shuttle &Backwards"), {QKeySequence(Qt::Key_J)},
                               tr("Play backwards; press again to go faster"));
    connect(a.shuttleBack, &QAction::triggered, player_, &FramePlayer::shuttleBackward);
    a.shuttleStop = makeAction(this, tr("&Stop"), {QKeySequence(Qt::Key_K)}, tr("Pause"));
    connect(a.shuttleStop, &QAction::triggered, player_, &FramePlayer::pause);
    a.shuttleForward = makeAction(this, tr("Shuttle &Forwards"), {QKeySequence(Qt::Key_L)},
                                  tr("Play; press again to go faster"));
    connect(a.shuttleForward, &QAction::triggered, player_, &FramePlayer::shuttleForward);
    // Comma and period step frames: the arrow keys belong to the table and the timeline.
    a.stepBack = makeAction(this, tr("Previous &Frame"), {QKeySequence(Qt::Key_Comma)},
                            tr("One frame back"));
    a.stepBack->setIcon(style->standardIcon(QStyle::SP_MediaSeekBackward));
    connect(a.stepBack, &QAction::triggered, this, [this] { player_->stepFrames(-1); });
    a.stepForward = makeAction(this, tr("&Next Frame"), {QKeySequence(Qt::Key_Period)},
                               tr("One frame forward"));
    a.stepForward->setIcon(style->standardIcon(QStyle::SP_MediaSeekForward));
    connect(a.stepForward, &QAction::triggered, this, [this] { player_->stepFrames(1); });
    a.previousEdge = makeAction(this, tr("Previous Cue &Edge"), {QKeySequence(tr("Ctrl+Left"))},
                                tr("Go to the previous cue in or out point"));
    a.previousEdge->setIcon(style->standardIcon(QStyle::SP_MediaSkipBackward));
    connect(a.previousEdge, &QAction::triggered, this, [this] { jumpToCueEdge(-1); });
    a.nextEdge = makeAction(this, tr("Next Cue E&dge"), {QKeySequence(tr("Ctrl+Right"))},
                            tr("Go to the next cue in or out point"));
    a.nextEdge->setIcon(style->standardIcon(QStyle::SP_MediaSkipForward));
    connect(a.nextEdge, &QAction::triggered, this, [this] { jumpToCueEdge(1); });
    a.goToTimecode = makeAction(this, tr("&Go to Timecode…"), {QKeySequence(tr("Ctrl+G"))},
                                tr("Type a timecode and go there"));
    connect(a.goToTimecode, &QAction::triggered, this,
            [this] { transport_->beginTimecodeEntry(); });
    a.goToStart = makeAction(this, tr("Go to &Start"), {QKeySequence(tr("Ctrl+Home"))});
    connect(a.goToStart, &QAction::triggered, this, [this] { seek(Time()); });
    a.goToEnd = makeAction(this, tr("Go to E&nd"), {QKeySequence(tr("Ctrl+End"))});
    connect(a.goToEnd, &QAction::triggered, this, [this] { seek(player_->lastFrameStart()); });

    a.overlay = makeAction(this, tr("&Timecode Overlay"), {QKeySequence(tr("Ctrl+T"))},
                           tr("Show the timecode over the picture"));
    a.overlay->setCheckable(true);
    a.overlay->setChecked(settings_.timecodeOverlay());
    connect(a.overlay, &QAction::toggled, this, [this](bool on) {
        video_->setOverlayVisible(on);
        settings_.setTimecodeOverlay(on);
    });
    a.statistics = makeAction(this, tr("Music &Statistics…"), {QKeySequence(tr("Ctrl+Shift+T"))},
                              tr("Music minutes by kind and diegesis, density along the film"));
    connect(a.statistics, &QAction::triggered, this, &MainWindow::showStatistics);
    a.shortcuts = makeAction(this, tr("&Keyboard Shortcuts"), {QKeySequence(Qt::Key_F1)});
    connect(a.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    a.about = makeAction(this, tr("&About Cue Sheet Editor"));
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);

    a.file = {a.newFromFilm, a.open,       a.saveAs,    a.header,
              a.relink,      a.importCues, a.exportCsv, a.quit};
    a.edit = {a.undo, a.redo, a.deleteCues, a.selectAll};
    // Delete acts on cues only where cues have the focus (the table adds it; the timeline
    // handles its own Delete key), never while editing writers in the inspector.
    a.deleteCues->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a.playback = {a.playPause,    a.shuttleBack, a.shuttleStop,  a.shuttleForward,
                  a.stepBack,     a.stepForward, a.previousEdge, a.nextEdge,
                  a.goToTimecode, a.goToStart,   a.goToEnd};
    a.view = {a.overlay, a.statistics};
    a.help = {a.shortcuts, a.about};
    for (const auto& list : {a.file, a.edit, a.playback, a.view, a.help})
        for (QAction* action : list)
            if (action != a.deleteCues)
                addAction(action); // window-wide shortcuts
}

void MainWindow::createMenus() {
    Actions& a = actions_;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.newFromFilm);
    file->addAction(a.open);
    a.recent = file->addMenu(tr("Open &Recent"));
    connect(a.recent, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(a.saveAs);
    auto* saved = file->addAction(tr("Edits are saved as you make them"));
    saved->setEnabled(false);
    file->addSeparator();
    file->addAction(a.header);
    file->addAction(a.relink);
    file->addSeparator();
    file->addAction(a.importCues);
    file->addAction(a.exportCsv);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    for (QAction* action : a.edit)
        edit->addAction(action);

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    for (QAction* action : a.playback)
        playback->addAction(action);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(a.overlay);
    view->addSeparator();
    for (QDockWidget* dock : {inspectorDock_, tableDock_, validationDock_, libraryDock_})
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    auto* zoomIn = view->addAction(tr("Zoom &In"), timeline_, &TimelineView::zoomIn);
    auto* zoomOut = view->addAction(tr("Zoom &Out"), timeline_, &TimelineView::zoomOut);
    auto* fit = view->addAction(tr("Zoom to &Fit"), timeline_, &TimelineView::zoomToFit);
    zoomIn->setStatusTip(tr("Also + on the timeline, or Ctrl+wheel"));
    zoomOut->setStatusTip(tr("Also - on the timeline, or Ctrl+wheel"));
    fit->setStatusTip(tr("Also \\ or Ctrl+0 on the timeline"));
    view->addSeparator();
    view->addAction(a.statistics);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    for (QAction* action : a.help)
        help->addAction(action);
}

void MainWindow::rebuildRecentMenu() {
    QMenu* menu = actions_.recent;
    menu->clear();
    const QStringList recent = settings_.recentProjects();
    if (recent.isEmpty()) {
        menu->addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    for (const QString& path : recent) {
        QAction* action = menu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
}

void MainWindow::updateHistoryActions() {
    const bool has = session_ != nullptr;
    // A read-only file keeps its history but cannot step through it (the title says why).
    const bool writable = has && !session_->isReadOnly();
    const HistoryLabels labels = has ? session_->project().historyLabels() : HistoryLabels{};
    actions_.undo->setEnabled(writable && labels.undo.has_value());
    actions_.redo->setEnabled(writable && labels.redo.has_value());
    actions_.undo->setText(labels.undo ? tr("&Undo %1").arg(*labels.undo) : tr("&Undo"));
    actions_.redo->setText(labels.redo ? tr("&Redo %1").arg(*labels.redo) : tr("&Redo"));
}

void MainWindow::updateActionStates() {
    const bool has = session_ != nullptr;
    const bool writable = has && !session_->isReadOnly();
    for (QAction* a : {actions_.saveAs, actions_.exportCsv, actions_.statistics, actions_.selectAll,
                       actions_.header})
        a->setEnabled(has);
    actions_.relink->setEnabled(writable);
    actions_.importCues->setEnabled(writable);
    actions_.deleteCues->setEnabled(writable && selection_ && !selection_->isEmpty());
    updateHistoryActions();
}

void MainWindow::newFromFilm() {
    const QString film = QFileDialog::getOpenFileName(
        this, tr("New Project from Film"), settings_.lastFolder("film"),
        tr("Films (*.mov *.mp4 *.m4v *.mxf *.mkv *.avi *.webm);;All files (*)"));
    if (film.isEmpty())
        return;
    newProjectFromFilm(film);
}

void MainWindow::reportError(const QString& title, const QString& message) {
    emit errorReported(message);
    // Window-modal, not waited for: the command has ended; the window stays usable.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::newProjectFromFilm(const QString& film, const QString& projectPath) {
    settings_.setLastFolder("film", QFileInfo(film).absolutePath());
    showStatus(tr("Reading %1…").arg(QFileInfo(film).fileName()), 0);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    probeJob_.start(
        [film] {
            auto probe = media::probeMedia(film);
            return probe ? FilmRead{probe.value(), {}} : FilmRead{{}, probe.errorMessage()};
        },
        [this, film, projectPath](const FilmRead& read) {
            QApplication::restoreOverrideCursor();
            statusBar()->clearMessage();
            if (!read.error.isEmpty()) {
                reportError(tr("New Project from Film"), read.error);
                return;
            }
            createProjectForFilm(film, read.info, projectPath);
        });
}

void MainWindow::createProjectForFilm(const QString& filmPath, const media::MediaInfo& info,
                                      QString path) {
    // The rule is headerFromFilm's (shared with `cuesheet new --media`); a film that does not
    // say its frame rate gets the one the user picks, never a guess.
    FilmHeaderChoices given;
    QString error;
    auto fromFilm = headerFromFilm(filmPath, info, ProjectHeader{}, given, &error);
    if (!fromFilm && info.hasVideo() && !info.video()->frameRate.isValid()) {
        const QStringList rates{"23.976", "24", "25", "29.97", "30", "48", "50", "59.94", "60"};
        bool picked = false;
        const QString rate =
            QInputDialog::getItem(this, tr("New Project from Film"),
                                  tr("'%1' does not say its frame rate. The rate it was edited at:")
                                      .arg(QFileInfo(filmPath).fileName()),
                                  rates, rates.indexOf("25"), false, &picked);
        if (!picked)
            return;
        given.timecode = TimecodeFormat{FrameRate::parse(rate.toStdString()).value(), false};
        fromFilm = headerFromFilm(filmPath, info, ProjectHeader{}, given, &error);
    }
    if (!fromFilm) {
        reportError(tr("New Project from Film"), error);
        return;
    }
    const ProjectHeader& header = fromFilm->header;
    const QStringList& notes = fromFilm->notes;

    const QString suggested = QDir(QFileInfo(filmPath).absolutePath())
                                  .filePath(QFileInfo(filmPath).completeBaseName() + ".cuesheet");
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Save the New Project As"), suggested,
                                            tr("Cue sheet projects (*.cuesheet)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(".cuesheet"))
        path += ".cuesheet";
    if (QFileInfo::exists(path)) {
        reportError(tr("New Project from Film"),
                    tr("'%1' exists already: choose another name (a project is never "
                       "overwritten).")
                        .arg(path));
        return;
    }
    auto session = ProjectSession::create(path, header, societies_, &error);
    if (!session) {
        reportError(tr("New Project from Film"), error);
        return;
    }
    setSession(std::move(session));
    settings_.addRecentProject(path);
    settings_.setLastFolder("project", QFileInfo(path).absolutePath());
    showStatus(notes.isEmpty() ? tr("New project for %1 (%2, starts at %3)")
                                     .arg(QFileInfo(filmPath).fileName(),
                                          QString::fromStdString(header.timecode.rate.toFraction()),
                                          timecodeOfProgrammeTime(Time(), header))
                               : notes.join(' '),
               12000);
}

void MainWindow::openDialog() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Project"), settings_.lastFolder("project"),
                                     tr("Cue sheet projects (*.cuesheet);;All files (*)"));
    if (!path.isEmpty())
        openRecent(path);
}

void MainWindow::openRecent(const QString& path) {
    QString error;
    if (!openProject(path, &error)) {
        if (!QFileInfo::exists(path))
            settings_.removeRecentProject(path);
        QMessageBox::warning(this, tr("Open Project"), error);
    }
}

void MainWindow::saveAs() {
    if (!session_)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Project As"), settings_.lastFolder("project"),
                                     tr("Cue sheet projects (*.cuesheet)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveProjectAs(path, &error))
        reportError(tr("Save Project As"), error);
}

bool MainWindow::saveProjectAs(const QString& requestedPath, QString* error) {
    if (!session_) {
        *error = tr("No project is open.");
        return false;
    }
    QString path = requestedPath;
    if (!path.endsWith(".cuesheet"))
        path += ".cuesheet";
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(session_->path()).absoluteFilePath())
        return true; // it is the file being edited: every edit is in it already
    // The file dialog has asked whether to replace it.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        *error = tr("'%1' exists and cannot be replaced.").arg(path);
        return false;
    }
    if (!session_->file().saveCopyAs(path, error))
        return false;
    // A relative film path is relative to the project's folder: make it absolute in the copy
    // when the copy lives elsewhere, so it still finds the film.
    const QString film = session_->mediaPath();
    const Time position = player_->position();
    if (!openProject(path, error))
        return false;
    if (!film.isEmpty() && session_->mediaPath() != film)
        session_->project().requestUpdateHeader(tr("Keep the film's location"),
                                                [&](ProjectHeader& h) { h.mediaPath = film; });
    settings_.setLastFolder("project", QFileInfo(path).absolutePath());
    seek(position);
    showStatus(tr("Saved a copy as %1; you are now editing the copy.").arg(path), 10000);
    return true;
}

void MainWindow::editHeader() {
    if (!session_)
        return;
    ProjectHeaderDialog* dialog = createHeaderDialog();
    if (dialog->exec() == QDialog::Accepted && !dialog->changedKeys().isEmpty()) {
        const ProjectHeader edited = dialog->header();
        const QStringList keys = dialog->changedKeys();
        const QString label =
            keys.size() == 1 ? tr("Edit project header (%1)").arg(headerFieldName(keys.front()))
                             : tr("Edit project header");
        if (!session_->project().requestUpdateHeader(label, [&](ProjectHeader& h) { h = edited; }))
            QMessageBox::warning(this, tr("Project Header"), session_->project().lastError());
    }
    dialog->deleteLater();
}

void MainWindow::relinkFilm() {
    if (!session_)
        return;
    const QString start = session_->mediaPath().isEmpty()
                              ? settings_.lastFolder("film")
                              : QFileInfo(session_->mediaPath()).absolutePath();
    const QString film = QFileDialog::getOpenFileName(this, tr("Relink Film"), start);
    if (film.isEmpty())
        return;
    relinkFilmTo(film, ContentMismatch::Ask);
}

void MainWindow::relinkFilmTo(const QString& film, ContentMismatch onMismatch) {
    if (!session_)
        return;
    settings_.setLastFolder("film", QFileInfo(film).absolutePath());
    const QString projectPath = session_->path();
    identityJob_.start(
        [film] {
            FilmRead read;
            auto identity = media::computeMediaIdentity(film);
            if (!identity)
                read.error = identity.errorMessage();
            else
                read.info.identity = identity.value();
            return read;
        },
        [this, film, projectPath, onMismatch](const FilmRead& read) {
            if (!session_ || session_->path() != projectPath)
                return; // the project was closed or replaced meanwhile
            if (!read.error.isEmpty()) {
                reportError(tr("Relink Film"), read.error);
                return;
            }
            const media::MediaInfo& info = read.info;
            if (matchFilm(session_->project().header(), info.identity) ==
                FilmMatch::DifferentContent) {
                const QString differs = differentFilmMessage(film, session_->project().header());
                if (onMismatch == ContentMismatch::Refuse) {
                    reportError(tr("Relink Film"), differs);
                    return;
                }
                if (onMismatch == ContentMismatch::Ask &&
                    QMessageBox::question(
                        this, tr("Relink Film"), differs + "\n\n" + tr("Use it anyway?"),
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
                    return;
            }
            if (!cuesheet::relinkFilm(session_->project(), film, info.identity)) {
                reportError(tr("Relink Film"), session_->project().lastError());
                return;
            }
            openFilm();
            emit filmRelinked(film);
        });
}

ExportDialog* MainWindow::createExportDialog() {
    auto* dialog =
        new ExportDialog(session_->project().data(), session_->file().filesOnDisk(), this);
    dialog->setOptions(settings_.exportOptions());
    const QFileInfo project(session_->path());
    QString folder = settings_.lastFolder("export");
    if (!QFileInfo(folder).isDir())
        folder = project.absolutePath();
    dialog->setFilePath(QDir(folder).filePath(project.completeBaseName() + ".csv"));
    return dialog;
}

void MainWindow::exportCueSheet() {
    if (!session_)
        return;
    ExportDialog* dialog = createExportDialog();
    if (dialog->exec() == QDialog::Accepted) {
        settings_.setExportOptions(dialog->options());
        settings_.setLastFolder("export", QFileInfo(dialog->filePath()).absolutePath());
        showStatus((dialog->replacedFile() ? tr("Exported the cue sheet to %1 (replaced the file "
                                                "that was there)")
                                           : tr("Exported the cue sheet to %1"))
                       .arg(dialog->filePath()),
                   10000);
    }
    dialog->deleteLater();
}

ImportDialog* MainWindow::createImportDialog(const QString& path) {
    return new ImportDialog(session_->project().data(), path, this);
}

void MainWindow::importCues() {
    if (!session_)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Cues"), settings_.lastFolder("import"),
        tr("Edit lists and cue tables (*.edl *.txt *.csv);;CMX3600 EDL (*.edl);;Pro Tools "
           "session text (*.txt);;CSV cue table (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings_.setLastFolder("import", QFileInfo(path).absolutePath());
    ImportDialog* dialog = createImportDialog(path);
    if (dialog->exec() == QDialog::Accepted && dialog->canImport()) {
        if (session_->project().requestApply(dialog->changeSet()))
            showStatus(tr("Imported %n cue(s) from %1", "", dialog->importedCueCount())
                           .arg(QFileInfo(path).fileName()),
                       10000);
        else
            QMessageBox::warning(this, tr("Import Cues"), session_->project().lastError());
    }
    dialog->deleteLater();
}

ProjectHeaderDialog* MainWindow::createHeaderDialog() {
    return new ProjectHeaderDialog(session_->project().header(), this);
}

StatisticsDialog* MainWindow::createStatisticsDialog() {
    const Project& project = session_->project();
    const MusicStatistics stats = computeMusicStatistics(project.data(), filmDuration());
    auto* dialog = new StatisticsDialog(
        stats,
        [&project](CueId id) {
            const Cue* c = project.cue(id);
            return c ? QString("%1 %2").arg(project.sequenceNumber(id)).arg(project.titleOf(*c))
                     : QString();
        },
        this);
    dialog->setDefaultFolder(QFileInfo(session_->path()).absolutePath());
    dialog->setProtectedFiles(session_->file().filesOnDisk());
    return dialog;
}

void MainWindow::showStatistics() {
    if (!session_)
        return;
    if (statisticsDialog_)
        statisticsDialog_->deleteLater();
    statisticsDialog_ = createStatisticsDialog();
    statisticsDialog_->setAttribute(Qt::WA_DeleteOnClose);
    statisticsDialog_->show();
}

ShortcutsDialog* MainWindow::createShortcutsDialog() {
    QList<ShortcutEntry> entries;
    entries << shortcutEntriesFor(tr("File"), actions_.file);
    entries << shortcutEntriesFor(tr("Edit"), actions_.edit);
    entries << shortcutEntriesFor(tr("Playback"), actions_.playback);
    entries << shortcutEntriesFor(tr("View"), actions_.view);
    entries << shortcutEntriesFor(tr("Help"), actions_.help);
    // The timeline's own keys and gestures, as TimelineView lists them.
    for (const auto& help : TimelineView::keyHelp())
        entries << ShortcutEntry{tr("Timeline (when it has the focus)"), help.keys,
                                 help.description};
    for (const auto& help : TimelineView::mouseHelp())
        entries << ShortcutEntry{tr("Timeline mouse"), help.keys, help.description};
    const QString c = tr("Cue table");
    entries << ShortcutEntry{c, "F2", tr("Edit the current cell")}
            << ShortcutEntry{c, tr("Double-click a row"), tr("Go to the cue's in point")}
            << ShortcutEntry{c, tr("Click a column header"), tr("Sort (# restores cue order)")};
    return new ShortcutsDialog(entries, this);
}

void MainWindow::showShortcuts() {
    ShortcutsDialog* dialog = createShortcutsDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Cue Sheet Editor"),
        tr("<h3>Cue Sheet Editor %1</h3><p>Mark the music cues of a film, tag them, "
           "credit writers and publishers, and export cue sheets.</p><p>Every edit is written "
           "to the project file as you make it.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::deleteSelectedCues() {
    if (!session_ || selection_->isEmpty())
        return;
    const std::vector<CueId> ids(selection_->ids().begin(), selection_->ids().end());
    if (!session_->project().requestRemoveCues(ids))
        showStatus(session_->project().lastError());
}

void MainWindow::selectAllCues() {
    if (!session_)
        return;
    std::set<CueId> ids;
    for (const auto& [id, cue] : session_->project().cues())
        ids.insert(id);
    selection_->select(ids);
}

void MainWindow::jumpToCueEdge(int direction) {
    if (!session_)
        return;
    const Time here = player_->position();
    std::optional<Time> best;
    for (const auto& [id, cue] : session_->project().cues())
        for (Time edge : {cue.in, cue.out}) {
            if (direction > 0 ? edge <= here : edge >= here)
                continue;
            if (!best || (direction > 0 ? edge < *best : edge > *best))
                best = edge;
        }
    if (best)
        seek(*best);
    else
        showStatus(direction > 0 ? tr("No cue edge after the playhead")
                                 : tr("No cue edge before the playhead"),
                   3000);
}

void MainWindow::goToTimecodeText(const QString& text) {
    if (!session_)
        return;
    QString error;
    const auto time = programmeTimeOfTimecode(text, session_->project().header(), &error);
    if (!time) {
        transport_->showEntryError(error);
        return;
    }
    seek(*time);
}

} // namespace cuesheet
