#include "video_fixtures.h"

#include "cuesheet/media/frame_image.h"
#include "cuesheet/media/video_frame_source.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace cuesheet;
using namespace cuesheet::media;
using namespace cuesheet::media::test;

TEST_CASE("Frame image: fitted size keeps the display aspect", "[image]") {
    using C = FrameImageConverter;
    CHECK(C::fittedSize({1920, 1080}, {960, 960}) == QSize(960, 540));
    CHECK(C::fittedSize({1920, 1080}, {100, 1000}) == QSize(100, 56));
    CHECK(C::fittedSize({160, 96}, {1600, 960}) == QSize(1600, 960)); // scales up too
    CHECK(C::fittedSize({660, 480}, {}) == QSize(660, 480));          // no limit: display size
    CHECK(C::fittedSize({1920, 1080}, {1, 1}) == QSize(1, 1));
    CHECK(C::fittedSize({}, {100, 100}).isEmpty());
}

TEST_CASE("Frame image: anamorphic SD is shown at its display aspect", "[image]") {
    auto source = VideoFrameSource::open(QDir(QStringLiteral(CUESHEET_TEST_DATA_DIR "/media"))
                                             .filePath("openshot_test1_h264_ac3_2997.mp4"));
    INFO(source.errorMessage().toStdString());
    REQUIRE(source.ok());
    auto frame = (*source)->frameAt(Time());
    REQUIRE(frame.ok());
    CHECK(frame->size() == QSize(720, 480));
    CHECK(frame->displaySize() == QSize(660, 480)); // SAR 11:12
    const QImage full = toImage(frame.value());
    CHECK(full.size() == QSize(660, 480));
    CHECK(full.format() == QImage::Format_RGB32);
    const QImage half = toImage(frame.value(), {330, 1000});
    CHECK(half.size() == QSize(330, 240));
    CHECK(toImage(VideoFrame()).isNull());
}

TEST_CASE("Frame image: TV-range video becomes full-range RGB", "[image]") {
    // The lossless FFV1 fixture has Y 235 for white blocks and Y 16 for black ones: in RGB
    // these must be 255 and 0 (give or take rounding), not 235 and 16.
    const IndexedVideo& video = fixtureVideo(Fixture::Ffv1_2997);
    REQUIRE(video.ok());
    auto source = VideoFrameSource::open(video.path);
    REQUIRE(source.ok());
    auto frame =
        (*source)->frameAt(Time::fromFrames(1, FrameRate(30000, 1001))); // frame 1: block 0 white
    REQUIRE(frame.ok());
    for (const auto quality :
         {FrameImageConverter::Quality::Fast, FrameImageConverter::Quality::Accurate}) {
        FrameImageConverter converter(quality);
        const QImage image = converter.convert(frame.value());
        REQUIRE(image.size() == QSize(160, 96));
        const QRgb white = image.pixel(10, 24);
        const QRgb black = image.pixel(30, 24);
        CHECK(qRed(white) >= 250);
        CHECK(qGreen(white) >= 250);
        CHECK(qBlue(white) >= 250);
        CHECK(qRed(black) <= 5);
        CHECK(qGreen(black) <= 5);
        CHECK(qBlue(black) <= 5);
        // The converter is reusable for the next frame and another size.
        auto next = (*source)->stepForward();
        REQUIRE(next.ok());
        CHECK(readFrameIndex(converter.convert(next.value(), {80, 80})) == next->index());
        REQUIRE((*source)->stepBackward().ok());
    }
}
