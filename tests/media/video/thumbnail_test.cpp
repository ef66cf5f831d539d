#include "video_fixtures.h"

#include "cuesheet/media/thumbnail.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSemaphore>
#include <QThreadPool>

#include <catch2/catch.hpp>

using namespace cuesheet;
using namespace cuesheet::media;
using namespace cuesheet::media::test;

namespace {

ThumbnailRequest requestFor(const QString& cacheName) {
    const IndexedVideo& video = fixtureVideo(Fixture::H264_25_Gop50); // 24 s, keyframe every 2 s
    REQUIRE(video.ok());
    ThumbnailRequest request;
    request.path = video.path;
    request.interval = Time::fromWholeSeconds(2);
    request.height = 48;
    request.cacheDirectory = cacheName.isEmpty() ? QString() : scratchDirectory(cacheName);
    return request;
}

} // namespace

TEST_CASE("Thumbnails: one keyframe picture per interval, small, in order", "[thumbnails]") {
    const ThumbnailRequest request = requestFor({});
    int lastDone = 0;
    int total = 0;
    const ThumbnailStrip strip = buildThumbnails(request, {}, [&](int done, int of) {
        CHECK(done == lastDone + 1);
        lastDone = done;
        total = of;
    });
    INFO(strip.error.toStdString());
    REQUIRE(strip.complete());
    CHECK_FALSE(strip.fromCache);
    REQUIRE(strip.thumbnails.size() == 12); // 600 frames at 25 fps = 24 s, one per 2 s
    CHECK(total == 12);
    CHECK(lastDone == 12);
    for (std::size_t k = 0; k < strip.thumbnails.size(); ++k) {
        const Thumbnail& thumbnail = strip.thumbnails[k];
        INFO("thumbnail " << k);
        CHECK(thumbnail.requested == Time::fromWholeSeconds(2 * static_cast<std::int64_t>(k)));
        // Keyframes fall every 50 frames = 2 s, exactly on the requested times.
        CHECK(thumbnail.shown == thumbnail.requested);
        CHECK(thumbnail.image.size() == QSize(80, 48)); // 160x96 scaled to 48 high
        CHECK(readFrameIndex(thumbnail.image) == static_cast<int>(50 * k));
    }
}

TEST_CASE("Thumbnails: between keyframes, the picture is the keyframe at or before",
          "[thumbnails]") {
    ThumbnailRequest request = requestFor({});
    request.interval = Time::fromWholeSeconds(3); // keyframes every 2 s: most fall between
    const ThumbnailStrip strip = buildThumbnails(request);
    INFO(strip.error.toStdString());
    REQUIRE(strip.complete());
    REQUIRE(strip.thumbnails.size() == 8); // 0, 3, ... 21 s
    for (std::size_t k = 0; k < strip.thumbnails.size(); ++k) {
        const Thumbnail& thumbnail = strip.thumbnails[k];
        const std::int64_t requestedSeconds = 3 * static_cast<std::int64_t>(k);
        const std::int64_t keyframeSeconds = requestedSeconds / 2 * 2;
        INFO("thumbnail " << k << " at " << requestedSeconds << " s");
        CHECK(thumbnail.requested == Time::fromWholeSeconds(requestedSeconds));
        CHECK(thumbnail.shown == Time::fromWholeSeconds(keyframeSeconds));
        CHECK(readFrameIndex(thumbnail.image) == static_cast<int>(25 * keyframeSeconds));
    }
}

TEST_CASE("Thumbnails: a reopened film gets its strip from the disk cache", "[thumbnails]") {
    const ThumbnailRequest request = requestFor("thumbs-cache");
    const ThumbnailStrip built = buildThumbnails(request);
    REQUIRE(built.complete());
    CHECK_FALSE(built.fromCache);
    CHECK(QDir(request.cacheDirectory).entryList({"thumbs-*.bin"}).size() == 1);

    auto cached = loadCachedThumbnails(request);
    INFO(cached.errorMessage().toStdString());
    REQUIRE(cached.ok());
    CHECK(cached->fromCache);
    REQUIRE(cached->thumbnails.size() == built.thumbnails.size());
    for (std::size_t k = 0; k < built.thumbnails.size(); ++k) {
        CHECK(cached->thumbnails[k].requested == built.thumbnails[k].requested);
        CHECK(cached->thumbnails[k].shown == built.thumbnails[k].shown);
        CHECK(cached->thumbnails[k].image == built.thumbnails[k].image);
    }
    const ThumbnailStrip again = buildThumbnails(request);
    CHECK(again.fromCache);
    CHECK(again.identity == built.identity);

    // Another height is another cache entry.
    ThumbnailRequest taller = request;
    taller.height = 64;
    auto missing = loadCachedThumbnails(taller);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == MediaError::Kind::NotFound);

    // A damaged cache file is not trusted: the strip is rebuilt.
    const QString file =
        QDir(request.cacheDirectory)
            .filePath(QDir(request.cacheDirectory).entryList({"thumbs-*.bin"}).first());
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.resize(f.size() / 2);
    }
    REQUIRE_FALSE(loadCachedThumbnails(request).ok());
    const ThumbnailStrip rebuilt = buildThumbnails(request);
    REQUIRE(rebuilt.complete());
    CHECK_FALSE(rebuilt.fromCache);
    CHECK(rebuilt.thumbnails.size() == 12);
}

TEST_CASE("Thumbnails: a cancelled job stops and caches nothing", "[thumbnails]") {
    const ThumbnailRequest request = requestFor("thumbs-cancel");
    int done = 0;
    const ThumbnailStrip strip = buildThumbnails(
        request, [&] { return done >= 3; }, [&](int d, int) { done = d; });
    CHECK_FALSE(strip.complete());
    CHECK(strip.thumbnails.size() == 3);
    CHECK(strip.error.contains("cancelled"));
    CHECK(QDir(request.cacheDirectory).entryList({"thumbs-*.bin"}).isEmpty());
}

TEST_CASE("Thumbnails: background job reports progress and its result", "[thumbnails]") {
    const ThumbnailRequest request = requestFor("thumbs-future");
    QThreadPool pool;
    QFuture<ThumbnailStrip> future = generateThumbnails(request, &pool);
    future.waitForFinished();
    REQUIRE_FALSE(future.isCanceled());
    REQUIRE(future.resultCount() == 1);
    const ThumbnailStrip strip = future.result();
    REQUIRE(strip.complete());
    CHECK(strip.thumbnails.size() == 12);
    CHECK(future.progressMaximum() == 12);
    CHECK(future.progressValue() == 12);

    // Cancelled before it starts (the pool's one thread is kept busy until then): it
    // finishes, within one thumbnail, with no result and no cache file.
    ThumbnailRequest fresh = request;
    fresh.cacheDirectory = scratchDirectory("thumbs-future-cancel");
    QThreadPool single;
    single.setMaxThreadCount(1);
    QSemaphore release;
    single.start([&release] { release.acquire(); });
    QFuture<ThumbnailStrip> cancelled = generateThumbnails(fresh, &single);
    cancelled.cancel();
    release.release();
    cancelled.waitForFinished();
    CHECK(cancelled.isCanceled());
    CHECK(cancelled.resultCount() == 0);
    single.waitForDone();
    CHECK(QDir(fresh.cacheDirectory).entryList({"thumbs-*.bin"}).isEmpty());
    pool.waitForDone();
}
