#include "cuesheet/model/usage.h"

namespace cuesheet {

QString usUsageCode(const CueTags& tags) {
    switch (tags.theme) {
    case ThemeRole::MainTitle:
        return "MT";
    case ThemeRole::EndTitle:
        return "ET";
    case ThemeRole::Logo:
        return "L";
    case ThemeRole::None:
        break;
    }
    const bool vocal = tags.effectiveVocal() == Vocal::Vocal;
    if (tags.visual)
        return vocal ? "VV" : "VI";
    return vocal ? "BV" : "BI";
}

QString cisacUsage(const CueTags& tags) {
    if (tags.theme != ThemeRole::None)
        return "Theme";
    if (tags.diegesis == Diegesis::Diegetic || tags.visual)
        return "Featured";
    return "Background";
}

QString effectiveUsage(const Cue& cue, UsageVocabulary vocabulary) {
    if (!cue.usageOverride.isEmpty())
        return cue.usageOverride;
    return vocabulary == UsageVocabulary::Us ? usUsageCode(cue.tags) : cisacUsage(cue.tags);
}

} // namespace cuesheet
