#pragma once

#include "cuesheet/interchange/import_result.h"
#include "cuesheet/time/time.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cuesheet {

// One event of one clip on the chosen tracks, on the programme timeline: what the EDL and
// Pro Tools importers hand to the merge.
struct ClipUse {
    QString title; // see clip_title.h
    QString clipName;
    QString sourceFile;
    QString reel;
    QStringList tracks;
    TimeRange programmeRange;
    std::vector<int> sourceLines;
};

// The merge rule of every import: uses of the same title (sameTitle) whose ranges overlap,
// touch, or are separated by at most `mergeGap` become one cue whose range is their union,
// whatever track each is on. Chains merge transitively: A within the gap of B, B within the
// gap of C gives one cue. Empty ranges are ignored.
//
//   title X:  [====)  [===)           [==)      merge gap g
//                   ^^ <= g           > g
//   cues:     [==========)            [==)
//
// The result is ordered by start, then title; tracks are in natural order (A2 before A10);
// a cue's clip name, source file and reel are those of its earliest use that has one.
std::vector<CandidateCue> mergeClipUses(std::vector<ClipUse> uses, Time mergeGap);

// Natural order of track names: "A2" < "A10"; names without a number compare as text.
bool trackNameLess(const QString& a, const QString& b);

} // namespace cuesheet
