// PDF export, read back with poppler's pdftotext and pdfinfo.
#include "rich_project.h"

#include "cuesheet/interchange/pdf_export.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace cuesheet;

namespace {

struct PdfFile {
    QTemporaryDir dir;
    QString path;
};

QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString writePdf(const QTemporaryDir& dir, const QByteArray& bytes) {
    const QString path = dir.filePath("sheet.pdf");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

int pageCount(const QString& pdf) {
    const auto match = QRegularExpression("Pages:\\s+(\\d+)").match(run("pdfinfo", {pdf}));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QString pageText(const QString& pdf, int page) {
    return run("pdftotext",
               {"-f", QString::number(page), "-l", QString::number(page), "-layout", pdf, "-"});
}

// `n` cues, each its own work with two writers and a publisher, one minute apart.
ProjectData manyCues(int n) {
    ProjectData d;
    d.header.productionTitle = "Many Cues";
    d.header.timecode = {FrameRate(25, 1), false};
    for (int i = 1; i <= n; ++i) {
        const QString k = QString("%1").arg(i, 3, 10, QChar('0'));
        Work w{i,
               "Cue Title " + k,
               "",
               {{"Writer " + k + " A", PartyRole::Composer, "PRS", "", Share::fromHundredths(5000)},
                {"Writer " + k + " B", PartyRole::Author, "PRS", "", Share::fromHundredths(5000)}},
               {{"Publisher " + k, PartyRole::Publisher, "PRS", "", Share::whole()}}};
        Cue c;
        c.id = i;
        c.workId = i;
        c.in = Time::fromWholeSeconds(60 * i);
        c.out = Time::fromWholeSeconds(60 * i + 30);
        d.works.emplace(i, w);
        d.cues.emplace(i, c);
    }
    return d;
}

} // namespace

TEST_CASE("pdf: header block, every cue with its parties, totals, page numbers") {
    QTemporaryDir dir;
    const ProjectData data = richProject();
    const QString pdf = writePdf(dir, exportPdf(data, {}));
    const QString text = run("pdftotext", {pdf, "-"});
    INFO(text.toStdString());
    for (const char* expected :
         {"MUSIC CUE SHEET", "The Long Film, Part \"One\"", "Pilot: Arrival", "104",
          "Acme Pictures Ltd.", "PN-77", "GB", "2024", "Ada Director", "2025-03-01",
          // the running time 01:30:00;00 is 5399.99 s, rounded up (the default) to 90:00
          "90:00",
          // cues in sequence order with drop-frame timecodes and US usage codes
          "Main Theme", "Song, \"with\" comma", "Library Sting", "01:00:00;00", "01:01:00;02",
          "01:12:30;15", "MT", "VI", "EE", "L", "Jane Roe", "O'Brien: The Elder", "Zoë Ångström",
          "00052210040", "33.33 %", "33.34 %", "Roe Music", "Sub Pub GmbH", "Admin Co", "SE", "AM",
          "Smith, John", "ISWC T0345246801", "ISRC USRC17607839", "Library music: KPM, KPM 1234, 7",
          "Total music duration"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    // Total music: 1800 + 4511 + 1797 + 160 frames at 30000/1001 = 275.87 s, rounded up.
    CHECK(text.contains("4:36"));
    // Each cue's own duration, rounded up to whole seconds: 1800 frames = 60.06 s, 4511 =
    // 150.52 s, 1797 = 59.96 s, 160 = 5.34 s (standing alone, not inside a timecode).
    for (const char* duration : {"1:01", "2:31", "1:00", "0:06"}) {
        INFO("duration " << duration);
        const QRegularExpression alone(QString("(?<![\\d:;])%1(?![\\d:;])").arg(duration));
        CHECK(text.contains(alone));
    }
    // Every page: the production title at the top, "Page N of M" at the bottom.
    const int pages = pageCount(pdf);
    for (int page = 1; page <= pages; ++page) {
        const QString onPage = pageText(pdf, page);
        CHECK(onPage.contains(QString("Page %1 of %2").arg(page).arg(pages)));
        CHECK(onPage.contains("The Long Film, Part \"One\""));
    }
}

TEST_CASE("pdf: usage vocabulary follows the option") {
    QTemporaryDir dir;
    PdfExportOptions cisac;
    cisac.usage = CsvProfile::Cisac;
    const QString text = run("pdftotext", {writePdf(dir, exportPdf(richProject(), cisac)), "-"});
    CHECK(text.contains("Theme"));
    CHECK(text.contains("Featured"));
    CHECK(text.contains("EE")); // an override is printed as the user wrote it
    CHECK_FALSE(text.contains("VI"));
}

TEST_CASE("pdf: A4 or Letter") {
    QTemporaryDir dir;
    const QString a4 = writePdf(dir, exportPdf(richProject(), {}));
    CHECK(run("pdfinfo", {a4}).contains("(A4)"));
    PdfExportOptions letter;
    letter.paper = PaperSize::Letter;
    const QString l = writePdf(dir, exportPdf(richProject(), letter));
    CHECK(run("pdfinfo", {l}).contains("612 x 792 pts (letter)"));
}

TEST_CASE("pdf: many cues run over pages; no cue block is split; Page N of M everywhere") {
    QTemporaryDir dir;
    const int n = 60;
    const QString pdf = writePdf(dir, exportPdf(manyCues(n), {}));
    const int pages = pageCount(pdf);
    REQUIRE(pages >= 3);
    std::vector<int> pageOfCue(n + 1, 0);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(pdf, page);
        INFO("page " << page);
        CHECK(text.contains(QString("Page %1 of %2").arg(page).arg(pages)));
        CHECK(text.contains("Many Cues"));
        for (int i = 1; i <= n; ++i) {
            const QString k = QString("%1").arg(i, 3, 10, QChar('0'));
            if (!text.contains("Cue Title " + k))
                continue;
            INFO("cue " << i);
            CHECK(pageOfCue[i] == 0);
            pageOfCue[i] = page;
            // The whole block on the page of its title.
            CHECK(text.contains("Writer " + k + " A"));
            CHECK(text.contains("Writer " + k + " B"));
            CHECK(text.contains("Publisher " + k));
        }
    }
    for (int i = 1; i <= n; ++i) {
        INFO("cue " << i);
        CHECK(pageOfCue[i] > 0);
        if (i > 1)
            CHECK(pageOfCue[i] >= pageOfCue[i - 1]); // in sequence order
    }
    CHECK(pageText(pdf, pages).contains("Total music duration"));
}

TEST_CASE("pdf: a cue longer than a page continues on the next with its heading") {
    QTemporaryDir dir;
    ProjectData d = manyCues(1);
    Work& w = d.works.at(1);
    w.writers.clear();
    for (int i = 0; i < 150; ++i)
        w.writers.push_back({QString("Crowd Writer %1").arg(i, 3, 10, QChar('0')),
                             PartyRole::Composer, "", "", Share()});
    const QString pdf = writePdf(dir, exportPdf(d, {}));
    const int pages = pageCount(pdf);
    REQUIRE(pages >= 2);
    CHECK(pageText(pdf, 2).contains("Cue Title 001 (continued)"));
    QString all;
    for (int page = 1; page <= pages; ++page)
        all += pageText(pdf, page);
    for (int i = 0; i < 150; ++i)
        CHECK(all.contains(QString("Crowd Writer %1").arg(i, 3, 10, QChar('0'))));
}
