// Exact-seek and frame-step benchmark for VideoFrameSource (DESIGN.md section 4).
//
//   media_bench_seek FILM [--targets N] [--seed S] [--step-runs R] [--steps K] [--no-ffmpeg]
//
// In one run, on the same machine:
//   - exact seek: N random targets (uniform over the film); for each, the wall time of
//     VideoFrameSource::frameAt on an open source ("warm": what the editor pays when the
//     playhead jumps), of open + frameAt in a fresh source ("cold"), and of the command
//     `ffmpeg -ss T -i FILM -frames:v 1 -f null -` (what the bar compares with);
//   - frame steps: R random positions; at each, K steps backward then K steps forward,
//     timing each step and counting decoded frames.
// Prints "key value" lines (seconds unless the key says otherwise), for the script that
// writes docs/performance.md.

#include "cuesheet/media/video_frame_source.h"

extern "C" {
#include <libavutil/log.h>
}

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace cuesheet;
using namespace cuesheet::media;

namespace {

double seconds(const QElapsedTimer& timer) {
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest-rank percentile.
    const auto rank = static_cast<std::size_t>(
        std::max(1.0, std::ceil(p / 100.0 * static_cast<double>(values.size()))));
    return values[std::min(rank, values.size()) - 1];
}

void report(const char* key, const std::vector<double>& values) {
    std::printf("%s_median %.6f\n%s_p95 %.6f\n%s_min %.6f\n%s_max %.6f\n", key,
                percentile(values, 50), key, percentile(values, 95), key, percentile(values, 0),
                key, percentile(values, 100));
}

// CPU seconds (user + system) used so far by this process, all threads.
double processCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// CPU seconds used by this process's finished (waited-for) children.
double childrenCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto toSeconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return toSeconds(usage.ru_utime) + toSeconds(usage.ru_stime);
}

int fail(const QString& message) {
    std::fprintf(stderr, "media_bench_seek: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    av_log_set_level(AV_LOG_ERROR);
    QStringList args = app.arguments().mid(1);
    QString film;
    int targets = 50;
    unsigned seed = 1;
    int stepRuns = 10;
    int steps = 30;
    bool runFfmpeg = true;
    VideoFrameSource::Options options;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto next = [&] { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == "--targets")
            targets = next().toInt();
        else if (a == "--seed")
            seed = next().toUInt();
        else if (a == "--step-runs")
            stepRuns = next().toInt();
        else if (a == "--steps")
            steps = next().toInt();
        else if (a == "--cache-mib")
            options.cacheBudgetBytes = static_cast<std::size_t>(next().toULongLong()) << 20;
        else if (a == "--no-ffmpeg")
            runFfmpeg = false;
        else
            film = a;
    }
    if (film.isEmpty() || targets <= 0 || steps <= 0)
        return fail("usage: media_bench_seek FILM [--targets N] [--seed S] [--step-runs R] "
                    "[--steps K] [--no-ffmpeg]");

    QElapsedTimer timer;
    timer.start();
    auto opened = VideoFrameSource::open(film, options);
    if (!opened)
        return fail(opened.errorMessage());
    std::printf("open %.6f\n", seconds(timer));
    VideoFrameSource& source = *opened.value();
    const Time duration = source.duration();
    const FrameRate rate = source.frameRate();
    std::printf("duration_s %.3f\nrate %s\nvariable_rate %d\nwidth %d\nheight %d\n",
                duration.toSecondsForDisplay(), rate.toFraction().c_str(),
                source.isVariableFrameRate() ? 1 : 0, source.streamInfo().width,
                source.streamInfo().height);

    std::mt19937_64 random(seed);
    // Stay a second clear of the end, so that ffmpeg -ss always has a frame to give.
    std::uniform_int_distribution<std::int64_t> anywhere(
        0, std::max<std::int64_t>(1, (duration - Time::fromWholeSeconds(1)).ticks()));
    std::vector<Time> points;
    for (int i = 0; i < targets; ++i)
        points.push_back(Time::fromTicks(anywhere(random)));

    // Per target, in turn: warm (frameAt on the one open source), the ffmpeg command, cold
    // (open + frameAt in a fresh source). Interleaved, so that a burst of load from other
    // work on the machine hits all three alike. Wall time and CPU time (ours: this process;
    // ffmpeg's: the finished child) are both recorded; CPU time is steadier under load.
    std::vector<double> warm, warmCpu, cold, coldCpu, command, commandCpu, decodedPerSeek;
    std::int64_t seekCalls = 0;
    for (const Time t : points) {
        const auto before = source.stats();
        double cpu = processCpuSeconds();
        timer.restart();
        auto frame = source.frameAt(t);
        warm.push_back(seconds(timer));
        warmCpu.push_back(processCpuSeconds() - cpu);
        if (!frame)
            return fail(frame.errorMessage());
        decodedPerSeek.push_back(
            static_cast<double>(source.stats().framesDecoded - before.framesDecoded));
        seekCalls += source.stats().seeks - before.seeks;

        if (runFfmpeg) {
            QProcess ffmpeg;
            const QStringList arguments{"-nostdin",
                                        "-v",
                                        "error",
                                        "-ss",
                                        QString::number(t.toSecondsForDisplay(), 'f', 6),
                                        "-i",
                                        film,
                                        "-frames:v",
                                        "1",
                                        "-f",
                                        "null",
                                        "-"};
            cpu = childrenCpuSeconds();
            timer.restart();
            ffmpeg.start("ffmpeg", arguments);
            if (!ffmpeg.waitForFinished(600000) || ffmpeg.exitCode() != 0)
                return fail("ffmpeg " + arguments.join(' ') +
                            " failed: " + QString::fromLocal8Bit(ffmpeg.readAllStandardError()));
            command.push_back(seconds(timer));
            commandCpu.push_back(childrenCpuSeconds() - cpu);
        }

        cpu = processCpuSeconds();
        timer.restart();
        auto fresh = VideoFrameSource::open(film, options);
        if (!fresh)
            return fail(fresh.errorMessage());
        auto coldFrame = (*fresh)->frameAt(t);
        cold.push_back(seconds(timer));
        coldCpu.push_back(processCpuSeconds() - cpu);
        if (!coldFrame)
            return fail(coldFrame.errorMessage());
    }
    report("seek_warm", warm);
    report("seek_warm_cpu", warmCpu);
    report("seek_cold", cold);
    report("seek_cold_cpu", coldCpu);
    if (runFfmpeg) {
        report("seek_ffmpeg", command);
        report("seek_ffmpeg_cpu", commandCpu);
    }
    std::printf("seek_calls_per_target %.2f\n",
                static_cast<double>(seekCalls) / static_cast<double>(targets));
    report("seek_decoded_frames", decodedPerSeek);

    // Steps: K back, then K forward, from R random positions.
    std::vector<double> backFirst;
    std::vector<double> backRest;
    std::vector<double> forward;
    std::int64_t backDecoded = 0;
    std::int64_t backSteps = 0;
    for (int run = 0; run < stepRuns; ++run) {
        auto at = source.frameAt(Time::fromTicks(anywhere(random)) + Time::fromWholeSeconds(1));
        if (!at)
            return fail(at.errorMessage());
        const auto before = source.stats();
        for (int k = 0; k < steps; ++k) {
            timer.restart();
            auto frame = source.stepBackward();
            (k == 0 ? backFirst : backRest).push_back(seconds(timer));
            if (!frame)
                return fail(frame.errorMessage());
        }
        backDecoded += source.stats().framesDecoded - before.framesDecoded;
        backSteps += steps;
        for (int k = 0; k < steps; ++k) {
            timer.restart();
            auto frame = source.stepForward();
            forward.push_back(seconds(timer));
            if (!frame)
                return fail(frame.errorMessage());
        }
    }
    std::vector<double> allBack = backFirst;
    allBack.insert(allBack.end(), backRest.begin(), backRest.end());
    report("step_back", allBack);
    report("step_back_first", backFirst);
    report("step_back_rest", backRest);
    report("step_forward", forward);
    std::printf("step_back_decoded_per_step %.3f\n",
                backSteps > 0 ? static_cast<double>(backDecoded) / static_cast<double>(backSteps)
                              : 0.0);
    std::printf("cache_frames %zu\ncache_mib %.1f\n", source.cachedFrameCount(),
                static_cast<double>(source.cachedBytes()) / (1024.0 * 1024.0));
    return 0;
}
