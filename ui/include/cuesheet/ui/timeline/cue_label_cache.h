#pragma once

#include "cuesheet/model/cue.h"

#include <QFont>
#include <QStaticText>
#include <QString>

#include <unordered_map>
#include <vector>

namespace cuesheet {

class Project;

// Cue labels ("12 Title · BI"), laid out once and cut to the room a block has.
//
// Shaping text is the most expensive thing a timeline paint does (QFontMetrics::elidedText
// shapes the string again for every cut it tries). Here each label's text and the advance of
// every prefix are computed once per cue (per-character advances: no kerning across the cut,
// which at worst misjudges the room by a pixel, and the block clips anyway), the cut for a
// width is a binary search, and the cut text is kept as a QStaticText, so a scroll redraws
// labels without shaping anything.
//
// Sequence numbers, titles and usage codes change with the project: forget() the cues a
// change touches, or clear() when numbers may have moved, and when the font changes.
class CueLabelCache {
public:
    void clear() { entries_.clear(); }
    // Drops one cue's label (its tags or its work's title changed; no number moved).
    void forget(CueId id) { entries_.erase(id); }
    // The label of `cue` for a block `width` pixels wide: the whole text, or as much as fits
    // followed by "…", or just the number; null when not even the number fits.
    const QStaticText* label(const Project& project, const Cue& cue, const QFont& font,
                             double width);
    std::size_t size() const { return entries_.size(); }

private:
    struct Entry {
        QString text;
        std::vector<double> prefixAdvance; // [i] = width of text.left(i)
        int numberLength = 0;
        int shownLength = -1;
        QStaticText shown;
    };
    Entry& entryFor(const Project& project, const Cue& cue);

    std::unordered_map<CueId, Entry> entries_;
    QFont font_;
    bool fontSet_ = false;
    double ellipsisAdvance_ = 0;
};

} // namespace cuesheet
