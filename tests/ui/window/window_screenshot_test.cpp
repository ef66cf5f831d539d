// The demo, made in a scratch folder (ffmpeg + espeak-ng), opened in the window and
// rendered: the picture, the waveform, the thumbnails and the cues must all be drawn.
#include "window_test_support.h"

#include "cuesheet/ui/demo_builder.h"
#include "cuesheet/ui/demo_content.h"
#include "cuesheet/ui/editor_settings.h"
#include "cuesheet/ui/main_window.h"
#include "cuesheet/ui/media_preparation.h"
#include "cuesheet/ui/player/frame_player.h"
#include "cuesheet/ui/timeline/timeline_view.h"
#include "cuesheet/ui/video_view.h"
#include "cuesheet/ui/window_capture.h"

#include "cuesheet/store/project_file.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <catch2/catch.hpp>

#include <cmath>
#include <optional>

using namespace cuesheet;

namespace {

// Variance of the grey level of the pixels of `area` (image coordinates): a blank or
// single-colour region has none.
double greyVariance(const QImage& image, const QRect& area) {
    const QRect r = area.intersected(image.rect());
    if (r.isEmpty())
        return 0;
    double sum = 0;
    double sumSquares = 0;
    std::int64_t n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const double g = qGray(image.pixel(x, y));
            sum += g;
            sumSquares += g * g;
            ++n;
        }
    const double mean = sum / static_cast<double>(n);
    return sumSquares / static_cast<double>(n) - mean * mean;
}

// Distinct colours in a region.
std::size_t colourCount(const QImage& image, const QRect& area) {
    std::set<QRgb> colours;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); y += 2)
        for (int x = r.left(); x <= r.right(); x += 2)
            colours.insert(image.pixel(x, y));
    return colours.size();
}

QRect mapped(QWidget* from, QWidget* window, const QRect& rect, qreal dpr) {
    const QPoint topLeft = from->mapTo(window, rect.topLeft());
    return QRect(QPointF(topLeft * dpr).toPoint(), (QSizeF(rect.size()) * dpr).toSize());
}

// Runs the builder until it finishes (10 minutes at most); the message when it fails.
std::optional<QString> buildDemo(DemoBuilder& builder) {
    bool done = false;
    bool ok = false;
    QString message;
    QObject::connect(&builder, &DemoBuilder::finished, [&](bool success, const QString& m) {
        done = true;
        ok = success;
        message = m;
    });
    builder.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (done)
            loop.quit();
    });
    poll.start(50);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!done)
        return QString("the demo was not made within 10 minutes");
    if (!ok)
        return message;
    return std::nullopt;
}

QString demoMusic() {
    return QStringLiteral(CUESHEET_SOURCE_RESOURCES_DIR) + "/demo/music";
}

} // namespace

TEST_CASE("a demo made by an older version is replaced; a current one is kept") {
    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    const QString folder = scratch.filePath("demo");
    REQUIRE(QDir().mkpath(folder));
    DemoBuilder builder(folder, demoMusic());
    // What an older version left: a film and a project, and no demo-version stamp.
    for (const QString& path : {builder.filmPath(), builder.projectPath()}) {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("made by an older version");
    }
    REQUIRE_FALSE(builder.isReady());
    const auto failure = buildDemo(builder);
    INFO(failure.value_or(QString()).toStdString());
    REQUIRE_FALSE(failure);
    REQUIRE(builder.isReady());
    CHECK(QFileInfo(builder.filmPath()).size() > 100000);
    QString error;
    auto project = ProjectFile::open(builder.projectPath(), &error);
    INFO(error.toStdString());
    REQUIRE(project);
    CHECK(project->loadedData().cues.size() == demo::musicUses().size());
    project.reset();

    // A current demo is opened as it is: no process runs and the film is not rewritten.
    const QDateTime filmWritten = QFileInfo(builder.filmPath()).lastModified();
    DemoBuilder again(folder, demoMusic());
    REQUIRE(again.isReady());
    REQUIRE_FALSE(buildDemo(again));
    CHECK(QFileInfo(again.filmPath()).lastModified() == filmWritten);
}

TEST_CASE("the demo opens and the window draws its picture, waveform, thumbnails and cues") {
    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    DemoBuilder builder(scratch.filePath("demo"), demoMusic());
    const auto failure = buildDemo(builder);
    INFO(failure.value_or(QString()).toStdString());
    REQUIRE_FALSE(failure);
    REQUIRE(builder.isReady());

    EditorSettings settings(scratch.filePath("settings.ini"));
    const SocietyTable societies = SocietyTable::builtIn();
    MainWindow window(settings, societies, scratch.filePath("cache"));
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1600, 1000);
    window.show();
    QString error;
    REQUIRE(window.openProject(builder.projectPath(), &error));
    // Somewhere inside the first cue, so the playhead and the picture are mid-film.
    window.seek(Time::fromFrames(150, FrameRate(24000, 1001)));
    REQUIRE(waitUntilMediaSettled(window, 120000));
    REQUIRE(window.player().hasFrame());
    REQUIRE_FALSE(window.mediaPreparation().peaks().isEmpty());
    REQUIRE_FALSE(window.mediaPreparation().thumbnails().thumbnails.empty());

    const QImage shot = capturePart(window, "window", &error);
    REQUIRE_FALSE(shot.isNull());
    const qreal dpr = shot.devicePixelRatio();

    // The picture: testsrc2's colour bars and moving patterns.
    VideoView* video = window.videoView();
    const QRect picture = mapped(video, &window, video->pictureRect(), dpr);
    REQUIRE(picture.width() > 100);
    CHECK(greyVariance(shot, picture) > 200.0);
    CHECK(colourCount(shot, picture) > 20);

    TimelineView* timeline = window.timeline();
    const TimelineLayout layout = timeline->timelineLayout();
    QWidget* viewport = timeline->viewport();
    // The waveform band of the demo's sound track (music and speech).
    const QRect waveform = mapped(viewport, &window, layout.waveform, dpr);
    CHECK(greyVariance(shot, waveform) > 20.0);
    // The thumbnail strip.
    const QRect strip = mapped(viewport, &window, layout.thumbnails, dpr);
    CHECK(greyVariance(shot, strip) > 200.0);

    // Each cue's block, and the empty lane between cues 1 and 2 for contrast.
    const TimelineGeometry& g = timeline->timelineGeometry();
    const FrameRate rate(24000, 1001);
    const QRect lane = layout.laneRect(0);
    auto laneSlice = [&](std::int64_t fromFrame, std::int64_t toFrame) {
        const double x0 = g.xOfTime(Time::fromFrames(fromFrame, rate));
        const double x1 = g.xOfTime(Time::fromFrames(toFrame, rate));
        return mapped(viewport, &window,
                      QRect(QPoint(static_cast<int>(x0) + 2, lane.top() + 2),
                            QPoint(static_cast<int>(x1) - 2, lane.bottom() - 2)),
                      dpr);
    };
    const QRect gap = laneSlice(300, 420);
    for (const demo::MusicUse& use : demo::musicUses()) {
        INFO(use.title.toStdString());
        const QRect cue = laneSlice(use.inFrame, use.outFrame);
        REQUIRE(cue.width() > 10);
        // A cue block is filled with its kind's colour: it differs from the empty lane.
        const QColor inside = shot.pixelColor(cue.center());
        const QColor empty = shot.pixelColor(gap.center());
        const int difference = std::abs(inside.red() - empty.red()) +
                               std::abs(inside.green() - empty.green()) +
                               std::abs(inside.blue() - empty.blue());
        CHECK(difference > 40);
    }
}
