#include "cuesheet/ui/window_capture.h"

// Project must be complete where the timeline header converts its QPointer<Project>.
#include "cuesheet/model/project.h"
#include "cuesheet/ui/export_dialog.h"
#include "cuesheet/ui/main_window.h"
#include "cuesheet/ui/project_header_dialog.h"
#include "cuesheet/ui/shortcuts_dialog.h"
#include "cuesheet/ui/statistics_dialog.h"
#include "cuesheet/ui/timeline/timeline_view.h"
#include "cuesheet/ui/video_view.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace cuesheet {

QStringList capturableParts() {
    return {"window", "inspector", "table",  "validation", "timeline",
            "video",  "export",    "header", "statistics", "shortcuts"};
}

bool waitUntilMediaSettled(MainWindow& window, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!window.isMediaSettled() && !deadline.hasExpired()) {
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::mediaSettled, &loop, &QEventLoop::quit);
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    // Let queued updates (the last frame, the timeline's repaint) land.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return window.isMediaSettled();
}

namespace {

QImage grabWidget(QWidget* widget) {
    return widget->grab().toImage();
}

QImage renderDialog(QDialog* dialog) {
    std::unique_ptr<QDialog> owned(dialog);
    // The export preview is made on a worker thread: the picture shows it, not "Preparing".
    if (auto* exportDialog = qobject_cast<ExportDialog*>(dialog)) {
        QElapsedTimer waited;
        waited.start();
        while (!exportDialog->isPreviewReady() && waited.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    dialog->adjustSize();
    dialog->resize(dialog->size().expandedTo(dialog->sizeHint()));
    // Laid out and polished without being shown modally: grab() renders it off screen.
    dialog->setAttribute(Qt::WA_DontShowOnScreen);
    dialog->show();
    QApplication::processEvents();
    const QImage image = dialog->grab().toImage();
    dialog->hide();
    return image;
}

} // namespace

QImage capturePart(MainWindow& window, const QString& part, QString* error) {
    const bool needsProject = part != "window" && part != "shortcuts";
    if (needsProject && !window.session()) {
        *error = QString("'%1' needs an open project").arg(part);
        return {};
    }
    if (part == "window")
        return grabWidget(&window);
    if (part == "inspector")
        return grabWidget(window.inspectorDock());
    if (part == "table" || part == "validation") {
        // The two share a tab: bring the one asked for to the front first.
        auto* dock =
            window.findChild<QDockWidget*>(part == "table" ? "cueTableDock" : "validationDock");
        dock->raise();
        QApplication::processEvents();
        return grabWidget(dock);
    }
    if (part == "timeline")
        return grabWidget(window.timeline());
    if (part == "video")
        return grabWidget(window.videoView()->parentWidget());
    if (part == "export")
        return renderDialog(window.createExportDialog());
    if (part == "header")
        return renderDialog(window.createHeaderDialog());
    if (part == "statistics")
        return renderDialog(window.createStatisticsDialog());
    if (part == "shortcuts")
        return renderDialog(window.createShortcutsDialog());
    *error = QString("unknown part '%1'; parts are: %2").arg(part, capturableParts().join(", "));
    return {};
}

} // namespace cuesheet
