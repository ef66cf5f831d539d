// Frame-exact access: every frame returned is read back from its own pixels (the block
// pattern of indexed_video.h), so a seek that lands one frame off fails.

#include "video_fixtures.h"

#include "cuesheet/media/frame_image.h"
#include "cuesheet/media/video_frame_source.h"

#include <catch2/catch.hpp>

#include <random>

using namespace cuesheet;
using namespace cuesheet::media;
using namespace cuesheet::media::test;

namespace {

std::unique_ptr<VideoFrameSource> openFixture(const IndexedVideo& video,
                                              VideoFrameSource::Options options = {}) {
    INFO(video.error.toStdString());
    REQUIRE(video.ok());
    auto source = VideoFrameSource::open(video.path, options);
    INFO(source.errorMessage().toStdString());
    REQUIRE(source.ok());
    return std::move(source).value();
}

int pictureIndex(const VideoFrame& frame) {
    return readFrameIndex(toImage(frame));
}

// The frame's own pixels, its pts and (for constant rate) its index all agree with
// `expected`.
void checkFrame(const VideoFrame& frame, const IndexedVideo& video, std::int64_t expected,
                bool constantRate) {
    REQUIRE(frame.isValid());
    CHECK(pictureIndex(frame) == expected);
    CHECK(frame.pts() == video.frameTimes[static_cast<std::size_t>(expected)]);
    if (constantRate)
        CHECK(frame.index() == expected);
    else
        CHECK(frame.index() == -1);
}

void checkRandomSeeks(Fixture fixture, unsigned seed) {
    const IndexedVideo& video = fixtureVideo(fixture);
    const IndexedVideoSpec& spec = fixtureSpec(fixture);
    auto source = openFixture(video);
    const bool constantRate = !spec.variableFrameRate;
    CHECK(source->isVariableFrameRate() == spec.variableFrameRate);
    if (constantRate)
        CHECK(source->frameRate() == spec.rate);

    for (const Time t : randomSeekTargets(video, 200, seed)) {
        const std::int64_t expected = video.expectedIndexAt(t);
        INFO("target " << t.ticks() << " ticks (" << t.toSecondsForDisplay()
                       << " s), expected frame " << expected);
        auto frame = source->frameAt(t);
        INFO(frame.errorMessage().toStdString());
        REQUIRE(frame.ok());
        checkFrame(frame.value(), video, expected, constantRate);
    }
}

void checkSteps(Fixture fixture, VideoFrameSource::Options options, unsigned seed) {
    const IndexedVideo& video = fixtureVideo(fixture);
    const bool constantRate = !fixtureSpec(fixture).variableFrameRate;
    auto source = openFixture(video, options);
    const auto frames = static_cast<std::int64_t>(video.frameTimes.size());
    std::mt19937 random(seed);

    // Forward: from a random frame, 40 steps; each costs at most one decode.
    std::int64_t at = std::uniform_int_distribution<std::int64_t>(0, frames - 41)(random);
    REQUIRE(source->frameAt(video.frameTimes[static_cast<std::size_t>(at)]).ok());
    for (int i = 0; i < 40; ++i) {
        const auto before = source->stats();
        auto frame = source->stepForward();
        REQUIRE(frame.ok());
        ++at;
        INFO("forward step to " << at);
        checkFrame(frame.value(), video, at, constantRate);
        CHECK(source->stats().framesDecoded - before.framesDecoded <= 1);
        CHECK(source->stats().seeks == before.seeks);
    }

    // Backward: from near the end down to frame 0, across every keyframe.
    at = frames - 1 - std::uniform_int_distribution<std::int64_t>(0, 5)(random);
    REQUIRE(source->frameAt(video.frameTimes[static_cast<std::size_t>(at)]).ok());
    while (at > 0) {
        auto frame = source->stepBackward();
        REQUIRE(frame.ok());
        --at;
        INFO("backward step to " << at);
        checkFrame(frame.value(), video, at, constantRate);
    }
    auto beforeFirst = source->stepBackward();
    REQUIRE_FALSE(beforeFirst.ok());
    CHECK(beforeFirst.error().kind == MediaError::Kind::EndOfStream);
    CHECK(pictureIndex(source->currentFrame()) == 0);

    // And forward past the end.
    REQUIRE(source->frameAt(video.frameTimes.back()).ok());
    auto afterLast = source->stepForward();
    REQUIRE_FALSE(afterLast.ok());
    CHECK(afterLast.error().kind == MediaError::Kind::EndOfStream);
    CHECK(pictureIndex(source->currentFrame()) == frames - 1);
}

} // namespace

TEST_CASE("200 random seeks land on the exact frame: H.264 long GOP 23.976", "[video][seek]") {
    checkRandomSeeks(Fixture::H264_23976, 1);
}
TEST_CASE("200 random seeks land on the exact frame: H.264 long GOP 25", "[video][seek]") {
    checkRandomSeeks(Fixture::H264_25, 2);
}
TEST_CASE("200 random seeks land on the exact frame: H.264 long GOP 29.97", "[video][seek]") {
    checkRandomSeeks(Fixture::H264_2997, 3);
}
TEST_CASE("200 random seeks land on the exact frame: MJPEG intra 25", "[video][seek]") {
    checkRandomSeeks(Fixture::Mjpeg_25, 4);
}
TEST_CASE("200 random seeks land on the exact frame: FFV1 intra 29.97 in Matroska (ms times)",
          "[video][seek]") {
    checkRandomSeeks(Fixture::Ffv1_2997, 5);
}
TEST_CASE("200 random seeks land on the exact frame: variable frame rate", "[video][seek]") {
    checkRandomSeeks(Fixture::H264_Vfr, 6);
}
TEST_CASE("200 random seeks land on the exact frame: MPEG-TS starting at 1.4 s, no index",
          "[video][seek]") {
    checkRandomSeeks(Fixture::H264_25_Ts, 7);
}

TEST_CASE("Time is relative to the first frame when the stream starts later", "[video][seek]") {
    const IndexedVideo& video = fixtureVideo(Fixture::H264_25_Ts);
    auto source = openFixture(video);
    CHECK(source->streamInfo().start > Time::fromWholeSeconds(1)); // MPEG-TS muxers start at 1.4 s
    auto first = source->frameAt(Time());
    REQUIRE(first.ok());
    CHECK(first->pts() == Time());
    CHECK(pictureIndex(first.value()) == 0);
    auto negative = source->frameAt(Time::fromWholeSeconds(-3));
    REQUIRE(negative.ok());
    CHECK(pictureIndex(negative.value()) == 0);
    auto beyond = source->frameAt(Time::fromWholeSeconds(3600));
    REQUIRE(beyond.ok());
    CHECK(pictureIndex(beyond.value()) == static_cast<int>(video.frameTimes.size()) - 1);
}

TEST_CASE("Forward and backward steps land on the expected frames", "[video][step]") {
    SECTION("H.264 23.976") {
        checkSteps(Fixture::H264_23976, {}, 11);
    }
    SECTION("H.264 29.97") {
        checkSteps(Fixture::H264_2997, {}, 12);
    }
    SECTION("MJPEG 25") {
        checkSteps(Fixture::Mjpeg_25, {}, 13);
    }
    SECTION("FFV1 29.97 Matroska") {
        checkSteps(Fixture::Ffv1_2997, {}, 14);
    }
    SECTION("variable frame rate") {
        checkSteps(Fixture::H264_Vfr, {}, 15);
    }
    SECTION("MPEG-TS") {
        checkSteps(Fixture::H264_25_Ts, {}, 16);
    }
}

TEST_CASE("Steps stay exact when the GOP cache holds only part of a GOP", "[video][step]") {
    const IndexedVideo& video = fixtureVideo(Fixture::H264_25);
    auto probe = openFixture(video);
    REQUIRE(probe->cachedFrameCount() > 0);
    const std::size_t frameBytes = probe->cachedBytes() / probe->cachedFrameCount();
    VideoFrameSource::Options small;
    small.cacheBudgetBytes = frameBytes * 40; // 40 frames of a 250-frame GOP
    checkSteps(Fixture::H264_25, small, 21);
}

TEST_CASE("Backward steps cost about one decode each after the first", "[video][step]") {
    const IndexedVideo& video = fixtureVideo(Fixture::H264_25);
    auto source = openFixture(video);
    const std::int64_t gop = fixtureSpec(Fixture::H264_25).gop;

    // Start at frame 480 (GOP 250..499) and walk back to 260, inside one GOP. The first step
    // decodes the GOP from its keyframe once; every step after it is served from the cache.
    REQUIRE(source->frameAt(video.frameTimes[480]).ok());
    auto first = source->stepBackward();
    REQUIRE(first.ok());
    CHECK(pictureIndex(first.value()) == 479);
    const auto afterFirst = source->stats();
    for (int at = 478; at >= 260; --at) {
        auto frame = source->stepBackward();
        REQUIRE(frame.ok());
        REQUIRE(pictureIndex(frame.value()) == at);
    }
    const auto afterWalk = source->stats();
    CHECK(afterWalk.framesDecoded == afterFirst.framesDecoded);
    CHECK(afterWalk.seeks == afterFirst.seeks);

    // Crossing into the previous GOP decodes that GOP once (plus the look-ahead frame), then
    // steps are free again: 499 steps back from 499 to 0 cost at most two GOPs of decodes.
    REQUIRE(source->frameAt(video.frameTimes[499]).ok());
    const auto beforeLong = source->stats();
    for (int at = 498; at >= 0; --at) {
        auto frame = source->stepBackward();
        REQUIRE(frame.ok());
        REQUIRE(pictureIndex(frame.value()) == at);
    }
    const auto afterLong = source->stats();
    CHECK(afterLong.framesDecoded - beforeLong.framesDecoded <= 2 * (gop + 2));
    CHECK(afterLong.seeks - beforeLong.seeks <= 3);
}

TEST_CASE("Frames before a seek target are dropped, not shown", "[video][seek]") {
    // Seeking into the middle of a GOP decodes from its keyframe, yet returns the target.
    const IndexedVideo& video = fixtureVideo(Fixture::H264_2997);
    auto source = openFixture(video);
    const auto before = source->stats();
    auto frame = source->frameAt(video.frameTimes[400]);
    REQUIRE(frame.ok());
    CHECK(pictureIndex(frame.value()) == 400);
    CHECK(frame->index() == 400);
    CHECK_FALSE(frame->isKeyFrame());
    // From keyframe 250: 151 frames up to 400, one look-ahead, a few for B-frame reordering.
    CHECK(source->stats().framesDecoded - before.framesDecoded >= 151);
    CHECK(source->stats().framesDecoded - before.framesDecoded <= 160);
}
