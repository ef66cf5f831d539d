// XLSX export failures: the error names the file, and what was there stays.
#include "rich_project.h"

#include "cuesheet/workflow/cue_sheet_export.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace cuesheet;

namespace {
// The workbook as the CLI and the Export dialog write it.
bool writeWorkbook(const ProjectData& data, const QString& path, QString* error) {
    CueSheetExport job;
    job.format = ExportFormat::Xlsx;
    return writeCueSheet(data, job, {path, {}}, error).has_value();
}
} // namespace

TEST_CASE("xlsx: writes a zip; a failure names the file and leaves the old one") {
    QTemporaryDir dir;
    const QString path = dir.filePath("sheet.xlsx");
    QString error;
    REQUIRE(writeWorkbook(richProject(), path, &error));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.read(4) == QByteArray("PK\x03\x04"));
        // Not a private file: the usual permissions of a new file.
        CHECK((f.permissions() & QFileDevice::ReadOther));
    }
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("previous");
    }

    // A cell holds at most 32 767 characters.
    ProjectData tooLong = richProject();
    tooLong.cues.at(2).notes = QString(40000, 'n');
    CHECK_FALSE(writeWorkbook(tooLong, path, &error));
    CHECK(error.startsWith(path + ": "));
    CHECK(error.contains("32767"));
    CHECK(error.contains("Cues cell W3"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "previous");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{"sheet.xlsx"});

    const QString nowhere = dir.filePath("no/such/dir/sheet.xlsx");
    CHECK_FALSE(writeWorkbook(richProject(), nowhere, &error));
    CHECK(error.startsWith(nowhere + ": cannot write"));
}
