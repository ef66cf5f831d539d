#include "timeline_test_support.h"

#include <catch2/catch.hpp>

#include <QTest>

namespace cuesheet::test {

ProjectData projectData(const std::vector<Cue>& cues, TimecodeFormat format) {
    ProjectData data;
    data.header.productionTitle = "Timeline test";
    data.header.timecode = format;
    data.header.startFrame = 3600 * static_cast<std::int64_t>(format.rate.timecodeBase());
    data.header.runningTime = Time::fromWholeSeconds(600);
    CueId id = 1;
    for (Cue cue : cues) {
        Work work;
        work.id = id;
        work.title = QString(QChar('A' + static_cast<int>(id - 1)));
        cue.id = id;
        cue.workId = id;
        data.works[id] = work;
        data.cues[id] = cue;
        ++id;
    }
    return data;
}

Cue cueAtFrames(std::int64_t inFrame, std::int64_t outFrame, int lane, FrameRate rate) {
    Cue cue;
    cue.in = Time::fromFrames(inFrame, rate);
    cue.out = Time::fromFrames(outFrame, rate);
    cue.lane = lane;
    return cue;
}

TimelineFixture::TimelineFixture(ProjectData data)
    : project_(std::make_unique<Project>(std::move(data), journal_))
    , view_(std::make_unique<TimelineView>()) {
    view_->setProject(project_.get());
    view_->setSelection(&selection_);
    view_->resize(1000, 360);
    view_->show();
    REQUIRE(QTest::qWaitForWindowExposed(view_.get()));
}

void TimelineFixture::setView(Time start, std::int64_t ticksPerPixel) {
    view_->setTicksPerPixel(ticksPerPixel, 0.0);
    view_->scrollToTime(start);
    REQUIRE(view_->timelineGeometry().ticksPerPixel() == ticksPerPixel);
    REQUIRE(view_->timelineGeometry().start() == start);
}

int TimelineFixture::laneY(int lane) const {
    return view_->timelineLayout().laneRect(lane).center().y();
}

int TimelineFixture::waveformY() const {
    return view_->timelineLayout().waveform.center().y();
}

int TimelineFixture::xOf(Time time) const {
    const TimelineGeometry& g = view_->timelineGeometry();
    const std::int64_t offset = (time - g.start()).ticks();
    const std::int64_t tpp = g.ticksPerPixel();
    // Nearest pixel, exact integers (independent of the view's own mapping).
    return static_cast<int>((2 * offset + tpp) / (2 * tpp));
}

void TimelineFixture::drag(QPoint from, QPoint to, Qt::KeyboardModifiers pressModifiers,
                           Qt::KeyboardModifiers releaseModifiers) {
    QTest::mousePress(viewport(), Qt::LeftButton, pressModifiers, from);
    QTest::mouseMove(viewport(), (from + to) / 2);
    QTest::mouseMove(viewport(), to);
    QTest::mouseRelease(viewport(), Qt::LeftButton, releaseModifiers, to);
}

void TimelineFixture::click(QPoint at, Qt::KeyboardModifiers modifiers) {
    QTest::mouseClick(viewport(), Qt::LeftButton, modifiers, at);
}

void TimelineFixture::key(int key, Qt::KeyboardModifiers modifiers) {
    QTest::keyClick(view_.get(), static_cast<Qt::Key>(key), modifiers);
}

} // namespace cuesheet::test
