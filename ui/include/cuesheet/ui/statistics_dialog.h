#pragma once

#include "cuesheet/ui/music_statistics.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QTableWidget;

namespace cuesheet {

class DensityChart;

// The statistics view: music minutes and share of the running time by kind and by
// diegesis, the number of cues, the longest and shortest cue, and the music density along
// the film (stacked score / song). "Save PNG" writes the view as a picture, "Save CSV" the
// figures and the density slices.
class StatisticsDialog : public QDialog {
    Q_OBJECT
public:
    // `cueLabel(id)` names a cue ("3 Main Theme") for the longest/shortest rows.
    StatisticsDialog(const MusicStatistics& stats, const std::function<QString(CueId)>& cueLabel,
                     QWidget* parent = nullptr);

    QImage renderImage() const;
    bool savePng(const QString& path, QString* error) const;
    bool saveCsv(const QString& path, QString* error) const;
    void setDefaultFolder(const QString& folder) { folder_ = folder; }
    // Files the PNG and CSV are never written over (the open project's, writeOutputFile).
    void setProtectedFiles(const QStringList& files) { protectedFiles_ = files; }
    QTableWidget* table() const { return table_; }

private:
    MusicStatistics stats_;
    QWidget* content_ = nullptr;
    QTableWidget* table_ = nullptr;
    DensityChart* chart_ = nullptr;
    QString folder_;
    QStringList protectedFiles_;
};

// The density picture: per slice of the film, a bar as high as the share of the slice with
// score above a middle line and one as deep as its share with song below it (so overlapping
// score and song both show); minute marks underneath.
class DensityChart : public QWidget {
    Q_OBJECT
public:
    explicit DensityChart(const MusicStatistics& stats, QWidget* parent = nullptr);
    QSize sizeHint() const override { return {640, 140}; }
    static QColor scoreColour();
    static QColor songColour();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const MusicStatistics& stats_;
};

} // namespace cuesheet
