// Export, header and shortcuts dialogs.
#include "window_test_support.h"

#include "cuesheet/ui/export_dialog.h"
#include "cuesheet/ui/project_header_dialog.h"
#include "cuesheet/ui/shortcuts_dialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace cuesheet;
using test::TestProject;

namespace {
// The preview is made on a worker thread: wait for it, then read it.
QString previewOf(ExportDialog& dialog) {
    QElapsedTimer waited;
    waited.start();
    while (!dialog.isPreviewReady()) {
        REQUIRE(waited.elapsed() < 30000);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return dialog.previewText();
}
} // namespace

TEST_CASE("the export dialog writes what the CSV exporter makes with the chosen options") {
    TestProject p;
    p.addCue("Overture", 10, 20);
    ExportDialog dialog(p.project().data(), p.session().file().filesOnDisk());
    CsvExportOptions o;
    o.profile = CsvProfile::Us;
    o.durations.format = DurationFormat::Seconds;
    o.durations.rounding = Rounding::Nearest;
    o.byteOrderMark = true;
    dialog.setOptions(o);
    const CsvExportOptions back = dialog.options();
    CHECK(back.profile == CsvProfile::Us);
    CHECK(back.durations.format == DurationFormat::Seconds);
    CHECK(back.durations.rounding == Rounding::Nearest);
    CHECK(back.byteOrderMark);
    CHECK_FALSE(back.rowPerParty);
    CHECK(previewOf(dialog).contains("Overture"));

    const QString path = p.folder() + "/sheet.csv";
    dialog.setFilePath(path);
    QString error;
    REQUIRE(dialog.writeFile(&error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == exportCsv(p.project().data(), o));
}

namespace {
QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A program's standard output (unzip, pdftotext), which must succeed.
QString run(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

TEST_CASE("the export dialog's format picks the options, the extension and the preview") {
    TestProject p;
    p.addCue("Overture", 10, 20);
    ExportDialog dialog(p.project().data(), p.session().file().filesOnDisk());
    REQUIRE(dialog.findChildren<QCheckBox*>().size() == 3);
    dialog.setFilePath(p.folder() + "/sheet.csv");
    CHECK(dialog.format() == ExportFormat::Csv);

    dialog.setFormat(ExportFormat::Xlsx);
    CHECK(dialog.filePath() == p.folder() + "/sheet.xlsx");
    CHECK(previewOf(dialog).contains("Production"));
    CHECK(previewOf(dialog).contains("1 cue"));
    CHECK_FALSE(previewOf(dialog).contains("Overture")); // no CSV lines
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>())
        CHECK_FALSE(box->isEnabled()); // byte-order mark, row per party, formula guard: CSV only

    dialog.setFormat(ExportFormat::Pdf);
    CHECK(dialog.filePath() == p.folder() + "/sheet.pdf");
    CHECK(previewOf(dialog).contains(", 1 page:"));
    CHECK(previewOf(dialog).contains("1 cue"));
    dialog.setPaperSize(PaperSize::Letter);
    CHECK(dialog.pdfOptions().paper == PaperSize::Letter);
    CHECK(previewOf(dialog).contains("Letter"));

    dialog.setFormat(ExportFormat::Csv);
    CHECK(dialog.filePath() == p.folder() + "/sheet.csv");
    CHECK(previewOf(dialog).contains("Overture"));
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>())
        CHECK(box->isEnabled());
}

TEST_CASE("the export dialog writes an XLSX workbook holding the cues") {
    TestProject p;
    p.addCue("Nocturne in Blue", 10, 20);
    ExportDialog dialog(p.project().data(), p.session().file().filesOnDisk());
    dialog.setFilePath(p.folder() + "/sheet.csv");
    dialog.setFormat(ExportFormat::Xlsx);
    const QString path = dialog.filePath();
    CHECK(path.endsWith(".xlsx"));
    QString error;
    REQUIRE(dialog.writeFile(&error));
    CHECK(readAll(path).startsWith("PK")); // a zip archive
    // libxlsxwriter keeps text cells in the shared string table; the Cues sheet (sheet 2)
    // refers to them.
    CHECK(run("unzip", {"-p", path, "xl/sharedStrings.xml"}).contains("Nocturne in Blue"));
    CHECK(run("unzip", {"-p", path, "xl/worksheets/sheet2.xml"}).contains("<sheetData>"));
    // Nothing but the workbook is left in the folder (no temporary file).
    CHECK(QDir(p.folder()).entryList({"*.part", ".*.part"}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("the export dialog writes a PDF showing the cues") {
    TestProject p;
    p.addCue("Nocturne in Blue", 10, 20);
    ExportDialog dialog(p.project().data(), p.session().file().filesOnDisk());
    dialog.setFormat(ExportFormat::Pdf);
    const QString path = p.folder() + "/sheet.pdf";
    dialog.setFilePath(path);
    QString error;
    REQUIRE(dialog.writeFile(&error));
    CHECK(readAll(path).startsWith("%PDF"));
    CHECK(run("pdftotext", {path, "-"}).contains("Nocturne in Blue"));
}

TEST_CASE("the export dialog's PDF preview counts the pages the file has") {
    TestProject p;
    for (int i = 0; i < 60; ++i) // 60 cue blocks do not fit on one page
        p.addCue(QString("Cue %1").arg(i + 1), 5 * i, 5 * i + 4);
    ExportDialog dialog(p.project().data(), p.session().file().filesOnDisk());
    dialog.setFormat(ExportFormat::Pdf);
    const QString path = p.folder() + "/long.pdf";
    dialog.setFilePath(path);
    QString error;
    REQUIRE(dialog.writeFile(&error));
    const auto match = QRegularExpression("Pages:\\s+(\\d+)").match(run("pdfinfo", {path}));
    REQUIRE(match.hasMatch());
    const int pages = match.captured(1).toInt();
    CHECK(pages > 1);
    CHECK(previewOf(dialog).contains(QString(", %1 pages:").arg(pages)));
    CHECK(previewOf(dialog).contains("(60 cues)"));
}

TEST_CASE("an export to an unwritable place names the path and leaves no file") {
    TestProject p;
    p.addCue("Overture", 10, 20);
    const QString missingFolder = p.folder() + "/no-such-folder";
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf}) {
        ExportDialog dialog(p.project().data(), p.session().file().filesOnDisk());
        dialog.setFormat(format);
        const QString path = missingFolder + "/sheet." +
                             QStringList{"csv", "xlsx", "pdf"}.at(static_cast<int>(format));
        dialog.setFilePath(path);
        INFO(path.toStdString());
        QString error;
        CHECK_FALSE(dialog.writeFile(&error));
        CHECK(error.contains(path));
        CHECK_FALSE(QFileInfo::exists(path));
    }
    CHECK_FALSE(QFileInfo::exists(missingFolder));
    // A "folder" that is a file (unwritable even for root): no file, no temporary file.
    const QString notAFolder = p.folder() + "/plain-file";
    {
        QFile plain(notAFolder);
        REQUIRE(plain.open(QIODevice::WriteOnly));
    }
    const auto entries = [&] {
        return QDir(p.folder()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    };
    const QStringList before = entries();
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf}) {
        ExportDialog dialog(p.project().data(), p.session().file().filesOnDisk());
        dialog.setFilePath(notAFolder + "/sheet.csv");
        dialog.setFormat(format);
        INFO(dialog.filePath().toStdString());
        QString error;
        CHECK_FALSE(dialog.writeFile(&error));
        CHECK(error.contains(dialog.filePath()));
        CHECK(readAll(notAFolder).isEmpty());
        CHECK(entries() == before);
    }
}

TEST_CASE("the export dialog prepares its preview and writes its file off the GUI thread") {
    TestProject p;
    for (int i = 0; i < 60; ++i)
        p.addCue(QString("Cue %1").arg(i + 1), 5 * i, 5 * i + 4);
    ExportDialog dialog(p.project().data(), p.session().file().filesOnDisk());
    dialog.setFormat(ExportFormat::Pdf);
    // setFormat returned before the PDF preview was made.
    CHECK_FALSE(dialog.isPreviewReady());
    CHECK(previewOf(dialog).contains("(60 cues)"));

    const QString path = p.folder() + "/sheet.pdf";
    dialog.setFilePath(path);
    QSignalSpy finished(&dialog, &ExportDialog::writeFinished);
    dialog.accept();
    CHECK(dialog.isWriting());
    CHECK(dialog.result() != QDialog::Accepted); // not before the file is there
    REQUIRE(finished.wait(30000));
    CHECK(finished.first().first().toString().isEmpty());
    CHECK_FALSE(dialog.isWriting());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(run("pdftotext", {path, "-"}).contains("Cue 60"));
}

TEST_CASE("a failed background export says why and keeps the dialog open") {
    TestProject p;
    p.addCue("Overture", 10, 20);
    ExportDialog dialog(p.project().data(), p.session().file().filesOnDisk());
    dialog.show();
    const QString path = p.folder() + "/no-such-folder/sheet.csv";
    dialog.setFilePath(path);
    QSignalSpy finished(&dialog, &ExportDialog::writeFinished);
    dialog.accept();
    REQUIRE(finished.wait(30000));
    CHECK(finished.first().first().toString().contains(path));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    QMessageBox* box = dialog.findChild<QMessageBox*>();
    REQUIRE(box);
    CHECK(box->text().contains(path));
    box->close();
    // The options can be changed again, and the next try succeeds.
    CHECK(dialog.findChild<QLineEdit*>()->isEnabled());
    dialog.setFilePath(p.folder() + "/sheet.csv");
    dialog.accept();
    REQUIRE(finished.wait(30000));
    CHECK(finished.last().first().toString().isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(readAll(p.folder() + "/sheet.csv").contains("Overture"));
}

TEST_CASE("the header dialog applies fields through the model's rules") {
    TestProject p;
    ProjectHeaderDialog dialog(p.project().header());
    auto* title = qobject_cast<QLineEdit*>(dialog.editorFor("title"));
    auto* start = qobject_cast<QLineEdit*>(dialog.editorFor("start"));
    REQUIRE(title);
    REQUIRE(start);
    title->setText("Night Train");
    start->setText("01:00:00:00");
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.changedKeys() == QStringList{"title", "start"});
    CHECK(dialog.header().productionTitle == "Night Train");
    CHECK(dialog.header().startFrame == 3600 * 25);

    ProjectHeaderDialog bad(p.project().header());
    qobject_cast<QLineEdit*>(bad.editorFor("year"))->setText("nineteen");
    bad.accept();
    CHECK(bad.result() != QDialog::Accepted);
    CHECK(bad.header() == p.project().header());
}

TEST_CASE("the shortcuts dialog lists actions with their keys") {
    QAction undo("&Undo", nullptr);
    undo.setShortcut(QKeySequence::Undo);
    QAction none("No key", nullptr);
    const auto entries = shortcutEntriesFor("Edit", {&undo, &none});
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().description == "Undo");
    CHECK(entries.front().keys ==
          QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    // An action whose text follows the command (Undo) is listed by its fixed name.
    QAction named("&Undo Add cue \"Main Title\"", nullptr);
    named.setIconText("Undo");
    named.setShortcut(QKeySequence::Undo);
    CHECK(shortcutEntriesFor("Edit", {&named}).front().description == "Undo");
    ShortcutsDialog dialog(entries + QList<ShortcutEntry>{{"Timeline", "I / O", "Marks"}});
    CHECK(dialog.tree()->topLevelItemCount() == 2);
}

TEST_CASE("the export dialog refuses to write over the open project and says so") {
    TestProject p;
    p.addCue("Overture", 10, 20);
    const QByteArray before = readAll(p.path());
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf}) {
        ExportDialog dialog(p.project().data(), p.session().file().filesOnDisk());
        dialog.setFormat(format);
        // Typed by hand: setFilePath keeps the name as given.
        dialog.setFilePath(p.path());
        QSignalSpy finished(&dialog, &ExportDialog::writeFinished);
        dialog.accept();
        REQUIRE(finished.wait(30000));
        const QString error = finished.first().first().toString();
        INFO(error.toStdString());
        CHECK(error.contains(p.path() + ": is the open project"));
        CHECK(dialog.result() != QDialog::Accepted);
    }
    CHECK(readAll(p.path()) == before);
    CHECK(p.project().requestSetTitle(p.project().data().cues.begin()->first, "Still editable"));
}
