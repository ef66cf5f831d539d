// XLSX export opened by LibreOffice (converted back to CSV, every sheet) and compared cell by
// cell; the sheet XML read with unzip for the frozen header row and the column widths.
#include "rich_project.h"

#include "cuesheet/interchange/csv_export.h"
#include "cuesheet/interchange/csv_reader.h"
#include "cuesheet/interchange/xlsx_export.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

using namespace cuesheet;

namespace {

using Table = std::vector<QStringList>;

Table readCsvFile(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const auto text = decodeCsvText(f.readAll());
    REQUIRE(text.ok());
    CsvReader reader(text.value().text);
    Table rows;
    CsvRecord record;
    while (reader.next(record))
        rows.push_back(record.fields);
    REQUIRE_FALSE(reader.failed());
    return rows;
}

// The sheets of `xlsx` as LibreOffice reads them: sheet name -> rows of cell text as shown.
std::map<QString, Table> openInLibreOffice(const QTemporaryDir& dir, const QString& xlsx) {
    // A private profile: works as root, and beside other LibreOffice runs.
    const QString profile = QUrl::fromLocalFile(dir.filePath("lo-profile")).toString();
    const QString out = dir.filePath("lo-out");
    QProcess process;
    process.start("libreoffice",
                  {"--headless", "-env:UserInstallation=" + profile, "--convert-to",
                   // separator 44 (,), quote 34 ("), UTF-8 (76), cells as shown, every sheet
                   // (-1) into FILE-SHEET.csv
                   "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                   "--outdir", out, xlsx});
    REQUIRE(process.waitForFinished(300000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    std::map<QString, Table> sheets;
    const QString base = QFileInfo(xlsx).completeBaseName();
    for (const QString& name : QDir(out).entryList({"*.csv"})) {
        const QString sheet = name.mid(base.size() + 1).chopped(4);
        sheets[sheet] = readCsvFile(QDir(out).filePath(name));
    }
    return sheets;
}

QString sheetXml(const QString& xlsx, int sheet) {
    QProcess process;
    process.start("unzip", {"-p", xlsx, QString("xl/worksheets/sheet%1.xml").arg(sheet)});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The cue table of a CSV export (after the header block and its empty row).
Table csvCueTable(const QByteArray& csv) {
    CsvReader reader(QString::fromUtf8(csv));
    Table rows;
    CsvRecord record;
    bool inTable = false;
    while (reader.next(record)) {
        if (record.fields.value(0) == "Seq")
            inTable = true;
        if (inTable)
            rows.push_back(record.fields);
    }
    return rows;
}

} // namespace

TEST_CASE("xlsx: LibreOffice reads the production, cue and parties sheets") {
    QTemporaryDir dir;
    const ProjectData data = richProject();
    const QString xlsx = dir.filePath("rich.xlsx");
    QString error;
    REQUIRE(exportXlsx(data, {}, xlsx, &error));
    CHECK(error.isEmpty());
    const auto sheets = openInLibreOffice(dir, xlsx);
    REQUIRE(sheets.size() == 3);

    // Production: the header block, by hand from richProject().
    const Table expectedProduction{
        {"Field", "Value"},
        {"Production Title", "The Long Film, Part \"One\""},
        {"Episode Title", "Pilot: Arrival"},
        {"Episode Number", "104"},
        {"Production Company", "Acme Pictures Ltd."},
        {"Production Number", "PN-77"},
        {"Country of Origin", "GB"},
        {"Year", "2024"},
        {"Director", "Ada Director"},
        {"First Release Date", "2025-03-01"},
        {"Frame Rate", "30000/1001 drop-frame"},
        {"Start Timecode", "01:00:00;00"},
        {"Total Running Time", "90:00"},  // 161838 frames = 5399.99 s, rounded up
        {"Total Music Duration", "4:36"}, // 8268 frames = 275.87 s, rounded up
        {"Number of Cues", "4"}};
    CHECK(sheets.at("Production") == expectedProduction);

    // Cues: the CSV export's table (same profile, same columns) plus Duration Seconds, then a
    // totals row after an empty one.
    const Table cues = sheets.at("Cues");
    const Table csv = csvCueTable(exportCsv(data, {}));
    REQUIRE(cues.size() == csv.size() + 2);
    CHECK(cues[0] == QStringList(csv[0]) << "Duration Seconds");
    // Durations in frames at 30000/1001: 1800, 4511, 1797, 160.
    const QStringList seconds{"60.060", "150.517", "59.960", "5.339"};
    for (std::size_t row = 1; row < csv.size(); ++row) {
        INFO("row " << row);
        QStringList expected = csv[row];
        // A spreadsheet cell keeps a line end as LF.
        expected.replaceInStrings("\r\n", "\n");
        CHECK(cues[row] == expected << seconds[row - 1]);
    }
    CHECK(cues[1][1] == "Main Theme");
    CHECK(cues[2][22] == "line one\nline two, \"quoted\"\nthird; and: more");
    CHECK(cues[5].join("").isEmpty());
    const QStringList total = cues[6];
    CHECK(total[1] == "Total music (4 cues)");
    CHECK(total[4] == "4:36");
    CHECK(total.last() == "275.876"); // the sum of the rows as shown, to the millisecond

    // Parties: one row per party of each work, in order of first use, with its cue numbers.
    const Table expectedParties{
        {"Title", "ISWC", "Side", "Name", "Role", "Society", "IPI", "Share", "Cues"},
        {"Main Theme", "T0345246801", "Writer", "Jane Roe", "C", "PRS", "00052210040", "33.33",
         "1, 3"},
        {"Main Theme", "T0345246801", "Writer", "O'Brien: The Elder", "CA", "IMRO", "", "33.33",
         "1, 3"},
        {"Main Theme", "T0345246801", "Writer", "Zoë Ångström", "AR", "STIM", "", "33.34", "1, 3"},
        {"Main Theme", "T0345246801", "Publisher", "Roe Music", "E", "PRS", "00014107338", "50",
         "1, 3"},
        {"Main Theme", "T0345246801", "Publisher", "Sub Pub GmbH", "SE", "GEMA", "", "25", "1, 3"},
        {"Main Theme", "T0345246801", "Publisher", "Admin Co", "AM", "ASCAP", "", "25", "1, 3"},
        {"Song, \"with\" comma", "", "Writer", "Smith, John", "A", "BMI", "", "100", "2"},
        {"Library Sting", "", "", "", "", "", "", "", "4"}};
    CHECK(sheets.at("Parties") == expectedParties);

    // The cue table's header row and Seq/Title columns are frozen; every column has a width.
    const QString cueXml = sheetXml(xlsx, 2);
    CHECK(cueXml.contains(QRegularExpression(
        R"re(<pane xSplit="2" ySplit="1" topLeftCell="C2"[^>]*state="frozen")re")));
    const auto widths =
        QRegularExpression(R"re(<col min="(\d+)" max="\d+" width=")re").globalMatch(cueXml);
    int columns = 0;
    for (auto it = widths; it.hasNext(); it.next())
        ++columns;
    CHECK(columns == csv[0].size() + 1);
}

TEST_CASE("xlsx: the us profile with durations in seconds") {
    QTemporaryDir dir;
    const QString xlsx = dir.filePath("us.xlsx");
    XlsxExportOptions options;
    options.profile = CsvProfile::Us;
    options.durations = {DurationFormat::Seconds, Rounding::Nearest};
    QString error;
    REQUIRE(exportXlsx(richProject(), options, xlsx, &error));
    const Table cues = openInLibreOffice(dir, xlsx).at("Cues");
    REQUIRE(cues.size() == 7);
    CHECK(cues[0] == QStringList{"Seq", "Title", "Writers", "Publishers", "Usage", "Duration", "In",
                                 "Out", "Duration Seconds"});
    CHECK(cues[2] == QStringList{"2", "Song, \"with\" comma", "Smith, John (BMI) 100%", "", "VI",
                                 "151", "01:10:00;00", "01:12:30;15", "150.517"});
    CHECK(cues[3][4] == "EE");
    CHECK(cues[6][5] == "276"); // 275.87 s to the nearest second
}
