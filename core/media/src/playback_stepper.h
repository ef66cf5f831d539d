#pragma once

// Private to core/media: single frame steps for a paused player, off the GUI thread.

#include "cuesheet/time/time.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace cuesheet::media::detail {

// Steps from the frame on show to the next or previous one with a VideoFrameSource of its own,
// on a worker thread. The source's GOP cache makes a run of backward steps cost about one
// decode per step after the first (the player's pipeline only decodes forwards, so a backward
// step there would decode the whole GOP each time).
class PlaybackStepper {
public:
    enum class Direction { Forward, Backward };

    struct Result {
        int ticket = 0;
        bool ok = false;
        QImage image;
        Time pts;
        std::int64_t index = -1;
        QString error;
    };

    // `deliver` is called on the worker thread with each result.
    PlaybackStepper(QString path, QSize frameSize, std::function<void(Result)> deliver);
    ~PlaybackStepper(); // abandons a pending request and joins

    // Asks for the frame after / before the one whose time is `from`. A request still waiting
    // is replaced; `ticket` comes back in the result.
    void request(Direction direction, Time from, int ticket);

private:
    struct Request {
        Direction direction;
        Time from;
        int ticket;
    };
    void run();

    QString path_;
    QSize frameSize_;
    std::function<void(Result)> deliver_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<Request> pending_;
    bool stopping_ = false;
    std::thread worker_;
};

} // namespace cuesheet::media::detail
