// Bad media gives a clear error naming the file, or a reduced mode; never a crash or a hang.

#include "video_fixtures.h"

#include "damaged_media.h"
#include "ffmpeg_command.h"

#include "cuesheet/media/audio_output_virtual.h"
#include "cuesheet/media/frame_image.h"
#include "cuesheet/media/playback_engine.h"
#include "cuesheet/media/probe.h"
#include "cuesheet/media/thumbnail.h"
#include "cuesheet/media/video_frame_source.h"

#include <QDir>

#include <catch2/catch.hpp>

#include <random>

using namespace cuesheet;
using namespace cuesheet::media;
using namespace cuesheet::media::test;

namespace {

// An H.264 mp4 with its index (moov) at the front, so a cut or damaged copy still opens.
const QString& fastStartVideo() {
    static const QString path = [] {
        const IndexedVideo& source = fixtureVideo(Fixture::H264_25);
        REQUIRE(source.ok());
        const QString target = QDir(scratchDirectory("faststart")).filePath("faststart.mp4");
        const QString error =
            runFfmpeg({"-i", source.path, "-c", "copy", "-movflags", "+faststart", target});
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        return target;
    }();
    return path;
}

void checkNamesFile(const MediaError& error, const QString& path) {
    INFO(error.message.toStdString());
    CHECK(error.message.contains(path));
}

} // namespace

TEST_CASE("Bad media: missing, empty, non-media files give errors naming the file", "[bad]") {
    const QString directory = scratchDirectory("bad-basic");

    const QString missing = QDir(directory).filePath("no such film.mov");
    auto probe = probeMedia(missing);
    REQUIRE_FALSE(probe.ok());
    CHECK(probe.error().kind == MediaError::Kind::NotFound);
    checkNamesFile(probe.error(), missing);
    CHECK(probe.errorMessage().contains("does not exist"));
    auto source = VideoFrameSource::open(missing);
    REQUIRE_FALSE(source.ok());
    CHECK(source.error().kind == MediaError::Kind::NotFound);

    const QString empty = QDir(directory).filePath("empty.mp4");
    REQUIRE(writeTextFile(empty, {}).isEmpty());
    probe = probeMedia(empty);
    REQUIRE_FALSE(probe.ok());
    checkNamesFile(probe.error(), empty);
    CHECK(probe.errorMessage().contains("empty"));

    const QString text = QDir(directory).filePath("notes.mov");
    REQUIRE(writeTextFile(text, "TITLE: not a film\nFCM: NON-DROP FRAME\n").isEmpty());
    probe = probeMedia(text);
    REQUIRE_FALSE(probe.ok());
    CHECK(probe.error().kind == MediaError::Kind::NotMedia);
    checkNamesFile(probe.error(), text);
    source = VideoFrameSource::open(text);
    REQUIRE_FALSE(source.ok());
    checkNamesFile(source.error(), text);

    probe = probeMedia(directory);
    REQUIRE_FALSE(probe.ok());
    checkNamesFile(probe.error(), directory);
}

TEST_CASE("Bad media: an audio-only file has no picture, and says so", "[bad]") {
    const QString path = QDir(scratchDirectory("bad-audio")).filePath("music.m4a");
    REQUIRE(writeAudioOnly(path, 2).isEmpty());
    auto source = VideoFrameSource::open(path);
    REQUIRE_FALSE(source.ok());
    CHECK(source.error().kind == MediaError::Kind::NoStream);
    checkNamesFile(source.error(), path);
    CHECK(source.errorMessage().contains("no video"));

    ThumbnailRequest request;
    request.path = path;
    const ThumbnailStrip strip = buildThumbnails(request);
    CHECK_FALSE(strip.complete());
    CHECK(strip.thumbnails.empty());
    CHECK(strip.error.contains(path));
}

TEST_CASE("Bad media: a picture in an unknown codec is named; the sound still plays", "[bad]") {
    const QString path = QDir(scratchDirectory("bad-codec")).filePath("unknown codec.avi");
    REQUIRE(writeUnknownVideoCodec(path, 2).isEmpty());
    auto probe = probeMedia(path);
    INFO(probe.errorMessage().toStdString());
    REQUIRE(probe.ok());
    REQUIRE(probe.value().videoStreams.size() == 1);
    CHECK_FALSE(probe.value().videoStreams.front().decoderAvailable);
    REQUIRE(probe.value().audioStreams.size() == 1);
    CHECK(probe.value().audioStreams.front().decoderAvailable);

    auto source = VideoFrameSource::open(path);
    REQUIRE_FALSE(source.ok());
    CHECK(source.error().kind == MediaError::Kind::Unsupported);
    checkNamesFile(source.error(), path);
    CHECK(source.errorMessage().contains("an unknown codec (tag 'QQQQ')"));
    CHECK(source.errorMessage().contains("no decoder"));

    // The player falls back to the sound alone.
    PlaybackEngine engine(std::make_unique<VirtualAudioOutput>());
    auto opened = engine.open(path);
    INFO(opened.errorMessage().toStdString());
    REQUIRE(opened.ok());
    CHECK_FALSE(engine.hasVideo());
    CHECK(engine.hasAudio());
    CHECK(engine.currentFrame().isNull());
}

TEST_CASE("Bad media: a file cut before its index cannot be opened", "[bad]") {
    // ffmpeg's mp4 muxer writes the index (moov) last: half the file has none.
    const IndexedVideo& video = fixtureVideo(Fixture::H264_25);
    REQUIRE(video.ok());
    const QString cut = QDir(scratchDirectory("bad-cut")).filePath("cut.mp4");
    REQUIRE(writeTruncatedCopy(video.path, cut, 50).isEmpty());
    auto probe = probeMedia(cut);
    REQUIRE_FALSE(probe.ok());
    checkNamesFile(probe.error(), cut);
    auto source = VideoFrameSource::open(cut);
    REQUIRE_FALSE(source.ok());
    checkNamesFile(source.error(), cut);
}

TEST_CASE("Bad media: a truncated file shows what remains and ends cleanly", "[bad]") {
    const QString cut = QDir(scratchDirectory("bad-truncated")).filePath("truncated.mp4");
    REQUIRE(writeTruncatedCopy(fastStartVideo(), cut, 60).isEmpty());
    auto probe = probeMedia(cut);
    REQUIRE(probe.ok()); // the header is intact
    auto opened = VideoFrameSource::open(cut);
    INFO(opened.errorMessage().toStdString());
    REQUIRE(opened.ok());
    VideoFrameSource& source = *opened.value();

    auto first = source.frameAt(Time());
    REQUIRE(first.ok());
    CHECK(readFrameIndex(toImage(first.value())) == 0);

    // Asking past the readable part gives the last frame that could be decoded, whose pixels
    // agree with its index; steps beyond it end with EndOfStream.
    auto end = source.frameAt(Time::fromWholeSeconds(23));
    if (end.ok()) {
        const int shown = readFrameIndex(toImage(end.value()));
        CHECK(shown == end->index());
        CHECK(shown > 0);
        CHECK(shown < 600);
        int steps = 0;
        while (source.stepForward().ok() && steps < 700)
            ++steps;
        CHECK(steps < 700);
    } else {
        CHECK(end.error().message.contains(cut));
    }
    // Exact seeks into the readable part still land exactly.
    auto early = source.frameAt(Time::fromFrames(137, FrameRate(25, 1)));
    REQUIRE(early.ok());
    CHECK(readFrameIndex(toImage(early.value())) == 137);
}

TEST_CASE("Bad media: damaged picture data never crashes or hangs the frame source", "[bad]") {
    const QString damaged = QDir(scratchDirectory("bad-corrupt")).filePath("corrupt.mp4");
    REQUIRE(writeCorruptedCopy(fastStartVideo(), damaged, 24, 7).isEmpty());
    // The damage lies between 20 % and 95 % of the file and the index is in front (fast
    // start), so the film must open; it is the picture data that is damaged.
    auto opened = VideoFrameSource::open(damaged);
    INFO(opened.errorMessage().toStdString());
    REQUIRE(opened.ok());
    VideoFrameSource& source = *opened.value();
    std::mt19937 random(3);
    std::uniform_int_distribution<int> frame(0, 620);
    int answered = 0;
    for (int i = 0; i < 60; ++i) {
        auto result = source.frameAt(Time::fromFrames(frame(random), FrameRate(25, 1)));
        if (result.ok())
            ++answered;
        else
            checkNamesFile(result.error(), damaged);
    }
    for (int i = 0; i < 30; ++i)
        (void)source.stepBackward();
    for (int i = 0; i < 30; ++i)
        (void)source.stepForward();
    CHECK(answered > 0); // most of the picture data is intact
}

TEST_CASE("Bad media: damaged Matroska and MPEG-TS files never crash or hang", "[bad]") {
    for (const Fixture fixture : {Fixture::Ffv1_2997, Fixture::H264_25_Ts}) {
        const IndexedVideo& video = fixtureVideo(fixture);
        REQUIRE(video.ok());
        const QString directory =
            scratchDirectory(QStringLiteral("bad-damaged-%1").arg(int(fixture)));
        const QString damaged =
            QDir(directory).filePath("damaged" + QFileInfo(video.path).suffix().prepend('.'));
        REQUIRE(writeCorruptedCopy(video.path, damaged, 40, 11).isEmpty());
        const QString cut =
            QDir(directory).filePath("cut" + QFileInfo(video.path).suffix().prepend('.'));
        REQUIRE(writeTruncatedCopy(video.path, cut, 40).isEmpty());
        for (const QString& path : {damaged, cut}) {
            INFO(path.toStdString());
            (void)probeMedia(path);
            auto opened = VideoFrameSource::open(path);
            if (!opened.ok()) {
                checkNamesFile(opened.error(), path);
                continue;
            }
            VideoFrameSource& source = *opened.value();
            for (int i = 0; i < 20; ++i) {
                auto result = source.frameAt(Time::fromFrames(i * 17, FrameRate(25, 1)));
                if (!result.ok())
                    checkNamesFile(result.error(), path);
            }
            for (int i = 0; i < 20; ++i)
                (void)source.stepBackward();
        }
    }
}
