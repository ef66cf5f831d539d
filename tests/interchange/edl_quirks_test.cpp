// Hand-written lists, one per quirk of real EDLs (DESIGN.md section 2, issue 5). Expected
// values are worked out in the comments from the event lines.

#include "edl_test_support.h"

#include <algorithm>

using namespace cuesheet;
using namespace cuesheet::test;

namespace {

const TimecodeFormat k24{FrameRate(24, 1), false};
const TimecodeFormat k2997{FrameRate(30000, 1001), false};
const TimecodeFormat k2997Drop{FrameRate(30000, 1001), true};

EdlImport importText(const QByteArray& bytes, const ImportOptions& options) {
    return importEdl(bytes, QStringLiteral("quirk.edl"), options);
}

// Two music cues on A1 at 24 fps, used by the encoding and line-end tests.
const char* const kTwoCues = "TITLE: QUIRKS\n"
                             "FCM: NON-DROP FRAME\n"
                             "001  AX       A     C        00:00:00:00 00:00:10:00 "
                             "01:00:00:00 01:00:10:00\n"
                             "* FROM CLIP NAME:  1M1 Opening.wav\n"
                             "002  AX       A     C        00:00:00:00 00:00:05:00 "
                             "01:00:20:00 01:00:25:00\n"
                             "* FROM CLIP NAME:  1M2 Chase.wav\n";

void checkTwoCues(const EdlImport& import, const ImportOptions& options) {
    requireNoErrors(import.result);
    CHECK(import.list.title == QStringLiteral("QUIRKS"));
    REQUIRE(import.result.cues.size() == 2);
    checkCue(import.result.cues[0], {"1M1 Opening", "01:00:00:00", "01:00:10:00"}, k24, options);
    checkCue(import.result.cues[1], {"1M2 Chase", "01:00:20:00", "01:00:25:00"}, k24, options);
}

} // namespace

TEST_CASE("a UTF-8 byte-order mark does not hide the first line", "[edl][quirk]") {
    const auto options = optionsFor(k24, "01:00:00:00");
    const auto import = importText(QByteArray("\xEF\xBB\xBF") + kTwoCues, options);
    checkTwoCues(import, options);
    CHECK(import.list.encoding == QStringLiteral("UTF-8"));
}

TEST_CASE("CRLF, CR and LF line ends read alike", "[edl][quirk]") {
    const auto options = optionsFor(k24, "01:00:00:00");
    QByteArray crlf(kTwoCues);
    crlf.replace("\n", "\r\n");
    checkTwoCues(importText(crlf, options), options);
    QByteArray cr(kTwoCues);
    cr.replace("\n", "\r");
    checkTwoCues(importText(cr, options), options);
    QByteArray mixed(kTwoCues);
    mixed.replace("wav\n", "wav\r\n");
    const auto import = importText(mixed, options);
    checkTwoCues(import, options);
    CHECK(import.list.events[1].lineNumber == 5); // line numbers count each line end once
}

TEST_CASE("Latin-1 clip names are read as Latin-1, UTF-8 ones as UTF-8", "[edl][quirk]") {
    const auto options = optionsFor(k24, "01:00:00:00");
    const QByteArray list = "001  AX       A     C        00:00:00:00 00:00:10:00 "
                            "01:00:00:00 01:00:10:00\n"
                            "* FROM CLIP NAME:  Caf\xE9 Ol\xE9.wav\n"; // 0xE9 = e acute
    const auto latin1 = importText(list, options);
    requireNoErrors(latin1.result);
    CHECK(latin1.list.encoding == QStringLiteral("ISO-8859-1"));
    REQUIRE(latin1.result.cues.size() == 1);
    CHECK(latin1.result.cues[0].title == QStringLiteral(u"Caf\u00E9 Ol\u00E9"));

    QByteArray utf8 = list;
    utf8.replace("\xE9", "\xC3\xA9"); // the same letter in UTF-8
    const auto unicode = importText(utf8, options);
    requireNoErrors(unicode.result);
    CHECK(unicode.list.encoding == QStringLiteral("UTF-8"));
    REQUIRE(unicode.result.cues.size() == 1);
    CHECK(unicode.result.cues[0].title == QStringLiteral(u"Caf\u00E9 Ol\u00E9"));
}

TEST_CASE("FCM switches mid-list; drop-frame written with colons", "[edl][quirk]") {
    // At 29.97: 01:00:00:00 non-drop = 3600 * 30 = 108000 frames. 01:01:00:02 drop-frame =
    // (3660 * 30 + 2) labels - 2 dropped in each of the 61 - 6 minutes not divisible by ten
    // = 109802 - 110 = 109692 frames; read as non-drop it would be 109802.
    const QByteArray list = "TITLE: SWITCH\n"
                            "FCM: NON-DROP FRAME\n"
                            "001  AX       A     C        00:00:00:00 00:00:10:00 "
                            "01:00:00:00 01:00:10:00\n"
                            "* FROM CLIP NAME:  1M1 Opening.wav\n"
                            "FCM: DROP FRAME\n"
                            "002  AX       A     C        00:00:00:00 00:00:10:00 "
                            "01:01:00:02 01:01:10:02\n"
                            "* FROM CLIP NAME:  1M2 Chase.wav\n"
                            "FCM: NON-DROP FRAME\n"
                            "003  AX       A     C        00:00:00:00 00:00:10:00 "
                            "01:01:00:02 01:01:10:02\n"
                            "* FROM CLIP NAME:  1M3 Ending.wav\n";
    ImportOptions options;
    options.frameRate = k2997.rate;
    options.programmeStartFrame = 107892; // 01:00:00;00 drop-frame
    const auto import = importText(list, options);
    requireNoErrors(import.result);
    REQUIRE(import.list.events.size() == 3);
    CHECK_FALSE(import.list.events[0].dropFrame);
    CHECK(import.list.events[0].recordIn == 108000);
    CHECK(import.list.events[1].dropFrame);
    CHECK(import.list.events[1].recordIn == 109692);
    CHECK_FALSE(import.list.events[2].dropFrame);
    CHECK(import.list.events[2].recordIn == 109802);
    REQUIRE(import.result.cues.size() == 3);
    const auto& chase = import.result.cues[1];
    CHECK(chase.title == QStringLiteral("1M2 Chase"));
    CHECK(chase.programmeRange.start() == Time::fromFrames(109692 - 107892, k2997.rate));
}

TEST_CASE("a list without FCM uses the option's counting", "[edl][quirk]") {
    const QByteArray list = "001  AX       A     C        00:00:00:00 00:00:10:00 "
                            "01:01:00:02 01:01:10:02\n";
    ImportOptions options;
    options.frameRate = k2997.rate;
    options.dropFrameWithoutFcm = true;
    const auto drop = importText(list, options);
    requireNoErrors(drop.result);
    CHECK(drop.list.events.at(0).dropFrame);
    CHECK(drop.list.events.at(0).recordIn == 109692); // see the FCM test above
    options.dropFrameWithoutFcm = false;
    const auto nonDrop = importText(list, options);
    requireNoErrors(nonDrop.result);
    CHECK(nonDrop.list.events.at(0).recordIn == 109802);
}

TEST_CASE("';' under FCM: NON-DROP FRAME is read as drop-frame, with a warning", "[edl][quirk]") {
    const QByteArray list = "FCM: NON-DROP FRAME\n"
                            "001  AX       A     C        00:00:00;00 00:00:10;00 "
                            "01:01:00;02 01:01:10;02\n";
    ImportOptions options;
    options.frameRate = k2997.rate;
    const auto import = importText(list, options);
    requireNoErrors(import.result);
    CHECK(import.list.events.at(0).recordIn == 109692);
    const auto warnings = import.result.findingsAtLeast(FindingSeverity::Warning);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].lineNumber == 2);
}

TEST_CASE("FCM: DROP FRAME at a rate without drop-frame is a malformed line", "[edl][quirk]") {
    const QByteArray list = "FCM: DROP FRAME\n"
                            "001  AX       A     C        00:00:00:00 00:00:10:00 "
                            "01:00:00:00 01:00:10:00\n";
    const auto import = importText(list, optionsFor(k24, "01:00:00:00"));
    REQUIRE(import.result.accepted); // lenient: reported, read as non-drop
    const auto errors = import.result.findingsAtLeast(FindingSeverity::Error);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].lineNumber == 1);
    CHECK(import.list.events.at(0).recordIn == 86400); // 01:00:00:00 at 24 fps
}

TEST_CASE("a clip name wrapped onto the next '*' line is joined", "[edl][quirk]") {
    // The first note line is 76 characters: long enough to have been wrapped. The first list
    // breaks after a space (kept at the end of the line), the second in the middle of a word.
    const QByteArray atSpace =
        "001  AX       A     C        00:00:00:00 00:00:30:00 01:00:00:00 01:00:30:00\n"
        "* FROM CLIP NAME:  1M3 THE LONG AND WINDING ROAD TO THE SEA (ORCHESTRAL \n"
        "* MIX V3).WAV\n"
        "* SOURCE FILE: 1M3.WAV\n";
    const auto options = optionsFor(k24, "01:00:00:00");
    const auto spaced = importText(atSpace, options);
    requireNoErrors(spaced.result);
    REQUIRE(spaced.result.cues.size() == 1);
    CHECK(spaced.result.cues[0].title ==
          QStringLiteral("1M3 THE LONG AND WINDING ROAD TO THE SEA (ORCHESTRAL MIX V3)"));
    CHECK(spaced.result.cues[0].sourceFile == QStringLiteral("1M3.WAV"));

    const QByteArray midWord =
        "001  AX       A     C        00:00:00:00 00:00:30:00 01:00:00:00 01:00:30:00\n"
        "* FROM CLIP NAME:  1M3 THE LONG AND WINDING ROAD TO THE SEA (ORCHESTRAL MI\n"
        "* X V3).WAV\n";
    const auto joined = importText(midWord, options);
    requireNoErrors(joined.result);
    REQUIRE(joined.result.cues.size() == 1);
    CHECK(joined.result.cues[0].title ==
          QStringLiteral("1M3 THE LONG AND WINDING ROAD TO THE SEA (ORCHESTRAL MIX V3)"));
}

TEST_CASE("a short clip name line is never continued", "[edl][quirk]") {
    const QByteArray list =
        "001  AX       A     C        00:00:00:00 00:00:30:00 01:00:00:00 01:00:30:00\n"
        "* FROM CLIP NAME:  1M3 Sea\n"
        "* RENDERED IN PLACE\n";
    const auto import = importText(list, optionsFor(k24, "01:00:00:00"));
    requireNoErrors(import.result);
    CHECK(import.list.events.at(0).clipName == QStringLiteral("1M3 Sea"));
    CHECK(import.list.events.at(0).notes.contains(QStringLiteral("RENDERED IN PLACE")));
}

TEST_CASE("6-digit event numbers and reels of 8, 32 and 40 characters", "[edl][quirk]") {
    const QByteArray list =
        "000001  1M1_REEL                                 A     C        00:00:00:00 00:00:10:00 "
        "01:00:00:00 01:00:10:00\n"
        "000002  SCORE_1M2_CHASE_FULL_MIX_STEREO_ABCDEFGHIJ A2    C        00:00:00:00 "
        "00:00:10:00 01:00:20:00 01:00:30:00\n"
        "000003  SCORE_1M3_SUSPENSE_PART_2_OF_3_XYZ A3    C        00:00:00:00 00:00:10:00 "
        "01:00:40:00 01:00:50:00\n";
    const auto options = optionsFor(k24, "01:00:00:00");
    const auto import = importText(list, options);
    requireNoErrors(import.result);
    REQUIRE(import.list.events.size() == 3);
    CHECK(import.list.events[0].eventNumber == QStringLiteral("000001"));
    CHECK(import.list.events[1].reel ==
          QStringLiteral("SCORE_1M2_CHASE_FULL_MIX_STEREO_ABCDEFGHIJ"));
    CHECK(import.list.events[1].reel.size() == 42);
    CHECK(import.list.events[2].reel.size() == 34);
    REQUIRE(import.result.cues.size() == 3); // no clip names: the reels are the titles
    checkCue(import.result.cues[1],
             {"SCORE_1M2_CHASE_FULL_MIX_STEREO_ABCDEFGHIJ", "01:00:20:00", "01:00:30:00"}, k24,
             options);
    CHECK(import.result.cues[1].tracks == QStringList{QStringLiteral("A2")});
}

TEST_CASE("a reel name holding spaces", "[edl][quirk]") {
    const QByteArray list = "001  MY TAPE 7  AA/V  C        00:00:00:00 00:00:10:00 "
                            "01:00:00:00 01:00:10:00\n";
    const auto import = importText(list, optionsFor(k24, "01:00:00:00"));
    requireNoErrors(import.result);
    CHECK(import.list.events.at(0).reel == QStringLiteral("MY TAPE 7"));
    CHECK(import.list.events.at(0).tracks ==
          QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("V")});
}

TEST_CASE("NONE with an AUD line names audio tracks 3 and 4", "[edl][quirk]") {
    const QByteArray list = "001  AX       NONE  C        00:00:00:00 00:00:10:00 "
                            "01:00:00:00 01:00:10:00\n"
                            "AUD  3    4\n"
                            "* FROM CLIP NAME:  2M1 Source Radio.wav\n"
                            "002  AX       A     C        00:00:00:00 00:00:10:00 "
                            "01:00:00:00 01:00:10:00\n"
                            "* FROM CLIP NAME:  2M2 Score.wav\n";
    auto options = optionsFor(k24, "01:00:00:00", {QStringLiteral("A3")});
    const auto a3 = importText(list, options);
    requireNoErrors(a3.result);
    CHECK(a3.list.events.at(0).tracks == QStringList{QStringLiteral("A3"), QStringLiteral("A4")});
    REQUIRE(a3.result.cues.size() == 1);
    CHECK(a3.result.cues[0].title == QStringLiteral("2M1 Source Radio"));
    CHECK(a3.result.cues[0].tracks == QStringList{QStringLiteral("A3")});

    options.tracks = {QStringLiteral("a")}; // "A" names A1, in any case
    const auto a1 = importText(list, options);
    REQUIRE(a1.result.cues.size() == 1);
    CHECK(a1.result.cues[0].title == QStringLiteral("2M2 Score"));
}

TEST_CASE("a dissolve written on one line starts the incoming clip and extends the outgoing one",
          "[edl][quirk]") {
    // 48 frames at 24 fps = 2 s: 1M1 is heard to 01:00:12:00, 1M2 from 01:00:10:00.
    const QByteArray list = "001  AX       A     C        00:00:00:00 00:00:10:00 "
                            "01:00:00:00 01:00:10:00\n"
                            "* FROM CLIP NAME:  1M1 Opening.wav\n"
                            "002  AX       A     D    048 00:00:00:00 00:00:20:00 "
                            "01:00:10:00 01:00:30:00\n"
                            "* FROM CLIP NAME:  1M1 Opening.wav\n"
                            "* TO CLIP NAME:  1M2 Theme.wav\n";
    const auto options = optionsFor(k24, "01:00:00:00");
    const auto import = importText(list, options);
    requireNoErrors(import.result);
    CHECK(import.list.events.at(1).clipName == QStringLiteral("1M2 Theme.wav"));
    CHECK(import.list.events.at(1).transitionFromClipName == QStringLiteral("1M1 Opening.wav"));
    REQUIRE(import.result.cues.size() == 2);
    checkCue(import.result.cues[0], {"1M1 Opening", "01:00:00:00", "01:00:12:00"}, k24, options);
    checkCue(import.result.cues[1], {"1M2 Theme", "01:00:10:00", "01:00:30:00"}, k24, options);
}

TEST_CASE("a dissolve pair: the from side is heard for the dissolve's length", "[edl][quirk]") {
    const QByteArray list = "001  AX       A     C        00:00:00:00 00:00:10:00 "
                            "01:00:00:00 01:00:10:00\n"
                            "* FROM CLIP NAME:  1M1 Opening.wav\n"
                            "002  AX       A     C        00:00:10:00 00:00:10:00 "
                            "01:00:10:00 01:00:10:00\n"
                            "002  AX       A     D    024 00:00:00:00 00:00:20:00 "
                            "01:00:10:00 01:00:30:00\n"
                            "* FROM CLIP NAME:  1M1 Opening.wav\n"
                            "* TO CLIP NAME:  1M2 Theme.wav\n"
                            "* SOURCE FILE: 1M1 Opening.wav\n";
    const auto options = optionsFor(k24, "01:00:00:00");
    const auto import = importText(list, options);
    requireNoErrors(import.result);
    REQUIRE(import.result.cues.size() == 2);
    checkCue(import.result.cues[0], {"1M1 Opening", "01:00:00:00", "01:00:11:00"}, k24, options);
    checkCue(import.result.cues[1], {"1M2 Theme", "01:00:10:00", "01:00:30:00"}, k24, options);
    CHECK(import.result.cues[0].sourceLines == std::vector<int>{1, 3});
    CHECK(import.list.events.at(1).sourceFile == QStringLiteral("1M1 Opening.wav"));
    CHECK(import.list.events.at(2).sourceFile.isEmpty());
}

TEST_CASE("the merge gap decides whether a pause splits a cue", "[edl][quirk]") {
    // Three events of one file on A1 and A2 at 24 fps: 002 starts 24 frames (1 s) after 001
    // ends, 003 starts 25 frames after 002 ends.
    const QByteArray list = "001  AX       A     C        00:00:00:00 00:00:10:00 "
                            "01:00:00:00 01:00:10:00\n"
                            "* FROM CLIP NAME:  3M1 Waltz.wav\n"
                            "002  AX       A2    C        00:00:11:00 00:00:20:00 "
                            "01:00:11:00 01:00:20:00\n"
                            "* FROM CLIP NAME:  3M1 Waltz.wav\n"
                            "003  AX       A     C        00:00:21:01 00:00:30:00 "
                            "01:00:21:01 01:00:30:00\n"
                            "* FROM CLIP NAME:  3M1 Waltz.wav\n";
    auto options = optionsFor(k24, "01:00:00:00");
    const auto oneSecond = importText(list, options);
    requireNoErrors(oneSecond.result);
    REQUIRE(oneSecond.result.cues.size() == 2);
    checkCue(oneSecond.result.cues[0], {"3M1 Waltz", "01:00:00:00", "01:00:20:00"}, k24, options);
    checkCue(oneSecond.result.cues[1], {"3M1 Waltz", "01:00:21:01", "01:00:30:00"}, k24, options);
    CHECK(oneSecond.result.cues[0].tracks ==
          QStringList{QStringLiteral("A1"), QStringLiteral("A2")});

    options.mergeGap = Time::fromFrames(12, k24.rate);
    REQUIRE(importText(list, options).result.cues.size() == 3);
    options.mergeGap = Time::fromFrames(25, k24.rate);
    const auto wide = importText(list, options);
    REQUIRE(wide.result.cues.size() == 1);
    checkCue(wide.result.cues[0], {"3M1 Waltz", "01:00:00:00", "01:00:30:00"}, k24, options);
}

TEST_CASE("key events, M2 and the B channel", "[edl][quirk]") {
    const QByteArray list = "001  BG       V     K B      00:00:00:00 00:00:05:00 "
                            "01:00:00:00 01:00:05:00\n"
                            "001  FG       V     K    000 00:00:00:00 00:00:05:00 "
                            "01:00:00:00 01:00:05:00\n"
                            "002  AX       B     C        00:00:00:00 00:00:10:00 "
                            "01:00:05:00 01:00:15:00\n"
                            "M2   AX       048.0                00:00:00:00\n"
                            "* FROM CLIP NAME:  4M1 Fast.wav\n";
    const auto options = optionsFor(k24, "01:00:00:00");
    const auto import = importText(list, options);
    requireNoErrors(import.result);
    REQUIRE(import.list.events.size() == 3);
    CHECK(import.list.events[0].editType == EdlEditType::KeyBackground);
    CHECK(import.list.events[1].editType == EdlEditType::Key);
    CHECK(import.list.events[2].tracks == QStringList{QStringLiteral("A1"), QStringLiteral("V")});
    CHECK(import.list.events[2].motionSpeed == QStringLiteral("048.0"));
    REQUIRE(import.result.cues.size() == 1); // only 002 has audio
    checkCue(import.result.cues[0], {"4M1 Fast", "01:00:05:00", "01:00:15:00"}, k24, options);
}

TEST_CASE("PATCH, AUDIO LEVEL and LOC notes are kept with their event", "[edl][quirk]") {
    const QByteArray list = "001  AX       A7    C        00:00:00:00 00:00:10:00 "
                            "01:00:00:00 01:00:10:00\n"
                            "* FROM CLIP NAME:  5M1 Hymn.wav\n"
                            "* PATCH AX:  FROM SOURCE 2 TO RECORD 7\n"
                            "* AUDIO LEVEL AT 01:00:00:00 IS -3.00 DB  (REEL AX A7)\n"
                            "* LOC: 01:00:05:00 YELLOW  CHECK LICENCE\n";
    const auto import = importText(list, optionsFor(k24, "01:00:00:00"));
    requireNoErrors(import.result);
    const auto& notes = import.list.events.at(0).notes;
    REQUIRE(notes.size() == 3);
    CHECK(notes[0].startsWith(QStringLiteral("PATCH")));
    CHECK(notes[1].startsWith(QStringLiteral("AUDIO LEVEL")));
    CHECK(notes[2].startsWith(QStringLiteral("LOC:")));
    CHECK(import.list.events.at(0).clipName == QStringLiteral("5M1 Hymn.wav"));
}

TEST_CASE("lenient imports skip a malformed line; strict ones refuse, naming file and line",
          "[edl][quirk]") {
    const QByteArray list = "TITLE: STRICT\n"
                            "001  AX       A     C        00:00:00:00 00:00:10:00 "
                            "01:00:00:00 01:00:10:00\n"
                            "* FROM CLIP NAME:  1M1 Opening.wav\n"
                            "002  AX       A     C        00:00:00:00 00:00:10:00 "
                            "01:00:20:00 01:00:2X:00\n"
                            "* FROM CLIP NAME:  1M2 Chase.wav\n"
                            "003  AX       A     C        00:00:00:00 00:00:10:00 "
                            "01:00:40:00 01:00:50:00\n"
                            "* FROM CLIP NAME:  1M3 End.wav\n";
    auto options = optionsFor(k24, "01:00:00:00");
    const auto lenient = importText(list, options);
    REQUIRE(lenient.result.accepted);
    const auto errors = lenient.result.findingsAtLeast(FindingSeverity::Error);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].lineNumber == 4);
    CHECK(errors[0].message.contains(QStringLiteral("01:00:2X:00")));
    REQUIRE(lenient.result.cues.size() == 2);
    CHECK(lenient.result.cues[0].title == QStringLiteral("1M1 Opening"));
    CHECK(lenient.result.cues[1].title == QStringLiteral("1M3 End"));

    options.strictness = ImportStrictness::Strict;
    const auto strict = importText(list, options);
    CHECK_FALSE(strict.result.accepted);
    CHECK(strict.result.cues.empty());
    CHECK(strict.result.error.startsWith(QStringLiteral("quirk.edl line 4: ")));
}

TEST_CASE("a list with events only on other tracks imports with a warning", "[edl][quirk]") {
    const auto options = optionsFor(k24, "01:00:00:00", {QStringLiteral("A9")});
    const auto import = importText(kTwoCues, options);
    REQUIRE(import.result.accepted);
    CHECK(import.result.cues.empty());
    const auto warnings = import.result.findingsAtLeast(FindingSeverity::Warning);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].message.contains(QStringLiteral("A1")));
}

TEST_CASE("V1 selects the video track V", "[edl][quirk]") {
    const auto options = optionsFor(k24, "01:00:00:00", {QStringLiteral("V1")});
    const auto import =
        importText("001  AX  V  C  00:00:00:00 00:00:10:00 01:00:00:00 01:00:10:00\n"
                   "* FROM CLIP NAME:  Picture.mov\n",
                   options);
    requireNoErrors(import.result);
    REQUIRE(import.result.cues.size() == 1);
    CHECK(import.result.cues[0].tracks == QStringList{QStringLiteral("V")});
}

TEST_CASE("a wipe 'W nnn' starts the incoming clip at the wipe's start, like a dissolve",
          "[edl][quirk]") {
    // Wipe code 001, 24 frames = 1 s at 24 fps: 5M1 is heard to 01:00:11:00, 5M2 from
    // 01:00:10:00 (the record in of the wipe line).
    const QByteArray list = "001  AX       A     C        00:00:00:00 00:00:10:00 "
                            "01:00:00:00 01:00:10:00\n"
                            "* FROM CLIP NAME:  5M1 Dawn.wav\n"
                            "002  AX       A     W001 024 00:00:00:00 00:00:20:00 "
                            "01:00:10:00 01:00:30:00\n"
                            "* FROM CLIP NAME:  5M1 Dawn.wav\n"
                            "* TO CLIP NAME:  5M2 Dusk.wav\n";
    const auto options = optionsFor(k24, "01:00:00:00");
    const auto import = importText(list, options);
    requireNoErrors(import.result);
    REQUIRE(import.list.events.size() == 2);
    CHECK(import.list.events[1].editType == EdlEditType::Wipe);
    CHECK(import.list.events[1].transitionFrames == 24);
    REQUIRE(import.result.cues.size() == 2);
    checkCue(import.result.cues[0], {"5M1 Dawn", "01:00:00:00", "01:00:11:00"}, k24, options);
    checkCue(import.result.cues[1], {"5M2 Dusk", "01:00:10:00", "01:00:30:00"}, k24, options);
}

TEST_CASE("channels A10 and A99 are tracks of their own; A100 is malformed", "[edl][quirk]") {
    const QByteArray list = "001  AX       A10   C        00:00:00:00 00:00:10:00 "
                            "01:00:00:00 01:00:10:00\n"
                            "* FROM CLIP NAME:  6M1 Low.wav\n"
                            "002  AX       A99   C        00:00:00:00 00:00:05:00 "
                            "01:00:20:00 01:00:25:00\n"
                            "* FROM CLIP NAME:  6M2 High.wav\n"
                            "003  AX       A100  C        00:00:00:00 00:00:05:00 "
                            "01:00:30:00 01:00:35:00\n"
                            "* FROM CLIP NAME:  6M3 Beyond.wav\n";
    const auto options = optionsFor(k24, "01:00:00:00");
    const auto import = importText(list, options);
    REQUIRE(import.list.events.size() == 2);
    CHECK(import.list.events[0].tracks == QStringList{QStringLiteral("A10")});
    CHECK(import.list.events[1].tracks == QStringList{QStringLiteral("A99")});
    const auto malformed =
        std::find_if(import.list.findings.begin(), import.list.findings.end(),
                     [](const ImportFinding& f) { return f.severity == FindingSeverity::Error; });
    REQUIRE(malformed != import.list.findings.end());
    CHECK(malformed->lineNumber == 5); // event 003
    CHECK(malformed->message.contains(QStringLiteral("A100")));

    REQUIRE(import.result.cues.size() == 2);
    checkCue(import.result.cues[1], {"6M2 High", "01:00:20:00", "01:00:25:00"}, k24, options);
    const auto onlyA99 = importText(list, optionsFor(k24, "01:00:00:00", {"A99"}));
    REQUIRE(onlyA99.result.cues.size() == 1);
    CHECK(onlyA99.result.cues[0].title == QStringLiteral("6M2 High"));
}
