// BackgroundJob: the editor's one way to run work off the GUI thread.
#include "cuesheet/ui/background_job.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace cuesheet;

namespace {
// Runs events until `condition` holds (or a minute passes, which fails the test).
template <typename Condition> void waitFor(Condition condition) {
    QElapsedTimer waited;
    waited.start();
    while (!condition()) {
        REQUIRE(waited.elapsed() < 60000);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
}
} // namespace

TEST_CASE("a background job runs off the GUI thread and delivers on it") {
    QObject context;
    BackgroundJob<QThread*> job(&context);
    QThread* workedOn = nullptr;
    QThread* deliveredOn = nullptr;
    job.start([] { return QThread::currentThread(); },
              [&](QThread* const& worker) {
                  workedOn = worker;
                  deliveredOn = QThread::currentThread();
              });
    CHECK(job.isRunning());
    waitFor([&] { return deliveredOn != nullptr; });
    CHECK(workedOn != QCoreApplication::instance()->thread());
    CHECK(deliveredOn == QCoreApplication::instance()->thread());
    CHECK_FALSE(job.isRunning());
}

TEST_CASE("a newer run supersedes an older one; cancel drops the run under way") {
    QObject context;
    BackgroundJob<int> job(&context);
    auto release = std::make_shared<QSemaphore>();
    std::vector<int> delivered;
    // The first run finishes last: without the generation it would overwrite the second.
    job.start(
        [release] {
            release->acquire();
            return 1;
        },
        [&](const int& value) { delivered.push_back(value); });
    job.start([] { return 2; }, [&](const int& value) { delivered.push_back(value); });
    waitFor([&] { return !delivered.empty(); });
    release->release();
    waitFor([&] { return !job.isRunning(); });
    CHECK(delivered == std::vector<int>{2});

    job.start([] { return 3; }, [&](const int& value) { delivered.push_back(value); });
    job.cancel();
    waitFor([&] { return !job.isRunning(); });
    QCoreApplication::processEvents();
    CHECK(delivered == std::vector<int>{2});
}

TEST_CASE("a job whose context is gone delivers nothing") {
    std::atomic<bool> finished = false;
    bool delivered = false;
    auto release = std::make_shared<QSemaphore>();
    {
        QObject context;
        BackgroundJob<int> job(&context);
        job.start(
            [release, &finished] {
                release->acquire();
                finished = true;
                return 7;
            },
            [&](const int&) { delivered = true; });
    }
    release->release();
    waitFor([&] { return finished.load(); });
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    CHECK_FALSE(delivered);
}
