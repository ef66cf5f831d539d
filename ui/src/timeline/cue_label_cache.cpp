#include "cuesheet/ui/timeline/cue_label_cache.h"

#include "cuesheet/model/project.h"
#include "cuesheet/model/usage.h"

#include <QFontMetricsF>

#include <algorithm>

namespace cuesheet {

namespace {
const QString kEllipsis = QStringLiteral("…");
} // namespace

CueLabelCache::Entry& CueLabelCache::entryFor(const Project& project, const Cue& cue) {
    const auto it = entries_.find(cue.id);
    if (it != entries_.end())
        return it->second;
    Entry entry;
    const QString number = QString::number(project.sequenceNumber(cue.id));
    entry.text = number + QLatin1Char(' ') + project.titleOf(cue);
    const QString usage = effectiveUsage(cue, UsageVocabulary::Us);
    if (!usage.isEmpty())
        entry.text += QStringLiteral(" · ") + usage;
    entry.numberLength = static_cast<int>(number.size());
    const QFontMetricsF metrics(font_);
    entry.prefixAdvance.reserve(static_cast<std::size_t>(entry.text.size()) + 1);
    entry.prefixAdvance.push_back(0);
    double advance = 0;
    for (qsizetype i = 0; i < entry.text.size(); ++i) {
        const QChar c = entry.text.at(i);
        if (c.isHighSurrogate() && i + 1 < entry.text.size()) {
            // A surrogate pair is one character: never cut between its halves.
            entry.prefixAdvance.push_back(advance);
            advance += metrics.horizontalAdvance(entry.text.mid(i, 2));
            entry.prefixAdvance.push_back(advance);
            ++i;
            continue;
        }
        advance += metrics.horizontalAdvance(c);
        entry.prefixAdvance.push_back(advance);
    }
    return entries_.emplace(cue.id, std::move(entry)).first->second;
}

const QStaticText* CueLabelCache::label(const Project& project, const Cue& cue, const QFont& font,
                                        double width) {
    if (!fontSet_ || !(font == font_)) {
        fontSet_ = true;
        entries_.clear();
        font_ = font;
        ellipsisAdvance_ = QFontMetricsF(font_).horizontalAdvance(kEllipsis);
    }
    Entry& entry = entryFor(project, cue);
    const auto length = static_cast<int>(entry.text.size());
    int shown = length;
    if (entry.prefixAdvance.back() > width) {
        // The longest prefix that leaves room for the ellipsis.
        const auto end = std::upper_bound(entry.prefixAdvance.begin(), entry.prefixAdvance.end(),
                                          width - ellipsisAdvance_);
        shown = static_cast<int>(end - entry.prefixAdvance.begin()) - 1;
        if (shown < entry.numberLength) {
            if (entry.prefixAdvance[static_cast<std::size_t>(entry.numberLength)] > width)
                return nullptr;
            shown = -entry.numberLength; // negative: just the number, no ellipsis
        }
        if (shown > 0 && shown < length && entry.text.at(shown).isLowSurrogate())
            --shown;
    }
    if (shown != entry.shownLength) {
        QString text;
        if (shown < 0)
            text = entry.text.left(-shown);
        else if (shown < length)
            text = entry.text.left(shown).trimmed() + kEllipsis;
        else
            text = entry.text;
        entry.shown = QStaticText(text);
        entry.shown.setTextFormat(Qt::PlainText);
        entry.shown.setPerformanceHint(QStaticText::AggressiveCaching);
        entry.shown.prepare(QTransform(), font_);
        entry.shownLength = shown;
    }
    return &entry.shown;
}

} // namespace cuesheet
