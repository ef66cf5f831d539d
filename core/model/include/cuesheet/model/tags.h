#pragma once

#include <QString>

#include <optional>

namespace cuesheet {

// The facts a user records about a use of music (DESIGN.md section 2). They are orthogonal;
// society usage codes are derived from them at export (see usage.h).

// score = composed for the production; song = pre-existing, commercial or library music.
enum class MusicKind { Score, Song };
// diegetic = the characters can hear it (source music).
enum class Diegesis { Unknown, Diegetic, NonDiegetic };
enum class Vocal { Instrumental, Vocal };
enum class ThemeRole { None, MainTitle, EndTitle, Logo };
enum class Origin { Commissioned, Commercial, Library, PublicDomain };

struct CueTags {
    MusicKind kind = MusicKind::Score;
    Diegesis diegesis = Diegesis::Unknown;
    bool visual = false; // a performer is seen on screen
    // Unset follows the kind: song -> vocal, score -> instrumental.
    std::optional<Vocal> vocal;
    ThemeRole theme = ThemeRole::None;
    // Unset follows the kind: score -> commissioned, song -> commercial.
    std::optional<Origin> origin;

    Vocal effectiveVocal() const;
    Origin effectiveOrigin() const;
    friend bool operator==(const CueTags&, const CueTags&) = default;
};

// Stable text keys, used in the project file, the CLI, JSON and CSV:
//   kind: score song | diegesis: diegetic non-diegetic unknown | vocal: vocal instrumental
//   theme: none main end logo | origin: commissioned commercial library public-domain
QString toKey(MusicKind value);
QString toKey(Diegesis value);
QString toKey(Vocal value);
QString toKey(ThemeRole value);
QString toKey(Origin value);
// Parsing is case-insensitive and accepts a few spellings people type ("nondiegetic",
// "non_diegetic", "main-title"). nullopt when the text is none of them.
std::optional<MusicKind> musicKindFromKey(const QString& text);
std::optional<Diegesis> diegesisFromKey(const QString& text);
std::optional<Vocal> vocalFromKey(const QString& text);
std::optional<ThemeRole> themeRoleFromKey(const QString& text);
std::optional<Origin> originFromKey(const QString& text);

} // namespace cuesheet
