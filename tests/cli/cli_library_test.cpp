// cuesheet library add / library list / link, and the automatic link after an import, through
// the real binary. The real Vorbis recordings of tests/data/music, and a FLAC made here with
// ffmpeg (a composer, a lyricist, an ISRC and a label, which those recordings lack).
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

const QString kMusic = QStringLiteral(CUESHEET_TEST_DATA_DIR "/music");

QString newProject(const Scratch& scratch) {
    const QString file = scratch.path("film.cuesheet");
    const auto r = runCli({"new", file, "--rate", "24", "--start", "01:00:00:00"});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    return file;
}

QJsonArray libraryFiles(const QString& file) {
    const auto r = runCli({"library", "list", file, "--json"});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out).object().value("files").toArray();
}

// A 1 s FLAC with every tag a link fills from.
QString makeTaggedFlac(const Scratch& scratch, const QString& name) {
    const QString path = scratch.path(name);
    QProcess ffmpeg;
    ffmpeg.start(CUESHEET_FFMPEG_EXECUTABLE, {"-hide_banner",
                                              "-loglevel",
                                              "error",
                                              "-nostdin",
                                              "-y",
                                              "-f",
                                              "lavfi",
                                              "-i",
                                              "sine=frequency=440:duration=1",
                                              "-metadata",
                                              "title=Rain Over Water",
                                              "-metadata",
                                              "composer=Ann Smith",
                                              "-metadata",
                                              "lyricist=Cy Lee",
                                              "-metadata",
                                              "isrc=GB-AYE-24-00001",
                                              "-metadata",
                                              "label=Cloud Records",
                                              path});
    REQUIRE(ffmpeg.waitForFinished(60'000));
    INFO(QString::fromUtf8(ffmpeg.readAllStandardError()).toStdString());
    REQUIRE(ffmpeg.exitCode() == 0);
    return path;
}

QStringList lines(const CliResult& r) {
    return r.outText().split('\n', Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("cli: library add reads a folder, skips what is there, and lists it") {
    Scratch scratch;
    const QString file = newProject(scratch);
    auto r = runCli({"library", "add", file, kMusic});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    // The four .ogg files, sorted by path (the COPYRIGHT files are not audio: not looked at).
    CHECK(lines(r) == QStringList{"1", "2", "3", "4"});
    CHECK(r.errText().isEmpty());

    const auto files = libraryFiles(file);
    REQUIRE(files.size() == 4);
    const auto chimes = files[0].toObject();
    CHECK(chimes.value("id").toInt() == 1);
    CHECK(chimes.value("path").toString() == kMusic + "/Chimes They Fade.ogg");
    CHECK(chimes.value("file_name").toString() == "Chimes They Fade.ogg");
    CHECK(chimes.value("title").toString() == "Chimes They Fade");
    CHECK(chimes.value("artists").toArray() == QJsonArray{"Maxstack"});
    CHECK(chimes.value("album").toString() == "Endgame: Singularity Original Soundtrack");
    CHECK(chimes.value("format").toString() == "Ogg Vorbis");
    // ffprobe: 2 048 000 samples at 48 kHz; TagLib gives whole milliseconds.
    CHECK(std::abs(chimes.value("duration_seconds").toDouble() - 2048000.0 / 48000.0) <= 0.001);
    CHECK(chimes.value("cues").toArray().isEmpty());
    CHECK(files[1].toObject().value("title").toString() == "March Thee to Dis");
    const auto credits = files[2].toObject();
    CHECK(credits.value("title").toString() == "Credits Ballad");
    CHECK(credits.value("comment").toString() == "Composed for the credits of Extreme Tux Racer.");
    const auto untagged = files[3].toObject();
    CHECK(untagged.value("title").toString() == "raceintro-ks");
    CHECK(untagged.value("artists").toArray().isEmpty());

    // The text form names each file.
    r = runCli({"library", "list", file});
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains("Credits Ballad"));
    CHECK(r.outText().contains("Kristian Picon"));
    CHECK(r.outText().contains(kMusic + "/raceintro-ks.ogg"));

    // Adding again: every path is already there; nothing new, no step, not an error.
    r = runCli({"library", "add", file, kMusic + "/credits1-cp.ogg", kMusic});
    CHECK(r.exitCode == 0);
    CHECK(r.outText().isEmpty());
    CHECK(r.errText().contains("already in the library as 3"));
    CHECK(libraryFiles(file).size() == 4);

    // Adding is one undo step.
    r = runCli({"undo", file});
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains("Add 4 files to the library"));
    CHECK(libraryFiles(file).isEmpty());
}

TEST_CASE("cli: library add reports unreadable files; nothing readable is an error") {
    Scratch scratch;
    const QString file = newProject(scratch);
    writeFile(scratch.path("notes.mp3"), "not audio\n");
    const QByteArray before = sha256(file);

    auto r = runCli({"library", "add", file, scratch.path("notes.mp3"), scratch.path("gone.wav")});
    CHECK(r.exitCode == 3);
    CHECK(r.outText().isEmpty());
    CHECK(r.errText().contains(scratch.path("notes.mp3")));
    CHECK(r.errText().contains(scratch.path("gone.wav")));
    CHECK(r.errText().contains("nothing added"));
    CHECK(sha256(file) == before);

    // One readable file among them: it is added, the others are reported.
    r = runCli({"library", "add", file, scratch.path("notes.mp3"), kMusic + "/raceintro-ks.ogg"});
    CHECK(r.exitCode == 0);
    CHECK(lines(r) == QStringList{"1"});
    CHECK(r.errText().contains("notes.mp3"));
    CHECK(libraryFiles(file).size() == 1);

    CHECK(runCli({"library", "add", file}).exitCode == 2); // no PATH
    CHECK(runCli({"library", "remove", file}).exitCode == 2);
    CHECK(runCli({"library", "add", scratch.path("none.cuesheet"), kMusic}).exitCode == 3);
}

TEST_CASE("cli: link fills empty fields, never overwrites, and undoes in one step") {
    Scratch scratch;
    const QString file = newProject(scratch);
    const QString flac = makeTaggedFlac(scratch, "rain_mix.flac");
    REQUIRE(runCli({"library", "add", file, flac}).exitCode == 0);
    // A cue titled from the file name (a placeholder) and one the user titled and sourced.
    REQUIRE(runCli({"add-cue", file, "--in", "01:00:10:00", "--out", "01:00:20:00", "--title",
                    "rain_mix"})
                .exitCode == 0);
    REQUIRE(
        runCli({"add-cue", file, "--in", "01:01:00:00", "--out", "01:01:20:00", "--title", "Storm",
                "--source-file", "/typed/storm.wav", "--writer", "Dee Typed:C:PRS::100"})
            .exitCode == 0);

    auto r = runCli({"link", file, "1", "1"});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains("filled: title, writers, isrc, source-file, label"));
    auto cues = listedCues(file);
    auto cue = cues[0].toObject();
    CHECK(cue.value("library_file").toInt() == 1);
    CHECK(cue.value("title").toString() == "Rain Over Water");
    const auto writers = cue.value("writers").toArray();
    REQUIRE(writers.size() == 2);
    CHECK(writers[0].toObject().value("name").toString() == "Ann Smith");
    CHECK(writers[0].toObject().value("role").toString() == "C");
    CHECK(writers[0].toObject().value("share").toDouble() == 0);
    CHECK(writers[1].toObject().value("name").toString() == "Cy Lee");
    CHECK(writers[1].toObject().value("role").toString() == "A");
    CHECK(cue.value("isrc").toString() == "GBAYE2400001");
    CHECK(cue.value("source_file").toString() == flac);
    CHECK(cue.value("library").toObject().value("label").toString() == "Cloud Records");
    // The shares are for the user to enter: validation says so.
    r = runCli({"validate", file});
    CHECK(r.exitCode == 1);
    CHECK(r.outText().contains("writer shares total 0 %"));

    const QByteArray beforeSecond = sha256(file);
    r = runCli({"link", file, "2", "1"});
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains("filled: isrc, label"));
    cue = listedCues(file)[1].toObject();
    CHECK(cue.value("title").toString() == "Storm");
    CHECK(cue.value("source_file").toString() == "/typed/storm.wav");
    REQUIRE(cue.value("writers").toArray().size() == 1);
    CHECK(cue.value("writers").toArray()[0].toObject().value("name").toString() == "Dee Typed");
    CHECK(libraryFiles(file)[0].toObject().value("cues").toArray() == QJsonArray{1, 2});

    r = runCli({"undo", file});
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains("Link cue \"Storm\" to \"rain_mix.flac\""));
    CHECK(sha256(file) != beforeSecond); // the history records the undo
    cue = listedCues(file)[1].toObject();
    CHECK(cue.value("library_file").toInt() == 0);
    CHECK(cue.value("isrc").toString().isEmpty());

    // Unlink with 0; errors change nothing.
    r = runCli({"link", file, "1", "0"});
    REQUIRE(r.exitCode == 0);
    CHECK(listedCues(file)[0].toObject().value("library_file").toInt() == 0);
    CHECK(listedCues(file)[0].toObject().value("isrc").toString() == "GBAYE2400001");
    const QByteArray before = sha256(file);
    CHECK(runCli({"link", file, "9", "1"}).exitCode == 3);
    r = runCli({"link", file, "1", "7"});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("no library file 7"));
    CHECK(runCli({"link", file, "one", "1"}).exitCode == 2);
    CHECK(runCli({"link", file, "1", "-2"}).exitCode == 2);
    CHECK(sha256(file) == before);
}

TEST_CASE("cli: an import links cues whose clip names a library file, in the same step") {
    Scratch scratch;
    const QString file = newProject(scratch);
    const QString flac = makeTaggedFlac(scratch, "RAIN_MIX.flac");
    REQUIRE(runCli({"library", "add", file, flac, kMusic}).exitCode == 0);
    const QString list = scratch.path("music.edl");
    writeFile(list,
              "TITLE: MUSIC\r\nFCM: NON-DROP FRAME\r\n"
              "001  AX       A     C        00:00:00:00 00:00:10:00 01:00:00:00 01:00:10:00\r\n"
              "* FROM CLIP NAME: rain_mix.SUB.01.wav\r\n"
              "002  AX       A     C        00:00:00:00 00:00:10:00 01:00:20:00 01:00:30:00\r\n"
              "* FROM CLIP NAME: Chimes They Fade.wav\r\n"
              "003  AX       A     C        00:00:00:00 00:00:10:00 01:00:40:00 01:00:50:00\r\n"
              "* FROM CLIP NAME: DIALOGUE 12.WAV\r\n");

    SECTION("linked by default") {
        auto r = runCli({"import-edl", file, list});
        INFO(r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.outText().contains("imported 3 cue(s)"));
        CHECK(r.outText().contains("linked 2 cue(s) to the music library"));
        const auto cues = listedCues(file);
        REQUIRE(cues.size() == 3);
        // rain_mix -> RAIN_MIX.flac (file name, any case): the placeholder takes the TITLE.
        CHECK(cues[0].toObject().value("library_file").toInt() == 1);
        CHECK(cues[0].toObject().value("title").toString() == "Rain Over Water");
        CHECK(cues[0].toObject().value("writers").toArray().size() == 2);
        CHECK(cues[0].toObject().value("isrc").toString() == "GBAYE2400001");
        // Chimes They Fade -> the real recording (library id 2).
        CHECK(cues[1].toObject().value("library_file").toInt() == 2);
        CHECK(cues[1].toObject().value("title").toString() == "Chimes They Fade");
        CHECK(cues[1].toObject().value("source_file").toString() ==
              kMusic + "/Chimes They Fade.ogg");
        CHECK(cues[2].toObject().value("library_file").toInt() == 0);
        // The import and its links are one step.
        r = runCli({"undo", file});
        CHECK(r.outText().contains("Import 3 cues from music.edl"));
        CHECK(listedCues(file).isEmpty());
        CHECK(libraryFiles(file).size() == 5);
    }
    SECTION("--no-link leaves them unlinked") {
        auto r = runCli({"import-edl", file, list, "--no-link"});
        REQUIRE(r.exitCode == 0);
        CHECK_FALSE(r.outText().contains("linked"));
        for (const auto& cue : listedCues(file))
            CHECK(cue.toObject().value("library_file").toInt() == 0);
        CHECK(listedCues(file)[0].toObject().value("title").toString() == "rain_mix");
    }
}
