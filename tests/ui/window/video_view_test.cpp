// The video view: the picture scaled with its aspect kept, black bars around it, and the
// timecode overlay drawn only when asked.
#include "cuesheet/ui/video_view.h"

#include <QImage>

#include <catch2/catch.hpp>

using namespace cuesheet;

namespace {

QImage solid(QSize size, QColor colour) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

// The view as drawn, in logical pixels.
QImage drawn(VideoView& view) {
    return view.grab().toImage().scaled(view.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

int whitePixels(const QImage& image, const QRect& area) {
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += qGray(image.pixel(x, y)) > 230;
    return n;
}

} // namespace

TEST_CASE("a wide picture in a square view is letterboxed") {
    VideoView view;
    view.resize(400, 400);
    view.setImage(solid({200, 100}, Qt::red));
    CHECK(view.pictureRect() == QRect(0, 100, 400, 200));
    const QImage image = drawn(view);
    CHECK(image.pixelColor(200, 50) == QColor(Qt::black));
    CHECK(image.pixelColor(200, 200) == QColor(Qt::red));
    CHECK(image.pixelColor(200, 350) == QColor(Qt::black));
}

TEST_CASE("a picture in a wider view is pillarboxed") {
    VideoView view;
    view.resize(400, 100);
    view.setImage(solid({200, 100}, Qt::red));
    CHECK(view.pictureRect() == QRect(100, 0, 200, 100));
    const QImage image = drawn(view);
    CHECK(image.pixelColor(50, 50) == QColor(Qt::black));
    CHECK(image.pixelColor(200, 50) == QColor(Qt::red));
    CHECK(image.pixelColor(350, 50) == QColor(Qt::black));
}

TEST_CASE("the timecode overlay is drawn over the picture's bottom only when visible") {
    VideoView view;
    view.resize(640, 360);
    view.setImage(solid({640, 360}, Qt::red));
    view.setOverlayText("01:00:00:00");
    const QRect bottom(0, 360 * 3 / 4, 640, 360 / 4);
    const QRect top(0, 0, 640, 360 / 2);

    view.setOverlayVisible(false);
    CHECK_FALSE(view.isOverlayVisible());
    CHECK(whitePixels(drawn(view), bottom) == 0);

    view.setOverlayVisible(true);
    CHECK(view.isOverlayVisible());
    const QImage shown = drawn(view);
    CHECK(whitePixels(shown, bottom) > 50); // the digits
    CHECK(whitePixels(shown, top) == 0);
}
