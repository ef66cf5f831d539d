#include "cuesheet/interchange/import_options.h"

#include <catch2/catch.hpp>

using namespace cuesheet;

TEST_CASE("track selections expand ranges and keep names", "[interchange][options]") {
    const auto tracks = parseTrackSelection(u"A7-A10,A12");
    REQUIRE(tracks.ok());
    CHECK(tracks.value() == QStringList{QStringLiteral("A7"), QStringLiteral("A8"),
                                        QStringLiteral("A9"), QStringLiteral("A10"),
                                        QStringLiteral("A12")});

    const auto single = parseTrackSelection(u"A, V ,A2");
    REQUIRE(single.ok());
    CHECK(single.value() ==
          QStringList{QStringLiteral("A1"), QStringLiteral("V"), QStringLiteral("A2")});

    const auto names = parseTrackSelection(u"Music Stereo,Score-Stems");
    REQUIRE(names.ok());
    CHECK(names.value() ==
          QStringList{QStringLiteral("Music Stereo"), QStringLiteral("Score-Stems")});
}

TEST_CASE("track selections refuse empty names and backwards ranges", "[interchange][options]") {
    const auto empty = parseTrackSelection(u"A1,,A2");
    CHECK_FALSE(empty.ok());
    CHECK_THAT(empty.error(), Catch::Contains("empty track name"));
    const auto backwards = parseTrackSelection(u"A10-A7");
    CHECK_FALSE(backwards.ok());
    CHECK_THAT(backwards.error(), Catch::Contains("backwards"));
}

TEST_CASE("the programme start is a frame count at the import's rate", "[interchange][options]") {
    ImportOptions options;
    options.frameRate = FrameRate(30000, 1001);
    options.programmeStartFrame = 107892; // 01:00:00;00 in 29.97 drop-frame
    // One frame at 29.97 is 705 600 000 * 1001 / 30 000 = 23 543 520 ticks.
    CHECK(options.programmeStart().ticks() == 107892LL * 23543520LL);
}
