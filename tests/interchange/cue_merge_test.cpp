#include "cuesheet/interchange/cue_merge.h"

#include <catch2/catch.hpp>

using namespace cuesheet;

namespace {

const FrameRate k24(24, 1);

ClipUse use(const char* title, const char* track, std::int64_t fromFrame, std::int64_t toFrame,
            int line) {
    ClipUse u;
    u.title = QString::fromUtf8(title);
    u.clipName = u.title;
    u.tracks = {QString::fromUtf8(track)};
    u.programmeRange = TimeRange::fromStartAndEndExclusive(Time::fromFrames(fromFrame, k24),
                                                           Time::fromFrames(toFrame, k24));
    u.sourceLines = {line};
    return u;
}

TimeRange frames(std::int64_t from, std::int64_t to) {
    return TimeRange::fromStartAndEndExclusive(Time::fromFrames(from, k24),
                                               Time::fromFrames(to, k24));
}

} // namespace

TEST_CASE("uses of one title that overlap, touch or lie within the gap merge",
          "[interchange][merge]") {
    const Time gap = Time::fromWholeSeconds(1);
    std::vector<ClipUse> uses = {
        use("Theme", "A1", 0, 48, 1),
        use("Theme", "A2", 0, 48, 2),    // stereo pair: same range on A2
        use("Theme", "A1", 48, 96, 3),   // touches
        use("Theme", "A1", 120, 150, 4), // 24 frames = exactly the 1 s gap: merges
        use("Theme", "A1", 175, 200, 5), // 25 frames after 150: more than the gap
    };
    const auto cues = mergeClipUses(uses, gap);
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].programmeRange == frames(0, 150));
    CHECK(cues[0].tracks == QStringList{QStringLiteral("A1"), QStringLiteral("A2")});
    CHECK(cues[0].sourceLines == std::vector<int>{1, 2, 3, 4});
    CHECK(cues[1].programmeRange == frames(175, 200));
    CHECK(cues[1].sourceLines == std::vector<int>{5});
}

TEST_CASE("different titles never merge, even when overlapping", "[interchange][merge]") {
    const auto cues = mergeClipUses({use("A", "A1", 0, 100, 1), use("B", "A1", 50, 150, 2)},
                                    Time::fromWholeSeconds(1));
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].title == QStringLiteral("A"));
    CHECK(cues[1].title == QStringLiteral("B"));
}

TEST_CASE("merging is transitive and independent of input order", "[interchange][merge]") {
    // C reaches B, B reaches A; given in reverse order.
    const auto cues = mergeClipUses(
        {use("X", "A3", 60, 80, 3), use("X", "A2", 30, 50, 2), use("X", "A1", 0, 20, 1)},
        Time::fromFrames(10, k24));
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].programmeRange == frames(0, 80));
    CHECK(cues[0].tracks ==
          QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3")});
}

TEST_CASE("titles differing only in case are one recording", "[interchange][merge]") {
    const auto cues = mergeClipUses(
        {use("Main Title", "A1", 0, 20, 1), use("MAIN TITLE", "A1", 20, 40, 2)}, Time());
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].title == QStringLiteral("Main Title")); // the earliest use's spelling
}

TEST_CASE("a zero gap still merges touching uses but not separated ones", "[interchange][merge]") {
    const auto cues = mergeClipUses(
        {use("X", "A1", 0, 20, 1), use("X", "A1", 20, 40, 2), use("X", "A1", 41, 60, 3)}, Time());
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].programmeRange == frames(0, 40));
    CHECK(cues[1].programmeRange == frames(41, 60));
}

TEST_CASE("empty uses are ignored and cues are ordered by start", "[interchange][merge]") {
    const auto cues = mergeClipUses({use("Late", "A1", 100, 120, 1), use("Empty", "A1", 50, 50, 2),
                                     use("Early", "A1", 10, 30, 3)},
                                    Time());
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].title == QStringLiteral("Early"));
    CHECK(cues[1].title == QStringLiteral("Late"));
}

TEST_CASE("tracks sort naturally", "[interchange][merge]") {
    CHECK(trackNameLess(QStringLiteral("A2"), QStringLiteral("A10")));
    CHECK_FALSE(trackNameLess(QStringLiteral("A10"), QStringLiteral("A2")));
    CHECK(trackNameLess(QStringLiteral("A1"), QStringLiteral("V")));
}
