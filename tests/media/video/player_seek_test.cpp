// Seeks through the player (PlaybackEngine: demux thread, decode thread, presenter), not
// only through VideoFrameSource: every picture shown after a seek is read back from its own
// pixels, so a seek that lands a frame off, or shows a picture decoded from a missing
// reference, fails.

#include "video_fixtures.h"

#include "wait_until.h"

#include "cuesheet/media/playback_engine.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <random>

using namespace cuesheet;
using namespace cuesheet::media;
using namespace cuesheet::media::test;

namespace {

// A player on the film's picture alone (no audio device), on a clock that stands still
// unless the test moves it.
struct PicturePlayer {
    explicit PicturePlayer(const IndexedVideo& video) {
        INFO(video.error.toStdString());
        REQUIRE(video.ok());
        PlaybackEngine::Options options;
        options.monotonicNanoseconds = [clock = now] { return clock->load(); };
        options.presentIntervalMs = 1;
        engine = std::make_unique<PlaybackEngine>(nullptr, options);
        QObject::connect(engine.get(), &PlaybackEngine::frameChanged, engine.get(),
                         [this](const QImage& image, Time time) {
                             pictures.push_back(readFrameIndex(image));
                             times.push_back(time);
                         });
        auto opened = engine->open(video.path);
        INFO(opened.errorMessage().toStdString());
        REQUIRE(opened.ok());
        waitUntil([&] { return !pictures.empty(); }, "the first frame");
    }

    // Seeks while paused and waits for the picture of the seek.
    void seekAndWait(Time target) {
        const std::size_t before = pictures.size();
        engine->seek(target);
        waitUntil([&] { return pictures.size() > before; }, "the seek's frame");
        // Nothing else follows while paused.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }

    std::shared_ptr<std::atomic<std::int64_t>> now = std::make_shared<std::atomic<std::int64_t>>(0);
    std::unique_ptr<PlaybackEngine> engine;
    std::vector<int> pictures;
    std::vector<Time> times;
};

void checkPlayerSeeks(Fixture fixture, unsigned seed) {
    const IndexedVideo& video = fixtureVideo(fixture);
    PicturePlayer player(video);
    for (const Time target : randomSeekTargets(video, 200, seed)) {
        const std::int64_t expected = video.expectedIndexAt(target);
        INFO("target " << target.ticks() << " ticks (" << target.toSecondsForDisplay()
                       << " s), expected frame " << expected);
        player.seekAndWait(target);
        CHECK(player.pictures.back() == expected);
        CHECK(player.times.back() == video.frameTimes[static_cast<std::size_t>(expected)]);
        CHECK(player.engine->position() == target);
        CHECK(player.engine->currentFrameTime() ==
              video.frameTimes[static_cast<std::size_t>(expected)]);
    }
}

// Plays from a seek for a while: every picture shown is the clock's frame or the one
// before it, and they come in order.
void checkPlayingOnAfterSeeks(Fixture fixture, unsigned seed) {
    const IndexedVideo& video = fixtureVideo(fixture);
    PicturePlayer player(video);
    std::mt19937 random(seed);
    const auto frames = static_cast<int>(video.frameTimes.size());
    std::uniform_int_distribution<int> start(0, frames - 40);
    for (int round = 0; round < 10; ++round) {
        const int first = start(random);
        player.engine->pause();
        player.seekAndWait(video.frameTimes[static_cast<std::size_t>(first)]);
        REQUIRE(player.pictures.back() == first);
        player.engine->play();
        for (int i = 0; i < 30; ++i) {
            *player.now += 13'000'000; // 13 ms: less than a frame at every rate here
            const Time clock = player.engine->position();
            const std::int64_t expected = video.expectedIndexAt(clock);
            waitUntil([&] { return player.pictures.back() == expected; }, "the clock's frame");
        }
    }
}

} // namespace

TEST_CASE("Player: 200 random seeks while paused show the exact frame: H.264 long GOP 23.976",
          "[player][seek]") {
    checkPlayerSeeks(Fixture::H264_23976, 101);
}
TEST_CASE("Player: 200 random seeks while paused show the exact frame: H.264 long GOP 29.97",
          "[player][seek]") {
    checkPlayerSeeks(Fixture::H264_2997, 102);
}
TEST_CASE("Player: 200 random seeks while paused show the exact frame: variable frame rate",
          "[player][seek]") {
    checkPlayerSeeks(Fixture::H264_Vfr, 103);
}
TEST_CASE("Player: 200 random seeks while paused show the exact frame: MPEG-TS, no index",
          "[player][seek]") {
    checkPlayerSeeks(Fixture::H264_25_Ts, 104);
}
TEST_CASE("Player: 200 random seeks while paused show the exact frame: FFV1 in Matroska",
          "[player][seek]") {
    checkPlayerSeeks(Fixture::Ffv1_2997, 105);
}

TEST_CASE("Player: playing on after a seek shows the clock's frames in long-GOP H.264",
          "[player][seek]") {
    checkPlayingOnAfterSeeks(Fixture::H264_2997, 106);
}
TEST_CASE("Player: playing on after a seek shows the clock's frames in MPEG-TS", "[player][seek]") {
    checkPlayingOnAfterSeeks(Fixture::H264_25_Ts, 107);
}
