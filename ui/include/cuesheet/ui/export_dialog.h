#pragma once

#include "cuesheet/model/project_data.h"
#include "cuesheet/ui/background_job.h"
#include "cuesheet/workflow/cue_sheet_export.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cuesheet {

// Export the cue sheet as CSV, an Excel workbook or a PDF, through the same exporters as
// `cuesheet export --format`: the profile (generic, US ASCAP/BMI, CISAC; for PDF the usage
// vocabulary), how durations are written and rounded (no society rule says; the default is
// m:ss rounded up, so no cue is ever reported shorter than it is), for CSV a byte-order mark
// and one row per cue or per party, for PDF the paper size. Options a format does not use
// are disabled. The preview shows the first CSV lines, or what the workbook or PDF holds.
//
// The preview and the file are made on a worker thread (a PDF of 5 000 cues takes over a
// second): the dialog stays responsive, says "Preparing…" / "Writing…", and Export closes it
// once the file is written.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // `data` is copied: the export writes the state of the moment the dialog opened. No
    // export is ever written over `protectedFiles` (the open project's files on disk,
    // ProjectFile::filesOnDisk()) or anything but a regular file (writeCueSheet).
    ExportDialog(const ProjectData& data, const QStringList& protectedFiles,
                 QWidget* parent = nullptr);

    // The CSV options; profile and durations also apply to XLSX and PDF.
    CsvExportOptions options() const;
    void setOptions(const CsvExportOptions& options);
    ExportFormat format() const;
    // Also gives the file path the format's extension.
    void setFormat(ExportFormat format);
    PaperSize paperSize() const;
    void setPaperSize(PaperSize paper);
    XlsxExportOptions xlsxOptions() const;
    PdfExportOptions pdfOptions() const;
    // The whole export as chosen (format and every format's options).
    CueSheetExport cueSheetExport() const;
    QString filePath() const;
    void setFilePath(const QString& path);
    // The text the preview shows, once isPreviewReady() (previewReady() says when).
    QString previewText() const;
    bool isPreviewReady() const { return previewReady_; }
    // True from Export until the file is written (or the write failed).
    bool isWriting() const { return writing_; }
    // After a successful Export: whether it replaced a file that was there.
    bool replacedFile() const { return replacedFile_; }

    // Writes the chosen format to filePath() through writeCueSheet (a temporary file beside
    // it, renamed over it, so a failure never leaves half a file; never over the project),
    // on the calling thread; false with *error naming the file on failure.
    bool writeFile(QString* error) const;

    // Writes the file on a worker thread, then closes the dialog (accepted), or shows why not
    // and stays open.
    void accept() override;

    // What the worker threads hand back: a preview, and the outcome of a write.
    struct Preview {
        QString text;
        QString summary;
    };
    struct Written {
        QString error; // empty when written
        bool replaced = false;
    };

signals:
    void previewReady();
    // The background write of accept() is done: `error` is empty on success.
    void writeFinished(const QString& error);

private:
    void updatePreview();
    void showPreview(const Preview& preview);
    void formatChanged();
    // Options a format does not use are disabled.
    void enableFormatOptions();
    void browse();
    void setEditable(bool editable);

    // Shared with the worker threads: the state of the moment the dialog opened.
    std::shared_ptr<const ProjectData> data_;
    QStringList protectedFiles_;
    bool replacedFile_ = false;
    BackgroundJob<Preview> previewJob_{this}; // a newer preview supersedes an older one
    BackgroundJob<Written> writeJob_{this};
    bool previewReady_ = false;
    QString previewSummary_; // shown again after a failed write
    bool writing_ = false;
    QComboBox* profile_ = nullptr;
    QComboBox* fileFormat_ = nullptr;
    QComboBox* durationFormat_ = nullptr;
    QComboBox* rounding_ = nullptr;
    QComboBox* paper_ = nullptr;
    QCheckBox* bom_ = nullptr;
    QCheckBox* guardFormulas_ = nullptr;
    QCheckBox* rowPerParty_ = nullptr;
    QLineEdit* path_ = nullptr;
    QPlainTextEdit* preview_ = nullptr;
    QLabel* summary_ = nullptr;
};

} // namespace cuesheet
