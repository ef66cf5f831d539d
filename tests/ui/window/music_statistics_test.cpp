// Music statistics: sums by kind and diegesis, coverage, extremes, density, CSV.
#include "window_test_support.h"

#include "cuesheet/ui/music_statistics.h"
#include "cuesheet/ui/statistics_dialog.h"

#include <QImage>

#include <catch2/catch.hpp>

using namespace cuesheet;
using test::TestProject;

TEST_CASE("statistics add cue durations by kind and diegesis and share of running time") {
    TestProject p; // running time 600 s
    p.addCue("Score A", 0, 60, MusicKind::Score, Diegesis::NonDiegetic);
    p.addCue("Song B", 30, 90, MusicKind::Song, Diegesis::Diegetic); // overlaps A by 30 s
    p.addCue("Score C", 300, 330, MusicKind::Score, Diegesis::Unknown);
    const MusicStatistics s = computeMusicStatistics(p.project().data(), {}, 10);
    CHECK(s.cueCount == 3);
    CHECK(s.totalMusic == Time::fromWholeSeconds(150));
    CHECK(s.coverage == Time::fromWholeSeconds(120));
    CHECK(s.runningTime == Time::fromWholeSeconds(600));
    CHECK(s.percentOfRunningTime(s.totalMusic) == Approx(25.0));
    CHECK(s.byKind[0].cues == 2);
    CHECK(s.byKind[0].duration == Time::fromWholeSeconds(90));
    CHECK(s.byKind[1].duration == Time::fromWholeSeconds(60));
    CHECK(s.byDiegesis[0].duration == Time::fromWholeSeconds(60)); // non-diegetic
    CHECK(s.byDiegesis[1].duration == Time::fromWholeSeconds(60)); // diegetic
    CHECK(s.byDiegesis[2].duration == Time::fromWholeSeconds(30)); // unknown
    CHECK(s.longestDuration == Time::fromWholeSeconds(60));
    CHECK(s.shortestDuration == Time::fromWholeSeconds(30));
    // 10 slices of 60 s: slice 0 is all score and half song; slice 5 half score.
    REQUIRE(s.scoreDensity.size() == 10);
    CHECK(s.scoreDensity[0] == Approx(1.0));
    CHECK(s.songDensity[0] == Approx(0.5));
    CHECK(s.songDensity[1] == Approx(0.5));
    CHECK(s.scoreDensity[5] == Approx(0.5));
    CHECK(s.scoreDensity[9] == Approx(0.0));

    const QString csv = QString::fromUtf8(musicStatisticsCsv(s));
    CHECK(csv.contains("kind,Score,2,90.000,1:30,15.0"));
    CHECK(csv.contains("diegesis,Diegetic,1,60.000,1:00,10.0"));
    CHECK(csv.contains("0.000,60.000,1.000,0.500"));
}

TEST_CASE("statistics of an empty project and without a running time") {
    TestProject p;
    REQUIRE(p.project().requestUpdateHeader("rt", [](ProjectHeader& h) { h.runningTime = {}; }));
    const MusicStatistics empty = computeMusicStatistics(p.project().data(), {});
    CHECK(empty.cueCount == 0);
    CHECK(empty.percentOfRunningTime(empty.totalMusic) < 0);
    p.addCue("A", 10, 20);
    const MusicStatistics fallback =
        computeMusicStatistics(p.project().data(), Time::fromWholeSeconds(100));
    CHECK(fallback.percentOfRunningTime(fallback.totalMusic) == Approx(10.0));
    CHECK(minutesSecondsText(Time::fromWholeSeconds(4530)) == "75:30");
}

TEST_CASE("the density picture shows score and song where they overlap") {
    MusicStatistics stats;
    stats.densitySpan = Time::fromWholeSeconds(40);
    // Slice 0: score only; slice 1: score and song at once; slice 2: song only; slice 3: none.
    stats.scoreDensity = {1.0, 1.0, 0.0, 0.0};
    stats.songDensity = {0.0, 1.0, 1.0, 0.0};
    DensityChart chart(stats);
    chart.resize(400, 140);
    const QImage picture = chart.grab().toImage().scaled(chart.size());
    auto countIn = [&](int slice, const QColor& colour) {
        int n = 0;
        const int x0 = slice * 100 + 10; // away from the slice edges
        for (int y = 0; y < picture.height(); ++y)
            for (int x = x0; x < x0 + 80; ++x)
                n += picture.pixelColor(x, y) == colour;
        return n;
    };
    const QColor score = DensityChart::scoreColour();
    const QColor song = DensityChart::songColour();
    CHECK(countIn(0, score) > 1000);
    CHECK(countIn(0, song) == 0);
    CHECK(countIn(1, score) > 1000);
    CHECK(countIn(1, song) > 1000);
    CHECK(countIn(2, score) == 0);
    CHECK(countIn(2, song) > 1000);
    CHECK(countIn(3, score) + countIn(3, song) == 0);
}
