#include "generated_audio.h"

#include "cuesheet/media/audio_decoder.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <cmath>
#include <random>

using namespace cuesheet;
using namespace cuesheet::media;
using cuesheet::media::test::generatedMedia;

namespace {

constexpr double kPi = 3.14159265358979323846;

QString rampWav() {
    return generatedMedia().make(
        QStringLiteral("ramp.wav"),
        test::rampSource(48000, 6) +
            QStringList{QStringLiteral("-c:a"), QStringLiteral("pcm_s16le")});
}

QString rampFlac() {
    return generatedMedia().make(QStringLiteral("ramp.flac"),
                                 test::rampSource(44100, 6) +
                                     QStringList{QStringLiteral("-c:a"), QStringLiteral("flac"),
                                                 QStringLiteral("-sample_fmt"),
                                                 QStringLiteral("s16")});
}

// 1 kHz sine, amplitude 0.5, in AAC inside MP4 (with the encoder's priming samples that the
// container's edit list hides).
QString sineAac() {
    return generatedMedia().make(QStringLiteral("sine1k.m4a"),
                                 test::sineSource(48000, 4, 1000, 0.5) +
                                     QStringList{QStringLiteral("-c:a"), QStringLiteral("aac"),
                                                 QStringLiteral("-b:a"), QStringLiteral("192k")});
}

QString stereoSineWav() {
    return generatedMedia().make(
        QStringLiteral("sine1k-stereo.wav"),
        test::sineSource(48000, 3, 1000, 0.5, 2) +
            QStringList{QStringLiteral("-c:a"), QStringLiteral("pcm_f32le")});
}

std::unique_ptr<AudioDecoder> openDecoder(const QString& path,
                                          const AudioDecoder::Options& options = {}) {
    auto decoder = AudioDecoder::open(path, options);
    INFO(decoder.errorMessage().toStdString());
    REQUIRE(decoder.ok());
    return std::move(decoder).value();
}

// Every sample of the stream from the decoder's current position, interleaved.
std::vector<float> decodeAll(AudioDecoder& decoder, std::int64_t* firstSample) {
    std::vector<float> all;
    bool first = true;
    std::int64_t expectedNext = 0;
    for (;;) {
        auto block = decoder.readBlock();
        if (!block) {
            REQUIRE(block.error().kind == MediaError::Kind::EndOfStream);
            return all;
        }
        if (first) {
            *firstSample = block->firstSample;
            first = false;
        } else {
            REQUIRE(block->firstSample == expectedNext);
        }
        expectedNext = block->endSampleExclusive();
        all.insert(all.end(), block->samples.begin(), block->samples.end());
    }
}

// The first `count` samples (per channel) from the current position, across blocks.
std::vector<float> readSamples(AudioDecoder& decoder, std::int64_t count,
                               std::int64_t* firstSample) {
    std::vector<float> out;
    const auto channels = static_cast<std::size_t>(decoder.channelCount());
    std::int64_t expectedNext = 0;
    while (static_cast<std::int64_t>(out.size() / channels) < count) {
        auto block = decoder.readBlock();
        if (!block)
            break;
        if (out.empty())
            *firstSample = block->firstSample;
        else
            REQUIRE(block->firstSample == expectedNext);
        expectedNext = block->endSampleExclusive();
        out.insert(out.end(), block->samples.begin(), block->samples.end());
    }
    out.resize(std::min(out.size(), static_cast<std::size_t>(count) * channels));
    return out;
}

void checkRampFrom(const std::vector<float>& samples, std::int64_t firstSample) {
    REQUIRE(samples.size() >= 2);
    for (std::size_t i = 0; i < samples.size() / 2; ++i) {
        const std::int64_t index = firstSample + static_cast<std::int64_t>(i);
        INFO("sample " << index);
        REQUIRE(test::rampIndexOf(samples[2 * i]) == index % 65536);
        REQUIRE(samples[2 * i + 1] == Approx(-samples[2 * i] - 1.0f / 32768.0f).margin(1e-7));
    }
}

} // namespace

TEST_CASE("AudioDecoder reads a 16-bit ramp from the start, every sample in place", "[audio]") {
    auto decoder = openDecoder(rampWav());
    CHECK(decoder->sampleRate() == 48000);
    CHECK(decoder->channelCount() == 2);
    CHECK(decoder->sourceSampleRate() == 48000);
    CHECK(decoder->estimatedEndSample() == 6 * 48000);
    std::int64_t first = -1;
    const auto all = decodeAll(*decoder, &first);
    CHECK(first == 0);
    REQUIRE(all.size() == 2u * 6 * 48000);
    checkRampFrom(all, 0);
}

TEST_CASE("AudioDecoder seeks sample-accurately to arbitrary positions", "[audio]") {
    const QString file = GENERATE(as<QString>{}, QStringLiteral("wav"), QStringLiteral("flac"));
    auto decoder = openDecoder(file == QStringLiteral("wav") ? rampWav() : rampFlac());
    const std::int64_t end = decoder->estimatedEndSample();
    REQUIRE(end > 0);
    std::mt19937_64 random(20261122);
    std::uniform_int_distribution<std::int64_t> anywhere(0, end - 5000);
    std::vector<std::int64_t> targets{0, 1, 255, 4095, 4096, 65537, end - 5000};
    for (int i = 0; i < 40; ++i)
        targets.push_back(anywhere(random));
    for (std::int64_t target : targets) {
        INFO(file.toStdString() << " target " << target);
        REQUIRE(decoder->seekToSample(target).ok());
        std::int64_t first = -1;
        const auto samples = readSamples(*decoder, 3000, &first);
        REQUIRE(first == target);
        REQUIRE(samples.size() == 2u * 3000);
        checkRampFrom(samples, target);
    }
}

TEST_CASE("AudioDecoder seeks by time to the sample playing at that time", "[audio]") {
    auto decoder = openDecoder(rampWav());
    // 1.5 s + 1 tick is inside sample 72000 (a sample lasts 14700 ticks at 48 kHz).
    const Time t = Time::fromTicks(Time::kTicksPerSecond * 3 / 2 + 1);
    REQUIRE(decoder->seek(t).ok());
    auto block = decoder->readBlock();
    REQUIRE(block.ok());
    CHECK(block->firstSample == 72000);
    CHECK(block->start() == Time::fromTicks(Time::kTicksPerSecond * 3 / 2));
    CHECK(test::rampIndexOf(block->samples[0]) == 72000 % 65536);
}

TEST_CASE("AudioDecoder places AAC samples on the timeline despite encoder priming", "[audio]") {
    auto decoder = openDecoder(sineAac());
    std::int64_t first = -1;
    const auto all = decodeAll(*decoder, &first);
    CHECK(first == 0);
    REQUIRE(all.size() > 3u * 48000);
    // Compare the phase with the generated sine; 1024 samples of misplaced priming would be a
    // third of a period off (1000 Hz at 48 kHz: 48 samples per period).
    double worst = 0;
    for (std::size_t n = 2400; n < 3 * 48000; ++n) {
        const double expected = 0.5 * std::sin(2 * kPi * 1000.0 * static_cast<double>(n) / 48000.0);
        worst = std::max(worst, std::abs(all[n] - expected));
    }
    CHECK(worst < 0.02);
}

TEST_CASE("AudioDecoder after a seek in AAC gives the samples a straight decode gives", "[audio]") {
    auto decoder = openDecoder(sineAac());
    std::int64_t first = -1;
    const auto all = decodeAll(*decoder, &first);
    REQUIRE(first == 0);
    const auto channels = static_cast<std::size_t>(decoder->channelCount());
    std::mt19937_64 random(7);
    std::uniform_int_distribution<std::int64_t> anywhere(1, 3 * 48000);
    for (int i = 0; i < 25; ++i) {
        const std::int64_t target = anywhere(random);
        INFO("target " << target);
        REQUIRE(decoder->seekToSample(target).ok());
        std::int64_t start = -1;
        const auto samples = readSamples(*decoder, 2048, &start);
        REQUIRE(start == target);
        REQUIRE(samples.size() == 2048 * channels);
        double worst = 0;
        for (std::size_t k = 0; k < samples.size(); ++k)
            worst = std::max(worst, std::abs(static_cast<double>(samples[k]) -
                                             all[static_cast<std::size_t>(target) * channels + k]));
        CHECK(worst < 1e-5);
    }
}

TEST_CASE("AudioDecoder resamples in phase with the source", "[audio]") {
    auto decoder = openDecoder(stereoSineWav(), {.sampleRate = 44100});
    CHECK(decoder->sampleRate() == 44100);
    CHECK(decoder->channelCount() == 2);
    CHECK(decoder->sourceSampleRate() == 48000);
    CHECK(decoder->sourceChannelCount() == 2);
    auto expectSineFrom = [](const std::vector<float>& samples, std::int64_t first) {
        double worst = 0;
        for (std::size_t i = 0; i < samples.size() / 2; ++i) {
            const double n = static_cast<double>(first) + static_cast<double>(i);
            const double expected = 0.5 * std::sin(2 * kPi * 1000.0 * n / 44100.0);
            worst = std::max(worst, std::abs(samples[2 * i] - expected));
            REQUIRE(samples[2 * i + 1] == samples[2 * i]);
        }
        return worst;
    };
    std::int64_t first = -1;
    auto head = readSamples(*decoder, 20000, &first);
    REQUIRE(first == 0);
    // Skip the filter's run-in at the very start of the stream.
    head.erase(head.begin(), head.begin() + 2 * 64);
    CHECK(expectSineFrom(head, 64) < 0.01);
    for (std::int64_t target : {std::int64_t{1234}, std::int64_t{44100}, std::int64_t{100003}}) {
        INFO("target " << target);
        REQUIRE(decoder->seekToSample(target).ok());
        std::int64_t start = -1;
        const auto samples = readSamples(*decoder, 4000, &start);
        REQUIRE(start == target);
        CHECK(expectSineFrom(samples, start) < 0.01);
    }
}

TEST_CASE("AudioDecoder mixes 5.1 down to stereo", "[audio]") {
    const QString path =
        generatedMedia().make(QStringLiteral("sine51.ac3"),
                              test::sineSource(48000, 1, 440, 0.5) +
                                  QStringList{QStringLiteral("-ac"), QStringLiteral("6"),
                                              QStringLiteral("-c:a"), QStringLiteral("ac3")});
    auto decoder = openDecoder(path, {.channelCount = 2});
    CHECK(decoder->sourceChannelCount() == 6);
    CHECK(decoder->channelCount() == 2);
    std::int64_t first = -1;
    const auto all = decodeAll(*decoder, &first);
    REQUIRE(all.size() > 2u * 40000);
    float peak = 0;
    for (float s : all)
        peak = std::max(peak, std::abs(s));
    CHECK(peak > 0.1f);
}

TEST_CASE("AudioDecoder refuses bad input with the file named", "[audio]") {
    SECTION("missing file") {
        const QString path = generatedMedia().path(QStringLiteral("no-such-file.wav"));
        auto decoder = AudioDecoder::open(path);
        REQUIRE_FALSE(decoder.ok());
        CHECK(decoder.error().kind == MediaError::Kind::NotFound);
        CHECK(decoder.errorMessage().contains(path));
    }
    SECTION("not media") {
        const QString path = generatedMedia().path(QStringLiteral("notes.wav"));
        QFile text(path);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("these are not the samples you are looking for\n");
        text.close();
        auto decoder = AudioDecoder::open(path);
        REQUIRE_FALSE(decoder.ok());
        CHECK(decoder.error().kind == MediaError::Kind::NotMedia);
        CHECK(decoder.errorMessage().contains(path));
    }
    SECTION("video without audio") {
        const QString path =
            generatedMedia().make(QStringLiteral("silent-picture.mkv"),
                                  {QStringLiteral("-f"), QStringLiteral("lavfi"),
                                   QStringLiteral("-i"), QStringLiteral("testsrc=s=64x48:r=25:d=1"),
                                   QStringLiteral("-c:v"), QStringLiteral("mjpeg")});
        auto decoder = AudioDecoder::open(path);
        REQUIRE_FALSE(decoder.ok());
        CHECK(decoder.error().kind == MediaError::Kind::NoStream);
        CHECK(decoder.errorMessage().contains(path));
    }
    SECTION("truncated file ends early") {
        const QString whole = rampFlac();
        const QString cut = generatedMedia().path(QStringLiteral("ramp-truncated.flac"));
        QFile source(whole);
        REQUIRE(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        QFile target(cut);
        REQUIRE(target.open(QIODevice::WriteOnly));
        target.write(bytes.left(bytes.size() / 3));
        target.close();
        auto decoder = openDecoder(cut);
        std::int64_t first = -1;
        std::int64_t count = 0;
        for (;;) {
            auto block = decoder->readBlock();
            if (!block)
                break;
            if (first < 0)
                first = block->firstSample;
            count += block->frameCount();
        }
        CHECK(first == 0);
        CHECK(count > 0);
        CHECK(count < 6 * 44100);
    }
    SECTION("damaged packets are skipped") {
        const QString whole = sineAac();
        const QString damaged = generatedMedia().path(QStringLiteral("sine-damaged.m4a"));
        QFile source(whole);
        REQUIRE(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        std::mt19937 random(3);
        for (qsizetype i = bytes.size() / 4; i < bytes.size() * 3 / 4; i += 97)
            bytes[i] = static_cast<char>(random());
        QFile target(damaged);
        REQUIRE(target.open(QIODevice::WriteOnly));
        target.write(bytes);
        target.close();
        auto decoder = AudioDecoder::open(damaged);
        if (decoder.ok()) {
            int blocks = 0;
            for (; blocks < 100000; ++blocks) {
                auto block = (*decoder)->readBlock();
                if (!block) {
                    CHECK((block.error().kind == MediaError::Kind::EndOfStream ||
                           block.errorMessage().contains(damaged)));
                    break;
                }
            }
            CHECK(blocks < 100000);
        } else {
            CHECK(decoder.errorMessage().contains(damaged));
        }
    }
}
