#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace cuesheet {

// The one way the editor runs a piece of work off the GUI thread (a probe, a tag scan, an
// export preview or write): the work runs on Qt's global thread pool, and its result is handed
// to `done` on the GUI thread (the context's thread), never after the context is gone.
//
// A job runs one piece of work at a time as far as its caller is concerned: start() again
// supersedes the run under way, whose result is then dropped (a generation counter), so a
// slow old preview never overwrites a newer one; cancel() drops the result of the run under
// way. The work itself is not interrupted (what it holds it must own: capture by value).
// Long jobs with progress and a cancellable worker (the film's waveform and thumbnails) keep
// their own task types in core/media (MediaPreparation drives them).
//
//   BackgroundJob<PreviewText> preview_{this};
//   preview_.start([job] { return buildPreview(job); },
//                  [this](const PreviewText& p) { show(p); });
template <typename Result> class BackgroundJob {
public:
    explicit BackgroundJob(QObject* context)
        : context_(context)
        , state_(std::make_shared<State>()) {}
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    void start(std::function<Result()> work, std::function<void(const Result&)> done) {
        const quint64 generation = ++state_->generation;
        ++state_->running;
        auto* watcher = new QFutureWatcher<Result>(context_);
        QObject::connect(watcher, &QFutureWatcher<Result>::finished, context_,
                         [watcher, generation, state = state_, done = std::move(done)] {
                             --state->running;
                             watcher->deleteLater();
                             if (generation == state->generation)
                                 done(watcher->result());
                         });
        watcher->setFuture(QtConcurrent::run(std::move(work)));
    }

    // The run under way (if any) delivers nothing.
    void cancel() { ++state_->generation; }
    // True from start() until the last run started has finished (delivered or dropped).
    bool isRunning() const { return state_->running > 0; }

private:
    struct State {
        quint64 generation = 0;
        int running = 0;
    };
    QObject* context_;
    std::shared_ptr<State> state_; // shared with the callbacks, which may outlive a move
};

} // namespace cuesheet
