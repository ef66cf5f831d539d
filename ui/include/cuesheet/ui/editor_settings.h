#pragma once

#include "cuesheet/interchange/csv_export.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace cuesheet {

// What the editor remembers between runs (QSettings, the platform's usual place): window
// geometry and dock layout, recent projects, the last folders used, timeline zoom, the
// timecode overlay, and the export options. Created by the app's main() and handed to the
// window; tests give it a scratch file so they never touch the user's settings.
class EditorSettings {
public:
    // Uses the application's default settings (organisation/application names).
    EditorSettings();
    // Uses an INI file at `path` (tests).
    explicit EditorSettings(const QString& path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& value);

    static constexpr int kMaxRecent = 10;
    QStringList recentProjects() const;
    // Moves `path` to the front of the list.
    void addRecentProject(const QString& path);
    void removeRecentProject(const QString& path);

    // Folder keys: "project", "film", "export".
    QString lastFolder(const QString& key) const;
    void setLastFolder(const QString& key, const QString& folder);

    // Timeline zoom, in ticks per pixel; 0 = fit the film.
    qint64 timelineZoom() const;
    void setTimelineZoom(qint64 ticksPerPixel);

    bool timecodeOverlay() const;
    void setTimecodeOverlay(bool on);

    CsvExportOptions exportOptions() const;
    void setExportOptions(const CsvExportOptions& options);

private:
    QSettings settings_;
};

} // namespace cuesheet
