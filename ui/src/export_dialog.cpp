#include "cuesheet/ui/export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace cuesheet {

namespace {
// The preview holds the first lines (the US and CISAC profiles open with a 15-line header
// block, so the first cue rows must fit too) in a box a scroll bar shows part of.
constexpr int kPreviewLines = 60;
constexpr int kPreviewVisibleLines = 14;
} // namespace

ExportDialog::ExportDialog(const ProjectData& data, QWidget* parent)
    : QDialog(parent)
    , data_(data) {
    setWindowTitle(tr("Export Cue Sheet"));

    profile_ = new QComboBox(this);
    profile_->addItem(tr("Generic – every field (re-importable)"),
                      static_cast<int>(CsvProfile::Generic));
    profile_->addItem(tr("US – ASCAP / BMI (BI, BV, VI, VV, MT, ET)"),
                      static_cast<int>(CsvProfile::Us));
    profile_->addItem(tr("CISAC – PRS / APRA (Background, Featured, Theme)"),
                      static_cast<int>(CsvProfile::Cisac));
    format_ = new QComboBox(this);
    format_->addItem(tr("Minutes and seconds (1:35)"),
                     static_cast<int>(DurationFormat::MinutesSeconds));
    format_->addItem(tr("Seconds (95)"), static_cast<int>(DurationFormat::Seconds));
    format_->addItem(tr("Timecode (00:01:35:12)"), static_cast<int>(DurationFormat::Timecode));
    rounding_ = new QComboBox(this);
    rounding_->addItem(tr("Up (never report a cue shorter than it is)"),
                       static_cast<int>(Rounding::Up));
    rounding_->addItem(tr("Nearest"), static_cast<int>(Rounding::Nearest));
    bom_ = new QCheckBox(tr("Byte-order mark (for Excel to read UTF-8)"), this);
    rowPerParty_ = new QCheckBox(tr("One row per writer and publisher"), this);

    path_ = new QLineEdit(this);
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Profile"), profile_);
    form->addRow(tr("&Durations"), format_);
    form->addRow(tr("&Rounding"), rounding_);
    form->addRow(QString(), bom_);
    form->addRow(QString(), rowPerParty_);
    form->addRow(tr("&File"), pathRow);

    preview_ = new QPlainTextEdit(this);
    preview_->setReadOnly(true);
    preview_->setLineWrapMode(QPlainTextEdit::NoWrap);
    preview_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    preview_->setMinimumSize(560, fontMetrics().height() * (kPreviewVisibleLines + 1));
    summary_ = new QLabel(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview"), this));
    layout->addWidget(preview_, 1);
    layout->addWidget(summary_);
    layout->addWidget(buttons);

    for (QComboBox* c : {profile_, format_, rounding_})
        connect(c, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    for (QCheckBox* c : {bom_, rowPerParty_})
        connect(c, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    updatePreview();
}

CsvExportOptions ExportDialog::options() const {
    CsvExportOptions o;
    o.profile = static_cast<CsvProfile>(profile_->currentData().toInt());
    o.durations.format = static_cast<DurationFormat>(format_->currentData().toInt());
    o.durations.rounding = static_cast<Rounding>(rounding_->currentData().toInt());
    o.byteOrderMark = bom_->isChecked();
    o.rowPerParty = rowPerParty_->isChecked();
    return o;
}

void ExportDialog::setOptions(const CsvExportOptions& o) {
    auto select = [](QComboBox* combo, int value) {
        const int i = combo->findData(value);
        if (i >= 0)
            combo->setCurrentIndex(i);
    };
    select(profile_, static_cast<int>(o.profile));
    select(format_, static_cast<int>(o.durations.format));
    select(rounding_, static_cast<int>(o.durations.rounding));
    bom_->setChecked(o.byteOrderMark);
    rowPerParty_->setChecked(o.rowPerParty);
    updatePreview();
}

QString ExportDialog::filePath() const {
    return path_->text().trimmed();
}

void ExportDialog::setFilePath(const QString& path) {
    path_->setText(path);
}

QString ExportDialog::previewText() const {
    return preview_->toPlainText();
}

void ExportDialog::updatePreview() {
    const QByteArray csv = exportCsv(data_, options());
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split('\n');
    QStringList shown = lines.mid(0, kPreviewLines);
    if (lines.size() > kPreviewLines)
        shown << tr("… %1 more lines").arg(lines.size() - kPreviewLines);
    preview_->setPlainText(shown.join('\n'));
    summary_->setText(tr("%1 cues, %2 bytes").arg(data_.cues.size()).arg(csv.size()));
}

void ExportDialog::browse() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Cue Sheet"), filePath(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        path_->setText(path.endsWith(".csv", Qt::CaseInsensitive) ? path : path + ".csv");
}

bool ExportDialog::writeFile(QString* error) const {
    const QString path = filePath();
    if (path.isEmpty()) {
        *error = tr("Choose a file to export to.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    file.write(exportCsv(data_, options()));
    if (!file.commit()) {
        *error = tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ExportDialog::accept() {
    QString error;
    if (!writeFile(&error)) {
        QMessageBox::warning(this, tr("Export Cue Sheet"), error);
        return;
    }
    QDialog::accept();
}

} // namespace cuesheet
