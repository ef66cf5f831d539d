#include "video_fixtures.h"

#include "damaged_media.h"

#include "cuesheet/media/probe.h"
#include "cuesheet/time/timecode.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace cuesheet;
using namespace cuesheet::media;
using namespace cuesheet::media::test;

namespace {

QString dataFile(const char* name) {
    return QDir(QStringLiteral(CUESHEET_TEST_DATA_DIR "/media"))
        .filePath(QString::fromLatin1(name));
}

MediaInfo probeOk(const QString& path) {
    auto result = probeMedia(path);
    INFO(result.errorMessage().toStdString());
    REQUIRE(result.ok());
    return result.value();
}

// |a - b| <= tolerance
bool near(Time a, Time b, Time tolerance) {
    const Time difference = a > b ? a - b : b - a;
    return difference <= tolerance;
}

constexpr Time kOneMillisecond = Time::fromTicks(Time::kTicksPerSecond / 1000);

} // namespace

TEST_CASE("Probe: QuickTime film with a tmcd track (OpenTimelineIO sample)", "[probe]") {
    const MediaInfo info = probeOk(dataFile("otio_tc_01000000_1080p24.mov"));
    CHECK(info.container.contains("mov"));
    REQUIRE(info.hasVideo());
    const VideoStreamInfo& video = *info.video();
    CHECK(video.codec == "h264");
    CHECK(video.width == 1920);
    CHECK(video.height == 1080);
    CHECK(video.frameRate == FrameRate(24, 1));
    CHECK_FALSE(video.variableFrameRate);
    CHECK(video.frameCount == 50);
    // 50 frames at 24 fps: 2.083 s.
    CHECK(near(info.duration, Time::fromFrames(50, FrameRate(24, 1)), kOneMillisecond));

    REQUIRE(info.hasAudio());
    CHECK(info.audio()->codec == "pcm_s16be");
    CHECK(info.audio()->sampleRate == 44100);
    CHECK(info.audio()->channels == 2);
    CHECK(info.audio()->channelLayout == "stereo");

    REQUIRE(info.startTimecode.has_value());
    CHECK(info.startTimecode->text == "01:00:00:00");
    CHECK(info.startTimecode->frame == 3600 * 24);
    CHECK(info.startTimecode->format == TimecodeFormat{FrameRate(24, 1), false});
    CHECK(info.startTimecode->source == "tmcd track");
    CHECK(info.timecodeWarning.isEmpty());
}

TEST_CASE("Probe: MP4 at 29.97 with AC-3 (OpenShot sample)", "[probe]") {
    const MediaInfo info = probeOk(dataFile("openshot_test1_h264_ac3_2997.mp4"));
    REQUIRE(info.hasVideo());
    CHECK(info.video()->frameRate == FrameRate(30000, 1001));
    CHECK_FALSE(info.video()->variableFrameRate);
    CHECK(info.video()->width == 720);
    CHECK(info.video()->height == 480);
    CHECK(info.video()->displayWidth() == 660); // 720 x SAR 11:12
    // 21 frames at 29.97: 0.7007 s.
    CHECK(near(info.video()->duration, Time::fromFrames(21, FrameRate(30000, 1001)),
               kOneMillisecond));
    CHECK(near(info.duration, Time::fromSecondsRounded(0.701), kOneMillisecond));
    REQUIRE(info.hasAudio());
    CHECK(info.audio()->codec == "ac3");
    CHECK(info.audio()->sampleRate == 44100);
    CHECK(info.audio()->channels == 2);
    CHECK_FALSE(info.startTimecode.has_value());
}

TEST_CASE("Probe: exact frame rates and constant/variable rate of generated files", "[probe]") {
    struct Case {
        Fixture fixture;
        FrameRate rate;
        bool variable;
    };
    const Case cases[] = {
        {Fixture::H264_23976, FrameRate(24000, 1001), false},
        {Fixture::H264_25, FrameRate(25, 1), false},
        {Fixture::H264_2997, FrameRate(30000, 1001), false},
        {Fixture::Mjpeg_25, FrameRate(25, 1), false},
        {Fixture::Ffv1_2997, FrameRate(30000, 1001), false}, // ms timestamps, still constant
        {Fixture::H264_25_Ts, FrameRate(25, 1), false},
    };
    for (const Case& c : cases) {
        const IndexedVideo& video = fixtureVideo(c.fixture);
        INFO(video.path.toStdString() << " " << video.error.toStdString());
        REQUIRE(video.ok());
        const MediaInfo info = probeOk(video.path);
        REQUIRE(info.hasVideo());
        CHECK(info.video()->frameRate == c.rate);
        CHECK(info.video()->variableFrameRate == c.variable);
        CHECK(info.video()->width == 160);
        CHECK(info.video()->height == 96);
        const auto frames = static_cast<std::int64_t>(video.frameTimes.size());
        CHECK(near(info.video()->duration, Time::fromFrames(frames, c.rate),
                   Time::fromFrames(1, c.rate)));
    }

    const IndexedVideo& vfr = fixtureVideo(Fixture::H264_Vfr);
    REQUIRE(vfr.ok());
    const MediaInfo info = probeOk(vfr.path);
    REQUIRE(info.hasVideo());
    CHECK(info.video()->variableFrameRate);
    CHECK(info.video()->frameRate.isValid());

    const MediaInfo withAudio = probeOk(fixtureVideo(Fixture::H264_23976).path);
    REQUIRE(withAudio.hasAudio());
    CHECK(withAudio.audio()->codec == "aac");
    CHECK(withAudio.audio()->sampleRate == 48000);
    CHECK(withAudio.audio()->channels == 2);
}

TEST_CASE("Probe: start timecode from a generated tmcd track, drop-frame and non-drop",
          "[probe][timecode]") {
    const QString directory = scratchDirectory("timecode");
    SECTION("29.97 drop-frame 01:00:00;00 is frame 107892") {
        IndexedVideoSpec spec;
        spec.rate = FrameRate(30000, 1001);
        spec.frames = 30;
        spec.container = "mov";
        spec.timecode = "01:00:00;00";
        const IndexedVideo video = makeIndexedVideo(directory, "df", spec);
        INFO(video.error.toStdString());
        REQUIRE(video.ok());
        const MediaInfo info = probeOk(video.path);
        REQUIRE(info.startTimecode.has_value());
        CHECK(info.startTimecode->format.dropFrame);
        CHECK(info.startTimecode->format.rate == FrameRate(30000, 1001));
        // One hour of drop-frame labels: 108000 - 2 x 54 dropped = 107892.
        CHECK(info.startTimecode->frame == 107892);
    }
    SECTION("25 fps MP4 00:59:50:00 is frame 89750") {
        IndexedVideoSpec spec;
        spec.frames = 30;
        spec.timecode = "00:59:50:00";
        const IndexedVideo video = makeIndexedVideo(directory, "ndf", spec);
        INFO(video.error.toStdString());
        REQUIRE(video.ok());
        const MediaInfo info = probeOk(video.path);
        REQUIRE(info.startTimecode.has_value());
        CHECK_FALSE(info.startTimecode->format.dropFrame);
        CHECK(info.startTimecode->frame == (59 * 60 + 50) * 25);
    }
    SECTION("A file without timecode has none") {
        const MediaInfo info = probeOk(fixtureVideo(Fixture::H264_25).path);
        CHECK_FALSE(info.startTimecode.has_value());
        CHECK(info.timecodeWarning.isEmpty());
    }
}

TEST_CASE("Probe: an audio-only file has audio and no video", "[probe]") {
    const QString path = QDir(scratchDirectory("audio-only")).filePath("sine.m4a");
    const QString error = writeAudioOnly(path, 3);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    const MediaInfo info = probeOk(path);
    CHECK_FALSE(info.hasVideo());
    CHECK(info.video() == nullptr);
    REQUIRE(info.hasAudio());
    CHECK(info.audio()->sampleRate == 48000);
    CHECK(info.audio()->channels == 2);
    CHECK(near(info.duration, Time::fromWholeSeconds(3), Time::fromFrames(1, FrameRate(25, 1))));
    CHECK_FALSE(info.startTimecode.has_value());
}

TEST_CASE("Media identity: same content, moved or copied; changed content differs",
          "[probe][identity]") {
    const QString directory = scratchDirectory("identity");
    const QString original = fixtureVideo(Fixture::H264_25).path;
    const QString copy = QDir(directory).filePath("moved.mp4");
    REQUIRE(QFile::copy(original, copy));

    const auto a = computeMediaIdentity(original);
    const auto b = computeMediaIdentity(copy);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->sizeBytes == QFileInfo(original).size());
    CHECK(a->sameContentAs(b.value()));
    CHECK(a->cacheKey() == b->cacheKey());
    CHECK(a->cacheKey().size() == 32);

    // One byte changed in the middle block.
    QFile file(copy);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 middle = file.size() / 2;
    REQUIRE(file.seek(middle));
    char byte = 0;
    REQUIRE(file.getChar(&byte));
    REQUIRE(file.seek(middle));
    REQUIRE(file.putChar(static_cast<char>(byte ^ 0x5a)));
    file.close();
    const auto changed = computeMediaIdentity(copy);
    REQUIRE(changed.ok());
    CHECK_FALSE(a->sameContentAs(changed.value()));
    CHECK(a->cacheKey() != changed->cacheKey());

    // The stored form reads back equal.
    const auto restored = MediaIdentity::fromStorageString(a->toStorageString());
    REQUIRE(restored.ok());
    CHECK(restored.value() == a.value());
    CHECK_FALSE(MediaIdentity::fromStorageString("v1 12 x abc").ok());

    // probeMedia reports the same identity.
    CHECK(probeOk(original).identity == a.value());

    const auto missing = computeMediaIdentity(QDir(directory).filePath("nothing.mp4"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == MediaError::Kind::NotFound);
}
