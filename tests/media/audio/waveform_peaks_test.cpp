#include "generated_audio.h"

#include "cuesheet/media/peaks_cache.h"
#include "cuesheet/media/waveform_builder.h"
#include "cuesheet/media/waveform_loader.h"
#include "cuesheet/media/waveform_peaks.h"
#include "cuesheet/media/waveform_peaks_task.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace cuesheet;
using namespace cuesheet::media;
using cuesheet::media::test::generatedMedia;

namespace {

constexpr int kRate = 48000;
constexpr int kSeconds = 10;

// Channel 0: 1 kHz at amplitude 0.5 (sampled exactly at its crests: +-16384 in 16 bits);
// channel 1: 440 Hz at amplitude 0.25 (crests fall between samples).
QString twoSinesWav() {
    return generatedMedia().make(
        QStringLiteral("two-sines.wav"),
        {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
         QStringLiteral("aevalsrc=exprs='0.5*sin(2*PI*1000*t)|0.25*sin(2*PI*440*t)':s=%1:d=%2")
             .arg(kRate)
             .arg(kSeconds),
         QStringLiteral("-c:a"), QStringLiteral("pcm_s16le")});
}

// A little-endian value at `offset` of `bytes` (0 past the end).
template <typename T> T littleEndianAt(const std::vector<char>& bytes, std::size_t offset) {
    T value{};
    if (offset + sizeof value <= bytes.size())
        std::memcpy(&value, bytes.data() + offset, sizeof value);
    return qFromLittleEndian(value);
}

// The 16-bit samples of a WAV file, read here by walking its RIFF chunks (independently of
// FFmpeg), de-interleaved.
std::vector<std::vector<std::int16_t>> readWav16(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray all = file.readAll();
    const std::vector<char> bytes(all.begin(), all.end());
    REQUIRE(all.left(4) == "RIFF");
    REQUIRE(all.mid(8, 4) == "WAVE");
    int channels = 0;
    std::size_t position = 12;
    while (position + 8 <= bytes.size()) {
        const QByteArray id = all.mid(static_cast<qsizetype>(position), 4);
        const auto size = littleEndianAt<quint32>(bytes, position + 4);
        const std::size_t body = position + 8;
        if (id == "fmt ") {
            channels = littleEndianAt<quint16>(bytes, body + 2);
            REQUIRE(littleEndianAt<quint16>(bytes, body + 14) == 16);
        } else if (id == "data") {
            REQUIRE(channels > 0);
            const std::size_t frames = size / (2u * static_cast<unsigned>(channels));
            std::vector<std::vector<std::int16_t>> samples(static_cast<std::size_t>(channels),
                                                           std::vector<std::int16_t>(frames));
            for (std::size_t i = 0; i < frames; ++i)
                for (std::size_t c = 0; c < samples.size(); ++c)
                    samples[c][i] =
                        littleEndianAt<qint16>(bytes, body + 2 * (i * samples.size() + c));
            return samples;
        }
        position += 8 + size + (size & 1);
    }
    FAIL("no data chunk in " << path.toStdString());
    return {};
}

// The envelope of samples [begin, end) computed straight from the PCM.
PeakPair envelopeOf(const std::vector<std::int16_t>& samples, std::int64_t begin,
                    std::int64_t end) {
    begin = std::max<std::int64_t>(begin, 0);
    end = std::min<std::int64_t>(end, static_cast<std::int64_t>(samples.size()));
    const auto [low, high] = std::minmax_element(samples.begin() + begin, samples.begin() + end);
    return {*low, *high};
}

WaveformPeaks buildOrFail(const QString& path, const WaveformBuildOptions& options = {}) {
    auto peaks = buildWaveformPeaks(path, options);
    INFO(peaks.errorMessage().toStdString());
    REQUIRE(peaks.ok());
    return std::move(peaks).value();
}

void copyFile(const QString& from, const QString& to) {
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
}

} // namespace

TEST_CASE("The pyramid of a known sine has the expected min/max at every level", "[peaks]") {
    const QString path = twoSinesWav();
    const auto pcm = readWav16(path);
    REQUIRE(pcm.size() == 2);
    REQUIRE(pcm[0].size() == static_cast<std::size_t>(kRate * kSeconds));

    const WaveformPeaks peaks = buildOrFail(path);
    CHECK(peaks.sampleRate() == kRate);
    CHECK(peaks.channelCount() == 2);
    CHECK(peaks.sampleCount() == kRate * kSeconds);
    CHECK(peaks.duration() == Time::fromWholeSeconds(kSeconds));
    // 1875 buckets of 256, then 469, 118, 30, 8, 2, 1.
    REQUIRE(peaks.levelCount() == 7);
    CHECK(peaks.buckets(peaks.levelCount() - 1, 0).size() == 1);

    for (int level = 0; level < peaks.levelCount(); ++level) {
        const std::int64_t width = WaveformPeaks::bucketSamples(level);
        INFO("level " << level << ", " << width << " samples per bucket");
        for (int channel = 0; channel < 2; ++channel) {
            const auto buckets = peaks.buckets(level, channel);
            REQUIRE(static_cast<std::int64_t>(buckets.size()) ==
                    (kRate * kSeconds + width - 1) / width);
            for (std::size_t b = 0; b < buckets.size(); ++b) {
                const auto begin = static_cast<std::int64_t>(b) * width;
                INFO("channel " << channel << " bucket " << b);
                // Exactly the envelope of the PCM...
                REQUIRE(buckets[b] ==
                        envelopeOf(pcm[static_cast<std::size_t>(channel)], begin, begin + width));
                // ...which for these sines is known in advance (every bucket spans more than
                // a period): the 1 kHz crests are sampled exactly, the 440 Hz ones within
                // cos(pi * 440 / 48000) of the peak.
                if (channel == 0) {
                    REQUIRE(buckets[b] == PeakPair{-16384, 16384});
                } else {
                    REQUIRE(buckets[b].max <= 8192);
                    REQUIRE(buckets[b].max >= 8188);
                    REQUIRE(buckets[b].min >= -8192);
                    REQUIRE(buckets[b].min <= -8188);
                }
            }
        }
    }
}

TEST_CASE("The mono downmix pyramid holds the average of the channels", "[peaks]") {
    const QString path = twoSinesWav();
    const auto pcm = readWav16(path);
    const WaveformPeaks peaks = buildOrFail(path, {.channels = WaveformChannels::MonoDownmix});
    REQUIRE(peaks.channelCount() == 1);
    CHECK(peaks.channelMode() == WaveformChannels::MonoDownmix);
    const auto buckets = peaks.buckets(0, 0);
    REQUIRE(buckets.size() == 1875);
    for (std::size_t b = 0; b < buckets.size(); ++b) {
        // (a + b) / 2 in 16-bit units; odd sums are halves, which min rounds down, max up.
        int low = 1 << 20;
        int high = -(1 << 20);
        for (std::size_t i = b * 256; i < (b + 1) * 256; ++i) {
            const int sum = pcm[0][i] + pcm[1][i];
            low = std::min(low, static_cast<int>(std::floor(sum / 2.0)));
            high = std::max(high, static_cast<int>(std::ceil(sum / 2.0)));
        }
        INFO("bucket " << b);
        REQUIRE(buckets[b] ==
                PeakPair{static_cast<std::int16_t>(low), static_cast<std::int16_t>(high)});
    }
}

TEST_CASE("A view's query picks the level for its zoom and covers each column", "[peaks]") {
    const QString path = twoSinesWav();
    const auto pcm = readWav16(path);
    const WaveformPeaks peaks = buildOrFail(path);

    struct View {
        std::int64_t first;
        std::int64_t end;
        int columns;
    };
    const View views[] = {
        {0, kRate * kSeconds, 1000}, // whole file: 480 samples per column -> level 0 (256)
        {0, kRate * kSeconds, 100},  // 4800 per column -> level 2 (4096)
        {12345, 12345 + 300000, 97}, // odd everything: 3092.8 per column -> level 1 (1024)
        {1000, 1000 + 2000, 500},    // zoomed in past the finest level: 4 per column
        {-5000, 20000, 50},          // starts before the audio
        {470000, 490000, 40},        // runs past the end
    };
    for (const View& view : views) {
        INFO("view [" << view.first << ", " << view.end << ") in " << view.columns << " columns");
        const std::int64_t span = view.end - view.first;
        const int level = peaks.levelFor(span, view.columns);
        const std::int64_t width = WaveformPeaks::bucketSamples(level);
        // The finest level whose bucket fits in a column; level 0 when none does.
        CHECK((width * view.columns <= span || level == 0));
        if (level + 1 < peaks.levelCount())
            CHECK(WaveformPeaks::bucketSamples(level + 1) * view.columns > span);

        const auto columns = peaks.columns(1, view.first, view.end, view.columns);
        REQUIRE(columns.size() == static_cast<std::size_t>(view.columns));
        for (int i = 0; i < view.columns; ++i) {
            const std::int64_t begin = view.first + i * span / view.columns;
            const std::int64_t end =
                std::max(view.first + (i + 1) * span / view.columns, begin + 1);
            INFO("column " << i << " [" << begin << ", " << end << ")");
            if (end <= 0 || begin >= kRate * kSeconds) {
                REQUIRE(columns[static_cast<std::size_t>(i)] == PeakPair{});
                continue;
            }
            // The column shows whole buckets of its level: the envelope of the samples from
            // the start of its first bucket to the end of its last.
            const std::int64_t bucketBegin = std::max<std::int64_t>(begin, 0) / width * width;
            const std::int64_t bucketEnd = (end + width - 1) / width * width;
            REQUIRE(columns[static_cast<std::size_t>(i)] ==
                    envelopeOf(pcm[1], bucketBegin, bucketEnd));
        }
    }

    SECTION("time ranges map to the samples playing in them") {
        const TimeRange firstSecond =
            TimeRange::fromStartAndDuration(Time(), Time::fromWholeSeconds(1));
        CHECK(peaks.columns(0, firstSecond, 75) == peaks.columns(0, 0, kRate, 75));
    }
}

TEST_CASE("A cancelled build stops and says so", "[peaks]") {
    const QString path = twoSinesWav();
    WaveformBuildControl control;
    int reports = 0;
    int lastReported = -1;
    control.onProgress = [&](int permille) {
        ++reports;
        lastReported = permille;
        if (permille >= 100)
            control.requestCancel();
    };
    auto result = buildWaveformPeaks(path, {}, &control);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == MediaError::Kind::Cancelled);
    CHECK(result.errorMessage().contains(path));
    // It stopped at the next frame: progress never went on to the end.
    CHECK(lastReported >= 100);
    CHECK(lastReported < 200);
    CHECK(control.progressPermille() < 1000);
}

TEST_CASE("Progress of an uncancelled build rises to 1000", "[peaks]") {
    WaveformBuildControl control;
    std::vector<int> reported;
    control.onProgress = [&](int permille) { reported.push_back(permille); };
    REQUIRE(buildWaveformPeaks(twoSinesWav(), {}, &control).ok());
    REQUIRE(reported.size() > 10);
    CHECK(std::is_sorted(reported.begin(), reported.end()));
    CHECK(reported.back() == 1000);
    CHECK(control.progressPermille() == 1000);
}

TEST_CASE("A build of a file without audio fails with NoStream", "[peaks]") {
    const QString path =
        generatedMedia().make(QStringLiteral("picture-only.mkv"),
                              {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                               QStringLiteral("testsrc=s=64x48:r=25:d=1"), QStringLiteral("-c:v"),
                               QStringLiteral("mjpeg")});
    auto result = buildWaveformPeaks(path);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == MediaError::Kind::NoStream);
    CHECK(result.errorMessage().contains(path));
}

TEST_CASE("A 5.1 AC-3 stream gives six channel pyramids", "[peaks]") {
    const QString path =
        generatedMedia().make(QStringLiteral("six-channels.ac3"),
                              test::sineSource(48000, 2, 440, 0.5, 6) +
                                  QStringList{QStringLiteral("-c:a"), QStringLiteral("ac3")});
    const WaveformPeaks peaks = buildOrFail(path);
    REQUIRE(peaks.channelCount() == 6);
    for (int c = 0; c < 6; ++c) {
        const auto middle = peaks.buckets(0, c)[100];
        INFO("channel " << c);
        CHECK(middle.max > 14000);
        CHECK(middle.min < -14000);
    }
}

TEST_CASE("The peaks cache gives back the pyramid it was given", "[peaks][cache]") {
    QTemporaryDir cacheDir;
    REQUIRE(cacheDir.isValid());
    const WaveformPeaks built = buildOrFail(twoSinesWav());
    const PeaksCache cache(cacheDir.path());
    const PeaksCacheKey key{QByteArrayLiteral("some media identity"), -1,
                            WaveformChannels::PerChannel};
    CHECK(cache.load(key).error().kind == MediaError::Kind::NotFound);
    REQUIRE(cache.save(key, built).ok());
    auto loaded = cache.load(key);
    INFO(loaded.errorMessage().toStdString());
    REQUIRE(loaded.ok());
    CHECK(*loaded == built);

    SECTION("a loaded pyramid stays whole when its cache file is replaced or removed") {
        const WaveformPeaks copy = *loaded;
        REQUIRE(cache.save(key, buildOrFail(twoSinesWav())).ok());
        QFile::remove(cache.filePathFor(key));
        CHECK(copy == built);
        CHECK(copy.buckets(0, 1).size() == built.buckets(0, 1).size());
    }
    SECTION("another identity, stream or mode is a miss") {
        CHECK(cache.load({QByteArrayLiteral("other media"), -1, WaveformChannels::PerChannel})
                  .error()
                  .kind == MediaError::Kind::NotFound);
        CHECK(cache.load({key.mediaIdentity, 1, WaveformChannels::PerChannel}).error().kind ==
              MediaError::Kind::NotFound);
        CHECK(cache.load({key.mediaIdentity, -1, WaveformChannels::MonoDownmix}).error().kind ==
              MediaError::Kind::NotFound);
    }
    SECTION("a file made for other media under this key's name is refused") {
        const PeaksCacheKey other{QByteArrayLiteral("other media"), -1,
                                  WaveformChannels::PerChannel};
        copyFile(cache.filePathFor(key), cache.filePathFor(other));
        auto refused = cache.load(other);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == MediaError::Kind::Corrupt);
        CHECK(refused.errorMessage().contains(QStringLiteral("other media")));
    }
    SECTION("a damaged or cut file is refused") {
        const QString file = cache.filePathFor(key);
        QFile handle(file);
        REQUIRE(handle.open(QIODevice::ReadWrite));
        QByteArray bytes = handle.readAll();
        SECTION("other version") {
            bytes[8] = 99;
        }
        SECTION("cut short") {
            bytes.chop(10);
        }
        SECTION("not a cache file") {
            bytes.replace(0, 8, "NOTPEAKS");
        }
        SECTION("bucket count too large") {
            // The first bucket count follows the 56-byte header and the 24 padded identity bytes.
            bytes[56 + 24 + 7] = 0x40;
        }
        handle.resize(0);
        handle.seek(0);
        handle.write(bytes);
        handle.close();
        auto refused = cache.load(key);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == MediaError::Kind::Corrupt);
        CHECK(refused.errorMessage().contains(file));
    }
}

TEST_CASE("loadOrBuild reads a valid cache and rebuilds a stale one", "[peaks][cache]") {
    QTemporaryDir work;
    REQUIRE(work.isValid());
    const QString media = work.filePath(QStringLiteral("film.wav"));
    const QString cacheDir = work.filePath(QStringLiteral("cache"));
    copyFile(twoSinesWav(), media);

    auto first = loadOrBuildWaveformPeaks(media, cacheDir);
    REQUIRE(first.ok());
    CHECK_FALSE(first->fromCache);
    CHECK(first->cacheWarning.isEmpty());
    CHECK(QDir(cacheDir).entryList({QStringLiteral("*.peaks")}).size() == 1);

    WaveformBuildControl control;
    auto second = loadOrBuildWaveformPeaks(media, cacheDir, {}, &control);
    REQUIRE(second.ok());
    CHECK(second->fromCache);
    CHECK(second->peaks == first->peaks);
    CHECK(control.progressPermille() == 1000);

    SECTION("the media changed: its new content is built") {
        const QString louder = generatedMedia().make(
            QStringLiteral("louder.wav"),
            test::sineSource(kRate, 3, 1000, 0.75, 2) +
                QStringList{QStringLiteral("-c:a"), QStringLiteral("pcm_s16le")});
        copyFile(louder, media);
        auto third = loadOrBuildWaveformPeaks(media, cacheDir);
        REQUIRE(third.ok());
        CHECK_FALSE(third->fromCache);
        CHECK(third->peaks == buildOrFail(louder));
        CHECK(third->peaks.sampleCount() == 3 * kRate);
    }
    SECTION("the cache file is damaged: it is rebuilt and replaced") {
        const auto key = peaksCacheKeyFor(media, {});
        REQUIRE(key.ok());
        const QString file = PeaksCache(cacheDir).filePathFor(*key);
        QFile handle(file);
        REQUIRE(handle.open(QIODevice::ReadWrite));
        handle.seek(8);
        handle.write("\x07\x00\x00\x00", 4); // another format version
        handle.close();
        auto third = loadOrBuildWaveformPeaks(media, cacheDir);
        REQUIRE(third.ok());
        CHECK_FALSE(third->fromCache);
        CHECK(third->peaks == first->peaks);
        auto fourth = loadOrBuildWaveformPeaks(media, cacheDir);
        REQUIRE(fourth.ok());
        CHECK(fourth->fromCache);
    }
    SECTION("an unwritable cache still gives the waveform, with a warning") {
        const QString blocked = work.filePath(QStringLiteral("blocked"));
        QFile plainFile(blocked);
        REQUIRE(plainFile.open(QIODevice::WriteOnly)); // a file where the directory should be
        plainFile.close();
        auto built = loadOrBuildWaveformPeaks(media, blocked);
        REQUIRE(built.ok());
        CHECK_FALSE(built->fromCache);
        CHECK_FALSE(built->cacheWarning.isEmpty());
    }
}

TEST_CASE("WaveformPeaksTask builds in the background and reports to the GUI thread",
          "[peaks][task]") {
    QTemporaryDir cacheDir;
    WaveformPeaksTask task(twoSinesWav(), cacheDir.path());
    QSignalSpy progress(&task, &WaveformPeaksTask::progressChanged);
    QSignalSpy finished(&task, &WaveformPeaksTask::finished);
    task.start();
    REQUIRE(finished.wait(60'000));
    REQUIRE(task.isFinished());
    REQUIRE(task.result().ok());
    CHECK_FALSE(task.result()->fromCache);
    CHECK(task.result()->peaks.sampleCount() == kRate * kSeconds);
    CHECK(task.progressPermille() == 1000);
    REQUIRE(progress.size() > 0);
    CHECK(progress.last().at(0).toInt() == 1000);
}

TEST_CASE("WaveformPeaksTask cancelled midway finishes promptly with Cancelled", "[peaks][task]") {
    WaveformPeaksTask task(twoSinesWav(), QString());
    int firstSeen = -1;
    // Direct: runs on the worker thread at its first progress report, so the cancel lands
    // while the build is certainly still going.
    QObject::connect(
        &task, &WaveformPeaksTask::progressChanged, &task,
        [&](int permille) {
            if (firstSeen < 0) {
                firstSeen = permille;
                task.cancel();
            }
        },
        Qt::DirectConnection);
    QSignalSpy finished(&task, &WaveformPeaksTask::finished);
    task.start();
    REQUIRE(finished.wait(60'000));
    REQUIRE_FALSE(task.result().ok());
    CHECK(task.result().error().kind == MediaError::Kind::Cancelled);
    CHECK(task.progressPermille() < 1000);
    CHECK(task.progressPermille() == firstSeen);
}

TEST_CASE("Destroying a running WaveformPeaksTask cancels and waits", "[peaks][task]") {
    auto task = std::make_unique<WaveformPeaksTask>(twoSinesWav(), QString());
    task->start();
    task.reset(); // must return (joins the cancelled worker) rather than hang or crash
    SUCCEED("destroyed");
}
