#include "cuesheet/ui/editor_settings.h"

#include <QDir>
#include <QStandardPaths>

namespace cuesheet {

EditorSettings::EditorSettings() = default;

EditorSettings::EditorSettings(const QString& path)
    : settings_(path, QSettings::IniFormat) {}

QByteArray EditorSettings::windowGeometry() const {
    return settings_.value("window/geometry").toByteArray();
}
void EditorSettings::setWindowGeometry(const QByteArray& value) {
    settings_.setValue("window/geometry", value);
}
QByteArray EditorSettings::windowState() const {
    return settings_.value("window/state").toByteArray();
}
void EditorSettings::setWindowState(const QByteArray& value) {
    settings_.setValue("window/state", value);
}

QStringList EditorSettings::recentProjects() const {
    return settings_.value("recent/projects").toStringList();
}

void EditorSettings::addRecentProject(const QString& path) {
    QStringList list = recentProjects();
    const QString clean = QDir::cleanPath(path);
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > kMaxRecent)
        list.removeLast();
    settings_.setValue("recent/projects", list);
}

void EditorSettings::removeRecentProject(const QString& path) {
    QStringList list = recentProjects();
    list.removeAll(QDir::cleanPath(path));
    settings_.setValue("recent/projects", list);
}

QString EditorSettings::lastFolder(const QString& key) const {
    return settings_
        .value("folders/" + key,
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void EditorSettings::setLastFolder(const QString& key, const QString& folder) {
    settings_.setValue("folders/" + key, folder);
}

qint64 EditorSettings::timelineZoom() const {
    return settings_.value("timeline/ticksPerPixel", 0).toLongLong();
}

void EditorSettings::setTimelineZoom(qint64 ticksPerPixel) {
    settings_.setValue("timeline/ticksPerPixel", ticksPerPixel);
}

bool EditorSettings::timecodeOverlay() const {
    return settings_.value("video/timecodeOverlay", true).toBool();
}

void EditorSettings::setTimecodeOverlay(bool on) {
    settings_.setValue("video/timecodeOverlay", on);
}

CsvExportOptions EditorSettings::exportOptions() const {
    CsvExportOptions o;
    if (const auto p = csvProfileFromKey(settings_.value("export/profile").toString()))
        o.profile = *p;
    if (const auto f = durationFormatFromKey(settings_.value("export/durations").toString()))
        o.durations.format = *f;
    if (const auto r = roundingFromKey(settings_.value("export/rounding").toString()))
        o.durations.rounding = *r;
    o.byteOrderMark = settings_.value("export/bom", false).toBool();
    o.rowPerParty = settings_.value("export/rowPerParty", false).toBool();
    o.guardFormulas = settings_.value("export/guardFormulas", true).toBool();
    return o;
}

void EditorSettings::setExportOptions(const CsvExportOptions& o) {
    const char* profile = o.profile == CsvProfile::Generic ? "generic"
                          : o.profile == CsvProfile::Us    ? "us"
                                                           : "cisac";
    const char* format = o.durations.format == DurationFormat::Timecode  ? "tc"
                         : o.durations.format == DurationFormat::Seconds ? "seconds"
                                                                         : "mmss";
    settings_.setValue("export/profile", profile);
    settings_.setValue("export/durations", format);
    settings_.setValue("export/rounding", o.durations.rounding == Rounding::Up ? "up" : "nearest");
    settings_.setValue("export/bom", o.byteOrderMark);
    settings_.setValue("export/rowPerParty", o.rowPerParty);
    settings_.setValue("export/guardFormulas", o.guardFormulas);
}

} // namespace cuesheet
