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
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cuesheet {

namespace {
// The preview holds the first lines (the US and CISAC profiles open with a 15-line header
// block, so the first cue rows must fit too) in a box a scroll bar shows part of.
constexpr int kPreviewLines = 60;
constexpr int kPreviewVisibleLines = 14;

QString extensionOf(ExportFormat format) {
    switch (format) {
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        break;
    }
    return QStringLiteral("csv");
}

// `path` with the format's extension in place of any export extension it had.
QString withExtension(const QString& path, ExportFormat format) {
    if (path.isEmpty())
        return path;
    QString base = path;
    for (ExportFormat f : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf}) {
        const QString suffix = '.' + extensionOf(f);
        if (base.endsWith(suffix, Qt::CaseInsensitive)) {
            base.chop(suffix.size());
            break;
        }
    }
    return base + '.' + extensionOf(format);
}

// Qt's PDF writer gives each page one object of "/Type /Page" (the page tree is "/Pages").
int pdfPageCount(const QByteArray& pdf) {
    static const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page(?!s)"));
    int pages = 0;
    for (auto it = pageObject.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}

QString cueCount(int cues) {
    return cues == 1 ? QObject::tr("1 cue") : QObject::tr("%1 cues").arg(cues);
}

QString pageCount(int pages) {
    return pages == 1 ? QObject::tr("1 page") : QObject::tr("%1 pages").arg(pages);
}

// Everything a preview or a write needs, copied, so a worker thread can use it while the
// dialog changes.
struct ExportJob {
    std::shared_ptr<const ProjectData> data;
    CueSheetExport options;
    QStringList protectedFiles;
};

ExportDialog::Written writeExport(const ExportJob& job, const QString& path) {
    if (path.isEmpty())
        return {QObject::tr("Choose a file to export to."), false};
    ExportDialog::Written outcome;
    const auto written =
        writeCueSheet(*job.data, job.options, {path, job.protectedFiles}, &outcome.error);
    outcome.replaced = written == OutputWritten::Replaced;
    return outcome;
}

ExportDialog::Preview buildPreview(const ExportJob& job, const QString& paperName) {
    const auto cues = static_cast<int>(job.data->cues.size());
    switch (job.options.format) {
    case ExportFormat::Xlsx:
        return {QObject::tr("Excel workbook with three sheets:\n"
                            "  Production – the header block\n"
                            "  Cues – %1 with the profile's columns, Duration Seconds and a "
                            "totals row\n"
                            "  Parties – one row per writer or publisher of each work used")
                    .arg(cueCount(cues)),
                QObject::tr("3 sheets, %1").arg(cueCount(cues))};
    case ExportFormat::Pdf: {
        const QByteArray pdf = exportPdf(*job.data, job.options.pdf);
        const int pages = pdfPageCount(pdf);
        return {
            QObject::tr("PDF cue sheet on %1 paper, %2:\n"
                        "  the header block and a key to the usage codes on the first page\n"
                        "  one block per cue (%3) with its writers and publishers\n"
                        "  the total music duration at the end")
                .arg(paperName)
                .arg(pageCount(pages), cueCount(cues)),
            QObject::tr("%1, %2, %3 bytes").arg(pageCount(pages), cueCount(cues)).arg(pdf.size())};
    }
    case ExportFormat::Csv:
        break;
    }
    const QByteArray csv = exportCsv(*job.data, job.options.csv);
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split('\n');
    QStringList shown = lines.mid(0, kPreviewLines);
    if (lines.size() > kPreviewLines)
        shown << QObject::tr("… %1 more lines").arg(lines.size() - kPreviewLines);
    return {shown.join('\n'), QObject::tr("%1, %2 bytes").arg(cueCount(cues)).arg(csv.size())};
}

} // namespace

ExportDialog::ExportDialog(const ProjectData& data, const QStringList& protectedFiles,
                           QWidget* parent)
    : QDialog(parent)
    , data_(std::make_shared<const ProjectData>(data))
    , protectedFiles_(protectedFiles) {
    setWindowTitle(tr("Export Cue Sheet"));

    fileFormat_ = new QComboBox(this);
    fileFormat_->addItem(tr("CSV (.csv)"), static_cast<int>(ExportFormat::Csv));
    fileFormat_->addItem(tr("Excel workbook (.xlsx)"), static_cast<int>(ExportFormat::Xlsx));
    fileFormat_->addItem(tr("PDF (.pdf)"), static_cast<int>(ExportFormat::Pdf));
    profile_ = new QComboBox(this);
    for (CsvProfile p : {CsvProfile::Generic, CsvProfile::Us, CsvProfile::Cisac})
        profile_->addItem(QString(), static_cast<int>(p)); // texts follow the format
    durationFormat_ = new QComboBox(this);
    durationFormat_->addItem(tr("Minutes and seconds (1:35)"),
                             static_cast<int>(DurationFormat::MinutesSeconds));
    durationFormat_->addItem(tr("Seconds (95)"), static_cast<int>(DurationFormat::Seconds));
    durationFormat_->addItem(tr("Timecode (00:01:35:12)"),
                             static_cast<int>(DurationFormat::Timecode));
    rounding_ = new QComboBox(this);
    rounding_->addItem(tr("Up (never report a cue shorter than it is)"),
                       static_cast<int>(Rounding::Up));
    rounding_->addItem(tr("Nearest"), static_cast<int>(Rounding::Nearest));
    bom_ = new QCheckBox(tr("Byte-order mark (for Excel to read UTF-8)"), this);
    rowPerParty_ = new QCheckBox(tr("One row per writer and publisher"), this);
    guardFormulas_ = new QCheckBox(tr("Keep spreadsheets from running cells as formulas "
                                      "(a leading ' before = + - @)"),
                                   this);
    guardFormulas_->setChecked(true);
    paper_ = new QComboBox(this);
    paper_->addItem(tr("A4"), static_cast<int>(PaperSize::A4));
    paper_->addItem(tr("Letter"), static_cast<int>(PaperSize::Letter));

    path_ = new QLineEdit(this);
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("F&ormat"), fileFormat_);
    form->addRow(tr("&Profile"), profile_);
    form->addRow(tr("&Durations"), durationFormat_);
    form->addRow(tr("&Rounding"), rounding_);
    form->addRow(QString(), bom_);
    form->addRow(QString(), rowPerParty_);
    form->addRow(QString(), guardFormulas_);
    form->addRow(tr("P&aper"), paper_);
    // A row given a layout gets a label without a buddy, which would print the '&'.
    auto* pathLabel = new QLabel(tr("&File"), this);
    pathLabel->setBuddy(path_);
    form->addRow(pathLabel, pathRow);

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

    connect(fileFormat_, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    for (QComboBox* c : {profile_, durationFormat_, rounding_, paper_})
        connect(c, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    for (QCheckBox* c : {bom_, rowPerParty_, guardFormulas_})
        connect(c, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    formatChanged();
}

CsvExportOptions ExportDialog::options() const {
    CsvExportOptions o;
    o.profile = static_cast<CsvProfile>(profile_->currentData().toInt());
    o.durations.format = static_cast<DurationFormat>(durationFormat_->currentData().toInt());
    o.durations.rounding = static_cast<Rounding>(rounding_->currentData().toInt());
    o.byteOrderMark = bom_->isChecked();
    o.rowPerParty = rowPerParty_->isChecked();
    o.guardFormulas = guardFormulas_->isChecked();
    return o;
}

namespace {
void selectData(QComboBox* combo, int value) {
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}
} // namespace

void ExportDialog::setOptions(const CsvExportOptions& o) {
    selectData(profile_, static_cast<int>(o.profile));
    selectData(durationFormat_, static_cast<int>(o.durations.format));
    selectData(rounding_, static_cast<int>(o.durations.rounding));
    bom_->setChecked(o.byteOrderMark);
    rowPerParty_->setChecked(o.rowPerParty);
    guardFormulas_->setChecked(o.guardFormulas);
    updatePreview();
}

ExportFormat ExportDialog::format() const {
    return static_cast<ExportFormat>(fileFormat_->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format) {
    selectData(fileFormat_, static_cast<int>(format));
}

PaperSize ExportDialog::paperSize() const {
    return static_cast<PaperSize>(paper_->currentData().toInt());
}

void ExportDialog::setPaperSize(PaperSize paper) {
    selectData(paper_, static_cast<int>(paper));
}

XlsxExportOptions ExportDialog::xlsxOptions() const {
    const CsvExportOptions csv = options();
    return {csv.profile, csv.durations};
}

PdfExportOptions ExportDialog::pdfOptions() const {
    const CsvExportOptions csv = options();
    return {paperSize(), csv.profile, csv.durations};
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

void ExportDialog::formatChanged() {
    const ExportFormat f = format();
    // For PDF the profile picks the usage vocabulary printed; for CSV and XLSX the columns.
    const bool pdf = f == ExportFormat::Pdf;
    profile_->setItemText(0, pdf ? tr("Generic – both vocabularies (BI / Background)")
                                 : tr("Generic – every field (re-importable)"));
    profile_->setItemText(1, pdf ? tr("US – ASCAP / BMI usage codes (BI, BV, VI, VV, MT, ET)")
                                 : tr("US – ASCAP / BMI (BI, BV, VI, VV, MT, ET)"));
    profile_->setItemText(2, pdf ? tr("CISAC – PRS / APRA usage (Background, Featured, Theme)")
                                 : tr("CISAC – PRS / APRA (Background, Featured, Theme)"));
    enableFormatOptions();
    path_->setText(withExtension(filePath(), f));
    updatePreview();
}

void ExportDialog::enableFormatOptions() {
    const ExportFormat f = format();
    bom_->setEnabled(f == ExportFormat::Csv);
    rowPerParty_->setEnabled(f == ExportFormat::Csv);
    guardFormulas_->setEnabled(f == ExportFormat::Csv);
    paper_->setEnabled(f == ExportFormat::Pdf);
}

void ExportDialog::updatePreview() {
    previewReady_ = false;
    summary_->setText(tr("Preparing the preview…"));
    const ExportJob job = ExportJob{data_, cueSheetExport(), protectedFiles_};
    const QString paper = paper_->currentText();
    previewJob_.start([job, paper] { return buildPreview(job, paper); },
                      [this](const Preview& preview) { showPreview(preview); });
}

void ExportDialog::showPreview(const Preview& preview) {
    preview_->setPlainText(preview.text);
    previewSummary_ = preview.summary;
    summary_->setText(preview.summary);
    previewReady_ = true;
    emit previewReady();
}

void ExportDialog::browse() {
    const ExportFormat f = format();
    const QString filter = f == ExportFormat::Xlsx  ? tr("Excel workbooks (*.xlsx)")
                           : f == ExportFormat::Pdf ? tr("PDF files (*.pdf)")
                                                    : tr("CSV files (*.csv)");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Cue Sheet"), filePath(), filter);
    if (!path.isEmpty())
        path_->setText(withExtension(path, f));
}

CueSheetExport ExportDialog::cueSheetExport() const {
    return {format(), options(), xlsxOptions(), pdfOptions()};
}

bool ExportDialog::writeFile(QString* error) const {
    const Written outcome =
        writeExport(ExportJob{data_, cueSheetExport(), protectedFiles_}, filePath());
    if (error)
        *error = outcome.error;
    return outcome.error.isEmpty();
}

void ExportDialog::setEditable(bool editable) {
    for (QWidget* child : findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        if (child != preview_ && child != summary_)
            child->setEnabled(editable);
    if (editable) {
        enableFormatOptions();
        summary_->setText(previewSummary_); // the preview is still that of these options
    }
}

void ExportDialog::accept() {
    if (writing_)
        return;
    writing_ = true;
    const QString path = filePath();
    summary_->setText(tr("Writing %1…").arg(path));
    setEditable(false);
    const ExportJob job = ExportJob{data_, cueSheetExport(), protectedFiles_};
    writeJob_.start([job, path] { return writeExport(job, path); },
                    [this](const Written& outcome) {
                        writing_ = false;
                        replacedFile_ = outcome.replaced;
                        const QString& error = outcome.error;
                        emit writeFinished(error);
                        if (error.isEmpty()) {
                            QDialog::accept();
                            return;
                        }
                        setEditable(true);
                        // Window-modal and not waited for: the dialog stays open to choose another
                        // place.
                        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export Cue Sheet"),
                                                    error, QMessageBox::Ok, this);
                        box->setAttribute(Qt::WA_DeleteOnClose);
                        box->open();
                    });
}

} // namespace cuesheet
