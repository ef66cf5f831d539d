// The `cuesheet` command, end to end: each subcommand, its exit codes and its errors.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A 25 fps film starting at 01:00:00:00, 10 minutes long.
QString newProject(const Scratch& scratch, const QString& name = "film.cuesheet") {
    const QString file = scratch.path(name);
    const auto r = runCli({"new", file, "--title", "Film", "--rate", "25", "--start", "01:00:00:00",
                           "--running-time", "00:10:00:00"});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    return file;
}

QString addCue(const QString& file, const QStringList& extra) {
    const auto r = runCli(QStringList{"add-cue", file} + extra);
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    return r.outText().trimmed();
}

} // namespace

TEST_CASE("cli: new and info") {
    Scratch scratch;
    const QString file = newProject(scratch);
    const auto r = runCli({"info", file, "--json"});
    REQUIRE(r.exitCode == 0);
    const auto info = jsonOf(r);
    CHECK(info.value("title").toString() == "Film");
    CHECK(info.value("rate").toString() == "25/1");
    CHECK(info.value("start").toString() == "01:00:00:00");
    CHECK(info.value("running_time").toString() == "00:10:00:00");
    CHECK(info.value("running_time_seconds").toDouble() == 600.0);
    CHECK(info.value("read_only").toBool() == false);
}

TEST_CASE("cli: new refuses bad input with exit 2 and an existing file with exit 3") {
    Scratch scratch;
    auto r = runCli({"new", scratch.path("a.cuesheet"), "--title", "X"});
    CHECK(r.exitCode == 2);
    CHECK(r.errText().contains("--rate is required"));
    r = runCli({"new", scratch.path("a.cuesheet"), "--rate", "23.9"});
    CHECK(r.exitCode == 2);
    CHECK(r.errText().contains("frame rate '23.9'"));
    r = runCli({"new", scratch.path("a.cuesheet"), "--rate", "25", "--drop-frame"});
    CHECK(r.exitCode == 2);
    CHECK(r.errText().contains("drop-frame"));
    r = runCli({"new", scratch.path("a.cuesheet"), "--rate", "25", "--start", "01:00:00:25"});
    CHECK(r.exitCode == 2);
    CHECK(r.errText().contains("frames must be 00-24"));
    CHECK_FALSE(QFile::exists(scratch.path("a.cuesheet")));

    const QString file = newProject(scratch);
    const QByteArray before = sha256(file);
    r = runCli({"new", file, "--rate", "25"});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains(file));
    CHECK(r.errText().contains("already exists"));
    CHECK(sha256(file) == before);
}

TEST_CASE("cli: add-cue and list --json report exact times") {
    Scratch scratch;
    const QString file = newProject(scratch);
    const QString id =
        addCue(file, {"--in", "01:00:10:00", "--out", "01:00:20:12", "--title", "Opening",
                      "--theme", "main", "--writer", "Jane Roe:C:PRS::50", "--writer",
                      "John Doe:CA:ASCAP::50", "--publisher", "Roe Music:E:PRS::100"});
    CHECK(id == "1");
    addCue(file, {"--in", "01:05:00:00", "--out", "01:06:00:00", "--title", "Radio Song", "--kind",
                  "song", "--diegesis", "diegetic"});
    addCue(file, {"--in", "01:02:00:00", "--out", "01:02:30:00", "--title", "Chase", "--kind",
                  "score", "--diegesis", "non-diegetic", "--visual"});

    const auto r = runCli({"list", file, "--json"});
    REQUIRE(r.exitCode == 0);
    const auto json = jsonOf(r);
    CHECK(json.value("project").toObject().value("rate").toString() == "25/1");
    const auto list = json.value("cues").toArray();
    REQUIRE(list.size() == 3);
    // Sequence follows in-time: Opening (10 s), Chase (120 s), Radio Song (300 s).
    const auto first = list[0].toObject();
    CHECK(first.value("number").toInt() == 1);
    CHECK(first.value("title").toString() == "Opening");
    CHECK(first.value("in").toString() == "01:00:10:00");
    CHECK(first.value("out").toString() == "01:00:20:12");
    CHECK(first.value("in_seconds").toDouble() == 10.0);
    CHECK(first.value("out_seconds").toDouble() == Approx(20.48).epsilon(1e-12));
    CHECK(first.value("duration_seconds").toDouble() == Approx(10.48).epsilon(1e-12));
    CHECK(first.value("usage").toString() == "MT");
    CHECK(first.value("writers").toArray().size() == 2);
    CHECK(first.value("writers").toArray()[1].toObject().value("role").toString() == "CA");
    CHECK(first.value("publishers").toArray()[0].toObject().value("share").toDouble() == 100.0);
    const auto chase = list[1].toObject();
    CHECK(chase.value("title").toString() == "Chase");
    CHECK(chase.value("usage").toString() == "VI");
    CHECK(chase.value("diegesis").toString() == "non-diegetic");
    const auto song = list[2].toObject();
    CHECK(song.value("usage").toString() == "BV"); // song -> vocal; diegetic but not visual
    CHECK(song.value("usage_cisac").toString() == "Featured");
    CHECK(song.value("vocal").toString() == "vocal");
}

TEST_CASE("cli: list --json carries every header field and every cue field") {
    Scratch scratch;
    const QString file = scratch.path("full.cuesheet");
    REQUIRE(runCli({"new", file, "--title", "Film", "--rate", "30000/1001", "--drop-frame",
                    "--start", "01:00:00;00", "--running-time", "00:10:00;00"})
                .exitCode == 0);
    const QList<QPair<QString, QString>> header = {
        {"episode-title", "Pilot"},  {"episode-number", "101"},
        {"company", "Acme Films"},   {"production-number", "P-7"},
        {"country", "GB"},           {"year", "2026"},
        {"director", "Ann Lee"},     {"release-date", "2026-11-30"},
        {"shares-model", "combined"}};
    for (const auto& [field, value] : header) {
        INFO(field.toStdString());
        CHECK(runCli({"set", file, field, value}).exitCode == 0);
    }
    addCue(file, {"--in",          "01:00:10;00",
                  "--out",         "01:00:40;00",
                  "--title",       "Logo Sting",
                  "--kind",        "song",
                  "--diegesis",    "diegetic",
                  "--visual",      "--instrumental",
                  "--theme",       "logo",
                  "--origin",      "library",
                  "--lane",        "2",
                  "--isrc",        "USRC17607839",
                  "--iswc",        "T-034.524.680-1",
                  "--source-file", "/music/sting.wav",
                  "--notes",       "see, \"reel\" 2"});

    const auto r = runCli({"list", file, "--json"});
    REQUIRE(r.exitCode == 0);
    const auto json = jsonOf(r);
    const auto project = json.value("project").toObject();
    CHECK(project.value("title").toString() == "Film");
    CHECK(project.value("episode_title").toString() == "Pilot");
    CHECK(project.value("episode_number").toString() == "101");
    CHECK(project.value("company").toString() == "Acme Films");
    CHECK(project.value("production_number").toString() == "P-7");
    CHECK(project.value("country").toString() == "GB");
    CHECK(project.value("year").toInt() == 2026);
    CHECK(project.value("director").toString() == "Ann Lee");
    CHECK(project.value("release_date").toString() == "2026-11-30");
    CHECK(project.value("shares_model").toString() == "combined");
    CHECK(project.value("rate").toString() == "30000/1001");
    CHECK(project.value("drop_frame").toBool());
    CHECK(project.value("start").toString() == "01:00:00;00");
    CHECK(project.value("running_time").toString() == "00:10:00;00");
    // 10 minutes of drop-frame timecode are 17982 frames at 30000/1001.
    CHECK(project.value("running_time_seconds").toDouble() == Approx(17982 * 1001 / 30000.0));

    const auto cues = json.value("cues").toArray();
    REQUIRE(cues.size() == 1);
    const auto cue = cues[0].toObject();
    CHECK(cue.value("id").toInt() == 1);
    CHECK(cue.value("number").toInt() == 1);
    CHECK(cue.value("title").toString() == "Logo Sting");
    CHECK(cue.value("in").toString() == "01:00:10;00");
    CHECK(cue.value("out").toString() == "01:00:40;00");
    // 01:00:10;00 is frame 300 of the programme (no frames dropped before minute 1), and
    // 01:00:40;00 is frame 1200: 10.01 s and 40.04 s at 30000/1001.
    CHECK(cue.value("in_seconds").toDouble() == Approx(300 * 1001 / 30000.0).epsilon(1e-12));
    CHECK(cue.value("out_seconds").toDouble() == Approx(1200 * 1001 / 30000.0).epsilon(1e-12));
    CHECK(cue.value("duration_seconds").toDouble() == Approx(900 * 1001 / 30000.0).epsilon(1e-12));
    CHECK(cue.value("kind").toString() == "song");
    CHECK(cue.value("diegesis").toString() == "diegetic");
    CHECK(cue.value("visual").toBool());
    CHECK(cue.value("vocal").toString() == "instrumental");
    CHECK(cue.value("theme").toString() == "logo");
    CHECK(cue.value("origin").toString() == "library");
    CHECK(cue.value("lane").toInt() == 2);
    CHECK(cue.value("usage").toString() == "L"); // a theme role decides before visual/vocal
    CHECK(cue.value("usage_cisac").toString() == "Theme");
    CHECK(cue.value("usage_overridden").toBool() == false);
    CHECK(cue.value("isrc").toString() == "USRC17607839");
    CHECK(cue.value("iswc").toString() == "T0345246801"); // stored without punctuation
    CHECK(cue.value("source_file").toString() == "/music/sting.wav");
    CHECK(cue.value("notes").toString() == "see, \"reel\" 2");
    CHECK(cue.value("writers").toArray().isEmpty());
    CHECK(cue.value("publishers").toArray().isEmpty());
}

TEST_CASE("cli: export --row-per-party writes one row per writer and publisher") {
    Scratch scratch;
    const QString file = newProject(scratch);
    addCue(file, {"--in", "01:00:10:00", "--out", "01:00:20:00", "--title", "Unsigned"});
    addCue(file, {"--in", "01:01:00:00", "--out", "01:01:30:00", "--title", "Song", "--kind",
                  "song", "--writer", "Jane Roe:C:PRS::50", "--writer",
                  "John Doe:A:ASCAP:00014107338:50", "--publisher", "Roe Music:E:PRS::100"});
    const auto r = runCli({"export", file, "--profile", "us", "--row-per-party"});
    REQUIRE(r.exitCode == 0);
    const QString text = r.outText();
    CHECK(text.contains("Seq,Title,Writers,Publishers,Usage,Duration,In,Out,Party Side,"
                        "Party Name,Party Role,Party Society,Party IPI,Party Share\r\n"));
    // A cue without parties keeps its one row, with the party columns empty.
    CHECK(text.contains("1,Unsigned,,,BI,0:10,01:00:10:00,01:00:20:00,,,,,,\r\n"));
    CHECK(text.contains("2,Song,,,BV,0:30,01:01:00:00,01:01:30:00,writer,Jane Roe,C,PRS,,50\r\n"));
    CHECK(text.contains(
        "2,Song,,,BV,0:30,01:01:00:00,01:01:30:00,writer,John Doe,A,ASCAP,00014107338,50\r\n"));
    CHECK(text.contains(
        "2,Song,,,BV,0:30,01:01:00:00,01:01:30:00,publisher,Roe Music,E,PRS,,100\r\n"));
    CHECK(text.count(",Song,") == 3);
}

TEST_CASE("cli: drop-frame timecodes") {
    Scratch scratch;
    const QString file = scratch.path("df.cuesheet");
    REQUIRE(runCli({"new", file, "--rate", "30000/1001", "--drop-frame", "--start", "01:00:00;00"})
                .exitCode == 0);
    // 00:01:00;02 is 1800 frames after 00:00:00;00 (frames ;00 and ;01 are skipped).
    addCue(file, {"--in", "01:01:00:02", "--out", "01:01:00;10", "--title", "T"});
    const auto cue = listedCues(file)[0].toObject();
    CHECK(cue.value("in").toString() == "01:01:00;02");
    CHECK(cue.value("in_seconds").toDouble() == Approx(1800 * 1001.0 / 30000.0).epsilon(1e-12));
    const auto r =
        runCli({"add-cue", file, "--in", "01:01:00;00", "--out", "01:02:00;10", "--title", "Bad"});
    CHECK(r.exitCode == 2);
    CHECK(r.errText().contains("does not exist in drop-frame"));
}

TEST_CASE("cli: add-cue refuses bad input and changes nothing") {
    Scratch scratch;
    const QString file = newProject(scratch);
    const QByteArray before = sha256(file);
    const QList<QStringList> bad{
        {"--in", "01:00:10:00", "--out", "01:00:05:00", "--title", "Backwards"},
        {"--in", "01:00:10:00", "--out", "01:00:20:00"},
        {"--in", "01:00:10:00", "--out", "01:00:20:00", "--title", "T", "--kind", "jazz"},
        {"--in", "01:00:10:00", "--out", "01:00:20:00", "--title", "T", "--writer", "Jane:E::: 50"},
        {"--in", "01:00:10:00", "--out", "01:00:20:00", "--title", "T", "--writer", "Jane:C:::150"},
        {"--in", "01:00:10:00", "--out", "01:00:20:00", "--title", "T", "--isrc", "nope"},
        {"--in", "1:0:10", "--out", "01:00:20:00", "--title", "T"},
    };
    for (const auto& args : bad) {
        INFO(args.join(' ').toStdString());
        const auto r = runCli(QStringList{"add-cue", file} + args);
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.err.isEmpty());
    }
    CHECK(sha256(file) == before);
    CHECK(listedCues(file).isEmpty());
}

TEST_CASE("cli: edit-cue is one undo step; undo and redo persist across runs") {
    Scratch scratch;
    const QString file = newProject(scratch);
    addCue(file, {"--in", "01:00:10:00", "--out", "01:00:20:00", "--title", "Theme"});
    auto r = runCli({"edit-cue", file, "1", "--title", "Theme (Reprise)", "--diegesis", "diegetic",
                     "--writer", "A B:C:PRS::100", "--out", "01:00:30:00"});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    auto cue = listedCues(file)[0].toObject();
    CHECK(cue.value("title").toString() == "Theme (Reprise)");
    CHECK(cue.value("diegesis").toString() == "diegetic");
    CHECK(cue.value("out").toString() == "01:00:30:00");
    CHECK(cue.value("writers").toArray().size() == 1);

    r = runCli({"undo", file});
    CHECK(r.exitCode == 0);
    CHECK(r.outText().contains("undid: Edit cue 1"));
    cue = listedCues(file)[0].toObject();
    CHECK(cue.value("title").toString() == "Theme");
    CHECK(cue.value("diegesis").toString() == "unknown");
    CHECK(cue.value("out").toString() == "01:00:20:00");
    CHECK(cue.value("writers").toArray().isEmpty());

    CHECK(runCli({"redo", file}).exitCode == 0);
    CHECK(listedCues(file)[0].toObject().value("title").toString() == "Theme (Reprise)");
    CHECK(runCli({"undo", file}).exitCode == 0);
    CHECK(runCli({"undo", file}).exitCode == 0); // the add
    CHECK(listedCues(file).isEmpty());
    r = runCli({"undo", file});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("nothing to undo"));
    // A new edit drops the redo steps.
    addCue(file, {"--in", "01:00:00:00", "--out", "01:00:01:00", "--title", "New"});
    r = runCli({"redo", file});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("nothing to redo"));
}

TEST_CASE("cli: edit-cue and remove-cue errors") {
    Scratch scratch;
    const QString file = newProject(scratch);
    addCue(file, {"--in", "01:00:10:00", "--out", "01:00:20:00", "--title", "Theme"});
    auto r = runCli({"edit-cue", file, "7", "--notes", "x"});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("no cue with id 7"));
    r = runCli({"edit-cue", file, "abc"});
    CHECK(r.exitCode == 2);
    r = runCli({"edit-cue", file, "1", "--in", "01:00:25:00"});
    CHECK(r.exitCode == 2);
    CHECK(r.errText().contains("out must be after in"));
    r = runCli({"edit-cue", file, "1", "--diegesis", "loud"});
    CHECK(r.exitCode == 2);
    CHECK(r.errText().contains("field 'diegesis'"));
    r = runCli({"remove-cue", file, "9"});
    CHECK(r.exitCode == 3);
    CHECK(runCli({"remove-cue", file, "1"}).exitCode == 0);
    CHECK(listedCues(file).isEmpty());
    CHECK(runCli({"undo", file}).exitCode == 0);
    CHECK(listedCues(file).size() == 1);
}

TEST_CASE("cli: set header fields") {
    Scratch scratch;
    const QString file = newProject(scratch);
    CHECK(runCli({"set", file, "company", "Acme Films"}).exitCode == 0);
    CHECK(runCli({"set", file, "year", "2026"}).exitCode == 0);
    auto r = runCli({"set", file, "year", "nineteen"});
    CHECK(r.exitCode == 2);
    CHECK(r.errText().contains("field 'year'"));
    r = runCli({"set", file, "colour", "blue"});
    CHECK(r.exitCode == 2);
    CHECK(r.errText().contains("unknown field 'colour'"));
    const auto info = jsonOf(runCli({"info", file, "--json"}));
    CHECK(info.value("company").toString() == "Acme Films");
    CHECK(info.value("year").toInt() == 2026);
}

TEST_CASE("cli: validate exits 1 on errors and 0 once fixed") {
    Scratch scratch;
    const QString file = newProject(scratch);
    addCue(file, {"--in", "01:00:10:00", "--out", "01:00:20:00", "--title", "Theme", "--writer",
                  "A:C:PRS::60", "--writer", "B:C:PRS::30"});
    auto r = runCli({"validate", file, "--json"});
    CHECK(r.exitCode == 1);
    auto json = jsonOf(r);
    CHECK(json.value("errors").toInt() == 1);
    const auto finding = json.value("findings").toArray()[0].toObject();
    CHECK(finding.value("field").toString() == "writers");
    CHECK(finding.value("message").toString().contains("90 %"));
    CHECK(finding.value("number").toInt() == 1);

    REQUIRE(runCli({"edit-cue", file, "1", "--writer", "A:C:PRS::60", "--writer", "B:C:PRS::40"})
                .exitCode == 0);
    r = runCli({"validate", file});
    CHECK(r.exitCode == 0);
    CHECK(r.outText().contains("0 error(s)"));
}

TEST_CASE("cli: export csv with profiles, durations and rounding") {
    Scratch scratch;
    const QString file = newProject(scratch);
    // 10.48 s: rounds up to 11 s, to nearest 10 s.
    addCue(file, {"--in", "01:00:10:00", "--out", "01:00:20:12", "--title", "Theme, \"Main\"",
                  "--writer", "A:C:PRS::100"});
    auto r = runCli({"export", file, "--profile", "us"});
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains("\r\n"));
    CHECK(r.outText().contains("Seq,Title,Writers,Publishers,Usage,Duration,In,Out\r\n"));
    CHECK(r.outText().contains(
        "1,\"Theme, \"\"Main\"\"\",A (PRS) 100%,,BI,0:11,01:00:10:00,01:00:20:12\r\n"));
    r = runCli(
        {"export", file, "--profile", "us", "--rounding", "nearest", "--durations", "seconds"});
    CHECK(r.outText().contains(",BI,10,"));
    r = runCli({"export", file, "--profile", "cisac", "--durations", "tc"});
    CHECK(r.outText().contains(",Background,00:00:10:12,"));
    r = runCli({"export", file, "--bom", "--out", scratch.path("sheet.csv")});
    REQUIRE(r.exitCode == 0);
    QFile csv(scratch.path("sheet.csv"));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.read(3) == QByteArray("\xEF\xBB\xBF"));
    r = runCli({"export", file, "--profile", "fancy"});
    CHECK(r.exitCode == 2);
    r = runCli({"export", file, "--out", scratch.path("no/such/dir/x.csv")});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("cannot write"));
}

TEST_CASE("cli: files that are not projects are refused and left unchanged") {
    Scratch scratch;
    const QString text = scratch.path("notes.cuesheet");
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is not a project\n");
    }
    const QByteArray before = sha256(text);
    for (const char* command : {"list", "info", "validate", "export"}) {
        const auto r = runCli({command, text});
        CHECK(r.exitCode == 3);
        CHECK(r.errText().contains(text));
        CHECK(r.errText().contains("not a Cue Sheet Editor project"));
    }
    CHECK(sha256(text) == before);
    const auto r = runCli({"list", scratch.path("missing.cuesheet")});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("no such file"));
}

TEST_CASE("cli: help and usage") {
    CHECK(runCli({"--help"}).exitCode == 0);
    CHECK(runCli({}).exitCode == 2);
    CHECK(runCli({"frobnicate"}).exitCode == 2);
    for (const char* command :
         {"new", "info", "set", "add-cue", "edit-cue", "remove-cue", "undo", "redo", "list",
          "validate", "export", "import-edl", "import-protools"}) {
        const auto r = runCli({command, "--help"});
        INFO(command);
        CHECK(r.exitCode == 0);
        CHECK(r.outText().contains("Usage: cuesheet"));
    }
    CHECK(runCli({"list"}).exitCode == 2);
    CHECK(runCli({"list", "a", "b"}).exitCode == 2);
}
