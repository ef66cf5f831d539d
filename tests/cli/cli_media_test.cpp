// cuesheet probe / new --media / frame / peaks / relink on the shared media fixtures.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kMov = QStringLiteral(CUESHEET_TEST_DATA_DIR "/media/otio_tc_01000000_1080p24.mov");
const QString kMp4 =
    QStringLiteral(CUESHEET_TEST_DATA_DIR "/media/openshot_test1_h264_ac3_2997.mp4");
} // namespace

TEST_CASE("cli: probe and new --media take rate, start timecode and running time from the film") {
    auto r = runCli({"probe", kMov, "--json"});
    REQUIRE(r.exitCode == 0);
    const auto probe = QJsonDocument::fromJson(r.out).object();
    CHECK(probe.value("start_timecode").toObject().value("text").toString() == "01:00:00:00");
    Scratch scratch;
    const QString file = scratch.path("film.cuesheet");
    r = runCli({"new", file, "--media", kMov});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    const auto info = QJsonDocument::fromJson(runCli({"info", file, "--json"}).out).object();
    CHECK(info.value("rate").toString() == "24/1");
    CHECK(info.value("start").toString() == "01:00:00:00");
    // The fixture is 50 frames long at 24 fps (2.083 s): 00:00:02:02.
    CHECK(info.value("running_time").toString() == "00:00:02:02");
    CHECK(info.value("media").toString().endsWith("otio_tc_01000000_1080p24.mov"));
    r = runCli({"probe", scratch.path("missing.mov")});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("missing.mov"));
}

TEST_CASE("cli: frame writes the frame shown at a timecode") {
    Scratch scratch;
    const QString png = scratch.path("f.png");
    // 01:00:01:00 is one second after the start timecode: frame 24 at 24 fps.
    auto r = runCli({"frame", kMov, "--at", "01:00:01:00", "--out", png, "--width", "320"});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().startsWith("frame 24 "));
    // The .mov stores 1920x1080 with 3:4 pixels in its container (ffprobe: display aspect
    // 4:3), so the picture is 1440x1080 as shown, and 320x240 at --width 320.
    const QImage image(png);
    CHECK(image.width() == 320);
    CHECK(image.height() == 240);
    r = runCli({"frame", kMov, "--at", "01:00:01:00", "--out", png});
    REQUIRE(r.exitCode == 0);
    const QImage full(png);
    CHECK(full.width() == 1440);
    CHECK(full.height() == 1080);
    r = runCli({"frame", kMov, "--at", "00:59:00:00", "--out", png});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("before the film's first frame"));
    r = runCli({"frame", kMov, "--at", "01:01:00:00", "--out", png});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("after the film's end"));
    r = runCli({"frame", kMov, "--at", "soon", "--out", png});
    CHECK(r.exitCode == 2);
}

TEST_CASE("cli: frame --at in seconds, and a timecode read at another rate") {
    Scratch scratch;
    const QString png = scratch.path("f.png");
    // 1.5 s from the first frame: frame 36 at 24 fps.
    auto r = runCli({"frame", kMov, "--at", "1.5", "--out", png});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().startsWith("frame 36 at 1.500000 s"));
    // 01:00:00:12 is frame 12 at the film's 24 fps, but 0.48 s (inside frame 11) at 25 fps:
    // the start timecode stays 01:00:00:00 at 24 fps, i.e. 3600 s.
    r = runCli({"frame", kMov, "--at", "01:00:00:12", "--out", png});
    CHECK(r.outText().startsWith("frame 12 at 0.500000 s"));
    r = runCli({"frame", kMov, "--at", "01:00:00:12", "--rate", "25", "--out", png});
    CHECK(r.exitCode == 0);
    CHECK(r.outText().startsWith("frame 11 at 0.458333 s"));
    r = runCli({"frame", kMov, "--at", "01:00:00:12", "--rate", "7", "--out", png});
    CHECK(r.exitCode == 2);
    CHECK(r.errText().contains("frames must be 00-6"));
    r = runCli({"frame", kMov, "--at", "01:00:00:12", "--rate", "fast", "--out", png});
    CHECK(r.exitCode == 2);
}

TEST_CASE("cli: new --media takes what is given over what the film says") {
    Scratch scratch;
    const QString file = scratch.path("film.cuesheet");
    const auto r = runCli({"new", file, "--media", kMov, "--title", "T", "--rate", "25", "--start",
                           "00:00:10:00", "--running-time", "00:05:00:00"});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    const auto info = jsonOf(runCli({"info", file, "--json"}));
    CHECK(info.value("title").toString() == "T");
    CHECK(info.value("rate").toString() == "25/1");
    CHECK(info.value("start").toString() == "00:00:10:00");
    CHECK(info.value("running_time").toString() == "00:05:00:00");
    CHECK(info.value("media").toString().endsWith("otio_tc_01000000_1080p24.mov"));
}

TEST_CASE("cli: peaks build once, then load from the cache") {
    Scratch scratch;
    auto r = runCli({"peaks", kMov, "--cache", scratch.path("cache"), "--json"});
    REQUIRE(r.exitCode == 0);
    auto json = QJsonDocument::fromJson(r.out).object();
    CHECK(json.value("from_cache").toBool() == false);
    // The .mov's sound, as ffprobe reports it: 44.1 kHz stereo, 91 875 samples (2.083 s).
    CHECK(json.value("sample_rate").toInt() == 44100);
    CHECK(json.value("channels").toInt() == 2);
    CHECK(json.value("sample_count").toInteger() == 91875);
    // Buckets of 256, 1024, 4096 ... samples: 359, 90, 23, 6, 2 and 1 of them.
    CHECK(json.value("levels").toInt() == 6);
    CHECK(json.value("seconds").isDouble());
    CHECK(json.value("seconds").toDouble() > 0.0);
    const QJsonObject built = json;
    r = runCli({"peaks", kMov, "--cache", scratch.path("cache"), "--json"});
    json = QJsonDocument::fromJson(r.out).object();
    CHECK(json.value("from_cache").toBool() == true);
    // The same pyramid comes back.
    for (const char* key : {"levels", "sample_rate", "channels", "sample_count", "bytes"})
        CHECK(json.value(key) == built.value(key));
}

TEST_CASE("cli: relink accepts the same film moved and refuses another") {
    Scratch scratch;
    const QString file = scratch.path("film.cuesheet");
    REQUIRE(runCli({"new", file, "--media", kMov}).exitCode == 0);
    const QString moved = scratch.path("moved.mov");
    REQUIRE(QFile::copy(kMov, moved));
    auto mediaOf = [&] {
        return jsonOf(runCli({"info", file, "--json"})).value("media").toString();
    };
    auto r = runCli({"relink", file, moved});
    CHECK(r.exitCode == 0);
    CHECK(mediaOf().endsWith("moved.mov"));
    const QByteArray before = sha256(file);
    r = runCli({"relink", file, kMp4});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains("not the same film"));
    CHECK(r.errText().contains(kMp4));
    CHECK(sha256(file) == before);
    CHECK(mediaOf().endsWith("moved.mov"));
    CHECK(runCli({"relink", file, kMp4, "--force"}).exitCode == 0);
    CHECK(mediaOf().endsWith("openshot_test1_h264_ac3_2997.mp4"));
    // Undo takes the relink back, like any other edit.
    CHECK(runCli({"undo", file}).exitCode == 0);
    CHECK(mediaOf().endsWith("moved.mov"));
}
