#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace cuesheet {

class MainWindow;

// Pictures of the editor for the docs and tests (`cuesheet-editor --screenshot`).
//
// Parts: "window" (the whole main window), "inspector", "table", "validation", "timeline",
// "video" (docks and views as they are laid out in the window), and the dialogs "export",
// "header", "statistics", "shortcuts" (created, laid out at their size and rendered, never
// shown modally).
QStringList capturableParts();

// Spins the event loop until the window's film shows its first picture and its waveform and
// thumbnails are built (MainWindow::isMediaSettled), or `timeoutMs` passes. Returns whether
// it settled.
bool waitUntilMediaSettled(MainWindow& window, int timeoutMs);

// Renders `part` (see above). A null image and *error for an unknown part or when no
// project is open for a part that needs one.
QImage capturePart(MainWindow& window, const QString& part, QString* error);

} // namespace cuesheet
