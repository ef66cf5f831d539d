#pragma once

#include "cuesheet/media/media_info.h"
#include "cuesheet/model/ids.h"
#include "cuesheet/model/society.h"
#include "cuesheet/time/time.h"
#include "cuesheet/ui/background_job.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QToolButton;

namespace cuesheet {

class CueInspector;
class CueSelection;
class CueTableModel;
class CueTableView;
class EditorSettings;
class ExportDialog;
class FramePlayer;
class ImportDialog;
class MediaPreparation;
class ProjectHeaderDialog;
class ProjectSession;
class ShortcutsDialog;
class StatisticsDialog;
class TimelineView;
class TransportBar;
class ValidationPanel;
class VideoView;

// The editor window: the picture and the transport bar above the timeline, the cue table
// and the validation panel docked below, the inspector docked at the right.
//
// It owns the open project (a ProjectSession) and the views bound to it, the player and the
// background media jobs. It does not create its services: the app's main() builds the
// settings and the society table and hands them in (the composition root), so tests build a
// window with scratch settings.
//
// Edits are written to the project file as they are made, so there is no Save: File offers
// Save As (a copy, which then becomes the project being edited), and the status bar says that
// every change is saved.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The film's waveform and thumbnails are cached beside the project file
    // (mediaCacheFolderFor), or in `cacheDirectory` when that cannot be written.
    MainWindow(EditorSettings& settings, const SocietyTable& societies, QString cacheDirectory,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project file and its film. On failure returns false with *error (and the
    // window keeps what it had).
    bool openProject(const QString& path, QString* error);
    void closeProject();

    ProjectSession* session() const { return session_.get(); }
    CueSelection* selection() const { return selection_; }
    FramePlayer& player() const { return *player_; }
    MediaPreparation& mediaPreparation() const { return *media_; }
    VideoView* videoView() const { return video_; }
    TransportBar* transportBar() const { return transport_; }
    TimelineView* timeline() const { return timeline_; }
    CueTableView* cueTable() const { return table_; }
    CueTableModel* cueTableModel() const { return tableModel_; }
    CueInspector* inspector() const { return inspector_; }
    ValidationPanel* validationPanel() const { return validation_; }
    QDockWidget* inspectorDock() const { return inspectorDock_; }
    QAction* undoAction() const { return actions_.undo; }
    QAction* redoAction() const { return actions_.redo; }

    // True once the film's first picture is shown and its waveform and thumbnails are built
    // (or failed, or there is no film): what --screenshot waits for. mediaSettled() follows
    // each time it becomes true.
    bool isMediaSettled() const;

    // Dialogs, created but not shown (for the menu actions, tests and --screenshot-dialog).
    ExportDialog* createExportDialog();
    // The import dialog on `path` (an EDL, a Pro Tools session text or a CSV).
    ImportDialog* createImportDialog(const QString& path);
    ProjectHeaderDialog* createHeaderDialog();
    StatisticsDialog* createStatisticsDialog();
    ShortcutsDialog* createShortcutsDialog();

    // Positions the player (programme time); used by --at.
    void seek(Time time);

    // The File menu's commands without their file dialogs (the menu asks, then calls these;
    // tests call them directly). Failures are reported with errorReported() and a message box
    // that is not waited for.
    //
    // Reads `film` in the background and creates a project for it at `projectPath` (empty:
    // ask where) with rate, start timecode and running time from the film; projectOpened()
    // follows.
    void newProjectFromFilm(const QString& film, const QString& projectPath = {});
    // Writes a copy of the open project to `path` and goes on editing the copy.
    bool saveProjectAs(const QString& path, QString* error);
    enum class ContentMismatch { Ask, Refuse, Accept };
    // Checks `film` in the background against the film the project was made from and points
    // the project at it (one undoable edit); a film whose content differs is refused,
    // accepted, or the user is asked. filmRelinked() follows.
    void relinkFilmTo(const QString& film, ContentMismatch onMismatch = ContentMismatch::Ask);

signals:
    void mediaSettled();
    void projectOpened();
    void filmRelinked(const QString& film);
    void errorReported(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Actions {
        QAction* newFromFilm = nullptr;
        QAction* open = nullptr;
        QMenu* recent = nullptr;
        QAction* saveAs = nullptr;
        QAction* header = nullptr;
        QAction* relink = nullptr;
        QAction* exportCsv = nullptr;
        QAction* importCues = nullptr;
        QAction* quit = nullptr;
        QAction* undo = nullptr;
        QAction* redo = nullptr;
        QAction* deleteCues = nullptr;
        QAction* selectAll = nullptr;
        QAction* playPause = nullptr;
        QAction* shuttleBack = nullptr;
        QAction* shuttleStop = nullptr;
        QAction* shuttleForward = nullptr;
        QAction* stepBack = nullptr;
        QAction* stepForward = nullptr;
        QAction* previousEdge = nullptr;
        QAction* nextEdge = nullptr;
        QAction* goToTimecode = nullptr;
        QAction* goToStart = nullptr;
        QAction* goToEnd = nullptr;
        QAction* overlay = nullptr;
        QAction* statistics = nullptr;
        QAction* shortcuts = nullptr;
        QAction* about = nullptr;
        QList<QAction*> file, edit, playback, view, help;
    };

    // main_window.cpp: layout, the session's views, player and media
    void buildLayout();
    void setSession(std::unique_ptr<ProjectSession> session);
    void bindViews();
    void rememberTimelineZoom();
    void openFilm();
    void onPlayerOpened(bool ok, const QString& message);
    void onPlayerPosition(Time position);
    void updateTitle();
    void updateTransportLabels();
    void updateHistoryActions();
    void updateActionStates();
    void checkMediaSettled();
    void showStatus(const QString& message, int timeoutMs = 6000);
    void restoreSettings();
    Time filmDuration() const;

    // main_window_actions.cpp: menus, shortcuts and the commands behind them
    void createActions();
    void createMenus();
    void rebuildRecentMenu();
    void newFromFilm();
    void createProjectForFilm(const QString& filmPath, const media::MediaInfo& info,
                              QString projectPath);
    void reportError(const QString& title, const QString& message);
    void openDialog();
    void openRecent(const QString& path);
    void saveAs();
    void editHeader();
    void relinkFilm();
    void exportCueSheet();
    void importCues();
    void showStatistics();
    void showShortcuts();
    void showAbout();
    void deleteSelectedCues();
    void selectAllCues();
    void jumpToCueEdge(int direction);
    void goToTimecodeText(const QString& text);
    bool confirmNoFilm() const;
    // What a film read off the GUI thread gives: its description, or why it could not be read.
    struct FilmRead {
        media::MediaInfo info;
        QString error;
    };

    EditorSettings& settings_;
    SocietyTable societies_;
    QString cacheDirectory_;
    Actions actions_;

    std::unique_ptr<ProjectSession> session_;
    CueSelection* selection_ = nullptr;
    FramePlayer* player_ = nullptr;
    MediaPreparation* media_ = nullptr;
    bool filmRequested_ = false;
    bool filmFailed_ = false;
    QString filmMessage_;

    QSplitter* centralSplitter_ = nullptr;
    VideoView* video_ = nullptr;
    TransportBar* transport_ = nullptr;
    TimelineView* timeline_ = nullptr;
    CueTableModel* tableModel_ = nullptr;
    CueTableView* table_ = nullptr;
    CueInspector* inspector_ = nullptr;
    ValidationPanel* validation_ = nullptr;
    QDockWidget* tableDock_ = nullptr;
    QDockWidget* inspectorDock_ = nullptr;
    QDockWidget* validationDock_ = nullptr;
    QDockWidget* libraryDock_ = nullptr;
    QProgressBar* mediaProgress_ = nullptr;
    QToolButton* mediaCancel_ = nullptr;
    QLabel* mediaLabel_ = nullptr;
    QLabel* savedLabel_ = nullptr;
    QPointer<StatisticsDialog> statisticsDialog_;
    BackgroundJob<FilmRead> probeJob_{this};    // New from Film
    BackgroundJob<FilmRead> identityJob_{this}; // Relink Film
};

} // namespace cuesheet
