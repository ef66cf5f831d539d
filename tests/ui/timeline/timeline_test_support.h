#pragma once

#include "cuesheet/model/in_memory_journal.h"
#include "cuesheet/model/project.h"
#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/timeline/timeline_view.h"

#include <QPoint>

#include <memory>

namespace cuesheet::test {

// 24 fps keeps the arithmetic of expected frames visible: one frame is 29 400 000 ticks.
inline FrameRate rate24() {
    return FrameRate(24, 1);
}
inline Time frames24(std::int64_t n) {
    return Time::fromFrames(n, rate24());
}
constexpr std::int64_t kTicksPerFrame24 = 29'400'000;

// A project of 10 minutes at 24 fps starting at 01:00:00:00, with the given cues (ids and
// works are assigned here; titles "A", "B", ...).
ProjectData projectData(const std::vector<Cue>& cues,
                        TimecodeFormat format = {FrameRate(24, 1), false});
Cue cueAtFrames(std::int64_t inFrame, std::int64_t outFrame, int lane = 0,
                FrameRate rate = FrameRate(24, 1));

// A shown TimelineView (1000 x 360, offscreen) over a project with an in-memory journal and a
// shared selection.
class TimelineFixture {
public:
    explicit TimelineFixture(ProjectData data);

    Project& project() { return *project_; }
    CueSelection& selection() { return selection_; }
    TimelineView& view() { return *view_; }
    QWidget* viewport() { return view_->viewport(); }

    // Puts `startFrame` at x = 0 at `ticksPerPixel`, and checks the view took it.
    void setView(Time start, std::int64_t ticksPerPixel);
    // The vertical middle of a lane, and a point in the waveform strip.
    int laneY(int lane) const;
    int waveformY() const;
    // x of a time, rounded to the nearest pixel, from the view's start and scale.
    int xOf(Time time) const;

    // Press, two moves, release. Modifiers are held at the press / at the release.
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers pressModifiers = {},
              Qt::KeyboardModifiers releaseModifiers = {});
    void click(QPoint at, Qt::KeyboardModifiers modifiers = {});
    void key(int key, Qt::KeyboardModifiers modifiers = {});

    const Cue& cue(CueId id) { return *project_->cue(id); }

private:
    InMemoryJournal journal_;
    std::unique_ptr<Project> project_;
    CueSelection selection_;
    std::unique_ptr<TimelineView> view_;
};

} // namespace cuesheet::test
