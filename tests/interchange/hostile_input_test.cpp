// Corrupt and hostile input for both importers: a clear refusal or finding, never a crash,
// a hang or a cue out of nothing.

#include "cuesheet/interchange/edl_import.h"
#include "cuesheet/interchange/protools_import.h"

#include "edl_test_support.h"

#include <random>

using namespace cuesheet;
using namespace cuesheet::test;

namespace {

const TimecodeFormat k25{FrameRate(25, 1), false};

QByteArray randomBytes(std::size_t size, std::uint32_t seed) {
    std::mt19937 generator(seed);
    QByteArray bytes;
    bytes.resize(static_cast<qsizetype>(size));
    for (auto& byte : bytes)
        byte = static_cast<char>(generator() & 0xff);
    return bytes;
}

const char* const kList = "TITLE: HOSTILE\n"
                          "001  AX       A     C        00:00:00:00 00:00:10:00 "
                          "01:00:00:00 01:00:10:00\n"
                          "* FROM CLIP NAME:  1M1 Opening.wav\n"
                          "002  AX       A     C        00:00:00:00 00:00:10:00 "
                          "01:00:20:00 01:00:30:00\n"
                          "* FROM CLIP NAME:  1M2 Chase.wav\n";

void checkRefused(const ImportResult& result, const char* fileName, const char* reason) {
    CHECK_FALSE(result.accepted);
    CHECK(result.cues.empty());
    INFO(result.error.toStdString());
    CHECK(result.error.contains(QString::fromUtf8(fileName)));
    CHECK(result.error.contains(QString::fromUtf8(reason)));
}

} // namespace

TEST_CASE("binary garbage is refused by both importers", "[hostile]") {
    const auto options = optionsFor(k25, "01:00:00:00");
    const QByteArray garbage = randomBytes(1 << 20, 1);
    checkRefused(importEdl(garbage, QStringLiteral("noise.edl"), options).result, "noise.edl",
                 "NUL");
    checkRefused(importProToolsText(garbage, QStringLiteral("noise.txt"), options).result,
                 "noise.txt", "NUL");

    QByteArray controls = randomBytes(4096, 2);
    for (auto& byte : controls)
        byte = static_cast<char>((static_cast<unsigned char>(byte) % 31) + 1); // no NUL
    checkRefused(importEdl(controls, QStringLiteral("ctl.edl"), options).result, "ctl.edl",
                 "binary");
}

TEST_CASE("a 10 MB single line is refused, not parsed", "[hostile]") {
    const auto options = optionsFor(k25, "01:00:00:00");
    const QByteArray line(10 * 1024 * 1024, 'A');
    const auto edl = importEdl(line, QStringLiteral("line.edl"), options);
    checkRefused(edl.result, "line.edl", "no event lines");
    REQUIRE(edl.result.findings.size() == 1);
    CHECK(edl.result.findings[0].lineNumber == 1);
    CHECK(edl.result.findings[0].message.contains(QStringLiteral("longer than")));

    const auto pt = importProToolsText(line, QStringLiteral("line.txt"), options);
    checkRefused(pt.result, "line.txt", "longer than");
}

TEST_CASE("a huge line after a good list: lenient keeps the list, strict refuses", "[hostile]") {
    auto options = optionsFor(k25, "01:00:00:00");
    const QByteArray text = QByteArray(kList) + QByteArray(10 * 1024 * 1024, '*') + "\n";
    const auto lenient = importEdl(text, QStringLiteral("tail.edl"), options);
    REQUIRE(lenient.result.accepted);
    CHECK(lenient.result.cues.size() == 2);
    const auto errors = lenient.result.findingsAtLeast(FindingSeverity::Error);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].lineNumber == 6);
    options.strictness = ImportStrictness::Strict;
    checkRefused(importEdl(text, QStringLiteral("tail.edl"), options).result, "tail.edl line 6",
                 "longer than");
}

TEST_CASE("a file above the size limit is refused before parsing", "[hostile]") {
    const auto options = optionsFor(k25, "01:00:00:00");
    const QByteArray big(33 * 1024 * 1024, '\n');
    checkRefused(importEdl(big, QStringLiteral("big.edl"), options).result, "big.edl",
                 "larger than");
}

TEST_CASE("wrong encodings: UTF-16 with a BOM reads, without one is refused", "[hostile]") {
    const auto options = optionsFor(k25, "01:00:00:00");
    QByteArray utf16("\xFF\xFE", 2);
    QByteArray utf16NoBom;
    for (char c : QByteArray(kList)) {
        utf16.append(c);
        utf16.append('\0');
        utf16NoBom.append(c);
        utf16NoBom.append('\0');
    }
    const auto wide = importEdl(utf16, QStringLiteral("wide.edl"), options);
    requireNoErrors(wide.result);
    CHECK(wide.list.encoding == QStringLiteral("UTF-16LE"));
    CHECK(wide.result.cues.size() == 2);
    checkRefused(importEdl(utf16NoBom, QStringLiteral("wide.edl"), options).result, "wide.edl",
                 "UTF-16");
}

TEST_CASE("plain text that is not an edit list is refused with its lines listed", "[hostile]") {
    const auto options = optionsFor(k25, "01:00:00:00");
    QByteArray prose;
    for (int i = 0; i < 100000; ++i)
        prose += "It was a dark and stormy night; the rain fell in torrents.\n";
    const auto import = importEdl(prose, QStringLiteral("novel.edl"), options);
    checkRefused(import.result, "novel.edl", "no event lines");
    // Listing stops after a couple of hundred lines: hostile input cannot fill memory.
    CHECK(import.result.findings.size() <= 201);
    CHECK(import.result.findings.back().message.contains(QStringLiteral("not listed")));
}

TEST_CASE("negative durations and absurd fields are malformed lines", "[hostile]") {
    const auto options = optionsFor(k25, "01:00:00:00");
    const QByteArray text = "001  AX  A  C  00:00:00:00 00:00:10:00 01:00:10:00 01:00:00:00\n"
                            "99999999999999999999999  AX  A  C  00:00:00:00 00:00:10:00 "
                            "01:00:00:00 01:00:10:00\n"
                            "003  AX  A  D  9999999 00:00:00:00 00:00:10:00 01:00:00:00 "
                            "01:00:10:00\n"
                            "004  AX  A  C  99:99:99:99 00:00:10:00 01:00:00:00 01:00:10:00\n"
                            "005  AX  A  D  999999 00:00:00:00 00:00:10:00 01:00:20:00 "
                            "01:00:30:00\n";
    const auto import = importEdl(text, QStringLiteral("absurd.edl"), options);
    REQUIRE(import.result.accepted); // events 002 and 005 read
    const auto errors = import.result.findingsAtLeast(FindingSeverity::Error);
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].message.contains(QStringLiteral("negative duration")));
    CHECK(errors[1].lineNumber == 3);
    CHECK(errors[2].lineNumber == 4);
    REQUIRE(import.list.events.size() == 2);
    // A transition longer than its event is cut at the event's end.
    for (const auto& cue : import.result.cues)
        CHECK(cue.programmeRange.duration() <= Time::fromWholeSeconds(10));
}

TEST_CASE("out-of-order events give the same cues as in order, with warnings", "[hostile]") {
    const auto options = optionsFor(k25, "01:00:00:00");
    const QByteArray reversed = "002  AX       A     C        00:00:00:00 00:00:10:00 "
                                "01:00:20:00 01:00:30:00\n"
                                "* FROM CLIP NAME:  1M2 Chase.wav\n"
                                "001  AX       A     C        00:00:00:00 00:00:10:00 "
                                "01:00:00:00 01:00:10:00\n"
                                "* FROM CLIP NAME:  1M1 Opening.wav\n";
    const auto ordered = importEdl(kList, QStringLiteral("a.edl"), options);
    const auto shuffled = importEdl(reversed, QStringLiteral("b.edl"), options);
    requireNoErrors(shuffled.result);
    REQUIRE(shuffled.result.cues.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(shuffled.result.cues[i].title == ordered.result.cues[i].title);
        CHECK(shuffled.result.cues[i].programmeRange == ordered.result.cues[i].programmeRange);
    }
    const auto warnings = shuffled.result.findingsAtLeast(FindingSeverity::Warning);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].lineNumber == 3);
}

TEST_CASE("mutated real files never crash and never give empty or inverted cues", "[hostile]") {
    const auto options = optionsFor(k25, "00:00:00:00");
    const QByteArray edl = readTestData(QStringLiteral("edl/pycmx_test_25.edl"));
    const QByteArray session = readTestData(QStringLiteral("protools/session_23976_timecode.txt"));
    std::mt19937 generator(20240501);
    int accepted = 0;
    int refused = 0;
    for (int round = 0; round < 1500; ++round) {
        for (const QByteArray* original : {&edl, &session}) {
            QByteArray bytes = *original;
            const int edits = 1 + static_cast<int>(generator() % 8);
            for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
                const auto at = static_cast<qsizetype>(generator() % bytes.size());
                switch (generator() % 4) {
                case 0:
                    bytes[at] = static_cast<char>(generator() & 0xff);
                    break;
                case 1:
                    bytes.remove(at, 1 + static_cast<qsizetype>(generator() % 40));
                    break;
                case 2:
                    bytes.insert(at, bytes.mid(at, static_cast<qsizetype>(generator() % 80)));
                    break;
                default:
                    bytes.truncate(at);
                    break;
                }
            }
            const ImportResult result =
                original == &edl
                    ? importEdl(bytes, QStringLiteral("m.edl"), options).result
                    : importProToolsText(bytes, QStringLiteral("m.txt"), options).result;
            if (!result.accepted) {
                ++refused;
                CHECK_FALSE(result.error.isEmpty());
                CHECK(result.cues.empty());
                continue;
            }
            ++accepted;
            for (const auto& cue : result.cues) {
                CHECK(cue.programmeRange.duration() > Time());
                CHECK_FALSE(cue.title.isEmpty());
                CHECK_FALSE(cue.sourceLines.empty());
            }
        }
    }
    CHECK(accepted > 0); // most mutations leave a readable file
    CHECK(refused > 0);  // and some break it entirely
}

TEST_CASE("Pro Tools: wrong encodings are read or refused like an EDL", "[hostile][protools]") {
    const TimecodeFormat k23976{FrameRate(24000, 1001), false};
    const auto options = optionsFor(k23976, "01:00:00:00");
    const QByteArray session = readTestData(QStringLiteral("protools/session_23976_timecode.txt"));
    const auto plain = importProToolsText(session, QStringLiteral("utf8.txt"), options);
    requireNoErrors(plain.result);

    QByteArray utf16("\xFF\xFE", 2);
    QByteArray utf16NoBom;
    for (char c : session) {
        utf16.append(c);
        utf16.append('\0');
        utf16NoBom.append(c);
        utf16NoBom.append('\0');
    }
    const auto wide = importProToolsText(utf16, QStringLiteral("wide.txt"), options);
    requireNoErrors(wide.result);
    REQUIRE(wide.result.cues.size() == plain.result.cues.size());
    for (std::size_t i = 0; i < plain.result.cues.size(); ++i)
        CHECK(wide.result.cues[i].programmeRange == plain.result.cues[i].programmeRange);
    checkRefused(importProToolsText(utf16NoBom, QStringLiteral("wide.txt"), options).result,
                 "wide.txt", "UTF-16");

    // A Latin-1 export (not valid UTF-8): the clip name keeps its accented letter.
    QByteArray latin1 = session;
    latin1.replace("2M1 Radio Song", "2M1 Radio Caf\xE9");
    const auto old = importProToolsText(latin1, QStringLiteral("latin1.txt"), options);
    requireNoErrors(old.result);
    REQUIRE(old.result.cues.size() == 4);
    CHECK(old.result.cues[3].title == QStringLiteral("2M1 Radio Caf\u00e9"));
}

TEST_CASE("Pro Tools: rows out of order give the same cues as in order", "[hostile][protools]") {
    const TimecodeFormat k23976{FrameRate(24000, 1001), false};
    const auto options = optionsFor(k23976, "01:00:00:00");
    const QByteArray session = readTestData(QStringLiteral("protools/session_23976_timecode.txt"));
    // Swap the two rows of Source Music, and the two Chase pieces of channel 1.
    QList<QByteArray> lines = session.split('\n');
    const auto indexOf = [&](const char* needle) {
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines[i].contains(needle))
                return i;
        FAIL("no line holds " << needle);
        return qsizetype{-1};
    };
    lines.swapItemsAt(indexOf("01:03:00:00"), indexOf("01:03:40:18"));
    lines.swapItemsAt(indexOf("1M2 Chase-01.L"), indexOf("1M2 Chase-02.L"));
    const auto ordered = importProToolsText(session, QStringLiteral("a.txt"), options);
    const auto shuffled = importProToolsText(lines.join('\n'), QStringLiteral("b.txt"), options);
    requireNoErrors(shuffled.result);
    REQUIRE(shuffled.result.cues.size() == ordered.result.cues.size());
    for (std::size_t i = 0; i < ordered.result.cues.size(); ++i) {
        CHECK(shuffled.result.cues[i].title == ordered.result.cues[i].title);
        CHECK(shuffled.result.cues[i].programmeRange == ordered.result.cues[i].programmeRange);
    }
}
