// The film's waveform and thumbnails are built in the background with a progress bar and a
// Cancel button in the status bar: cancel stops both and caches nothing, so the next open
// builds them whole; after that they come from the cache.
#include "window_test_support.h"

#include "cuesheet/ui/editor_settings.h"
#include "cuesheet/ui/main_window.h"
#include "cuesheet/ui/media_preparation.h"
#include "cuesheet/ui/player/frame_player.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressBar>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace cuesheet;
using test::TestProject;

namespace {
QToolButton* cancelButton(MainWindow& window) {
    for (QToolButton* button : window.statusBar()->findChildren<QToolButton*>())
        if (button->text() == "Cancel")
            return button;
    FAIL("no Cancel button in the status bar");
    return nullptr;
}
} // namespace

TEST_CASE("the film's background jobs show progress, cancel promptly and rebuild later") {
    TestProject p;
    // 15 minutes: building its waveform and strip takes long enough to cancel midway.
    const QString film = p.folder() + "/long_film.mp4";
    const QString made = test::makeTestFilm(film, 15 * 60);
    INFO(made.toStdString());
    REQUIRE(made.isEmpty());
    REQUIRE(
        p.project().requestUpdateHeader("media", [&](ProjectHeader& h) { h.mediaPath = film; }));

    QTemporaryDir scratch;
    EditorSettings settings(scratch.filePath("settings.ini"));
    MainWindow window(settings, p.societies(), scratch.filePath("cache"));
    window.resize(1280, 800);
    window.show();
    auto* progress = window.statusBar()->findChild<QProgressBar*>();
    REQUIRE(progress);
    QToolButton* cancel = cancelButton(window);
    MediaPreparation& media = window.mediaPreparation();

    QString error;
    REQUIRE(window.openProject(p.path(), &error));
    REQUIRE(QTest::qWaitFor([&] { return media.isRunning(); }, 20000));
    CHECK(progress->isVisible());
    CHECK(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    // Both jobs stop promptly (their loops check the flag between packets and pictures).
    REQUIRE(QTest::qWaitFor([&] { return !media.isRunning(); }, 3000));
    REQUIRE(QTest::qWaitFor([&] { return window.isMediaSettled(); }, 3000));
    CHECK_FALSE(progress->isVisible());
    CHECK_FALSE(cancel->isVisible());
    CHECK(media.peaks().isEmpty());
    CHECK_FALSE(media.thumbnails().complete());
    CHECK(media.thumbnails().thumbnails.empty());
    CHECK(QDir(p.path() + "-cache").entryList(QDir::Files | QDir::Hidden).isEmpty());

    // A cancelled build left nothing in the cache: opening again builds both whole.
    window.closeProject();
    REQUIRE(window.openProject(p.path(), &error));
    REQUIRE(QTest::qWaitFor([&] { return media.isRunning(); }, 20000));
    int highest = 0;
    QObject::connect(&media, &MediaPreparation::progressChanged, &window,
                     [&](int permille) { highest = std::max(highest, permille); });
    REQUIRE(QTest::qWaitFor([&] { return window.isMediaSettled(); }, 120000));
    CHECK_FALSE(media.peaks().isEmpty());
    CHECK(media.peaks().channelCount() == 1); // the sine track is mono
    CHECK(media.thumbnails().complete());
    CHECK(media.thumbnails().thumbnails.size() > 100);
    CHECK(highest > 0);
    CHECK_FALSE(progress->isVisible());
    // The caches were written beside the project, not in the user's cache folder.
    const QDir beside(p.path() + "-cache");
    CHECK(beside.entryList(QDir::Files).size() >= 2);
    CHECK_FALSE(QFileInfo::exists(scratch.filePath("cache")));

    // And a third open takes both from the cache, as fast as the window can open.
    window.closeProject();
    REQUIRE(window.openProject(p.path(), &error));
    REQUIRE(QTest::qWaitFor([&] { return window.isMediaSettled(); }, 10000));
    CHECK_FALSE(media.peaks().isEmpty());
    CHECK(media.thumbnails().complete());
}
