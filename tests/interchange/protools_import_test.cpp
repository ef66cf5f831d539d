// Pro Tools "Export Session Info as Text" imports. No real export was at hand: the session
// texts in tests/data/protools were written by hand for this project from the documented
// layout (header lines "KEY:<tab>VALUE", spaced section banners, per-track "TRACK NAME:" ...
// "PLUG-INS:" lines and a tab-separated CHANNEL / EVENT / CLIP NAME / START TIME / END TIME /
// DURATION [/ TIMESTAMP] / STATE table; stereo clips "<name>.L" / "<name>.R" once per
// channel; "(fade in)" / "(fade out)" / "(cross fade)" rows), as shown by the sample exports
// of the DAWFileKit project and the grammar of ptulsconv. Expected values are read off those
// files by hand, as the comments say.

#include "cuesheet/interchange/protools_import.h"
#include "cuesheet/time/timecode.h"

#include "edl_test_support.h"

using namespace cuesheet;
using namespace cuesheet::test;

namespace {

const TimecodeFormat k23976{FrameRate(24000, 1001), false};
const TimecodeFormat k24{FrameRate(24, 1), false};
const TimecodeFormat k25{FrameRate(25, 1), false};
const TimecodeFormat k2997Drop{FrameRate(30000, 1001), true};

ProToolsImport importSession(const char* name, const ImportOptions& options) {
    return importProToolsText(readTestData(QStringLiteral("protools/") + QString::fromUtf8(name)),
                              QString::fromUtf8(name), options);
}

// A session text built inline: a 25 fps header and one track whose rows are given.
QByteArray sessionWithRows(const char* rows, const char* columns = nullptr) {
    QByteArray text = "SESSION NAME:\tInline\nSAMPLE RATE:\t48000.000000\nBIT DEPTH:\t24-bit\n"
                      "SESSION START TIMECODE:\t01:00:00:00\nTIMECODE FORMAT:\t25 Frame\n"
                      "# OF AUDIO TRACKS:\t1\n# OF AUDIO CLIPS:\t1\n# OF AUDIO FILES:\t1\n\n\n"
                      "T R A C K  L I S T I N G\n"
                      "TRACK NAME:\tAudio 1\nCOMMENTS:\t\nUSER DELAY:\t0 Samples\nSTATE: \n"
                      "PLUG-INS: \n";
    text += columns ? columns
                    : "CHANNEL \tEVENT   \tCLIP NAME                     \tSTART TIME    \t"
                      "END TIME      \tDURATION      \tSTATE\n";
    text += rows;
    return text;
}

} // namespace

TEST_CASE("Pro Tools 23.976: stereo pairs, fades, edit counters, muted clips and tracks",
          "[protools]") {
    const auto options = optionsFor(k23976, "01:00:00:00");
    const auto import = importSession("session_23976_timecode.txt", options);
    requireNoErrors(import.result);
    REQUIRE(import.session.has_value());
    const auto& session = *import.session;
    CHECK(session.sessionName == QStringLiteral("Reel 1 Music"));
    CHECK(session.sampleRate == 48000);
    CHECK(session.timecodeFormat == k23976);
    CHECK(session.timeFormat == ProToolsTimeFormat::Timecode);
    REQUIRE(session.tracks.size() == 4);
    CHECK(session.tracks[1].comments == QStringLiteral("Car radio\nplays under the chase"));
    CHECK(session.tracks[2].isMuted());

    const auto& cues = import.result.cues;
    // 1M1 Opening: fade in 01:00:00:00 + clip to 01:00:30:00 + fade out to 01:00:32:00, on
    // both channels (lines 29-31, 37-39). DX 101 on Dialog 01:00:05:00-01:00:09:00. 1M2 Chase:
    // pieces -01 and -02 back to back, 01:01:00:00-01:01:45:00. 2M1 Radio Song: two uses 18
    // frames apart, 01:03:00:00-01:03:50:00. 1M3 Temp Idea is muted; Temp Music is a muted
    // track.
    REQUIRE(cues.size() == 4);
    checkCue(cues[0], {"1M1 Opening", "01:00:00:00", "01:00:32:00"}, k23976, options);
    checkCue(cues[1], {"DX 101", "01:00:05:00", "01:00:09:00"}, k23976, options);
    checkCue(cues[2], {"1M2 Chase", "01:01:00:00", "01:01:45:00"}, k23976, options);
    checkCue(cues[3], {"2M1 Radio Song", "01:03:00:00", "01:03:50:00"}, k23976, options);
    CHECK(cues[0].sourceLines == std::vector<int>{29, 30, 31, 37, 38, 39});
    CHECK(cues[0].tracks == QStringList{QStringLiteral("Music Stereo")});
    CHECK(cues[0].clipName == QStringLiteral("1M1 Opening.L"));
    // From the clip list at the top of the file (lines 13-14).
    CHECK(cues[0].sourceFile == QStringLiteral("1M1 Opening.wav"));
    CHECK(cues[2].sourceFile.isEmpty()); // 1M2 Chase is not in the list
    CHECK(session.clipFiles.size() == 2);
    CHECK(cues[2].sourceLines == std::vector<int>{32, 33, 40, 41});

    std::vector<int> infoLines;
    for (const auto& finding : import.result.findings) {
        CHECK(finding.severity == FindingSeverity::Info);
        infoLines.push_back(finding.lineNumber);
    }
    CHECK(infoLines == std::vector<int>{34, 42, 56}); // two muted clips, one muted track
}

TEST_CASE("Pro Tools: only the chosen tracks, named in any case", "[protools]") {
    const auto options = optionsFor(
        k23976, "01:00:00:00", {QStringLiteral("music stereo"), QStringLiteral("Source Music")});
    const auto import = importSession("session_23976_timecode.txt", options);
    requireNoErrors(import.result);
    const auto& cues = import.result.cues;
    REQUIRE(cues.size() == 3);
    CHECK(cues[0].title == QStringLiteral("1M1 Opening"));
    CHECK(cues[1].title == QStringLiteral("1M2 Chase"));
    CHECK(cues[2].title == QStringLiteral("2M1 Radio Song"));
}

TEST_CASE("Pro Tools: a project rate other than the session's is warned about", "[protools]") {
    const auto options = optionsFor(k24, "01:00:00:00");
    const auto import = importSession("session_23976_timecode.txt", options);
    requireNoErrors(import.result);
    const auto warnings = import.result.findingsAtLeast(FindingSeverity::Warning);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].lineNumber == 5); // TIMECODE FORMAT
}

TEST_CASE("Pro Tools 29.97 drop-frame: a TIMESTAMP column and a cross fade", "[protools]") {
    const auto options = optionsFor(k2997Drop, "01:00:00;00"); // frame 107892
    const auto import = importSession("session_2997df_timecode.txt", options);
    requireNoErrors(import.result);
    CHECK(import.session->timecodeFormat == k2997Drop);
    const auto& cues = import.result.cues;
    // 4M1 01:00:58;00 (109632 = 3658 * 30 - 2 * 54) to the end of the cross fade 01:01:06;00
    // (109870 = 3666 * 30 - 2 * 55); 4M2 from the start of the cross fade 01:01:04;00 (109810)
    // to 01:01:20;00 (110290).
    REQUIRE(cues.size() == 2);
    const FrameRate rate = k2997Drop.rate;
    CHECK(cues[0].title == QStringLiteral("4M1 Montage"));
    CHECK(cues[0].programmeRange ==
          TimeRange::fromStartAndEndExclusive(Time::fromFrames(109632 - 107892, rate),
                                              Time::fromFrames(109870 - 107892, rate)));
    CHECK(cues[1].title == QStringLiteral("4M2 Reprise"));
    CHECK(cues[1].programmeRange ==
          TimeRange::fromStartAndEndExclusive(Time::fromFrames(109810 - 107892, rate),
                                              Time::fromFrames(110290 - 107892, rate)));
}

TEST_CASE("Pro Tools samples: positions count from the session start", "[protools]") {
    auto options = optionsFor(k25, "01:00:00:00");
    const auto import = importSession("session_25_samples.txt", options);
    requireNoErrors(import.result);
    CHECK(import.session->timeFormat == ProToolsTimeFormat::Samples);
    const auto& cues = import.result.cues;
    // Song A: samples 480000-1920000 at 48 kHz = 10 s - 40 s after 01:00:00:00, both channels.
    // Song B: 1921000 samples = 40.0208333 s, not on a frame: 1921000 * 14700 ticks.
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].title == QStringLiteral("Song A"));
    CHECK(cues[0].programmeRange == TimeRange::fromStartAndEndExclusive(
                                        Time::fromWholeSeconds(10), Time::fromWholeSeconds(40)));
    CHECK(cues[0].sourceLines.size() == 2);
    CHECK(cues[1].title == QStringLiteral("Song B"));
    CHECK(cues[1].programmeRange.start().ticks() == 1921000LL * 14700LL);
    CHECK(cues[1].programmeRange.endExclusive() == Time::fromWholeSeconds(50));

    options = optionsFor(k25, "00:59:59:00"); // the programme starts a second earlier
    const auto shifted = importSession("session_25_samples.txt", options);
    REQUIRE(shifted.result.cues.size() == 2);
    CHECK(shifted.result.cues[0].programmeRange.start() == Time::fromWholeSeconds(11));
}

TEST_CASE("Pro Tools older layout: REGION NAME and no STATE column", "[protools]") {
    const auto options = optionsFor(k24, "01:00:00:00");
    const auto import = importSession("session_24_region_name.txt", options);
    requireNoErrors(import.result);
    REQUIRE(import.result.cues.size() == 1);
    checkCue(import.result.cues[0], {"6M1 Finale", "01:00:10:00", "01:00:55:12"}, k24, options);
}

TEST_CASE("Pro Tools: times in minutes and seconds are refused with advice", "[protools]") {
    const auto import = importSession("session_minsecs.txt", optionsFor(k25, "01:00:00:00"));
    CHECK_FALSE(import.result.accepted);
    CHECK(import.result.cues.empty());
    CHECK(import.result.error.contains(QStringLiteral("session_minsecs.txt")));
    CHECK(import.result.error.contains(QStringLiteral("minutes and seconds")));
    CHECK(import.result.error.contains(QStringLiteral("'Timecode'")));
}

TEST_CASE("Pro Tools: bars and beats, and feet and frames, are refused", "[protools]") {
    const auto options = optionsFor(k25, "01:00:00:00");
    const auto bars =
        importProToolsText(sessionWithRows("1\t1\tCue\t12|1| 000\t16|1| 000\t4|0| 000\tUnmuted\n"),
                           QStringLiteral("bars.txt"), options);
    CHECK_FALSE(bars.result.accepted);
    CHECK(bars.result.error.contains(QStringLiteral("bars and beats")));
    const auto feet =
        importProToolsText(sessionWithRows("1\t1\tCue\t90+00\t95+08\t5+08\tUnmuted\n"),
                           QStringLiteral("feet.txt"), options);
    CHECK_FALSE(feet.result.accepted);
    CHECK(feet.result.error.contains(QStringLiteral("feet and frames")));
}

TEST_CASE("Pro Tools: subframes are hundredths of a frame", "[protools]") {
    const auto options = optionsFor(k25, "01:00:00:00");
    const auto import = importProToolsText(
        sessionWithRows("1\t1\tCue\t01:00:02:00.50\t01:00:04:00.00\t00:00:02:00.00\tUnmuted\n"),
        QStringLiteral("sub.txt"), options);
    requireNoErrors(import.result);
    REQUIRE(import.result.cues.size() == 1);
    // 2 s + half a 25 fps frame (20 ms) = 2.02 s.
    CHECK(import.result.cues[0].programmeRange.start() ==
          Time::fromRational(202, 1, 100, Rounding::Nearest));
}

TEST_CASE("Pro Tools: malformed rows are skipped when lenient, refused when strict", "[protools]") {
    const QByteArray text =
        sessionWithRows("1\t1\tGood Cue\t01:00:00:00\t01:00:10:00\t00:00:10:00\tUnmuted\n"
                        "1\t2\tBackwards\t01:00:30:00\t01:00:20:00\t00:00:10:00\tUnmuted\n"
                        "1\tx\tBad Event\t01:00:40:00\t01:00:50:00\t00:00:10:00\tUnmuted\n"
                        "1\t4\tShort row\n"
                        "1\t5\tOdd State\t01:00:40:00\t01:00:50:00\t00:00:10:00\tLoud\n");
    auto options = optionsFor(k25, "01:00:00:00");
    const auto lenient = importProToolsText(text, QStringLiteral("rows.txt"), options);
    REQUIRE(lenient.result.accepted);
    REQUIRE(lenient.result.cues.size() == 1);
    CHECK(lenient.result.cues[0].title == QStringLiteral("Good Cue"));
    const auto errors = lenient.result.findingsAtLeast(FindingSeverity::Error);
    REQUIRE(errors.size() == 4);
    CHECK(errors[0].lineNumber ==
          19); // header 1-8, blanks, banner 11, track lines 12-17, rows from 18
    CHECK(errors[0].message.contains(QStringLiteral("negative duration")));
    CHECK(errors[1].message.contains(QStringLiteral("must be numbers")));
    CHECK(errors[2].message.contains(QStringLiteral("tab-separated")));
    CHECK(errors[3].message.contains(QStringLiteral("Muted or Unmuted")));

    options.strictness = ImportStrictness::Strict;
    const auto strict = importProToolsText(text, QStringLiteral("rows.txt"), options);
    CHECK_FALSE(strict.result.accepted);
    CHECK(strict.result.error.startsWith(QStringLiteral("rows.txt line 19: ")));
}

TEST_CASE("Pro Tools: a text that is not a session text is refused", "[protools]") {
    const auto options = optionsFor(k25, "01:00:00:00");
    const auto edl = importProToolsText(readTestData(QStringLiteral("edl/otio_wipe_test.edl")),
                                        QStringLiteral("list.edl"), options);
    CHECK_FALSE(edl.result.accepted);
    CHECK(edl.result.error.contains(QStringLiteral("SESSION NAME")));

    const auto noFormat = importProToolsText(QByteArray("SESSION NAME:\tX\nSAMPLE RATE:\t48000\n"),
                                             QStringLiteral("x.txt"), options);
    CHECK_FALSE(noFormat.result.accepted);
    CHECK(noFormat.result.error.contains(QStringLiteral("TIMECODE FORMAT")));

    const auto badFormat =
        importProToolsText(QByteArray("SESSION NAME:\tX\nTIMECODE FORMAT:\t25 Drop Frame\n"
                                      "SESSION START TIMECODE:\t01:00:00:00\n"),
                           QStringLiteral("x.txt"), options);
    CHECK_FALSE(badFormat.result.accepted);
    CHECK(badFormat.result.error.contains(QStringLiteral("drop-frame")));

    const auto noTracks =
        importProToolsText(QByteArray("SESSION NAME:\tX\nTIMECODE FORMAT:\t25 Frame\n"
                                      "SESSION START TIMECODE:\t01:00:00:00\n"),
                           QStringLiteral("x.txt"), options);
    CHECK_FALSE(noTracks.result.accepted);
    CHECK(noTracks.result.error.contains(QStringLiteral("track listing")));
}
