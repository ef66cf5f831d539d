#include "cuesheet/ui/statistics_dialog.h"

#include "cuesheet/interchange/output_file.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cuesheet {

namespace {
const QColor kScoreColour(0x3f, 0x7f, 0xd0);
const QColor kSongColour(0xe0, 0x8a, 0x2c);
} // namespace

QColor DensityChart::scoreColour() {
    return kScoreColour;
}

QColor DensityChart::songColour() {
    return kSongColour;
}

DensityChart::DensityChart(const MusicStatistics& stats, QWidget* parent)
    : QWidget(parent)
    , stats_(stats) {
    setMinimumHeight(110);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void DensityChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette& pal = palette();
    const int axis = fontMetrics().height() + 4;
    const QRectF plot(rect().adjusted(1, 4, -1, -axis));
    p.fillRect(plot, pal.color(QPalette::Base));
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(plot);
    // Score grows up from the middle line and song down from it, each to its own full half,
    // so a slice where both play shows both (stacked, one would hide the other's overlap).
    const int bins = static_cast<int>(stats_.scoreDensity.size());
    const double middle = plot.top() + plot.height() / 2.0;
    const double half = plot.height() / 2.0;
    if (bins > 0) {
        const double w = plot.width() / bins;
        for (int b = 0; b < bins; ++b) {
            const double score =
                std::clamp(stats_.scoreDensity[static_cast<std::size_t>(b)], 0.0, 1.0);
            const double song =
                std::clamp(stats_.songDensity[static_cast<std::size_t>(b)], 0.0, 1.0);
            const double x = plot.left() + b * w;
            p.fillRect(QRectF(x, middle - score * half, w + 0.5, score * half), kScoreColour);
            p.fillRect(QRectF(x, middle, w + 0.5, song * half), kSongColour);
        }
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(QPointF(plot.left(), middle), QPointF(plot.right(), middle));
    // Minute marks: every minute, or every 5 / 10 when the film is long.
    const double seconds = stats_.densitySpan.toSecondsForDisplay();
    if (seconds > 0) {
        int step = 60;
        while (seconds / step > 14)
            step *= step == 60 ? 5 : 2;
        if (seconds < 120)
            step = 10;
        p.setPen(pal.color(QPalette::WindowText));
        for (int s = 0; s <= seconds; s += step) {
            const double x = plot.left() + plot.width() * s / seconds;
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
            const QString label = step < 60
                                      ? QString("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar('0'))
                                      : QString("%1′").arg(s / 60);
            const int tw = fontMetrics().horizontalAdvance(label);
            const double tx = std::clamp(x - tw / 2.0, 0.0, width() - tw * 1.0);
            p.drawText(QPointF(tx, height() - 3), label);
        }
    }
}

StatisticsDialog::StatisticsDialog(const MusicStatistics& stats,
                                   const std::function<QString(CueId)>& cueLabel, QWidget* parent)
    : QDialog(parent)
    , stats_(stats) {
    setWindowTitle(tr("Music Statistics"));
    content_ = new QWidget(this);
    content_->setAutoFillBackground(true);

    table_ = new QTableWidget(0, 4, content_);
    table_->setHorizontalHeaderLabels({tr(""), tr("Cues"), tr("Music"), tr("Of running time")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    auto addRow = [&](const QString& name, int cues, Time duration, bool bold = false,
                      const QColor& swatch = {}) {
        const int r = table_->rowCount();
        table_->insertRow(r);
        const double pct = stats_.percentOfRunningTime(duration);
        const QStringList cells{name, cues >= 0 ? QString::number(cues) : QString(),
                                minutesSecondsText(duration),
                                pct < 0 ? tr("–") : QString("%1 %").arg(pct, 0, 'f', 1)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (bold) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (c == 0 && swatch.isValid()) {
                QPixmap pm(12, 12);
                pm.fill(swatch);
                item->setIcon(QIcon(pm));
            }
            table_->setItem(r, c, item);
        }
    };
    addRow(tr("All music (each cue counted)"), stats_.cueCount, stats_.totalMusic, true);
    addRow(tr("Time with music (overlaps once)"), -1, stats_.coverage);
    if (stats_.runningTime.ticks() > 0)
        addRow(tr("Running time"), -1, stats_.runningTime);
    for (std::size_t i = 0; i < stats_.byKind.size(); ++i)
        addRow(tr("Kind: %1").arg(stats_.byKind[i].name), stats_.byKind[i].cues,
               stats_.byKind[i].duration, false, i == 0 ? kScoreColour : kSongColour);
    for (const auto& g : stats_.byDiegesis)
        addRow(tr("Diegesis: %1").arg(g.name), g.cues, g.duration);
    if (stats_.longest)
        addRow(tr("Longest cue: %1").arg(cueLabel(stats_.longest)), -1, stats_.longestDuration);
    if (stats_.shortest)
        addRow(tr("Shortest cue: %1").arg(cueLabel(stats_.shortest)), -1, stats_.shortestDuration);
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->setMinimumHeight((table_->rowCount() + 1) * (fontMetrics().height() + 6) + 8);

    chart_ = new DensityChart(stats_, content_);
    auto* legend = new QLabel(
        tr("Music density along the film: <span style='color:%1'>■</span> score (above the line) "
           "<span style='color:%2'>■</span> song (below)")
            .arg(kScoreColour.name(), kSongColour.name()),
        content_);
    auto* contentLayout = new QVBoxLayout(content_);
    contentLayout->addWidget(table_);
    contentLayout->addWidget(legend);
    contentLayout->addWidget(chart_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* png = buttons->addButton(tr("Save PNG…"), QDialogButtonBox::ActionRole);
    auto* csv = buttons->addButton(tr("Save CSV…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto saveWith = [this](const QString& filter, const QString& suffix, auto save) {
        QString path = QFileDialog::getSaveFileName(this, windowTitle(), folder_, filter);
        if (path.isEmpty())
            return;
        if (!path.endsWith(suffix, Qt::CaseInsensitive))
            path += suffix;
        QString error;
        if (!save(path, &error))
            QMessageBox::warning(this, windowTitle(), error);
    };
    connect(png, &QPushButton::clicked, this, [=, this] {
        saveWith(tr("PNG pictures (*.png)"), ".png",
                 [this](const QString& p, QString* e) { return savePng(p, e); });
    });
    connect(csv, &QPushButton::clicked, this, [=, this] {
        saveWith(tr("CSV files (*.csv)"), ".csv",
                 [this](const QString& p, QString* e) { return saveCsv(p, e); });
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(content_, 1);
    layout->addWidget(buttons);
    resize(680, 560);
}

QImage StatisticsDialog::renderImage() const {
    const qreal dpr = devicePixelRatioF();
    QImage image(content_->size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(palette().color(QPalette::Window));
    content_->render(&image);
    return image;
}

bool StatisticsDialog::savePng(const QString& path, QString* error) const {
    const QImage image = renderImage();
    return writeOutputFileWith(
               {path, protectedFiles_},
               [&image](const QString& temporaryPath, QString* why) {
                   if (image.save(temporaryPath, "PNG"))
                       return true;
                   *why = tr("the picture could not be written");
                   return false;
               },
               error)
        .has_value();
}

bool StatisticsDialog::saveCsv(const QString& path, QString* error) const {
    return writeOutputFile({path, protectedFiles_}, musicStatisticsCsv(stats_), error).has_value();
}

} // namespace cuesheet
