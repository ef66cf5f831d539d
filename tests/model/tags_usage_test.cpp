#include "cuesheet/model/tags.h"
#include "cuesheet/model/usage.h"

#include "model_test_support.h"

using namespace cuesheet;

TEST_CASE("tag keys are the documented words and read back to the same value") {
    // The keys of tags.h, written out by hand: they are stored in project files.
    const std::vector<std::pair<MusicKind, QString>> kinds{{MusicKind::Score, "score"},
                                                           {MusicKind::Song, "song"}};
    for (const auto& [value, key] : kinds) {
        CHECK(toKey(value) == key);
        CHECK(musicKindFromKey(key) == value);
    }
    const std::vector<std::pair<Diegesis, QString>> diegeses{
        {Diegesis::Diegetic, "diegetic"},
        {Diegesis::NonDiegetic, "non-diegetic"},
        {Diegesis::Unknown, "unknown"}};
    for (const auto& [value, key] : diegeses) {
        CHECK(toKey(value) == key);
        CHECK(diegesisFromKey(key) == value);
    }
    const std::vector<std::pair<Vocal, QString>> vocals{{Vocal::Vocal, "vocal"},
                                                        {Vocal::Instrumental, "instrumental"}};
    for (const auto& [value, key] : vocals) {
        CHECK(toKey(value) == key);
        CHECK(vocalFromKey(key) == value);
    }
    const std::vector<std::pair<ThemeRole, QString>> themes{{ThemeRole::None, "none"},
                                                            {ThemeRole::MainTitle, "main"},
                                                            {ThemeRole::EndTitle, "end"},
                                                            {ThemeRole::Logo, "logo"}};
    for (const auto& [value, key] : themes) {
        CHECK(toKey(value) == key);
        CHECK(themeRoleFromKey(key) == value);
    }
    const std::vector<std::pair<Origin, QString>> origins{{Origin::Commissioned, "commissioned"},
                                                          {Origin::Commercial, "commercial"},
                                                          {Origin::Library, "library"},
                                                          {Origin::PublicDomain, "public-domain"}};
    for (const auto& [value, key] : origins) {
        CHECK(toKey(value) == key);
        CHECK(originFromKey(key) == value);
    }
}

TEST_CASE("tag parsing accepts the spellings people type and refuses other words") {
    CHECK(diegesisFromKey("Non_Diegetic") == Diegesis::NonDiegetic);
    CHECK(diegesisFromKey("non diegetic") == Diegesis::NonDiegetic);
    CHECK(diegesisFromKey("nondiegetic") == Diegesis::NonDiegetic);
    CHECK(themeRoleFromKey("Main-Title") == ThemeRole::MainTitle);
    CHECK(musicKindFromKey("  SONG ") == MusicKind::Song);
    CHECK(originFromKey("Public Domain") == Origin::PublicDomain);

    CHECK_FALSE(musicKindFromKey("opera"));
    CHECK_FALSE(diegesisFromKey("sometimes"));
    CHECK_FALSE(vocalFromKey("hummed"));
    CHECK_FALSE(themeRoleFromKey("middle"));
    CHECK_FALSE(originFromKey("stolen"));
}

TEST_CASE("vocal and origin follow the kind until they are set") {
    CueTags song;
    song.kind = MusicKind::Song;
    CHECK(song.effectiveVocal() == Vocal::Vocal);
    CHECK(song.effectiveOrigin() == Origin::Commercial);
    CueTags score;
    score.kind = MusicKind::Score;
    CHECK(score.effectiveVocal() == Vocal::Instrumental);
    CHECK(score.effectiveOrigin() == Origin::Commissioned);

    song.vocal = Vocal::Instrumental;
    song.origin = Origin::Library;
    CHECK(song.effectiveVocal() == Vocal::Instrumental);
    CHECK(song.effectiveOrigin() == Origin::Library);
    score.vocal = Vocal::Vocal;
    CHECK(score.effectiveVocal() == Vocal::Vocal);
}

namespace {
CueTags tags(MusicKind kind, Diegesis diegesis, bool visual, ThemeRole theme = ThemeRole::None,
             std::optional<Vocal> vocal = std::nullopt) {
    CueTags t;
    t.kind = kind;
    t.diegesis = diegesis;
    t.visual = visual;
    t.theme = theme;
    t.vocal = vocal;
    return t;
}
} // namespace

TEST_CASE("US usage codes: theme roles first, then visual, then background") {
    using enum MusicKind;
    using enum Diegesis;
    // Theme roles win over everything else.
    CHECK(usUsageCode(tags(Song, Diegetic, true, ThemeRole::MainTitle)) == "MT");
    CHECK(usUsageCode(tags(Score, NonDiegetic, false, ThemeRole::EndTitle)) == "ET");
    CHECK(usUsageCode(tags(Score, Unknown, true, ThemeRole::Logo)) == "L");
    // A performer on screen: visual vocal / visual instrumental.
    CHECK(usUsageCode(tags(Song, Diegetic, true)) == "VV");
    CHECK(usUsageCode(tags(Score, Diegetic, true)) == "VI");
    CHECK(usUsageCode(tags(Song, Diegetic, true, ThemeRole::None, Vocal::Instrumental)) == "VI");
    // Otherwise background, even when diegetic (a radio off screen).
    CHECK(usUsageCode(tags(Song, Diegetic, false)) == "BV");
    CHECK(usUsageCode(tags(Song, NonDiegetic, false)) == "BV");
    CHECK(usUsageCode(tags(Score, NonDiegetic, false)) == "BI");
    CHECK(usUsageCode(tags(Score, Unknown, false, ThemeRole::None, Vocal::Vocal)) == "BV");
}

TEST_CASE("CISAC usage: Theme for signatures, Featured when heard or seen, else Background") {
    using enum MusicKind;
    using enum Diegesis;
    CHECK(cisacUsage(tags(Score, NonDiegetic, false, ThemeRole::MainTitle)) == "Theme");
    CHECK(cisacUsage(tags(Song, Diegetic, true, ThemeRole::EndTitle)) == "Theme");
    CHECK(cisacUsage(tags(Score, NonDiegetic, false, ThemeRole::Logo)) == "Theme");
    CHECK(cisacUsage(tags(Song, Diegetic, false)) == "Featured");
    CHECK(cisacUsage(tags(Score, NonDiegetic, true)) == "Featured");
    CHECK(cisacUsage(tags(Song, NonDiegetic, false)) == "Background");
    CHECK(cisacUsage(tags(Score, Unknown, false)) == "Background");
}

TEST_CASE("a stored usage override replaces the derived code in both vocabularies") {
    Cue cue;
    cue.tags = tags(MusicKind::Song, Diegesis::Diegetic, true);
    CHECK(effectiveUsage(cue, UsageVocabulary::Us) == "VV");
    CHECK(effectiveUsage(cue, UsageVocabulary::Cisac) == "Featured");
    cue.usageOverride = "EE";
    CHECK(effectiveUsage(cue, UsageVocabulary::Us) == "EE");
    CHECK(effectiveUsage(cue, UsageVocabulary::Cisac) == "EE");
    cue.usageOverride.clear();
    CHECK(effectiveUsage(cue, UsageVocabulary::Us) == "VV");
}
