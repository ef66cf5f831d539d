#include "cuesheet/ui/music_statistics.h"

#include "cuesheet/ui/cue_display_text.h"

#include <algorithm>

namespace cuesheet {

double MusicStatistics::percentOfRunningTime(Time duration) const {
    if (runningTime.ticks() <= 0)
        return -1;
    return 100.0 * static_cast<double>(duration.ticks()) / static_cast<double>(runningTime.ticks());
}

QString minutesSecondsText(Time duration) {
    const std::int64_t seconds = duration.toWholeSeconds(Rounding::Nearest);
    return QString("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar('0'));
}

MusicStatistics computeMusicStatistics(const ProjectData& data, Time fallbackRunningTime,
                                       int bins) {
    MusicStatistics s;
    s.runningTime =
        data.header.runningTime.ticks() > 0 ? data.header.runningTime : fallbackRunningTime;
    s.byKind = {{displayName(MusicKind::Score), 0, {}}, {displayName(MusicKind::Song), 0, {}}};
    s.byDiegesis = {{displayName(Diegesis::NonDiegetic), 0, {}},
                    {displayName(Diegesis::Diegetic), 0, {}},
                    {displayName(Diegesis::Unknown), 0, {}}};

    std::vector<std::pair<Time, Time>> ranges;
    Time spanEnd;
    for (const auto& [id, cue] : data.cues) {
        const Time d = cue.duration();
        ++s.cueCount;
        s.totalMusic += d;
        MusicGroup& kind = s.byKind[cue.tags.kind == MusicKind::Score ? 0 : 1];
        ++kind.cues;
        kind.duration += d;
        const int dIndex = cue.tags.diegesis == Diegesis::NonDiegetic ? 0
                           : cue.tags.diegesis == Diegesis::Diegetic  ? 1
                                                                      : 2;
        ++s.byDiegesis[static_cast<std::size_t>(dIndex)].cues;
        s.byDiegesis[static_cast<std::size_t>(dIndex)].duration += d;
        if (s.longest == 0 || d > s.longestDuration) {
            s.longest = id;
            s.longestDuration = d;
        }
        if (s.shortest == 0 || d < s.shortestDuration) {
            s.shortest = id;
            s.shortestDuration = d;
        }
        ranges.emplace_back(cue.in, cue.out);
        spanEnd = std::max(spanEnd, cue.out);
    }

    // Coverage: the union of the cue ranges.
    std::sort(ranges.begin(), ranges.end());
    Time runStart, runEnd;
    bool inRun = false;
    for (const auto& [in, out] : ranges) {
        if (!inRun || in > runEnd) {
            if (inRun)
                s.coverage += runEnd - runStart;
            runStart = in;
            runEnd = out;
            inRun = true;
        } else {
            runEnd = std::max(runEnd, out);
        }
    }
    if (inRun)
        s.coverage += runEnd - runStart;

    // Density per slice.
    s.densitySpan = s.runningTime.ticks() > 0 ? s.runningTime : spanEnd;
    bins = std::max(1, bins);
    s.scoreDensity.assign(static_cast<std::size_t>(bins), 0.0);
    s.songDensity.assign(static_cast<std::size_t>(bins), 0.0);
    const std::int64_t span = s.densitySpan.ticks();
    if (span > 0) {
        auto sliceStart = [&](int b) {
            return static_cast<std::int64_t>(static_cast<Int128>(span) * b / bins);
        };
        for (const auto& [id, cue] : data.cues) {
            auto& density = cue.tags.kind == MusicKind::Score ? s.scoreDensity : s.songDensity;
            const std::int64_t in = std::max<std::int64_t>(0, cue.in.ticks());
            const std::int64_t out = std::min(span, cue.out.ticks());
            if (out <= in)
                continue;
            const int first = static_cast<int>(static_cast<Int128>(in) * bins / span);
            for (int b = std::min(first, bins - 1); b < bins && sliceStart(b) < out; ++b) {
                const std::int64_t a = std::max(in, sliceStart(b));
                const std::int64_t e = std::min(out, sliceStart(b + 1));
                const std::int64_t len = sliceStart(b + 1) - sliceStart(b);
                if (e > a && len > 0)
                    density[static_cast<std::size_t>(b)] +=
                        static_cast<double>(e - a) / static_cast<double>(len);
            }
        }
        for (auto* d : {&s.scoreDensity, &s.songDensity})
            for (double& v : *d)
                v = std::min(v, 1.0);
    }
    return s;
}

namespace {
QString csvField(const QString& text) {
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n'))
        return text;
    QString quoted = text;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}
} // namespace

QByteArray musicStatisticsCsv(const MusicStatistics& s) {
    QStringList lines;
    lines << "section,group,cues,seconds,minutes,percent_of_running_time";
    auto row = [&](const QString& section, const MusicGroup& g) {
        const double pct = s.percentOfRunningTime(g.duration);
        lines << QStringList{csvField(section),
                             csvField(g.name),
                             QString::number(g.cues),
                             QString::number(g.duration.toSecondsForDisplay(), 'f', 3),
                             minutesSecondsText(g.duration),
                             pct < 0 ? QString() : QString::number(pct, 'f', 1)}
                     .join(',');
    };
    row("total", {"all music", s.cueCount, s.totalMusic});
    row("total", {"time with music (overlaps counted once)", s.cueCount, s.coverage});
    if (s.runningTime.ticks() > 0)
        row("total", {"running time", 0, s.runningTime});
    for (const auto& g : s.byKind)
        row("kind", g);
    for (const auto& g : s.byDiegesis)
        row("diegesis", g);
    if (s.longest)
        row("cue", {"longest", 1, s.longestDuration});
    if (s.shortest)
        row("cue", {"shortest", 1, s.shortestDuration});
    lines << QString();
    lines << "slice_start_seconds,slice_end_seconds,score_fraction,song_fraction";
    const int bins = static_cast<int>(s.scoreDensity.size());
    for (int b = 0; b < bins; ++b) {
        const double start = s.densitySpan.toSecondsForDisplay() * b / bins;
        const double end = s.densitySpan.toSecondsForDisplay() * (b + 1) / bins;
        lines << QString("%1,%2,%3,%4")
                     .arg(start, 0, 'f', 3)
                     .arg(end, 0, 'f', 3)
                     .arg(s.scoreDensity[static_cast<std::size_t>(b)], 0, 'f', 3)
                     .arg(s.songDensity[static_cast<std::size_t>(b)], 0, 'f', 3);
    }
    return (lines.join('\n') + '\n').toUtf8();
}

} // namespace cuesheet
