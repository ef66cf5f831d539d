#pragma once

#include "cuesheet/model/ids.h"
#include "cuesheet/model/project_data.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace cuesheet {

// Figures for students comparing films and supervisors checking a cue sheet: how much music,
// of which kind, heard by whom, and where in the film.
//
// Music time is the sum of the cues' durations, as cue sheets report it (two overlapping
// cues both count); `coverage` is the time during which at least one cue plays. Shares are
// of the running time: the header's, else the film's duration passed in.
struct MusicGroup {
    QString name;
    int cues = 0;
    Time duration;
};

struct MusicStatistics {
    Time runningTime; // zero when unknown: shares are then not given
    Time totalMusic;
    Time coverage;
    int cueCount = 0;
    std::vector<MusicGroup> byKind;     // Score, Song
    std::vector<MusicGroup> byDiegesis; // Non-diegetic, Diegetic, Unknown
    CueId longest = 0;
    CueId shortest = 0;
    Time longestDuration;
    Time shortestDuration;
    // Music density along the film: `bins` equal slices of [0, runningTime) (or of the span
    // of the cues when the running time is unknown); per slice the fraction (0..1) of it
    // covered by score and by song cues.
    Time densitySpan;
    std::vector<double> scoreDensity;
    std::vector<double> songDensity;

    // Percent of the running time, or -1 when it is unknown.
    double percentOfRunningTime(Time duration) const;
};

// `fallbackRunningTime` is used when the header has none (e.g. the film's duration).
MusicStatistics computeMusicStatistics(const ProjectData& data, Time fallbackRunningTime,
                                       int bins = 120);

// The figures as CSV: section, group, cues, seconds, minutes:seconds, percent; then the
// density slices (start seconds, score fraction, song fraction).
QByteArray musicStatisticsCsv(const MusicStatistics& stats);

// "12:34" for a duration (minutes may exceed 59), rounded to the nearest second.
QString minutesSecondsText(Time duration);

} // namespace cuesheet
