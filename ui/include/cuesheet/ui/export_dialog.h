#pragma once

#include "cuesheet/interchange/csv_export.h"
#include "cuesheet/model/project_data.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cuesheet {

// Export the cue sheet as CSV: the profile (generic, US ASCAP/BMI, CISAC), how durations are
// written and rounded (no society rule says; the default is m:ss rounded up, so no cue is
// ever reported shorter than it is), a byte-order mark for spreadsheet programs that need it,
// and one row per cue or per party. A live preview shows the first lines the file will have.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // `data` is copied: the export writes the state of the moment the dialog opened.
    ExportDialog(const ProjectData& data, QWidget* parent = nullptr);

    CsvExportOptions options() const;
    void setOptions(const CsvExportOptions& options);
    QString filePath() const;
    void setFilePath(const QString& path);
    // The text the preview shows.
    QString previewText() const;

    // Writes the CSV to filePath(); false with *error on failure.
    bool writeFile(QString* error) const;

    void accept() override;

private:
    void updatePreview();
    void browse();

    ProjectData data_;
    QComboBox* profile_ = nullptr;
    QComboBox* format_ = nullptr;
    QComboBox* rounding_ = nullptr;
    QCheckBox* bom_ = nullptr;
    QCheckBox* rowPerParty_ = nullptr;
    QLineEdit* path_ = nullptr;
    QPlainTextEdit* preview_ = nullptr;
    QLabel* summary_ = nullptr;
};

} // namespace cuesheet
