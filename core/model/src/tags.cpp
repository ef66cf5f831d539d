#include "cuesheet/model/tags.h"

namespace cuesheet {

Vocal CueTags::effectiveVocal() const {
    return vocal.value_or(kind == MusicKind::Song ? Vocal::Vocal : Vocal::Instrumental);
}

Origin CueTags::effectiveOrigin() const {
    return origin.value_or(kind == MusicKind::Song ? Origin::Commercial : Origin::Commissioned);
}

QString toKey(MusicKind value) {
    return value == MusicKind::Song ? "song" : "score";
}

QString toKey(Diegesis value) {
    switch (value) {
    case Diegesis::Diegetic:
        return "diegetic";
    case Diegesis::NonDiegetic:
        return "non-diegetic";
    case Diegesis::Unknown:
        break;
    }
    return "unknown";
}

QString toKey(Vocal value) {
    return value == Vocal::Vocal ? "vocal" : "instrumental";
}

QString toKey(ThemeRole value) {
    switch (value) {
    case ThemeRole::MainTitle:
        return "main";
    case ThemeRole::EndTitle:
        return "end";
    case ThemeRole::Logo:
        return "logo";
    case ThemeRole::None:
        break;
    }
    return "none";
}

QString toKey(Origin value) {
    switch (value) {
    case Origin::Commercial:
        return "commercial";
    case Origin::Library:
        return "library";
    case Origin::PublicDomain:
        return "public-domain";
    case Origin::Commissioned:
        break;
    }
    return "commissioned";
}

namespace {
// Lower-case, and '_' / ' ' written as '-', so "Non_Diegetic" and "non diegetic" match.
QString normalized(const QString& text) {
    QString s = text.trimmed().toLower();
    s.replace('_', '-');
    s.replace(' ', '-');
    return s;
}
} // namespace

std::optional<MusicKind> musicKindFromKey(const QString& text) {
    const QString s = normalized(text);
    if (s == "score")
        return MusicKind::Score;
    if (s == "song")
        return MusicKind::Song;
    return std::nullopt;
}

std::optional<Diegesis> diegesisFromKey(const QString& text) {
    const QString s = normalized(text);
    if (s == "diegetic" || s == "source")
        return Diegesis::Diegetic;
    if (s == "non-diegetic" || s == "nondiegetic" || s == "underscore")
        return Diegesis::NonDiegetic;
    if (s == "unknown")
        return Diegesis::Unknown;
    return std::nullopt;
}

std::optional<Vocal> vocalFromKey(const QString& text) {
    const QString s = normalized(text);
    if (s == "vocal")
        return Vocal::Vocal;
    if (s == "instrumental")
        return Vocal::Instrumental;
    return std::nullopt;
}

std::optional<ThemeRole> themeRoleFromKey(const QString& text) {
    const QString s = normalized(text);
    if (s == "none" || s.isEmpty())
        return ThemeRole::None;
    if (s == "main" || s == "main-title" || s == "mt")
        return ThemeRole::MainTitle;
    if (s == "end" || s == "end-title" || s == "et")
        return ThemeRole::EndTitle;
    if (s == "logo" || s == "l")
        return ThemeRole::Logo;
    return std::nullopt;
}

std::optional<Origin> originFromKey(const QString& text) {
    const QString s = normalized(text);
    if (s == "commissioned")
        return Origin::Commissioned;
    if (s == "commercial")
        return Origin::Commercial;
    if (s == "library" || s == "production-music")
        return Origin::Library;
    if (s == "public-domain" || s == "pd")
        return Origin::PublicDomain;
    return std::nullopt;
}

} // namespace cuesheet
