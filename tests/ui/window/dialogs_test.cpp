// Export, header and shortcuts dialogs.
#include "window_test_support.h"

#include "cuesheet/ui/export_dialog.h"
#include "cuesheet/ui/project_header_dialog.h"
#include "cuesheet/ui/shortcuts_dialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace cuesheet;
using test::TestProject;

TEST_CASE("the export dialog writes what the CSV exporter makes with the chosen options") {
    TestProject p;
    p.addCue("Overture", 10, 20);
    ExportDialog dialog(p.project().data());
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
    CHECK(dialog.previewText().contains("Overture"));

    const QString path = p.folder() + "/sheet.csv";
    dialog.setFilePath(path);
    QString error;
    REQUIRE(dialog.writeFile(&error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == exportCsv(p.project().data(), o));
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
    ShortcutsDialog dialog(entries + QList<ShortcutEntry>{{"Timeline", "I / O", "Marks"}});
    CHECK(dialog.tree()->topLevelItemCount() == 2);
}
