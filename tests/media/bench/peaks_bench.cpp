// Waveform peaks benchmark (DESIGN.md section 4), one measurement per process so that peak
// memory belongs to that measurement alone:
//
//   peaks_bench --build FILM [--cache DIR] [--mono]
//       builds the pyramid of the film's best audio stream with one decoder thread, the way
//       the editor does (buildWaveformPeaks), and saves it to DIR when given;
//   peaks_bench --reopen FILM --cache DIR [--runs N]
//       reads it back N times (default 5) through loadOrBuildWaveformPeaks, the editor's
//       entry point (media identity + cache file).
//
// Prints "key value" lines (seconds unless the key says otherwise) for run_peaks_bench.sh.
// peak_rss_kb is getrusage()'s maximum resident set of this process.

#include "cuesheet/media/peaks_cache.h"
#include "cuesheet/media/waveform_builder.h"
#include "cuesheet/media/waveform_loader.h"

#include <QElapsedTimer>
#include <QStringList>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cuesheet::media;

namespace {

double seconds(const QElapsedTimer& timer) {
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

long peakRssKilobytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

int fail(const QString& message) {
    std::fprintf(stderr, "peaks_bench: %s\n", qPrintable(message));
    return 1;
}

void describe(const WaveformPeaks& peaks) {
    std::printf("sample_rate %d\nchannels %d\nsamples %lld\nlevels %d\npeak_bytes %zu\n",
                peaks.sampleRate(), peaks.channelCount(),
                static_cast<long long>(peaks.sampleCount()), peaks.levelCount(), peaks.byteSize());
}

int build(const QString& film, const QString& cacheDir, WaveformChannels channels) {
    WaveformBuildOptions options;
    options.channels = channels;
    options.decoderThreads = 1;
    QElapsedTimer timer;
    timer.start();
    auto peaks = buildWaveformPeaks(film, options);
    const double buildSeconds = seconds(timer);
    if (!peaks)
        return fail(peaks.errorMessage());
    std::printf("build_seconds %.6f\n", buildSeconds);
    describe(*peaks);
    if (!cacheDir.isEmpty()) {
        auto key = peaksCacheKeyFor(film, options);
        if (!key)
            return fail(key.errorMessage());
        auto saved = PeaksCache(cacheDir).save(*key, *peaks);
        if (!saved)
            return fail(saved.errorMessage());
        std::printf("cache_file %s\n", qPrintable(*saved));
    }
    std::printf("peak_rss_kb %ld\n", peakRssKilobytes());
    return 0;
}

int reopen(const QString& film, const QString& cacheDir, WaveformChannels channels, int runs) {
    WaveformBuildOptions options;
    options.channels = channels;
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto outcome = loadOrBuildWaveformPeaks(film, cacheDir, options);
        times.push_back(seconds(timer));
        if (!outcome)
            return fail(outcome.errorMessage());
        if (!outcome->fromCache)
            return fail(QStringLiteral("no valid cache in %1 (run --build with --cache first)")
                            .arg(cacheDir));
        if (run == 0)
            describe(outcome->peaks);
    }
    std::sort(times.begin(), times.end());
    std::printf("reopen_runs %d\nreopen_min %.6f\nreopen_median %.6f\nreopen_max %.6f\n", runs,
                times.front(), times[times.size() / 2], times.back());
    std::printf("peak_rss_kb %ld\n", peakRssKilobytes());
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QString mode;
    QString film;
    QString cacheDir;
    int runs = 5;
    WaveformChannels channels = WaveformChannels::PerChannel;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("--build") || arg == QLatin1String("--reopen")) {
            mode = arg;
        } else if (arg == QLatin1String("--cache") && i + 1 < args.size()) {
            cacheDir = args[++i];
        } else if (arg == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = std::max(1, args[++i].toInt());
        } else if (arg == QLatin1String("--mono")) {
            channels = WaveformChannels::MonoDownmix;
        } else if (!arg.startsWith(QLatin1String("--")) && film.isEmpty()) {
            film = arg;
        } else {
            return fail(QStringLiteral("unknown argument '%1'").arg(arg));
        }
    }
    if (mode.isEmpty() || film.isEmpty())
        return fail(QStringLiteral("usage: peaks_bench --build FILM [--cache DIR] [--mono] | "
                                   "--reopen FILM --cache DIR [--runs N] [--mono]"));
    if (mode == QLatin1String("--build"))
        return build(film, cacheDir, channels);
    if (cacheDir.isEmpty())
        return fail(QStringLiteral("--reopen needs --cache DIR"));
    return reopen(film, cacheDir, channels, runs);
}
