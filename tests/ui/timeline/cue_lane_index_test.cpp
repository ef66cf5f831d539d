#include "cuesheet/ui/timeline/cue_lane_index.h"

#include "timeline_test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace cuesheet;
using namespace cuesheet::test;

TEST_CASE("the lane index finds exactly the cues overlapping a range, in drawing order") {
    // Random cues, some long enough to span many short ones (the running-max case).
    std::mt19937 random(99);
    std::uniform_int_distribution<int> starts(0, 20000);
    std::uniform_int_distribution<int> lengths(1, 300);
    std::uniform_int_distribution<int> lanes(0, 3);
    std::vector<Cue> cues;
    for (int i = 0; i < 600; ++i) {
        const int in = starts(random);
        const int length = i % 50 == 0 ? 5000 : lengths(random);
        cues.push_back(cueAtFrames(in, in + length, lanes(random)));
    }
    InMemoryJournal journal;
    Project project(projectData(cues), journal);
    CueLaneIndex index;
    index.rebuild(project);
    CHECK(index.cueCount() == cues.size());
    CHECK(index.usedLaneCount() == 4);

    std::uniform_int_distribution<int> probes(-100, 26000);
    std::uniform_int_distribution<int> spans(0, 700);
    for (int probe = 0; probe < 300; ++probe) {
        const int a = probes(random);
        const int b = a + 1 + spans(random);
        const Time from = frames24(a);
        const Time to = frames24(b);
        for (int lane = 0; lane < 4; ++lane) {
            std::vector<CueId> found;
            Time previousIn = Time::fromTicks(-1);
            index.forEachOverlapping(lane, from, to, [&](const CueLaneIndex::Entry& e) {
                CHECK(previousIn <= e.in); // in time order
                previousIn = e.in;
                found.push_back(e.id);
            });
            std::vector<CueId> expected;
            for (const auto& [id, cue] : project.cues())
                if (cue.lane == lane && cue.in < to && from < cue.out)
                    expected.push_back(id);
            std::sort(found.begin(), found.end());
            INFO("lane " << lane << " frames " << a << ".." << b);
            REQUIRE(found == expected);
        }
    }
    // After an edit the index is rebuilt from the new state.
    REQUIRE(project.requestSetCueRange(1, frames24(30000), frames24(30010), 7));
    index.rebuild(project);
    CHECK(index.usedLaneCount() == 8);
    CHECK(index.latestOut() == frames24(30010));
    CHECK(index.overlapping(7, 7, frames24(30005), frames24(30006)) == std::vector<CueId>{1});
}
