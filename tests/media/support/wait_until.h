#pragma once

// Lets queued calls and timers run (a player's presenter, its signals) until `done` holds,
// or fails the test after `timeoutMs`, saying what it waited for.

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace cuesheet::media::test {

template <typename Predicate>
void waitUntil(Predicate done, const char* what, int timeoutMs = 10'000) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        INFO("waiting for " << what);
        REQUIRE(timer.elapsed() < timeoutMs);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(200);
    }
}

} // namespace cuesheet::media::test
