// Every EDL in tests/data/edl imports without error, with the cue count and cues checked
// against values read off each list by hand: the event lines named in the comments give the
// record in/out, the merge rule (same title, overlapping / touching / within 1 s) and the
// transition rule (incoming clip starts at the transition's record in; the outgoing clip is
// heard until record in + length) give the rest.

#include "edl_test_support.h"

using namespace cuesheet;
using namespace cuesheet::test;

namespace {

const TimecodeFormat k24{FrameRate(24, 1), false};
const TimecodeFormat k25{FrameRate(25, 1), false};
const TimecodeFormat k2997Drop{FrameRate(30000, 1001), true};
const TimecodeFormat k5994Drop{FrameRate(60000, 1001), true};

const QStringList kVideo = {QStringLiteral("V")};

EdlImport importFixture(const char* name, const ImportOptions& options) {
    const QString file = QStringLiteral("edl/") + QString::fromUtf8(name);
    return importEdl(readTestData(file), QString::fromUtf8(name), options);
}

} // namespace

TEST_CASE("edlgenius_cmx3600.edl: drop-frame list, editor suffixes stripped", "[edl][fixture]") {
    const auto options = optionsFor(k2997Drop, "01:00:00;00", kVideo);
    const auto import = importFixture("edlgenius_cmx3600.edl", options);
    requireNoErrors(import.result);
    CHECK(import.list.title == QStringLiteral("EDL Test SEQ"));
    CHECK(import.list.sawFcm);
    REQUIRE(import.list.events.size() == 9);
    CHECK(import.list.events[0].dropFrame);
    const auto& cues = import.result.cues;
    // 9 events; 003-005 are one clip back to back (01:00:07:26 - 01:00:26:10); ACC112 is used
    // twice far apart (events 001 and 008): 7 cues.
    REQUIRE(cues.size() == 7);
    checkCue(cues[0], {"ACC112 WARBIRDS", "01:00:00:00", "01:00:06:17"}, k2997Drop, options); // 001
    checkCue(cues[2], {"BOONE SMITH ON CAMERA HOST_-720P", "01:00:07:26", "01:00:26:10"}, k2997Drop,
             options); // 003 in, 005 out
    checkCue(cues[3], {"DTB RE EDIT - HD 720P VIDEO SHARING", "01:00:26:10", "01:00:31:13"},
             k2997Drop, options); // 006 (with an M2 line)
    checkCue(cues[5], {"ACC112 WARBIRDS", "01:00:38:14", "01:00:41:06"}, k2997Drop, options); // 008
    checkCue(cues[6], {"KIRA PASTA", "01:00:40:25", "01:00:47:15"}, k2997Drop, options);      // 009
    CHECK(cues[0].sourceFile == QStringLiteral("ACC112 WARBIRDS"));
    CHECK(cues[0].clipName == QStringLiteral("ACC112 WARBIRDS.NEW.01"));
    CHECK(import.list.events[5].motionSpeed == QStringLiteral("059.6"));
}

TEST_CASE("edlgenius_cmx3600_5994.edl: 59.94 drop-frame", "[edl][fixture]") {
    const auto options = optionsFor(k5994Drop, "01:00:00;00", kVideo);
    const auto import = importFixture("edlgenius_cmx3600_5994.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    REQUIRE(cues.size() == 7); // same structure as the 29.97 list
    checkCue(cues[1], {"IMG_6348", "01:00:06:34", "01:00:07:52"}, k5994Drop, options); // 002
    checkCue(cues[2], {"BOONE SMITH ON CAMERA HOST_-720P", "01:00:07:52", "01:00:26:20"}, k5994Drop,
             options);                                                                   // 003-005
    checkCue(cues[4], {"00004", "01:00:31:26", "01:00:39:24"}, k5994Drop, options);      // 007
    checkCue(cues[6], {"KIRA PASTA", "01:00:40:50", "01:00:47:30"}, k5994Drop, options); // 009
}

TEST_CASE("edlgenius_file32.edl: 6-digit events, 32-character reels, notes without a space",
          "[edl][fixture]") {
    const auto options = optionsFor(k2997Drop, "01:00:00;00", kVideo);
    const auto import = importFixture("edlgenius_file32.edl", options);
    requireNoErrors(import.result);
    REQUIRE(import.list.events.size() == 9);
    CHECK(import.list.events[0].eventNumber == QStringLiteral("000001"));
    CHECK(import.list.events[2].reel == QStringLiteral("BOONE_SMITH_ON_CAMERA_HOST_-720P"));
    const auto& cues = import.result.cues;
    REQUIRE(cues.size() == 7);
    checkCue(cues[0], {"ACC112 WARBIRDS", "01:00:00:00", "01:00:06:17"}, k2997Drop, options);
    checkCue(cues[2], {"BOONE SMITH ON CAMERA HOST_-720P", "01:00:07:26", "01:00:26:10"}, k2997Drop,
             options);
    checkCue(cues[4], {"00004", "01:00:31:13", "01:00:39:12"}, k2997Drop, options);
    CHECK(cues[2].reel == QStringLiteral("BOONE_SMITH_ON_CAMERA_HOST_-720P"));
    CHECK(cues[2].sourceLines == std::vector<int>{9, 12, 16});
}

TEST_CASE("otio_25fps.edl: a repeated name on its own '*' line is a note, not a wrap",
          "[edl][fixture]") {
    const auto options = optionsFor(k25, "00:00:00:00", kVideo);
    const auto import = importFixture("otio_25fps.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    REQUIRE(cues.size() == 4); // four events, four shots
    checkCue(cues[0], {"sq001_s001", "00:00:00:00", "00:00:06:11"}, k25, options);
    checkCue(cues[1], {"sq001_s002", "00:00:06:11", "00:00:14:11"}, k25, options);
    checkCue(cues[3], {"sq001_s004", "00:00:17:22", "00:00:19:21"}, k25, options);
    CHECK(import.list.events[0].notes.contains(QStringLiteral("sq001_s001")));
}

TEST_CASE("otio_avid_example.edl: no FCM, FROM CLIP path as source file", "[edl][fixture]") {
    const auto options = optionsFor(k24, "00:59:50:00", kVideo);
    const auto import = importFixture("otio_avid_example.edl", options);
    requireNoErrors(import.result);
    CHECK_FALSE(import.list.sawFcm);
    const auto& cues = import.result.cues;
    REQUIRE(cues.size() == 2); // the list has only two events
    checkCue(cues[0], {"take_1", "00:59:53:11", "00:59:54:18"}, k24, options);
    checkCue(cues[1], {"take_2", "00:59:54:18", "00:59:56:20"}, k24, options);
    CHECK(cues[0].sourceFile == QStringLiteral("S:\\path\\to\\ZZ100_501.take_1.0001.exr"));
}

TEST_CASE("otio_avid_example.edl: events before the programme start are warned about",
          "[edl][fixture]") {
    const auto options = optionsFor(k24, "01:00:00:00", kVideo);
    const auto import = importFixture("otio_avid_example.edl", options);
    requireNoErrors(import.result);
    REQUIRE(import.result.cues.size() == 2);
    CHECK(import.result.cues[0].programmeRange.start() < Time());
    const auto warnings = import.result.findingsAtLeast(FindingSeverity::Warning);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].lineNumber == 2);
    CHECK(warnings[0].message.contains(QStringLiteral("before the programme start")));
}

TEST_CASE("otio_dissolve_test.edl: the incoming clip starts at the dissolve", "[edl][fixture]") {
    const auto options = optionsFor(k24, "01:00:00:00", kVideo);
    const auto import = importFixture("otio_dissolve_test.edl", options);
    requireNoErrors(import.result);
    REQUIRE(import.list.events.size() == 4);
    CHECK(import.list.events[2].editType == EdlEditType::Dissolve);
    CHECK(import.list.events[2].transitionFrames == 10);
    const auto& cues = import.result.cues;
    // clip_A: 001 [00:00, 00:09) + 002's from side [00:09, 00:09 + 10 frames)
    // clip_B: 002's dissolve [00:09, 00:19) + 003 [00:19, 00:20)
    REQUIRE(cues.size() == 2);
    checkCue(cues[0], {"clip_A", "01:00:00:00", "01:00:00:19"}, k24, options);
    checkCue(cues[1], {"clip_B", "01:00:00:09", "01:00:00:20"}, k24, options);
}

TEST_CASE("otio_dissolve_test_2.edl", "[edl][fixture]") {
    const auto options = optionsFor(k24, "01:00:00:00", kVideo);
    const auto import = importFixture("otio_dissolve_test_2.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    // clip_A: 001 [00:00, 00:05) + from side [00:05, 00:15); clip_B: [00:05, 00:15) + 003 to 00:20
    REQUIRE(cues.size() == 2);
    checkCue(cues[0], {"clip_A", "01:00:00:00", "01:00:00:15"}, k24, options);
    checkCue(cues[1], {"clip_B", "01:00:00:05", "01:00:00:20"}, k24, options);
}

TEST_CASE("otio_dissolve_test_3.edl: CRLF, an FCM line inside a transition pair",
          "[edl][fixture]") {
    const auto options = optionsFor(k24, "01:00:00:00", kVideo);
    const auto import = importFixture("otio_dissolve_test_3.edl", options);
    requireNoErrors(import.result);
    REQUIRE(import.list.events.size() == 4);
    CHECK(import.list.events[1].clipName == QStringLiteral("Clip_B.mov")); // from side
    CHECK(import.list.events[2].clipName == QStringLiteral("Clip_C.mov")); // incoming
    CHECK(import.list.events[2].notes.contains(QStringLiteral("EFFECTS NAME IS CROSS DISSOLVE")));
    const auto& cues = import.result.cues;
    // 001 Clip_A [00:00, 02:13); 002 from side Clip_B [02:13, 02:13 + 30 frames = 03:19);
    // 002 D 030 Clip_C [02:13, 03:19); 003 Clip_D [03:19, 05:17).
    REQUIRE(cues.size() == 4);
    checkCue(cues[0], {"Clip_A", "01:00:00:00", "01:00:02:13"}, k24, options);
    checkCue(cues[1], {"Clip_B", "01:00:02:13", "01:00:03:19"}, k24, options);
    checkCue(cues[2], {"Clip_C", "01:00:02:13", "01:00:03:19"}, k24, options);
    checkCue(cues[3], {"Clip_D", "01:00:03:19", "01:00:05:17"}, k24, options);
}

TEST_CASE("otio_dissolve_test_4.edl: reels as titles, two dissolves", "[edl][fixture]") {
    const auto options = optionsFor(k24, "01:00:00:00", kVideo);
    const auto import = importFixture("otio_dissolve_test_4.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    // Six reels. 003 and 004 are dissolves whose from side has the same reel as the incoming
    // clip, so each reel is one cue: ABC0020. [15:02, 18:11), ABC0030. [18:11, 21:23).
    REQUIRE(cues.size() == 6);
    checkCue(cues[0], {"ABC0000.", "01:04:11:17", "01:04:12:23"}, k24, options); // 001
    checkCue(cues[2], {"ABC0020.", "01:04:15:02", "01:04:18:11"}, k24, options); // 003 pair
    checkCue(cues[3], {"ABC0030.", "01:04:18:11", "01:04:21:23"}, k24, options); // 004 pair
    checkCue(cues[5], {"ABC0050.", "01:04:25:23", "01:04:31:14"}, k24, options); // 060
}

TEST_CASE("otio_gap_test.edl: notes without '*'", "[edl][fixture]") {
    const auto options = optionsFor(k24, "00:00:00:00", kVideo);
    const auto import = importFixture("otio_gap_test.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    REQUIRE(cues.size() == 3);
    checkCue(cues[0], {"shot1", "00:00:00:00", "00:00:01:00"}, k24, options);
    checkCue(cues[1], {"shot2", "00:00:01:16", "00:00:02:16"}, k24, options);
    checkCue(cues[2], {"shot3", "00:00:04:06", "00:00:05:06"}, k24, options);
}

TEST_CASE("otio_multi_audio.edl: AA plus an AUD line gives A1 A2 A3", "[edl][fixture]") {
    const auto options = optionsFor(k24, "00:00:00:00"); // every audio track
    const auto import = importFixture("otio_multi_audio.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    REQUIRE(cues.size() == 1); // one event
    checkCue(cues[0], {"AX", "00:00:00:00", "00:56:55:22"}, k24, options);
    CHECK(cues[0].tracks ==
          QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3")});
}

TEST_CASE("otio_no_spaces_test.edl: '*FROM CLIP NAME' without a space", "[edl][fixture]") {
    const auto options = optionsFor(k24, "00:00:00:00", kVideo);
    const auto import = importFixture("otio_no_spaces_test.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    REQUIRE(cues.size() == 9); // nine different shots
    checkCue(cues[0], {"ZZ100_501 (LAY3)", "00:59:53:11", "00:59:54:18"}, k24, options);
    checkCue(cues[3], {"ZZ100_504C (LAY1)", "00:59:58:00", "01:00:02:19"}, k24, options);
    checkCue(cues[8], {"ZZ100_510B (LAY1)", "01:00:26:11", "01:00:37:04"}, k24, options);
    CHECK(cues[3].sourceFile == QStringLiteral("ZZ100_504C.LAY1.02"));
    CHECK(import.list.events[3].notes.size() >= 2); // the two LOC notes of event 004
}

TEST_CASE("otio_nucoda_example.edl: FROM FILE as source file", "[edl][fixture]") {
    const auto options = optionsFor(k24, "00:00:00:00", kVideo);
    const auto import = importFixture("otio_nucoda_example.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    REQUIRE(cues.size() == 2);
    checkCue(cues[0], {"take_1", "00:59:53:11", "00:59:54:18"}, k24, options);
    checkCue(cues[1], {"take_2", "00:59:54:18", "00:59:56:20"}, k24, options);
    CHECK(cues[1].sourceFile == QStringLiteral("S:\\path\\to\\ZZ100_502A.take_2.0101.exr"));
}

TEST_CASE("otio_premiere_example.edl: a file name as clip name loses its extension",
          "[edl][fixture]") {
    const auto options = optionsFor(k24, "00:00:00:00", kVideo);
    const auto import = importFixture("otio_premiere_example.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    REQUIRE(cues.size() == 2);
    checkCue(cues[0], {"ZZ100_501.take_1.0001", "00:59:53:11", "00:59:54:18"}, k24, options);
    checkCue(cues[1], {"ZZ100_502A.take_2.0101", "00:59:54:18", "00:59:56:20"}, k24, options);
}

TEST_CASE("otio_screening_example.edl: blank and white-space lines between notes",
          "[edl][fixture]") {
    const auto options = optionsFor(k24, "00:00:00:00", kVideo);
    const auto import = importFixture("otio_screening_example.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    REQUIRE(cues.size() == 9);
    checkCue(cues[0], {"ZZ100_501 (LAY3)", "00:59:53:11", "00:59:54:18"}, k24, options);
    checkCue(cues[7], {"ZZ100_510 (LAY1)", "01:00:20:19", "01:00:26:11"}, k24, options);
    checkCue(cues[8], {"ZZ100_510B (LAY1)", "01:00:26:11", "01:00:37:04"}, k24, options);
    CHECK(cues[0].sourceFile == QStringLiteral("ZZ100_501.LAY3.01")); // after a blank line
    CHECK(cues[8].sourceFile == QStringLiteral("ZZ100_510B.LAY1.02"));
}

TEST_CASE("otio_speed_effects.edl: 548 events, M2 lines, speed in clip names", "[edl][fixture]") {
    const auto options = optionsFor(k24, "01:00:00:00", kVideo);
    const auto import = importFixture("otio_speed_effects.edl", options);
    requireNoErrors(import.result);
    REQUIRE(import.list.events.size() == 548);
    // Counted with a throw-away script (not this parser) over the FROM CLIP NAME lines and
    // checked by reading the lines: 12 titles have uses within 1 s of each other, absorbing
    // 14 events, so 548 - 14 = 534 cues. Three of them, by hand:
    //   events 482-484: Z694_151 (LAY3), 484 named "... (45.33 FPS)" -> 01:17:27:02 - 01:17:29:13
    //   events 502-503: Z694_307 (LAY11) -> 01:18:28:03 - 01:18:34:08
    //   events 509, 511: Z694_307M (LAY2) FF, 9 frames apart -> 01:18:42:20 - 01:18:45:00
    const auto& cues = import.result.cues;
    REQUIRE(cues.size() == 534);
    checkCue(cues.front(), {"Z677_4C (ANIM10)", "01:00:00:00", "01:00:05:06"}, k24, options);
    auto find = [&](const char* title, const char* in) -> const CandidateCue* {
        for (const auto& cue : cues)
            if (cue.title == QString::fromUtf8(title) &&
                cue.programmeRange.start() == programmeTime(in, k24, options))
                return &cue;
        return nullptr;
    };
    const auto* z151 = find("Z694_151 (LAY3)", "01:17:27:02");
    REQUIRE(z151 != nullptr);
    checkCue(*z151, {"Z694_151 (LAY3)", "01:17:27:02", "01:17:29:13"}, k24, options);
    const auto* z307 = find("Z694_307 (LAY11)", "01:18:28:03");
    REQUIRE(z307 != nullptr);
    checkCue(*z307, {"Z694_307 (LAY11)", "01:18:28:03", "01:18:34:08"}, k24, options);
    const auto* z307m = find("Z694_307M (LAY2) FF", "01:18:42:20");
    REQUIRE(z307m != nullptr);
    checkCue(*z307m, {"Z694_307M (LAY2) FF", "01:18:42:20", "01:18:45:00"}, k24, options);
}

TEST_CASE("otio_timecode_mismatch.edl: one title used twice far apart", "[edl][fixture]") {
    const auto options = optionsFor(k25, "00:00:00:00", kVideo);
    const auto import = importFixture("otio_timecode_mismatch.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    // 20 events; 014 and 020 are both named sq001_s0020 but 17 s apart: 20 cues.
    REQUIRE(cues.size() == 20);
    checkCue(cues[3], {"sq001_s004", "00:00:17:22", "00:00:19:19"}, k25, options);   // 004
    checkCue(cues[4], {"sq001_s005", "00:00:19:21", "00:00:22:02"}, k25, options);   // 005
    checkCue(cues[13], {"sq001_s0020", "00:00:47:17", "00:00:52:11"}, k25, options); // 014
    checkCue(cues[19], {"sq001_s0020", "00:01:09:01", "00:01:11:14"}, k25, options); // 020
    // Event 014's second line "* sq001_s0014" is a note, not part of its name.
    CHECK(import.list.events[13].clipName == QStringLiteral("sq001_s0020"));
}

TEST_CASE("otio_transition_duration.edl: the outgoing clip is heard through the dissolve",
          "[edl][fixture]") {
    const auto options = optionsFor(k24, "01:00:00:00", kVideo);
    const auto import = importFixture("otio_transition_duration.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    // 002 ABC0200. [53:06, 56:08) + 003's from side [56:08, 56:08 + 26 frames = 57:10);
    // 003 D 026 ABC0300. starts at the dissolve, 56:08.
    REQUIRE(cues.size() == 4);
    checkCue(cues[0], {"ABC0100.", "01:00:48:20", "01:00:53:06"}, k24, options);
    checkCue(cues[1], {"ABC0200.", "01:00:53:06", "01:00:57:10"}, k24, options);
    checkCue(cues[2], {"ABC0300.", "01:00:56:08", "01:00:59:09"}, k24, options);
    checkCue(cues[3], {"ABC0400.", "01:00:59:09", "01:01:05:20"}, k24, options);
}

TEST_CASE("otio_wipe_test.edl: a wipe is a transition like a dissolve", "[edl][fixture]") {
    const auto options = optionsFor(k24, "01:00:00:00", kVideo);
    const auto import = importFixture("otio_wipe_test.edl", options);
    requireNoErrors(import.result);
    REQUIRE(import.list.events.size() == 4);
    CHECK(import.list.events[2].editType == EdlEditType::Wipe);
    CHECK(import.list.events[2].transitionFrames == 10);
    const auto& cues = import.result.cues;
    REQUIRE(cues.size() == 2);
    checkCue(cues[0], {"clip_A", "01:00:00:00", "01:00:00:19"}, k24, options);
    checkCue(cues[1], {"clip_B", "01:00:00:09", "01:00:00:20"}, k24, options);
}

TEST_CASE("pycmx_ISSUE_19_unusual01.edl: 4-digit events, 20-character reels, no FCM",
          "[edl][fixture]") {
    const auto options = optionsFor(k24, "00:00:00:00", kVideo);
    const auto import = importFixture("pycmx_ISSUE_19_unusual01.edl", options);
    requireNoErrors(import.result);
    REQUIRE(import.list.events.size() == 38);
    const auto& cues = import.result.cues;
    // Reels are the titles. B505C014_230224_RNBP runs 0002-0005 back to back and
    // A055C008_211022_R24B 0017-0019: 38 - 3 - 2 = 33 cues. A040C006_211015_R24B (0026, 0028)
    // is used twice 3 s 4 frames apart: two cues.
    REQUIRE(cues.size() == 33);
    checkCue(cues[0], {"Z125C001_220217_ROLX", "00:00:00:00", "00:00:04:06"}, k24, options);
    checkCue(cues[1], {"B505C014_230224_RNBP", "00:00:04:06", "00:00:12:18"}, k24, options);
    checkCue(cues[13], {"A055C008_211022_R24B", "00:01:05:17", "00:01:17:02"}, k24, options);
    checkCue(cues[20], {"A040C006_211015_R24B", "00:01:38:01", "00:01:52:14"}, k24, options);
    checkCue(cues[22], {"A040C006_211015_R24B", "00:01:55:18", "00:01:58:08"}, k24, options);
}

TEST_CASE("pycmx_TEST.edl: the music stem on A12 gives its cues", "[edl][fixture]") {
    const auto options = optionsFor(k24, "01:00:00:00", {QStringLiteral("A12")});
    const auto import = importFixture("pycmx_TEST.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    // A12 carries one file, TC R1 V6 TEMP2 ST MX.WAV. Events 005-027 run back to back
    // (dissolves 012, 019 from the file into itself) to 01:07:27:01; A12 is then empty until
    // event 040 dissolves in from black (BL) at 01:08:56:00; 041-079 continue to 01:13:12:00;
    // event 090 starts 1 s 19 frames later, more than the 1 s gap, and 090-119 run to
    // 01:16:55:17. Three cues.
    REQUIRE(cues.size() == 3);
    checkCue(cues[0], {"TC R1 V6 TEMP2 ST MX", "01:00:00:00", "01:07:27:01"}, k24, options);
    checkCue(cues[1], {"TC R1 V6 TEMP2 ST MX", "01:08:56:00", "01:13:12:00"}, k24, options);
    checkCue(cues[2], {"TC R1 V6 TEMP2 ST MX", "01:13:13:19", "01:16:55:17"}, k24, options);
    for (const auto& cue : cues) {
        CHECK(cue.tracks == QStringList{QStringLiteral("A12")});
        CHECK(cue.sourceFile == QStringLiteral("TC R1 V6 TEMP2 ST MX.WAV"));
    }
    CHECK(cues[1].sourceLines.front() == 178); // event 040's dissolve line, not black's
}

TEST_CASE("pycmx_TEST.edl: with a 2 s gap the last two music cues are one", "[edl][fixture]") {
    auto options = optionsFor(k24, "01:00:00:00", {QStringLiteral("A12")});
    options.mergeGap = Time::fromWholeSeconds(2);
    const auto import = importFixture("pycmx_TEST.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    REQUIRE(cues.size() == 2); // 1 s 19 frames < 2 s; the 89 s hole stays
    checkCue(cues[1], {"TC R1 V6 TEMP2 ST MX", "01:08:56:00", "01:16:55:17"}, k24, options);
}

TEST_CASE("pycmx_TEST.edl: a dissolve between two files starts the incoming one",
          "[edl][fixture]") {
    const auto options = optionsFor(k24, "01:00:00:00", {QStringLiteral("A")});
    const auto import = importFixture("pycmx_TEST.edl", options);
    requireNoErrors(import.result);
    // Event 028 on A dissolves (2 frames) from TC R1 V6 TEMP2 M DX.WAV to TC R1 V1.2 TEMP1 DX
    // M.WAV at 01:07:27:09; 030 continues the new file to 01:07:36:22.
    const CandidateCue* incoming = nullptr;
    for (const auto& cue : import.result.cues)
        if (cue.title == QStringLiteral("TC R1 V1.2 TEMP1 DX M") &&
            cue.programmeRange.start() == programmeTime("01:07:27:09", k24, options))
            incoming = &cue;
    REQUIRE(incoming != nullptr);
    CHECK(incoming->programmeRange.endExclusive() >= programmeTime("01:07:36:22", k24, options));
}

TEST_CASE("pycmx_test_24psf.edl: AUD 3 4 on a video event, a wipe to black", "[edl][fixture]") {
    const auto options = optionsFor(k25, "00:00:00:00"); // every audio track
    const auto import = importFixture("pycmx_test_24psf.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    // 002 AA clip #2 [0, 01:30:00); 003 V + AUD 3 4 clip -3 on A3 A4 [00:59:24, 01:30:00);
    // 006 AA: from side "Test rename" heard for the 25-frame wipe to black (BL, not a cue)
    // [01:59:01, 02:00:01); 010 AA Test rename [02:10:21, 02:40:22), 10 s later: 4 cues.
    REQUIRE(cues.size() == 4);
    checkCue(cues[0], {"clip #2", "00:00:00:00", "00:01:30:00"}, k25, options);
    checkCue(cues[1], {"clip -3", "00:00:59:24", "00:01:30:00"}, k25, options);
    checkCue(cues[2], {"Test rename", "00:01:59:01", "00:02:00:01"}, k25, options);
    checkCue(cues[3], {"Test rename", "00:02:10:21", "00:02:40:22"}, k25, options);
    CHECK(cues[1].tracks == QStringList{QStringLiteral("A3"), QStringLiteral("A4")});
    CHECK(import.list.events[2].tracks ==
          QStringList{QStringLiteral("A3"), QStringLiteral("A4"), QStringLiteral("V")});
}

TEST_CASE("pycmx_test_25.edl: audio cues across tracks merge", "[edl][fixture]") {
    const auto options = optionsFor(k25, "00:00:00:00");
    const auto import = importFixture("pycmx_test_25.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    // Test rename: 003 on A3 A4 [00:59:24, 01:30:00) touches 006 on A1 A2 [01:30:00, 01:59:01),
    // whose from side runs on through the 25-frame wipe 007 to 02:00:01; 011 is 10 s later.
    REQUIRE(cues.size() == 3);
    checkCue(cues[0], {"N5_final screensaver_mp4", "00:00:00:00", "00:01:30:00"}, k25, options);
    checkCue(cues[1], {"Test rename", "00:00:59:24", "00:02:00:01"}, k25, options);
    checkCue(cues[2], {"Test rename", "00:02:10:21", "00:02:40:22"}, k25, options);
    CHECK(cues[1].tracks == QStringList{QStringLiteral("A1"), QStringLiteral("A2"),
                                        QStringLiteral("A3"), QStringLiteral("A4")});
}

TEST_CASE("pycmx_test_25.edl: video, the dissolved-in clip starts at the dissolve",
          "[edl][fixture]") {
    const auto options = optionsFor(k25, "00:00:00:00", kVideo);
    const auto import = importFixture("pycmx_test_25.edl", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    // 001 Jellyfish [0, 00:59:24); 003-004 Test rename [00:59:24, 01:54:17) + 005's from side
    // for 70 frames (2 s 20) to 01:57:12; 005 D 070 Jellyfish [01:54:17, 02:01:10); 008 Black
    // Video; 009 Jellyfish 5 s after 02:01:10; 010 Test rename: 6 cues.
    REQUIRE(cues.size() == 6);
    checkCue(cues[0], {"Jellyfish", "00:00:00:00", "00:00:59:24"}, k25, options);
    checkCue(cues[1], {"Test rename", "00:00:59:24", "00:01:57:12"}, k25, options);
    checkCue(cues[2], {"Jellyfish", "00:01:54:17", "00:02:01:10"}, k25, options);
    checkCue(cues[3], {"Black Video", "00:02:01:10", "00:02:06:10"}, k25, options);
    checkCue(cues[4], {"Jellyfish", "00:02:06:10", "00:02:10:21"}, k25, options);
}
