// Timeline paint benchmark (DESIGN.md section 4: "timeline paint, 1920 px, 5 000 cues, 2-hour
// waveform: < 16 ms"). Builds a 2-hour project with 5 000 cues on three lanes, a 48 kHz
// stereo waveform pyramid and a thumbnail strip, all synthetic, then renders the timeline's
// 1920 x 400 viewport into an image frame after frame while it
//   fit     shows the whole film (repeated),
//   scroll  scrolls through the film at 10 minutes per view, 1/30 of a view per frame,
//   zoom    zooms from the whole film to single frames and back around moving anchors,
//   deep    scrolls at the deepest zoom (a frame 48 px wide),
//   play    repaints only the playhead's old and new strips while it advances (playback),
//   edit    retags one cue in view per frame (score <-> song) and repaints what the view asks
//           to repaint for it (its lane: TimelineView's precise repaints), also reporting the
//           share of the viewport that was asked for (edit_area_percent),
// and prints the median, 95th percentile and maximum paint time of each, in milliseconds.
//
// Usage: timeline_paint_bench [--frames N] [--scale S] [--only SCENARIO]
//   --frames N     frames per scenario (default 300)
//   --scale S      device pixel ratio (QT_SCALE_FACTOR), e.g. 2 for a high-DPI screen
//   --only NAME    run one scenario (for profiling)
// Each frame is timed twice: wall time (what the user waits, including time the thread
// spends preempted on a busy machine) and the thread's CPU time (the paint's own cost).
// Output: "key value" lines (scenario_median_ms ..., scenario_cpu_median_ms ...), then a
// Markdown table.
#include "../support/paint_recorder.h"
#include "cuesheet/media/waveform_peaks.h"
#include "cuesheet/model/in_memory_journal.h"
#include "cuesheet/model/project.h"
#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/timeline/timeline_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace cuesheet;
using cuesheet::test::PaintRecorder;

namespace {

constexpr int kCueCount = 5000;
constexpr std::int64_t kFilmSeconds = 7200;
constexpr int kSampleRate = 48000;

ProjectData makeProject() {
    ProjectData data;
    data.header.productionTitle = "Benchmark";
    data.header.timecode = {FrameRate(24000, 1001), false};
    data.header.startFrame = 3600 * 24;
    data.header.runningTime = Time::fromWholeSeconds(kFilmSeconds);
    std::mt19937 random(4242);
    std::uniform_int_distribution<std::int64_t> lengthsSeconds(2, 180);
    const FrameRate rate = data.header.timecode.rate;
    const std::int64_t filmFrames = Time::fromWholeSeconds(kFilmSeconds).frameAtOrBefore(rate);
    for (int i = 0; i < kCueCount; ++i) {
        Work work;
        work.id = i + 1;
        work.title = QStringLiteral("Benchmark cue title number %1").arg(i + 1);
        Cue cue;
        cue.id = i + 1;
        cue.workId = work.id;
        cue.lane = i % 3;
        const std::int64_t in = filmFrames * i / kCueCount;
        const std::int64_t length = lengthsSeconds(random) * 24;
        cue.in = Time::fromFrames(in, rate);
        cue.out = Time::fromFrames(std::min(in + length, filmFrames), rate);
        cue.tags.kind = i % 4 == 0 ? MusicKind::Song : MusicKind::Score;
        cue.tags.diegesis = static_cast<Diegesis>(i % 3);
        data.works[work.id] = work;
        data.cues[cue.id] = cue;
    }
    return data;
}

// Stereo, 2 hours: a few tones under a slow envelope, as min/max per 256 samples.
media::WaveformPeaks makeWaveform() {
    const std::int64_t samples = kFilmSeconds * kSampleRate;
    const auto buckets = static_cast<std::size_t>((samples + 255) / 256);
    media::WaveformPeaks::Level level(2, std::vector<media::PeakPair>(buckets));
    for (std::size_t b = 0; b < buckets; ++b) {
        const double t = static_cast<double>(b) * 256 / kSampleRate;
        const double envelope = 0.5 + 0.5 * std::sin(t / 7.0) * std::sin(t / 113.0);
        for (std::size_t c = 0; c < 2; ++c) {
            const double a = envelope * (c == 0 ? 0.9 : 0.7) * 32767;
            level[c][b] = {static_cast<std::int16_t>(-a), static_cast<std::int16_t>(a)};
        }
    }
    return media::WaveformPeaks(kSampleRate, media::WaveformChannels::PerChannel, samples,
                                std::move(level));
}

media::ThumbnailStrip makeThumbnails() {
    media::ThumbnailStrip strip;
    strip.interval = Time::fromWholeSeconds(10);
    strip.height = 54;
    for (int i = 0; i < kFilmSeconds / 10; ++i) {
        QImage image(96, 54, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(i * 7 % 360, 160, 200));
        QPainter p(&image);
        p.fillRect(10, 10, 40, 30, QColor::fromHsv(i * 13 % 360, 200, 120));
        p.end();
        const Time at = Time::fromWholeSeconds(10 * i);
        strip.thumbnails.push_back({at, at, image});
    }
    return strip;
}

struct Stats {
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats statsOf(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    Stats s;
    if (ms.empty())
        return s;
    s.median = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, static_cast<std::size_t>(std::ceil(0.95 * ms.size())) - 1)];
    s.max = ms.back();
    return s;
}

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct Timing {
    std::vector<double> wall;
    std::vector<double> cpu;
};

class Bench {
public:
    Bench(TimelineView& view, double scale)
        : view_(view)
        , image_(view.viewport()->size() * scale, QImage::Format_ARGB32_Premultiplied) {
        image_.setDevicePixelRatio(scale);
    }

    // Renders the whole viewport (what a scroll or zoom repaints).
    void frame(Timing& timing) { timedRender(QRegion(view_.viewport()->rect()), timing); }
    void region(const QRegion& region, Timing& timing) { timedRender(region, timing); }

private:
    void timedRender(const QRegion& region, Timing& timing) {
        const double cpuStart = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        view_.viewport()->render(&image_, QPoint(), region);
        timing.wall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        timing.cpu.push_back(threadCpuMs() - cpuStart);
    }
    TimelineView& view_;
    QImage image_;
};

} // namespace

int main(int argc, char* argv[]) {
    int frames = 300;
    double scale = 1.0;
    std::string only;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--frames") == 0)
            frames = std::max(10, std::atoi(argv[i + 1]));
        else if (std::strcmp(argv[i], "--scale") == 0)
            scale = std::max(1.0, std::atof(argv[i + 1]));
        else if (std::strcmp(argv[i], "--only") == 0)
            only = argv[i + 1];
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_SCALE_FACTOR", QByteArray::number(scale));
    QApplication app(argc, argv);

    InMemoryJournal journal;
    Project project(makeProject(), journal);
    CueSelection selection;
    std::set<CueId> selected;
    for (CueId id = 1; id <= kCueCount; id += 97)
        selected.insert(id);
    selection.select(selected);

    TimelineView view;
    view.setProject(&project);
    view.setSelection(&selection);
    view.setWaveform(makeWaveform());
    view.setThumbnails(makeThumbnails());
    view.resize(1920, 400 + view.horizontalScrollBar()->sizeHint().height());
    view.show();
    QApplication::processEvents();
    view.setMarks(Time::fromWholeSeconds(1800), Time::fromWholeSeconds(1900));
    view.setPlayhead(Time::fromWholeSeconds(1200));
    const int width = view.viewport()->width();
    std::printf("viewport %d x %d, device pixel ratio %.2f, cues %zu\n", width,
                view.viewport()->height(), view.viewport()->devicePixelRatioF(),
                project.cues().size());

    Bench bench(view, view.viewport()->devicePixelRatioF());
    Timing warmUp;
    for (int i = 0; i < 5; ++i) // thumbnails scaled, glyphs cached
        bench.frame(warmUp);

    std::vector<std::pair<std::string, Timing>> results;
    const auto wanted = [&](const char* name) { return only.empty() || only == name; };
    const Time film = Time::fromWholeSeconds(kFilmSeconds);
    const std::int64_t tenMinutes =
        TimelineGeometry::fitTicksPerPixel(Time::fromWholeSeconds(600), width);
    const ZoomLimits limits = view.zoomLimits();

    if (wanted("fit")) {
        Timing t;
        view.zoomToFit();
        for (int i = 0; i < frames; ++i)
            bench.frame(t);
        results.emplace_back("fit", t);
    }
    if (wanted("scroll")) {
        Timing t;
        view.setTicksPerPixel(tenMinutes, 0.0);
        const Time span = Time::fromTicks(tenMinutes * width);
        for (int i = 0; i < frames; ++i) {
            const std::int64_t room = std::max<std::int64_t>(1, (film - span).ticks());
            view.scrollToTime(Time::fromTicks((span.ticks() / 30 * i) % room));
            bench.frame(t);
        }
        results.emplace_back("scroll", t);
    }
    if (wanted("zoom")) {
        Timing t;
        const double range = std::log(static_cast<double>(limits.coarsest) / limits.finest);
        for (int i = 0; i < frames; ++i) {
            // In and out twice, anchored at a point that wanders across the view.
            const double phase = std::abs(std::fmod(4.0 * i / frames, 2.0) - 1.0); // 1..0..1
            const auto tpp = static_cast<std::int64_t>(limits.finest * std::exp(range * phase));
            view.setTicksPerPixel(tpp, width * (0.1 + 0.8 * i / frames));
            bench.frame(t);
        }
        results.emplace_back("zoom", t);
    }
    if (wanted("deep")) {
        Timing t;
        view.setTicksPerPixel(limits.finest, 0.0);
        view.scrollToTime(Time::fromWholeSeconds(1795));
        for (int i = 0; i < frames; ++i) {
            view.scrollToTime(view.timelineGeometry().start() +
                              Time::fromTicks(limits.finest * width / 30));
            bench.frame(t);
        }
        results.emplace_back("deep", t);
    }
    if (wanted("play")) {
        Timing t;
        view.setTicksPerPixel(tenMinutes, 0.0);
        view.scrollToTime(Time::fromWholeSeconds(3000));
        Time playhead = Time::fromWholeSeconds(3010);
        const Time step = Time::fromRational(1, 1, 60, Rounding::Nearest); // a 60 Hz display
        const int h = view.viewport()->height();
        for (int i = 0; i < frames; ++i) {
            const double before = view.timelineGeometry().xOfTime(playhead);
            playhead += step;
            view.setPlayhead(playhead);
            const double after = view.timelineGeometry().xOfTime(playhead);
            // What setPlayhead asks to repaint: the strips the playhead leaves and enters.
            QRegion strips(QRect(static_cast<int>(before) - 8, 0, 17, h));
            strips += QRect(static_cast<int>(after) - 8, 0, 17, h);
            bench.region(strips, t);
        }
        results.emplace_back("play", t);
    }

    double editAreaPercent = -1;
    if (wanted("edit")) {
        Timing t;
        view.setTicksPerPixel(tenMinutes, 0.0);
        view.scrollToTime(Time::fromWholeSeconds(3000));
        QApplication::processEvents();
        // Cues that start in view, edited in turn.
        std::vector<CueId> inView;
        for (const auto& [id, cue] : project.cues())
            if (cue.in > Time::fromWholeSeconds(3000) && cue.in < Time::fromWholeSeconds(3500))
                inView.push_back(id);
        PaintRecorder recorder(view.viewport());
        double area = 0;
        for (int i = 0; i < frames && !inView.empty(); ++i) {
            const CueId id = inView[static_cast<std::size_t>(i) % inView.size()];
            project.requestUpdateCues({id}, "Retag", [](Cue& c) {
                c.tags.kind = c.tags.kind == MusicKind::Score ? MusicKind::Song : MusicKind::Score;
            });
            recorder.painted = QRegion();
            QApplication::processEvents(); // the view's own repaint, recorded
            const QRegion asked = recorder.painted;
            for (const QRect& r : asked)
                area += static_cast<double>(r.width()) * r.height();
            bench.region(asked, t);
        }
        const double viewArea = static_cast<double>(view.viewport()->width()) *
                                view.viewport()->height() * static_cast<double>(frames);
        editAreaPercent = 100.0 * area / viewArea;
        results.emplace_back("edit", t);
    }

    Timing full;
    for (const auto& [name, t] : results) {
        const Stats wall = statsOf(t.wall);
        const Stats cpu = statsOf(t.cpu);
        std::printf("%s_median_ms %.3f\n%s_p95_ms %.3f\n%s_max_ms %.3f\n", name.c_str(),
                    wall.median, name.c_str(), wall.p95, name.c_str(), wall.max);
        std::printf("%s_cpu_median_ms %.3f\n%s_cpu_p95_ms %.3f\n%s_cpu_max_ms %.3f\n", name.c_str(),
                    cpu.median, name.c_str(), cpu.p95, name.c_str(), cpu.max);
        if (name != "play" && name != "edit") { // full-view repaints only
            full.wall.insert(full.wall.end(), t.wall.begin(), t.wall.end());
            full.cpu.insert(full.cpu.end(), t.cpu.begin(), t.cpu.end());
        }
    }
    if (editAreaPercent >= 0)
        std::printf("edit_area_percent %.1f\n", editAreaPercent);
    const Stats wall = statsOf(full.wall);
    const Stats cpu = statsOf(full.cpu);
    std::printf("full_median_ms %.3f\nfull_p95_ms %.3f\nfull_max_ms %.3f\n", wall.median, wall.p95,
                wall.max);
    std::printf("full_cpu_median_ms %.3f\nfull_cpu_p95_ms %.3f\nfull_cpu_max_ms %.3f\n", cpu.median,
                cpu.p95, cpu.max);

    std::printf("\n| scenario | frames | wall median (ms) | wall p95 (ms) | wall max (ms) | "
                "CPU median (ms) | CPU p95 (ms) | CPU max (ms) |\n"
                "|---|---|---|---|---|---|---|---|\n");
    for (const auto& [name, t] : results) {
        const Stats w = statsOf(t.wall);
        const Stats c = statsOf(t.cpu);
        std::printf("| %s | %zu | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |\n", name.c_str(),
                    t.wall.size(), w.median, w.p95, w.max, c.median, c.p95, c.max);
    }
    return 0;
}
