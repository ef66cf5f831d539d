// What the timeline draws, read back from an offscreen rendering: blocks where their frames
// are, the selection, the waveform where the audio is loud, thumbnails by time, and a
// zoomed-out view of thousands of cues.
#include "timeline_test_support.h"

#include "cuesheet/media/waveform_peaks.h"
#include "cuesheet/ui/timeline/timeline_colours.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPalette>

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace cuesheet;
using namespace cuesheet::test;

namespace {
QImage rendered(TimelineFixture& f) {
    QImage image(f.viewport()->size(), QImage::Format_ARGB32);
    image.fill(Qt::black);
    f.viewport()->render(&image);
    return image;
}

// 10 minutes of 48 kHz mono, silent except [10 s, 11 s) at +-0.6.
media::WaveformPeaks loudSecondAt10s() {
    const std::int64_t samples = 600LL * 48000;
    const std::int64_t buckets = (samples + 255) / 256;
    media::WaveformPeaks::Level level(
        1, std::vector<media::PeakPair>(static_cast<std::size_t>(buckets)));
    for (std::int64_t b = 10 * 48000 / 256; b < 11 * 48000 / 256; ++b)
        level[0][static_cast<std::size_t>(b)] = {-20000, 20000};
    return media::WaveformPeaks(48000, media::WaveformChannels::MonoDownmix, samples,
                                std::move(level));
}

QImage solid(QColor colour) {
    QImage image(96, 54, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}
} // namespace

TEST_CASE("cue blocks are drawn over their frames, the selected one with a highlight") {
    TimelineFixture f(projectData({cueAtFrames(200, 248, 0), cueAtFrames(300, 340, 1)}));
    f.setView(frames24(150), kTicksPerFrame24 / 8); // cue 1 at x 400..784, cue 2 from 1200
    const int y = f.laneY(0);
    QImage image = rendered(f);
    const QColor background = image.pixelColor(300, y);
    CHECK(image.pixelColor(600, y) != background);
    CHECK(image.pixelColor(396, y) == background); // just before frame 200
    CHECK(image.pixelColor(790, y) == background); // just after frame 248
    CHECK(image.pixelColor(600, f.laneY(1)) == image.pixelColor(300, f.laneY(1)));

    f.selection().select({1});
    image = rendered(f);
    const QColor highlight = f.view().palette().color(QPalette::Highlight);
    CHECK(image.pixelColor(401, y) == highlight);
    CHECK(image.pixelColor(600, f.view().timelineLayout().laneRect(0).top() + 3) == highlight);
}

TEST_CASE("kinds and diegesis look different") {
    std::vector<Cue> cues;
    // Score and song, each non-diegetic, diegetic and unknown: six blocks along lane 0.
    int frame = 160;
    for (MusicKind kind : {MusicKind::Score, MusicKind::Song})
        for (Diegesis d : {Diegesis::NonDiegetic, Diegesis::Diegetic, Diegesis::Unknown}) {
            Cue c = cueAtFrames(frame, frame + 16, 0);
            c.tags.kind = kind;
            c.tags.diegesis = d;
            cues.push_back(c);
            frame += 20;
        }
    TimelineFixture f(projectData(cues));
    f.setView(frames24(150), kTicksPerFrame24 / 8);
    const QImage image = rendered(f);
    const QRect lane = f.view().timelineLayout().laneRect(0);
    // The set of colours inside each block (its middle 8 x 8 pixels).
    std::vector<std::set<QRgb>> looks;
    for (int i = 0; i < 6; ++i) {
        const int x = f.xOf(frames24(160 + 20 * i + 8));
        std::set<QRgb> colours;
        for (int dx = -4; dx < 4; ++dx)
            for (int dy = -4; dy < 4; ++dy)
                colours.insert(image.pixel(x + dx, lane.center().y() + dy));
        looks.push_back(colours);
    }
    for (int a = 0; a < 6; ++a)
        for (int b = a + 1; b < 6; ++b)
            CHECK(looks[static_cast<std::size_t>(a)] != looks[static_cast<std::size_t>(b)]);
    CHECK(looks[1].size() >= 2); // diegetic: hatched, two colours
    CHECK(looks[0].size() == 1); // non-diegetic: solid
}

TEST_CASE("the waveform strip shows the loud second and nothing where it is silent") {
    TimelineFixture f(projectData({}));
    f.view().setWaveform(loudSecondAt10s());
    f.setView(frames24(150), kTicksPerFrame24 / 8); // 10 s = frame 240 at x 720, 11 s at 912
    const QImage image = rendered(f);
    const QRect strip = f.view().timelineLayout().waveform;
    const int above = strip.center().y() - strip.height() / 4;
    const QColor empty = image.pixelColor(300, above);
    CHECK(image.pixelColor(800, above) != empty);
    CHECK(image.pixelColor(715, above) == empty);
    CHECK(image.pixelColor(918, above) == empty);
}

TEST_CASE("a building waveform shows its progress in a blank strip") {
    TimelineFixture f(projectData({}));
    const QImage blank = rendered(f);
    f.view().setWaveformProgress(420);
    const QImage progress = rendered(f);
    const QRect strip = f.view().timelineLayout().waveform;
    CHECK(blank.copy(strip) != progress.copy(strip));
}

TEST_CASE("thumbnails tile the strip, each tile from the thumbnail at or before its time") {
    TimelineFixture f(projectData({}));
    media::ThumbnailStrip strip;
    strip.interval = Time::fromWholeSeconds(10);
    strip.height = 54;
    for (int i = 0; i < 60; ++i)
        strip.thumbnails.push_back({Time::fromWholeSeconds(10 * i), Time::fromWholeSeconds(10 * i),
                                    solid(i % 2 == 0 ? QColor(230, 0, 0) : QColor(0, 210, 0))});
    f.view().setThumbnails(strip);
    // 8 px per frame from frame 150 (6.25 s): 10 s is at x 720. Tiles are 71 px wide from
    // x = -1200 (time 0), so the first tile starting after 10 s is at x 788.
    f.setView(frames24(150), kTicksPerFrame24 / 8);
    const QImage image = rendered(f);
    const int y = f.view().timelineLayout().thumbnails.center().y();
    CHECK(image.pixelColor(100, y).red() > 200);
    CHECK(image.pixelColor(100, y).green() < 40);
    CHECK(image.pixelColor(800, y).green() > 180);
    CHECK(image.pixelColor(800, y).red() < 40);
}

TEST_CASE("a view starting a fraction of a pixel into the film draws its first thumbnail") {
    // Time 0's x is then -0.6 px; rounded to a whole pixel, the first tile's time is a tick
    // before 0, which once indexed the strip at -1 (a crash found by the paint benchmark).
    TimelineFixture f(projectData({}));
    media::ThumbnailStrip strip;
    strip.interval = Time::fromWholeSeconds(10);
    strip.height = 54;
    for (int i = 0; i < 6; ++i)
        strip.thumbnails.push_back({Time::fromWholeSeconds(10 * i), Time::fromWholeSeconds(10 * i),
                                    solid(i == 0 ? QColor(230, 0, 0) : QColor(0, 210, 0))});
    f.view().setThumbnails(strip);
    const std::int64_t ticksPerPixel = kTicksPerFrame24 / 8;
    f.setView(Time::fromTicks(ticksPerPixel * 3 / 5), ticksPerPixel);
    const QImage image = rendered(f);
    const int y = f.view().timelineLayout().thumbnails.center().y();
    CHECK(image.pixelColor(2, y).red() > 200);
    CHECK(image.pixelColor(2, y).green() < 40);
}

TEST_CASE("a two-hour film with 5000 cues draws zoomed out as merged runs") {
    std::vector<Cue> cues;
    for (int i = 0; i < 5000; ++i) {
        const std::int64_t in = static_cast<std::int64_t>(i) * 7200 * 24 / 5000;
        cues.push_back(cueAtFrames(in, in + 20, i % 3));
    }
    ProjectData data = projectData(cues);
    data.header.runningTime = Time::fromWholeSeconds(7200);
    TimelineFixture f(std::move(data));
    f.view().zoomToFit();
    const QImage image = rendered(f);
    const TimelineColours colours = TimelineColours::fromPalette(f.view().palette());
    // Cues every 34.56 frames, 20 long, on three lanes: each lane is covered across the width.
    for (int lane = 0; lane < 3; ++lane) {
        const int y = f.laneY(lane);
        const QColor background = colours.laneBackground[lane % 2];
        int covered = 0;
        for (int x = 0; x < image.width() - 10; ++x)
            covered += image.pixelColor(x, y) != background ? 1 : 0;
        CHECK(covered > (image.width() - 10) * 9 / 10);
    }
}

namespace {
// A dark desktop palette, as a dark theme (KDE Breeze Dark, GNOME Adwaita dark) gives it.
QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(42, 46, 50));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(27, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(35, 38, 41));
    p.setColor(QPalette::Button, QColor(49, 54, 59));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(61, 174, 233));
    p.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
    return p;
}

// Euclidean distance in RGB (0 .. 441).
double colourDistance(QColor a, QColor b) {
    const double dr = a.red() - b.red(), dg = a.green() - b.green(), db = a.blue() - b.blue();
    return std::sqrt(dr * dr + dg * dg + db * db);
}

int lightnessAt(const QImage& image, int x, int y) {
    return image.pixelColor(x, y).lightness();
}
} // namespace

TEST_CASE("a dark palette gives a dark timeline whose cues still stand out") {
    TimelineFixture f(projectData({cueAtFrames(200, 248, 0)}));
    f.setView(frames24(150), kTicksPerFrame24 / 8); // the cue at x 400..784
    const int y = f.laneY(0);
    const QImage light = rendered(f);
    REQUIRE(lightnessAt(light, 300, y) > 128); // the default palette here is light

    f.view().setPalette(darkPalette());
    const QImage dark = rendered(f);
    CHECK(lightnessAt(dark, 300, y) < 80); // the empty lane follows the palette
    // A block stands out from its empty lane about as much as under the light palette.
    const double lightContrast = colourDistance(light.pixelColor(600, y), light.pixelColor(300, y));
    const double darkContrast = colourDistance(dark.pixelColor(600, y), dark.pixelColor(300, y));
    CHECK(lightContrast > 30);
    CHECK(darkContrast >= 0.75 * lightContrast);
    CHECK(dark.pixelColor(600, y) != light.pixelColor(600, y)); // block colours adapt too
    // The ruler's labels are light on dark.
    const QRect ruler = f.view().timelineLayout().ruler;
    int lightest = 0;
    for (int x = 0; x < dark.width(); ++x)
        for (int yy = ruler.top(); yy <= ruler.bottom(); ++yy)
            lightest = std::max(lightest, lightnessAt(dark, x, yy));
    CHECK(lightest > 180);
    CHECK(lightnessAt(dark, 2, ruler.top() + 1) < 100);
}

TEST_CASE("at device pixel ratio 2 a cue covers twice the device pixels, edges exact") {
    TimelineFixture f(projectData({cueAtFrames(200, 248, 0)}));
    f.setView(frames24(150), kTicksPerFrame24 / 8); // the cue at x 400..784 (logical)
    const QSize logical = f.viewport()->size();
    QImage image(logical * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::black);
    f.viewport()->render(&image);
    const int y = 2 * f.laneY(0);
    const QColor background = image.pixelColor(600, y);
    CHECK(image.pixelColor(1200, y) != background);
    // Frame 200 starts at logical x 400: device pixel 800; frame 248 ends at 784: 1568.
    CHECK(image.pixelColor(796, y) == background);
    CHECK(image.pixelColor(804, y) != background);
    CHECK(image.pixelColor(1564, y) != background);
    CHECK(image.pixelColor(1572, y) == background);
}
