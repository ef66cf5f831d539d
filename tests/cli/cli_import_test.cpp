// cuesheet import-edl / import-protools through the real binary.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kAudioReel = QStringLiteral(CUESHEET_TEST_DATA_DIR "/edl/pycmx_TEST.edl");

QString newProject24(const Scratch& scratch) {
    const QString file = scratch.path("import.cuesheet");
    REQUIRE(runCli({"new", file, "--rate", "24", "--start", "01:00:00:00"}).exitCode == 0);
    return file;
}

} // namespace

TEST_CASE("cli: import-edl of the music track A12 of a real audio reel") {
    Scratch scratch;
    const QString file = newProject24(scratch);
    const auto r = runCli({"import-edl", file, kAudioReel, "--tracks", "A12"});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains("imported 3 cue(s)"));
    // By hand from pycmx_TEST.edl, events on A12: 005-027 run without a gap from 01:00:00:00
    // to 01:07:27:01; 040 dissolves from black (BL) into the music at 01:08:56:00 and the
    // events run on to 079, ending 01:13:12:00; 090 starts at 01:13:13:19, 1 s 19 f later
    // (more than the 1 s merge gap), and the events run on to 119, ending 01:16:55:17.
    const auto cues = listedCues(file);
    REQUIRE(cues.size() == 3);
    const QStringList expected[3] = {{"01:00:00:00", "01:07:27:01"},
                                     {"01:08:56:00", "01:13:12:00"},
                                     {"01:13:13:19", "01:16:55:17"}};
    for (int i = 0; i < 3; ++i) {
        const auto cue = cues[i].toObject();
        INFO("cue " << i);
        CHECK(cue.value("title").toString() == "TC R1 V6 TEMP2 ST MX");
        CHECK(cue.value("in").toString() == expected[i][0]);
        CHECK(cue.value("out").toString() == expected[i][1]);
        CHECK(cue.value("lane").toInt() == 0);
    }
    // One work shared by the three uses: parties entered once apply to all.
    REQUIRE(runCli({"edit-cue", file, "1", "--writer", "A:C:PRS::100"}).exitCode == 0);
    for (const auto& cue : listedCues(file))
        CHECK(cue.toObject().value("writers").toArray().size() == 1);

    // The import is one undo step.
    REQUIRE(runCli({"undo", file}).exitCode == 0); // the writer
    const auto undo = runCli({"undo", file});
    CHECK(undo.outText().contains("Import 3 cues from pycmx_TEST.edl"));
    CHECK(listedCues(file).isEmpty());
}

TEST_CASE("cli: import-edl merge gap and dry run") {
    Scratch scratch;
    const QString file = newProject24(scratch);
    const QByteArray before = sha256(file);
    auto r = runCli({"import-edl", file, kAudioReel, "--tracks", "A12", "--merge-gap", "2",
                     "--dry-run", "--json"});
    REQUIRE(r.exitCode == 0);
    const auto json = QJsonDocument::fromJson(r.out).object();
    const auto cues = json.value("cues").toArray();
    // With a 2 s gap the last two uses (1 s 19 f apart) are one cue.
    REQUIRE(cues.size() == 2);
    CHECK(cues[1].toObject().value("in").toString() == "01:08:56:00");
    CHECK(cues[1].toObject().value("out").toString() == "01:16:55:17");
    CHECK(sha256(file) == before);
    r = runCli({"import-edl", file, kAudioReel, "--merge-gap", "soon"});
    CHECK(r.exitCode == 2);
    r = runCli({"import-edl", file, kAudioReel, "--tracks", "A9-A7"});
    CHECK(r.exitCode == 2);
    CHECK(sha256(file) == before);
}

TEST_CASE("cli: strict import refuses a malformed list and changes nothing; lenient skips it") {
    Scratch scratch;
    const QString file = newProject24(scratch);
    const QString list = scratch.path("bad.edl");
    writeFile(list,
              "TITLE: BAD\r\nFCM: NON-DROP FRAME\r\n"
              "001  MUSIC    A     C        00:00:00:00 00:00:10:00 01:00:00:00 01:00:10:00\r\n"
              "* FROM CLIP NAME: SONG ONE.WAV\r\n"
              "002  MUSIC    A     C        00:00:00:00 00:00:10:00 01:00:20:00 01:00:2X:00\r\n"
              "003  MUSIC    A     C        00:00:00:00 00:00:10:00 01:00:40:00 01:00:50:00\r\n"
              "* FROM CLIP NAME: SONG TWO.WAV\r\n");
    const QByteArray before = sha256(file);
    auto r = runCli({"import-edl", file, list, "--strict"});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("bad.edl"));
    CHECK(r.errText().contains("line 5"));
    CHECK(sha256(file) == before);

    r = runCli({"import-edl", file, list});
    REQUIRE(r.exitCode == 0);
    CHECK(r.errText().contains("line 5"));
    const auto cues = listedCues(file);
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].toObject().value("title").toString() == "SONG ONE");
    CHECK(cues[1].toObject().value("title").toString() == "SONG TWO");
    CHECK(cues[1].toObject().value("in").toString() == "01:00:40:00");
}

TEST_CASE("cli: import refuses what is not a list") {
    Scratch scratch;
    const QString file = newProject24(scratch);
    const QString junk = scratch.path("junk.edl");
    writeFile(junk, QByteArray(4096, '\0'));
    auto r = runCli({"import-edl", file, junk});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("junk.edl"));
    r = runCli({"import-protools", file, junk});
    CHECK(r.exitCode == 3);
    r = runCli({"import-edl", file, scratch.path("missing.edl")});
    CHECK(r.exitCode == 3);
    CHECK(listedCues(file).isEmpty());
}

// The session text is written by hand from Avid's documented "Export Session Info as Text"
// layout (see tests/data/README.md); no real session text is at hand.
TEST_CASE("cli: import-protools with chosen tracks, a merge gap and a dry run") {
    Scratch scratch;
    const QString file = scratch.path("protools.cuesheet");
    REQUIRE(runCli({"new", file, "--rate", "24000/1001", "--start", "01:00:00:00"}).exitCode == 0);
    const QString session =
        QStringLiteral(CUESHEET_TEST_DATA_DIR "/protools/session_23976_timecode.txt");
    const QByteArray before = sha256(file);

    // Source Music holds 2M1 Radio Song twice, 18 frames apart: one cue under the default
    // 1 s gap, two under a 0.5 s (12-frame) gap. A dry run writes nothing.
    auto r = runCli({"import-protools", file, session, "--tracks", "Source Music", "--merge-gap",
                     "0.5", "--dry-run", "--json"});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    auto cues = QJsonDocument::fromJson(r.out).object().value("cues").toArray();
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].toObject().value("title").toString() == "2M1 Radio Song");
    CHECK(cues[0].toObject().value("in").toString() == "01:03:00:00");
    CHECK(cues[0].toObject().value("out").toString() == "01:03:40:00");
    CHECK(cues[1].toObject().value("in").toString() == "01:03:40:18");
    CHECK(cues[1].toObject().value("out").toString() == "01:03:50:00");
    CHECK(sha256(file) == before);
    CHECK(listedCues(file).isEmpty());

    // Two tracks, named in any case, default gap: stereo pairs give one cue each, the
    // muted clip and the Dialog track are left out.
    r = runCli({"import-protools", file, session, "--tracks", "music stereo,Source Music"});
    REQUIRE(r.exitCode == 0);
    cues = listedCues(file);
    REQUIRE(cues.size() == 3);
    const QStringList expected[3] = {{"1M1 Opening", "01:00:00:00", "01:00:32:00"},
                                     {"1M2 Chase", "01:01:00:00", "01:01:45:00"},
                                     {"2M1 Radio Song", "01:03:00:00", "01:03:50:00"}};
    for (int i = 0; i < 3; ++i) {
        const auto cue = cues[i].toObject();
        INFO("cue " << i);
        CHECK(cue.value("title").toString() == expected[i][0]);
        CHECK(cue.value("in").toString() == expected[i][1]);
        CHECK(cue.value("out").toString() == expected[i][2]);
    }
    CHECK(cues[0].toObject().value("source_file").toString() == "1M1 Opening.wav");

    r = runCli({"import-protools", file, session, "--merge-gap", "-1"});
    CHECK(r.exitCode == 2);
    CHECK(listedCues(file).size() == 3);
}

TEST_CASE("cli: import-edl --rate reads the list at another rate than the project's") {
    Scratch scratch;
    const QString file = scratch.path("rate.cuesheet");
    REQUIRE(runCli({"new", file, "--rate", "25", "--start", "01:00:00:00"}).exitCode == 0);
    const QString list = scratch.path("thirty.edl");
    // Frame 15 means half a second at 30 fps, but 15/25 s when read at the project's 25.
    writeFile(list, "TITLE: RATE\nFCM: NON-DROP FRAME\n"
                    "001  AX       A     C        00:00:00:00 00:00:10:15 "
                    "01:00:00:00 01:00:10:15\n"
                    "* FROM CLIP NAME:  7M1 Rate.wav\n");
    auto r = runCli({"import-edl", file, list, "--rate", "30", "--dry-run", "--json"});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    auto cues = QJsonDocument::fromJson(r.out).object().value("cues").toArray();
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].toObject().value("out_seconds").toDouble() == Approx(10.5));
    r = runCli({"import-edl", file, list, "--dry-run", "--json"});
    REQUIRE(r.exitCode == 0);
    cues = QJsonDocument::fromJson(r.out).object().value("cues").toArray();
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].toObject().value("out_seconds").toDouble() == Approx(10.6));
    r = runCli({"import-edl", file, list, "--rate", "thirty"});
    CHECK(r.exitCode == 2);
    CHECK(listedCues(file).isEmpty());
}
