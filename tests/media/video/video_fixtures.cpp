#include "video_fixtures.h"

#include <QDir>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <mutex>
#include <random>

namespace cuesheet::media::test {

namespace {

QTemporaryDir& fixtureDirectory() {
    static QTemporaryDir directory;
    return directory;
}

IndexedVideoSpec makeSpec(Fixture fixture) {
    IndexedVideoSpec spec;
    switch (fixture) {
    case Fixture::H264_23976:
        spec.rate = FrameRate(24000, 1001);
        spec.frames = 600;
        spec.withAudio = true;
        break;
    case Fixture::H264_25:
        spec.frames = 600;
        break;
    case Fixture::H264_2997:
        spec.rate = FrameRate(30000, 1001);
        spec.frames = 600;
        break;
    case Fixture::Mjpeg_25:
        spec.codec = IndexedVideoSpec::Codec::Mjpeg;
        spec.container = "mov";
        break;
    case Fixture::Ffv1_2997:
        spec.rate = FrameRate(30000, 1001);
        spec.codec = IndexedVideoSpec::Codec::Ffv1;
        spec.container = "mkv";
        break;
    case Fixture::H264_Vfr:
        spec.variableFrameRate = true;
        spec.gop = 100;
        break;
    case Fixture::H264_25_Ts:
        spec.container = "ts";
        spec.gop = 50;
        break;
    case Fixture::H264_25_Gop50:
        spec.frames = 600;
        spec.gop = 50;
        break;
    }
    return spec;
}

} // namespace

const IndexedVideoSpec& fixtureSpec(Fixture fixture) {
    static std::mutex mutex;
    static std::map<Fixture, IndexedVideoSpec> specs;
    std::lock_guard lock(mutex);
    auto it = specs.find(fixture);
    if (it == specs.end())
        it = specs.emplace(fixture, makeSpec(fixture)).first;
    return it->second;
}

const IndexedVideo& fixtureVideo(Fixture fixture) {
    static std::mutex mutex;
    static std::map<Fixture, IndexedVideo> videos;
    const IndexedVideoSpec& spec = fixtureSpec(fixture);
    std::lock_guard lock(mutex);
    auto it = videos.find(fixture);
    if (it == videos.end())
        it = videos
                 .emplace(fixture,
                          makeIndexedVideo(fixtureDirectory().path(),
                                           QStringLiteral("fixture%1").arg(int(fixture)), spec))
                 .first;
    return it->second;
}

std::vector<Time> randomSeekTargets(const IndexedVideo& video, int count, unsigned seed) {
    std::mt19937_64 random(seed);
    const Time last = video.frameTimes.back();
    const Time end = last + (last - video.frameTimes[video.frameTimes.size() - 2]);
    std::uniform_int_distribution<std::int64_t> anywhere(0, end.ticks() - 1);
    std::uniform_int_distribution<std::size_t> frame(1, video.frameTimes.size() - 1);
    std::vector<Time> targets;
    for (int i = 0; i < count; ++i) {
        switch (i % 3) {
        case 0:
            targets.push_back(Time::fromTicks(anywhere(random)));
            break;
        case 1:
            targets.push_back(video.frameTimes[frame(random)]);
            break;
        default:
            targets.push_back(video.frameTimes[frame(random)] - Time::fromTicks(1));
            break;
        }
    }
    return targets;
}

QString scratchDirectory(const QString& name) {
    const QString path = QDir(fixtureDirectory().path()).filePath(name);
    QDir(path).removeRecursively();
    QDir().mkpath(path);
    return path;
}

} // namespace cuesheet::media::test
