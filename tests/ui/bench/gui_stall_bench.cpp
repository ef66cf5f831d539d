// gui_stall_bench FILM [--cache DIR] [--tick-ms N]
//
// Opens FILM in the editor window (offscreen) as a new project and, while the window builds
// the film's waveform pyramid and thumbnail strip in the background, measures how late a
// QTimer on the GUI thread fires: a timer ticking every N ms (default 5) records the gap
// between consecutive ticks; the longest gap is the longest time the GUI thread was busy
// (a stall the user would feel as a frozen window). The measurement runs from the moment
// the project is opened until both jobs have finished.
//
// Prints "key value" lines: max_gap_ms, p99_gap_ms, gaps_over_50ms, ticks, open_ms,
// build_seconds, waveform_from_cache, thumbnails, peak_rss_kb.
// The project file is made in --cache DIR, so the window caches beside it, in
// DIR/bench.cuesheet-cache, as it does for any project; a second run with the same DIR reopens
// from that cache. An empty or missing --cache DIR means a fresh temporary folder (a real
// build, not a reopen).
#include "cuesheet/media/probe.h"
#include "cuesheet/model/society.h"
#include "cuesheet/store/project_file.h"
#include "cuesheet/ui/editor_settings.h"
#include "cuesheet/ui/main_window.h"
#include "cuesheet/ui/media_preparation.h"
#include "cuesheet/ui/player/frame_player.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cuesheet;

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: gui_stall_bench FILM [--cache DIR] [--tick-ms N]\n");
        return 2;
    }
    const QString film = args[1];
    QString cacheDir;
    int tickMs = 5;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args[i] == "--cache")
            cacheDir = args[i + 1];
        else if (args[i] == "--tick-ms")
            tickMs = args[i + 1].toInt();
    }
    QTemporaryDir scratch;
    if (cacheDir.isEmpty())
        cacheDir = scratch.filePath("cache");
    QDir().mkpath(cacheDir);

    // The project for the film, as File > New from Film makes it.
    const auto probe = media::probeMedia(film);
    if (!probe) {
        std::fprintf(stderr, "%s\n", qPrintable(probe.errorMessage()));
        return 1;
    }
    ProjectHeader header;
    header.productionTitle = QFileInfo(film).completeBaseName();
    header.timecode =
        TimecodeFormat{probe->video() ? probe->video()->frameRate : FrameRate(25, 1), false};
    header.runningTime = probe->duration;
    header.mediaPath = QFileInfo(film).absoluteFilePath();
    QString error;
    const QString projectPath = QDir(cacheDir).filePath("bench.cuesheet");
    QFile::remove(projectPath); // a new project each run; its cache folder stays
    if (!ProjectFile::create(projectPath, header, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    EditorSettings settings(scratch.filePath("settings.ini"));
    const SocietyTable societies = SocietyTable::builtIn();
    MainWindow window(settings, societies, cacheDir);
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();

    std::vector<double> gaps;
    gaps.reserve(1 << 20);
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(tickMs);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        gaps.push_back(static_cast<double>(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });

    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start();
    QElapsedTimer openTimer;
    openTimer.start();
    if (!window.openProject(projectPath, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double openMs = static_cast<double>(openTimer.nsecsElapsed()) / 1e6;
    // The open itself ran on the GUI thread between two ticks: count it as a gap too.
    QObject::connect(&window, &MainWindow::mediaSettled, &app, [&] {
        if (window.mediaPreparation().isRunning() || !window.player().hasFrame())
            return;
        ticker.stop();
        app.quit();
    });
    QTimer::singleShot(4 * 3600 * 1000, &app, &QApplication::quit);
    app.exec();
    const double buildSeconds = static_cast<double>(total.nsecsElapsed()) / 1e9;

    std::vector<double> sorted = gaps;
    std::sort(sorted.begin(), sorted.end());
    const double maxGap = sorted.empty() ? 0 : sorted.back();
    const double p99 = sorted.empty() ? 0 : sorted[sorted.size() * 99 / 100];
    const auto over50 =
        std::count_if(sorted.begin(), sorted.end(), [](double g) { return g > 50; });
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("max_gap_ms %.1f\n", maxGap);
    std::printf("p99_gap_ms %.1f\n", p99);
    std::printf("gaps_over_50ms %ld\n", static_cast<long>(over50));
    std::printf("ticks %zu\n", gaps.size());
    std::printf("tick_ms %d\n", tickMs);
    std::printf("open_ms %.1f\n", openMs);
    std::printf("build_seconds %.1f\n", buildSeconds);
    std::printf("waveform_empty %d\n", window.mediaPreparation().peaks().isEmpty() ? 1 : 0);
    std::printf("thumbnails %zu\n", window.mediaPreparation().thumbnails().thumbnails.size());
    std::printf("peak_rss_kb %ld\n", usage.ru_maxrss);
    return 0;
}
