#include "cuesheet/ui/main_window.h"

#include "cuesheet/model/in_out_text.h"
#include "cuesheet/ui/cue_inspector.h"
#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/cue_table_model.h"
#include "cuesheet/ui/cue_table_view.h"
#include "cuesheet/ui/editor_settings.h"
#include "cuesheet/ui/library_panel.h"
#include "cuesheet/ui/media_cache_folder.h"
#include "cuesheet/ui/media_preparation.h"
#include "cuesheet/ui/player/frame_player.h"
#include "cuesheet/ui/project_session.h"
#include "cuesheet/ui/timeline/timeline_view.h"
#include "cuesheet/ui/transport_bar.h"
#include "cuesheet/ui/validation_panel.h"
#include "cuesheet/ui/video_view.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cuesheet {

namespace {

QString rateText(const TimecodeFormat& format) {
    const FrameRate r = format.rate;
    QString fps;
    if (r.denominator() == 1)
        fps = QString::number(r.numerator());
    else
        fps = QString::number(static_cast<double>(r.numerator()) / r.denominator(), 'f', 3);
    if (fps.contains('.'))
        while (fps.endsWith('0'))
            fps.chop(1);
    return QObject::tr("%1 fps %2").arg(fps, format.dropFrame ? "DF" : "NDF");
}

QLabel* placeholder(const QString& text) {
    auto* label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

MainWindow::MainWindow(EditorSettings& settings, const SocietyTable& societies,
                       QString cacheDirectory, QWidget* parent)
    : QMainWindow(parent)
    , settings_(settings)
    , societies_(societies)
    , cacheDirectory_(std::move(cacheDirectory)) {
    player_ = new FramePlayer(this);
    media_ = new MediaPreparation(this);
    createActions();
    buildLayout();
    createMenus();
    bindViews();
    restoreSettings();
    updateTitle();
    updateActionStates();

    connect(player_, &FramePlayer::opened, this, &MainWindow::onPlayerOpened);
    connect(player_, &FramePlayer::positionChanged, this, &MainWindow::onPlayerPosition);
    connect(player_, &FramePlayer::frameReady, this, [this](const QImage& image, Time) {
        video_->setImage(image);
        checkMediaSettled();
    });
    connect(player_, &FramePlayer::decodeFailed, this,
            [this](const QString& message) { showStatus(message); });
    connect(player_, &FramePlayer::shuttleChanged, transport_, &TransportBar::setShuttle);

    connect(media_, &MediaPreparation::progressChanged, this, [this](int permille) {
        mediaProgress_->setValue(permille);
        timeline_->setWaveformProgress(media_->isWaveformSettled() ? -1 : permille);
    });
    connect(media_, &MediaPreparation::waveformReady, this,
            [this](std::shared_ptr<const media::WaveformPeaks> peaks, const QString& message) {
                timeline_->setWaveformProgress(-1);
                if (peaks->isEmpty())
                    timeline_->clearWaveform();
                else
                    timeline_->setWaveform(peaks);
                if (!message.isEmpty())
                    showStatus(message);
            });
    connect(media_, &MediaPreparation::thumbnailsReady, this,
            [this](const media::ThumbnailStrip& strip) {
                timeline_->setThumbnails(strip);
                if (!strip.complete() && !strip.error.isEmpty())
                    showStatus(tr("Thumbnails: %1").arg(strip.error));
            });
    connect(media_, &MediaPreparation::settled, this, [this] {
        mediaProgress_->hide();
        mediaCancel_->hide();
        mediaLabel_->hide();
        checkMediaSettled();
    });
}

MainWindow::~MainWindow() {
    // Views refer to the session: unbind them before it goes.
    media_->cancel();
    timeline_->setProject(nullptr);
    timeline_->setSelection(nullptr);
}

void MainWindow::buildLayout() {
    setObjectName("MainWindow");
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    auto* videoPanel = new QWidget(this);
    auto* videoLayout = new QVBoxLayout(videoPanel);
    videoLayout->setContentsMargins(0, 0, 0, 0);
    videoLayout->setSpacing(0);
    video_ = new VideoView(videoPanel);
    video_->setOverlayVisible(settings_.timecodeOverlay());
    transport_ = new TransportBar({actions_.previousEdge, actions_.stepBack, actions_.playPause,
                                   actions_.stepForward, actions_.nextEdge},
                                  videoPanel);
    videoLayout->addWidget(video_, 1);
    videoLayout->addWidget(transport_);
    connect(transport_, &TransportBar::timecodeEntered, this, &MainWindow::goToTimecodeText);

    timeline_ = new TimelineView(this);
    timeline_->setObjectName("timeline");
    connect(timeline_, &TimelineView::seekRequested, this, &MainWindow::seek);
    connect(timeline_, &TimelineView::cueActivated, this, [this](CueId id) {
        if (session_)
            if (const Cue* c = session_->project().cue(id))
                seek(c->in);
    });
    connect(timeline_, &TimelineView::editFailed, this,
            [this](const QString& message) { showStatus(message); });
    connect(timeline_, &TimelineView::viewChanged, this, [this] { rememberTimelineZoom(); });

    centralSplitter_ = new QSplitter(Qt::Vertical, this);
    centralSplitter_->setObjectName("centralSplitter");
    centralSplitter_->addWidget(videoPanel);
    centralSplitter_->addWidget(timeline_);
    centralSplitter_->setStretchFactor(0, 3);
    centralSplitter_->setStretchFactor(1, 2);
    centralSplitter_->setChildrenCollapsible(false);
    setCentralWidget(centralSplitter_);

    auto makeDock = [this](const QString& title, const QString& name, Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
        addDockWidget(area, dock);
        return dock;
    };
    inspectorDock_ = makeDock(tr("Inspector"), "inspectorDock", Qt::RightDockWidgetArea);
    tableDock_ = makeDock(tr("Cues"), "cueTableDock", Qt::BottomDockWidgetArea);
    validationDock_ = makeDock(tr("Validation"), "validationDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(tableDock_, validationDock_);
    libraryDock_ = makeDock(tr("Music Library"), "libraryDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(validationDock_, libraryDock_);
    tableDock_->raise();
    resizeDocks({inspectorDock_}, {420}, Qt::Horizontal);
    resizeDocks({tableDock_}, {220}, Qt::Vertical);

    // Status bar: background media work (with cancel) and the write-through note.
    mediaLabel_ = new QLabel(tr("Preparing waveform and thumbnails"), this);
    mediaProgress_ = new QProgressBar(this);
    mediaProgress_->setRange(0, 1000);
    mediaProgress_->setMaximumWidth(180);
    mediaProgress_->setTextVisible(false);
    mediaCancel_ = new QToolButton(this);
    mediaCancel_->setText(tr("Cancel"));
    mediaCancel_->setAutoRaise(true);
    connect(mediaCancel_, &QToolButton::clicked, media_, &MediaPreparation::cancel);
    statusBar()->addWidget(mediaLabel_);
    statusBar()->addWidget(mediaProgress_);
    statusBar()->addWidget(mediaCancel_);
    for (QWidget* w : {static_cast<QWidget*>(mediaLabel_), static_cast<QWidget*>(mediaProgress_),
                       static_cast<QWidget*>(mediaCancel_)})
        w->hide();
    savedLabel_ = new QLabel(this);
    savedLabel_->setToolTip(tr("Every edit is written to the project file the moment you make "
                               "it, so there is nothing to save. File > Save As makes a copy."));
    statusBar()->addPermanentWidget(savedLabel_);
}

void MainWindow::restoreSettings() {
    const QByteArray geometry = settings_.windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1440, 900);
    const QByteArray state = settings_.windowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    settings_.setWindowGeometry(saveGeometry());
    settings_.setWindowState(saveState());
    player_->pause();
    media_->cancel();
    event->accept();
}

bool MainWindow::openProject(const QString& path, QString* error) {
    auto session = ProjectSession::open(path, societies_, error);
    if (!session)
        return false;
    setSession(std::move(session));
    settings_.addRecentProject(QFileInfo(path).absoluteFilePath());
    settings_.setLastFolder("project", QFileInfo(path).absolutePath());
    return true;
}

// 0 while the timeline fits the film, so a reopened project fits its own film.
void MainWindow::rememberTimelineZoom() {
    if (!session_)
        return;
    settings_.setTimelineZoom(
        timeline_->isFitting() ? 0 : timeline_->timelineGeometry().ticksPerPixel());
}

void MainWindow::closeProject() {
    setSession(nullptr);
}

void MainWindow::setSession(std::unique_ptr<ProjectSession> session) {
    // Read first: unbinding and binding the views refit the timeline, which is remembered.
    const qint64 savedZoom = settings_.timelineZoom();
    media_->cancel();
    player_->open({});
    timeline_->setProject(nullptr);
    timeline_->setSelection(nullptr);
    timeline_->clearWaveform();
    timeline_->clearThumbnails();
    timeline_->setMarks(std::nullopt, std::nullopt);
    // Views of the old session go before it does.
    for (QDockWidget* dock : {tableDock_, inspectorDock_, validationDock_, libraryDock_})
        if (QWidget* old = dock->widget()) {
            dock->setWidget(nullptr);
            delete old;
        }
    delete tableModel_;
    tableModel_ = nullptr;
    table_ = nullptr;
    inspector_ = nullptr;
    validation_ = nullptr;
    delete selection_;
    selection_ = nullptr;

    session_ = std::move(session);
    bindViews();
    if (session_ && savedZoom > 0)
        timeline_->setTicksPerPixel(savedZoom);
    updateTitle();
    updateActionStates();
    updateHistoryActions();
    updateTransportLabels();
    if (session_) {
        emit projectOpened();
        openFilm();
    }
}

void MainWindow::bindViews() {
    selection_ = new CueSelection(this);
    if (!session_) {
        tableDock_->setWidget(placeholder(tr("Open a project (File > Open) or make one from a "
                                             "film (File > New from Film).")));
        inspectorDock_->setWidget(placeholder(tr("No project")));
        validationDock_->setWidget(placeholder(tr("No project")));
        libraryDock_->setWidget(placeholder(tr("No project")));
        video_->setImage({});
        video_->setPlaceholderText(tr("No film"));
        filmRequested_ = false;
        return;
    }
    Project& project = session_->project();
    tableModel_ = new CueTableModel(*session_, this);
    table_ = new CueTableView(*tableModel_, *selection_);
    table_->setObjectName("cueTable");
    tableDock_->setWidget(table_);
    table_->addAction(actions_.deleteCues);
    connect(table_, &CueTableView::seekRequested, this, &MainWindow::seek);
    connect(tableModel_, &CueTableModel::editRefused, this,
            [this](const QString& message) { showStatus(message); });

    inspector_ = new CueInspector(*session_, *selection_);
    inspector_->setObjectName("inspector");
    inspectorDock_->setWidget(inspector_);
    connect(inspector_, &CueInspector::editRefused, this,
            [this](const QString& message) { showStatus(message); });

    validation_ = new ValidationPanel(*session_, *selection_);
    validation_->setObjectName("validationPanel");
    validationDock_->setWidget(validation_);
    auto* library = new LibraryPanel(*session_, *selection_);
    library->setObjectName("libraryPanel");
    libraryDock_->setWidget(library);
    connect(validation_, &ValidationPanel::headerFindingActivated, this, &MainWindow::editHeader);
    connect(validation_, &ValidationPanel::cueFindingActivated, this, [this](CueId id) {
        if (const Cue* c = session_->project().cue(id))
            seek(c->in);
    });
    auto updateValidationTitle = [this] {
        const auto count = session_->findings().size();
        validationDock_->setWindowTitle(count ? tr("Validation (%1)").arg(count)
                                              : tr("Validation"));
    };
    connect(session_.get(), &ProjectSession::findingsChanged, this, updateValidationTitle);
    updateValidationTitle();

    timeline_->setProject(&project);
    timeline_->setSelection(selection_);
    connect(&project, &Project::historyChanged, this, &MainWindow::updateHistoryActions);
    connect(&project, &Project::changed, this, [this](const ChangeSet& change) {
        if (change.header) {
            updateTitle();
            updateTransportLabels();
        }
        selection_->pruneTo([this](CueId id) { return session_->project().cue(id) != nullptr; });
        savedLabel_->setText(tr("Saved: %1").arg(change.label));
    });
    connect(selection_, &CueSelection::selectionChanged, this, &MainWindow::updateActionStates);
}

void MainWindow::openFilm() {
    filmRequested_ = true;
    filmFailed_ = false;
    filmMessage_.clear();
    video_->setImage({});
    const QString path = session_->mediaPath();
    if (path.isEmpty()) {
        filmFailed_ = true;
        video_->setPlaceholderText(tr("This project names no film.\nFile > Relink Film… to "
                                      "choose one."));
    } else if (!QFileInfo::exists(path)) {
        filmFailed_ = true;
        video_->setPlaceholderText(
            tr("Film not found:\n%1\n\nFile > Relink Film… to choose where it is now.").arg(path));
    } else {
        video_->setPlaceholderText(tr("Opening the film…"));
        player_->open(path);
    }
    checkMediaSettled();
}

void MainWindow::onPlayerOpened(bool ok, const QString& message) {
    if (!ok) {
        filmFailed_ = true;
        filmMessage_ = message;
        video_->setPlaceholderText(tr("The film cannot be shown:\n%1").arg(message));
        showStatus(message, 10000);
        checkMediaSettled();
        return;
    }
    updateTransportLabels();
    mediaLabel_->show();
    mediaProgress_->setValue(0);
    mediaProgress_->show();
    mediaCancel_->show();
    media_->start(session_->mediaPath(), player_->duration(),
                  mediaCacheFolderFor(session_->path(), session_->isReadOnly(), cacheDirectory_));
    timeline_->setPlayhead(player_->position());
}

Time MainWindow::filmDuration() const {
    if (player_->isOpen())
        return player_->duration();
    return session_ ? session_->project().header().runningTime : Time();
}

void MainWindow::seek(Time time) {
    player_->seek(time);
}

void MainWindow::onPlayerPosition(Time position) {
    timeline_->setPlayhead(position);
    if (!session_)
        return;
    const QString tc = timecodeOfProgrammeTime(position, session_->project().header());
    transport_->setTimecode(tc);
    video_->setOverlayText(tc);
}

void MainWindow::updateTransportLabels() {
    if (!session_) {
        transport_->setRateText({});
        transport_->setDuration({});
        transport_->setTimecode("00:00:00:00");
        return;
    }
    const ProjectHeader& header = session_->project().header();
    transport_->setRateText(rateText(header.timecode));
    const Time running = header.runningTime.ticks() > 0 ? header.runningTime : filmDuration();
    transport_->setDuration(running.ticks() > 0 ? timecodeOfDuration(running, header) : QString());
    const QString tc = timecodeOfProgrammeTime(player_->position(), header);
    transport_->setTimecode(tc);
    video_->setOverlayText(tc);
}

void MainWindow::updateTitle() {
    if (!session_) {
        setWindowTitle(tr("Cue Sheet Editor"));
        savedLabel_->setText({});
        return;
    }
    const QString file = QFileInfo(session_->path()).fileName();
    const QString production = session_->project().header().productionTitle;
    QString title = production.isEmpty() ? file : QString("%1 — %2").arg(production, file);
    if (session_->isReadOnly())
        title += tr(" (read-only)");
    setWindowTitle(title + tr(" — Cue Sheet Editor"));
    setWindowFilePath(session_->path());
    savedLabel_->setText(session_->isReadOnly()
                             ? tr("Read-only: the file cannot be written; Save As makes an "
                                  "editable copy")
                             : tr("All changes saved"));
}

void MainWindow::checkMediaSettled() {
    if (isMediaSettled())
        emit mediaSettled();
}

bool MainWindow::isMediaSettled() const {
    if (!filmRequested_ || filmFailed_)
        return true;
    return player_->hasFrame() && !media_->isRunning();
}

void MainWindow::showStatus(const QString& message, int timeoutMs) {
    statusBar()->showMessage(message, timeoutMs);
}

} // namespace cuesheet
