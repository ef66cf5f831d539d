// cuesheet export --format xlsx|pdf and cuesheet import-csv, through the real binary.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

void ok(const CliResult& r) {
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
}

QString newProject(const Scratch& scratch, const QString& name, const QStringList& extra = {}) {
    const QString file = scratch.path(name);
    ok(runCli(QStringList{"new", file} + extra));
    return file;
}

// 29.97 drop-frame from 01:00:00;00, three cues (two uses of one title) with parties, tags,
// an override, and notes with a comma, quotes and a line end.
QString richProject(const Scratch& scratch) {
    const QString file = newProject(scratch, "rich.cuesheet",
                                    {"--rate", "29.97", "--drop-frame", "--start", "01:00:00;00",
                                     "--title", "Night, \"Day\"", "--running-time", "00:30:00;00"});
    ok(runCli({"set", file, "company", "Acme"}));
    ok(runCli({"set", file, "year", "2024"}));
    ok(runCli({"add-cue", file, "--in", "01:00:10;00", "--out", "01:01:00;02", "--title",
               "Main Theme", "--theme", "main", "--writer", "Jane Roe:C:PRS:00052210040:50",
               "--writer", "O'Brien: Sr:CA:IMRO::50", "--publisher", "Roe Music:E:PRS::100",
               "--iswc", "T-034.524.680-1"}));
    ok(runCli({"add-cue",    file,
               "--in",       "01:05:00;02",
               "--out",      "01:06:30;15",
               "--title",    "Song, \"with\" comma",
               "--kind",     "song",
               "--diegesis", "diegetic",
               "--visual",   "--instrumental",
               "--isrc",     "USRC17607839",
               "--notes",    "line one\nline two, \"quoted\"",
               "--writer",   "Smith, John:A:BMI::100"}));
    ok(runCli({"add-cue", file, "--in", "01:10:00;00", "--out", "01:10:20;00", "--title",
               "main theme", "--lane", "1", "--usage", "EE", "--origin", "library"}));
    return file;
}

QJsonObject listJson(const QString& file) {
    const auto r = runCli({"list", file, "--json"});
    ok(r);
    return QJsonDocument::fromJson(r.out).object();
}

QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("cli: export --format pdf and xlsx need --out and write the file") {
    Scratch scratch;
    const QString file = richProject(scratch);
    for (const char* format : {"pdf", "xlsx"}) {
        const auto r = runCli({"export", file, "--format", format});
        INFO(format);
        CHECK(r.exitCode == 2);
        CHECK(r.errText().contains("needs --out"));
        CHECK(r.out.isEmpty());
    }
    auto r = runCli({"export", file, "--format", "docx", "--out", scratch.path("x.docx")});
    CHECK(r.exitCode == 2);
    CHECK(r.errText().contains("expected csv, xlsx or pdf"));
    r = runCli({"export", file, "--paper", "a4"});
    CHECK(r.exitCode == 2);
    CHECK(r.errText().contains("--paper applies to --format pdf only"));
    r = runCli(
        {"export", file, "--format", "pdf", "--paper", "a3", "--out", scratch.path("a.pdf")});
    CHECK(r.exitCode == 2);

    const QString pdf = scratch.path("sheet.pdf");
    r = runCli({"export", file, "--format", "pdf", "--paper", "letter", "--out", pdf});
    ok(r);
    CHECK(r.err.isEmpty()); // no platform or runtime-directory chatter
    const QString text = run("pdftotext", {pdf, "-"});
    INFO(text.toStdString());
    for (const char* expected : {"Night, \"Day\"", "Main Theme", "Song, \"with\" comma", "Jane Roe",
                                 "O'Brien: Sr", "Smith, John", "01:00:10;00", "MT", "VI", "EE",
                                 "Page 1 of 1", "Acme", "Total music duration"})
        CHECK(text.contains(expected));
    CHECK(run("pdfinfo", {pdf}).contains("(letter)"));
    // With a display named that is not there, the command still works (it never opens one).
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "xcb");
        env.insert("DISPLAY", ":97");
        process.setProcessEnvironment(env);
        process.start(CUESHEET_CLI_PATH,
                      {"export", file, "--format=pdf", "--out", scratch.path("again.pdf")});
        REQUIRE(process.waitForFinished(60000));
        CHECK(process.exitStatus() == QProcess::NormalExit);
        CHECK(process.exitCode() == 0);
    }

    const QString xlsx = scratch.path("sheet.xlsx");
    r = runCli({"export", file, "--format", "xlsx", "--profile", "us", "--out", xlsx});
    ok(r);
    CHECK(readFile(xlsx).startsWith("PK\x03\x04"));
    r = runCli({"export", file, "--format", "xlsx", "--out", scratch.path("no/dir/x.xlsx")});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains(scratch.path("no/dir/x.xlsx")));
}

TEST_CASE("cli: import-csv reads a generic export back into a new project") {
    Scratch scratch;
    const QString source = richProject(scratch);
    const QString csv = scratch.path("sheet.csv");
    ok(runCli({"export", source, "--durations", "tc", "--out", csv}));

    const QString target = newProject(scratch, "copy.cuesheet", {"--rate", "25"});
    auto r = runCli({"import-csv", target, csv, "--header"});
    ok(r);
    CHECK(r.outText().contains("imported 3 cue(s)"));

    const QJsonObject before = listJson(source);
    const QJsonObject after = listJson(target);
    CHECK(after.value("project") == before.value("project"));
    const QJsonArray a = before.value("cues").toArray();
    const QJsonArray b = after.value("cues").toArray();
    REQUIRE(b.size() == a.size());
    for (int i = 0; i < a.size(); ++i) {
        INFO("cue " << i + 1);
        QJsonObject x = a[i].toObject();
        QJsonObject y = b[i].toObject();
        x.remove("id");
        y.remove("id");
        CHECK(y == x);
    }
    // One undo step takes the whole import (cues and header) back.
    r = runCli({"undo", target});
    ok(r);
    CHECK(r.outText().contains("Import 3 cues from sheet.csv"));
    CHECK(listJson(target).value("cues").toArray().isEmpty());
}

TEST_CASE("cli: import-csv with a column mapping, seconds, dry run") {
    Scratch scratch;
    const QString file =
        newProject(scratch, "film.cuesheet", {"--rate", "25", "--start", "10:00:00:00"});
    const QString sheet = scratch.path("music.csv");
    writeFile(sheet, "Music list for Film\r\n"
                     "\r\n"
                     "#,Song Title,Start,Stop,Composer,Comments\r\n"
                     "1,Opening,0,95.5,\"Roe, Jane (PRS) 100%\",first\r\n"
                     "2,Chase,600,612.04,,\r\n"
                     ",TOTAL,,,,\r\n"
                     "3,,700,710,,no title\r\n");
    const QByteArray before = sha256(file);
    const QString map = "title=Song Title,in=Start,out=Stop,writers=Composer,notes=Comments";
    auto r = runCli(
        {"import-csv", file, sheet, "--map", map, "--times", "seconds", "--dry-run", "--json"});
    ok(r);
    CHECK(sha256(file) == before);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    const QJsonArray cues = json.value("cues").toArray();
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].toObject().value("title").toString() == "Opening");
    CHECK(cues[0].toObject().value("in").toString() == "10:00:00:00");
    // 95.5 s is frame 2387.5 at 25 fps: the nearest frame, halves later, is 2388 = 01:35:13.
    CHECK(cues[0].toObject().value("out").toString() == "10:01:35:13");
    CHECK(cues[0].toObject().value("writers").toArray() == QJsonArray{"Roe, Jane:C:PRS::100"});
    CHECK(cues[1].toObject().value("out").toString() == "10:10:12:01");
    // The totals row has no times: an error, skipped (lenient). The row without a title is
    // skipped with a warning. Both name their line.
    const QJsonArray findings = json.value("findings").toArray();
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].toObject().value("line").toInt() == 6);
    CHECK(findings[0].toObject().value("severity").toString() == "error");
    CHECK(findings[0].toObject().value("message").toString() == "'TOTAL': the in time is empty");
    CHECK(findings[1].toObject().value("line").toInt() == 7);
    CHECK(findings[1].toObject().value("severity").toString() == "warning");

    r = runCli({"import-csv", file, sheet, "--map", map, "--times", "seconds"});
    ok(r);
    CHECK(r.errText().contains("music.csv line 7: row skipped: the title is empty"));
    const QJsonArray listed = listJson(file).value("cues").toArray();
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].toObject().value("notes").toString() == "first");
    CHECK(listed[0].toObject().value("writers").toArray()[0].toObject().value("name") ==
          "Roe, Jane");
}

TEST_CASE("cli: import-csv refuses bad input and changes nothing") {
    Scratch scratch;
    const QString file = newProject(scratch, "film.cuesheet", {"--rate", "25"});
    const QByteArray before = sha256(file);
    const QString junk = scratch.path("junk.csv");
    writeFile(junk, QByteArray(2048, '\x02'));
    auto r = runCli({"import-csv", file, junk});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("junk.csv"));
    CHECK(r.errText().contains("binary data"));

    const QString open = scratch.path("open.csv");
    writeFile(open, "Title,In,Out,Notes\nA,00:00:01:00,00:00:02:00,\"never closed\nB,x,y,z\n");
    r = runCli({"import-csv", file, open});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("open.csv: line 2: a quoted field starts here and is never "
                               "closed"));

    const QString wrong = scratch.path("wrong.csv");
    writeFile(wrong, "Name,Start,End\nA,1,2\n");
    r = runCli({"import-csv", file, wrong});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("no row holds the columns 'Title', 'In' and 'Out'"));

    const QString bad = scratch.path("bad.csv");
    writeFile(bad, "Title,In,Out\nGood,00:00:01:00,00:00:02:00\nBad,00:00:03:00,00:00:61:00\n");
    r = runCli({"import-csv", file, bad, "--strict"});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("bad.csv line 3: 'Bad': out:"));
    CHECK(sha256(file) == before);
    CHECK(runCli({"import-csv", file, scratch.path("missing.csv")}).exitCode == 3);
    CHECK(sha256(file) == before);

    // Lenient: the good row comes in, the bad one is reported.
    r = runCli({"import-csv", file, bad});
    ok(r);
    CHECK(r.errText().contains("bad.csv line 3"));
    CHECK(listJson(file).value("cues").toArray().size() == 1);
}

TEST_CASE("cli: import-csv usage errors") {
    Scratch scratch;
    const QString file = newProject(scratch, "film.cuesheet", {"--rate", "25"});
    const QString sheet = scratch.path("s.csv");
    writeFile(sheet, "Title,In,Out\n");
    auto r = runCli({"import-csv", file, sheet, "--map", "title=T,in=I"});
    CHECK(r.exitCode == 2);
    CHECK(r.errText().contains("'out' or 'duration'"));
    CHECK(runCli({"import-csv", file, sheet, "--times", "seconds"}).exitCode == 2);
    CHECK(runCli({"import-csv", file, sheet, "--map", "title=T,in=I,out=O", "--header"}).exitCode ==
          2);
    CHECK(runCli({"import-csv", file, sheet, "--json"}).exitCode == 2);
    CHECK(runCli({"import-csv", file, sheet, "--map", "title=T,in=I,out=O", "--times", "frames"})
              .exitCode == 2);
    CHECK(runCli({"import-csv", file}).exitCode == 2);
    r = runCli({"import-csv", "--help"});
    CHECK(r.exitCode == 0);
    CHECK(r.outText().contains("Usage: cuesheet import-csv"));
    CHECK(runCli({"--help"}).outText().contains("import-csv"));
}

TEST_CASE("cli: export guards CSV cells against formulas unless --no-formula-guard") {
    Scratch scratch;
    const QString file = newProject(scratch, "film.cuesheet", {"--rate", "25"});
    ok(runCli({"add-cue", file, "--in", "00:00:01:00", "--out", "00:00:05:00", "--title",
               "=HYPERLINK(\"http://x\")"}));
    auto r = runCli({"export", file, "--profile", "us"});
    ok(r);
    CHECK(r.outText().contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    r = runCli({"export", file, "--profile", "us", "--no-formula-guard"});
    ok(r);
    CHECK(r.outText().contains("\"=HYPERLINK(\"\"http://x\"\")\""));
    CHECK_FALSE(r.outText().contains("'=HYPERLINK"));
    r = runCli(
        {"export", file, "--format", "pdf", "--no-formula-guard", "--out", scratch.path("x.pdf")});
    CHECK(r.exitCode == 2);
}
