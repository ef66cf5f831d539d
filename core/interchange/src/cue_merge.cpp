#include "cuesheet/interchange/cue_merge.h"

#include "cuesheet/interchange/clip_title.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace cuesheet {

bool trackNameLess(const QString& a, const QString& b) {
    static const QRegularExpression numbered(QStringLiteral("^(\\D*)(\\d+)$"));
    const auto ma = numbered.match(a);
    const auto mb = numbered.match(b);
    if (ma.hasMatch() && mb.hasMatch() && ma.captured(1) == mb.captured(1))
        return ma.captured(2).toLongLong() < mb.captured(2).toLongLong();
    return a < b;
}

namespace {

void addTracks(QStringList* into, const QStringList& tracks) {
    for (const QString& track : tracks)
        if (!into->contains(track))
            into->append(track);
}

CandidateCue startCue(const ClipUse& use) {
    CandidateCue cue;
    cue.title = use.title;
    cue.clipName = use.clipName;
    cue.sourceFile = use.sourceFile;
    cue.reel = use.reel;
    cue.tracks = use.tracks;
    cue.programmeRange = use.programmeRange;
    cue.sourceLines = use.sourceLines;
    return cue;
}

void absorb(CandidateCue* cue, const ClipUse& use) {
    cue->programmeRange = cue->programmeRange.unitedWith(use.programmeRange);
    addTracks(&cue->tracks, use.tracks);
    cue->sourceLines.insert(cue->sourceLines.end(), use.sourceLines.begin(), use.sourceLines.end());
    if (cue->clipName.isEmpty())
        cue->clipName = use.clipName;
    if (cue->sourceFile.isEmpty())
        cue->sourceFile = use.sourceFile;
    if (cue->reel.isEmpty())
        cue->reel = use.reel;
}

void finish(CandidateCue* cue) {
    std::sort(cue->tracks.begin(), cue->tracks.end(), trackNameLess);
    std::sort(cue->sourceLines.begin(), cue->sourceLines.end());
    cue->sourceLines.erase(std::unique(cue->sourceLines.begin(), cue->sourceLines.end()),
                           cue->sourceLines.end());
}

} // namespace

std::vector<CandidateCue> mergeClipUses(std::vector<ClipUse> uses, Time mergeGap) {
    // Group by title ignoring case; each group is swept in start order, so one pass with a
    // running union finds every chain.
    std::map<QString, std::vector<ClipUse>> byTitle;
    for (auto& use : uses) {
        if (use.programmeRange.isEmpty() || use.title.isEmpty())
            continue;
        byTitle[use.title.toCaseFolded()].push_back(std::move(use));
    }

    std::vector<CandidateCue> cues;
    for (auto& [key, group] : byTitle) {
        std::stable_sort(group.begin(), group.end(), [](const ClipUse& a, const ClipUse& b) {
            return a.programmeRange.start() < b.programmeRange.start();
        });
        CandidateCue current = startCue(group.front());
        for (std::size_t i = 1; i < group.size(); ++i) {
            const ClipUse& use = group[i];
            if (current.programmeRange.isWithin(use.programmeRange, mergeGap)) {
                absorb(&current, use);
                continue;
            }
            finish(&current);
            cues.push_back(std::move(current));
            current = startCue(use);
        }
        finish(&current);
        cues.push_back(std::move(current));
    }

    std::stable_sort(cues.begin(), cues.end(), [](const CandidateCue& a, const CandidateCue& b) {
        if (a.programmeRange.start() != b.programmeRange.start())
            return a.programmeRange.start() < b.programmeRange.start();
        return a.title < b.title;
    });
    return cues;
}

} // namespace cuesheet
