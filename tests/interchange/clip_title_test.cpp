#include "cuesheet/interchange/clip_title.h"

#include <catch2/catch.hpp>

using namespace cuesheet;

TEST_CASE("clip titles lose media extensions but keep dots that are part of the name",
          "[interchange][title]") {
    CHECK(clipTitleFromName(QStringLiteral("TC R1 V6 TEMP2 ST MX.WAV ")) ==
          QStringLiteral("TC R1 V6 TEMP2 ST MX"));
    CHECK(clipTitleFromName(QStringLiteral("TC R1 V1.2 TEMP1 DX M.WAV")) ==
          QStringLiteral("TC R1 V1.2 TEMP1 DX M"));
    CHECK(clipTitleFromName(QStringLiteral("Clip_A.mov")) == QStringLiteral("Clip_A"));
    CHECK(clipTitleFromName(QStringLiteral("Song v1.2")) == QStringLiteral("Song v1.2"));
    CHECK(clipTitleFromName(QStringLiteral("N5_final screensaver_mp4.mov")) ==
          QStringLiteral("N5_final screensaver_mp4"));
}

TEST_CASE("clip titles lose Avid editor suffixes in any case", "[interchange][title]") {
    CHECK(clipTitleFromName(QStringLiteral("ACC112 WARBIRDS.NEW.01")) ==
          QStringLiteral("ACC112 WARBIRDS"));
    CHECK(clipTitleFromName(QStringLiteral("1M1 Main Title.sub.03")) ==
          QStringLiteral("1M1 Main Title"));
    CHECK(clipTitleFromName(QStringLiteral("Theme.copy.12.wav")) == QStringLiteral("Theme"));
    CHECK(clipTitleFromName(QStringLiteral("Theme.Exported.01.NEW.02")) == QStringLiteral("Theme"));
    // Not an editor suffix: the word must be one of Avid's and a number must follow.
    CHECK(clipTitleFromName(QStringLiteral("Brand.NEWS.01")) == QStringLiteral("Brand.NEWS.01"));
}

TEST_CASE("clip titles lose channel suffixes of multichannel clips", "[interchange][title]") {
    CHECK(clipTitleFromName(QStringLiteral("Audio 3 Clip1.L")) == QStringLiteral("Audio 3 Clip1"));
    CHECK(clipTitleFromName(QStringLiteral("Audio 3 Clip1.R")) == QStringLiteral("Audio 3 Clip1"));
    CHECK(clipTitleFromName(QStringLiteral("Score 5.1.LFE")) == QStringLiteral("Score 5.1"));
    // ".l" is not a Pro Tools channel name.
    CHECK(clipTitleFromName(QStringLiteral("Mr.l")) == QStringLiteral("Mr.l"));
}

TEST_CASE("a source file path gives its file name as title", "[interchange][title]") {
    CHECK(clipTitleFromName(QStringLiteral("S:\\path\\to\\ZZ100_501.take_1.0001.exr")) ==
          QStringLiteral("ZZ100_501.take_1.0001"));
    CHECK(clipTitleFromName(QStringLiteral("/music/cues/1M2 Chase.aif")) ==
          QStringLiteral("1M2 Chase"));
    CHECK(clipTitleFromName(QStringLiteral("C:/Music/Score/2M1 Dawn.wav")) ==
          QStringLiteral("2M1 Dawn"));
    CHECK(clipTitleFromName(QStringLiteral("~/Music/3M4 Rain.flac")) == QStringLiteral("3M4 Rain"));
}

TEST_CASE("a slash in a title is part of it, not a folder", "[interchange][title]") {
    CHECK(clipTitleFromName(QStringLiteral("AC/DC - Thunderstruck")) ==
          QStringLiteral("AC/DC - Thunderstruck"));
    CHECK(clipTitleFromName(QStringLiteral("Love/Hate Theme.wav")) ==
          QStringLiteral("Love/Hate Theme"));
    CHECK(clipTitleFromName(QStringLiteral("Either/Or.NEW.01")) == QStringLiteral("Either/Or"));
}

TEST_CASE("a name that is only an extension is kept rather than emptied", "[interchange][title]") {
    CHECK(clipTitleFromName(QStringLiteral(".wav")) == QStringLiteral(".wav"));
    CHECK(clipTitleFromName(QString()) == QString());
}

TEST_CASE("Pro Tools edit counters are removed", "[interchange][title]") {
    CHECK(clipTitleFromProToolsName(QStringLiteral("1M1 Opening-01")) ==
          QStringLiteral("1M1 Opening"));
    CHECK(clipTitleFromProToolsName(QStringLiteral("1M1 Opening-02.L")) ==
          QStringLiteral("1M1 Opening"));
    CHECK(clipTitleFromProToolsName(QStringLiteral("Blink-182")) == QStringLiteral("Blink-182"));
}

TEST_CASE("titles compare without case", "[interchange][title]") {
    CHECK(sameTitle(QStringLiteral("Main Title"), QStringLiteral("MAIN TITLE")));
    CHECK_FALSE(sameTitle(QStringLiteral("Main Title"), QStringLiteral("Main Title 2")));
}
