#include "cuesheet/interchange/edl_parser.h"

#include <catch2/catch.hpp>

using namespace cuesheet;

namespace {

EdlList parse(const char* list, FrameRate rate = FrameRate(24, 1)) {
    const auto text = decodeImportText(QByteArray(list));
    REQUIRE(text.ok());
    return parseEdl(text.value(), {rate, false});
}

std::vector<ImportFinding> errorsOf(const EdlList& list) {
    std::vector<ImportFinding> errors;
    for (const auto& f : list.findings)
        if (f.severity == FindingSeverity::Error)
            errors.push_back(f);
    return errors;
}

} // namespace

TEST_CASE("channel fields name tracks", "[edl][parser]") {
    QStringList tracks;
    REQUIRE(edlTracksForChannel(QStringLiteral("A"), &tracks));
    CHECK(tracks == QStringList{QStringLiteral("A1")});
    REQUIRE(edlTracksForChannel(QStringLiteral("A12"), &tracks));
    CHECK(tracks == QStringList{QStringLiteral("A12")});
    REQUIRE(edlTracksForChannel(QStringLiteral("AA"), &tracks));
    CHECK(tracks == QStringList{QStringLiteral("A1"), QStringLiteral("A2")});
    REQUIRE(edlTracksForChannel(QStringLiteral("AA/V"), &tracks));
    CHECK(tracks == QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("V")});
    REQUIRE(edlTracksForChannel(QStringLiteral("A2/V"), &tracks));
    CHECK(tracks == QStringList{QStringLiteral("A2"), QStringLiteral("V")});
    REQUIRE(edlTracksForChannel(QStringLiteral("B"), &tracks));
    CHECK(tracks == QStringList{QStringLiteral("A1"), QStringLiteral("V")});
    REQUIRE(edlTracksForChannel(QStringLiteral("V"), &tracks));
    CHECK(tracks == QStringList{QStringLiteral("V")});
    REQUIRE(edlTracksForChannel(QStringLiteral("NONE"), &tracks));
    CHECK(tracks.isEmpty());
    CHECK_FALSE(edlTracksForChannel(QStringLiteral("X7"), &tracks));
    CHECK_FALSE(edlTracksForChannel(QStringLiteral("A0"), &tracks));
    CHECK_FALSE(edlTracksForChannel(QStringLiteral("A100"), &tracks));
}

TEST_CASE("an event line's fields", "[edl][parser]") {
    const auto list = parse("TITLE:   My List \n"
                            "012  TAPE_01  A2    D    030 00:00:01:00 00:00:03:00 "
                            "01:00:10:00 01:00:12:00\n");
    REQUIRE(list.events.size() == 1);
    const auto& e = list.events[0];
    CHECK(list.title == QStringLiteral("My List"));
    CHECK(e.lineNumber == 2);
    CHECK(e.eventNumber == QStringLiteral("012"));
    CHECK(e.reel == QStringLiteral("TAPE_01"));
    CHECK(e.channel == QStringLiteral("A2"));
    CHECK(e.tracks == QStringList{QStringLiteral("A2")});
    CHECK(e.editType == EdlEditType::Dissolve);
    CHECK(e.transitionFrames == 30);
    CHECK(e.sourceIn == 24);     // 00:00:01:00 at 24 fps
    CHECK(e.sourceOut == 72);    // 00:00:03:00
    CHECK(e.recordIn == 86640);  // 01:00:10:00 = 3610 s * 24
    CHECK(e.recordOut == 86688); // 01:00:12:00
    CHECK_FALSE(e.dropFrame);
}

TEST_CASE("malformed event lines are errors naming what was expected", "[edl][parser]") {
    const auto list =
        parse("001  AX  A  C  01:00:00:00 01:00:10:00 01:00:00:00\n"             // 3 timecodes
              "002  AX  A  Q  01:00:00:00 01:00:10:00 01:00:00:00 01:00:10:00\n" // edit Q
              "003  AX  Z9 C  01:00:00:00 01:00:10:00 01:00:00:00 01:00:10:00\n" // channel
              "004  AX  A  C  01:00:00:00 01:00:10:00 01:00:10:00 01:00:00:00\n" // backwards
              "005  AX  A  D  01:00:00:00 01:00:10:00 01:00:00:00 01:00:10:00\n" // no length
              "006  AX  A  C  01:00:00:00 01:00:10:00 25:00:00:00 25:00:10:00\n" // hours
              "007  AX  A  C  01:00:00:00 01:00:10:00 01:00:00:30 01:00:10:00\n" // frames
              "hello world\n"
              "008  AX  A  C  01:00:00:00 01:00:10:00 01:00:00:00 01:00:10:00\n");
    const auto errors = errorsOf(list);
    REQUIRE(errors.size() == 8);
    CHECK(errors[0].lineNumber == 1);
    CHECK(errors[0].message.contains(QStringLiteral("four timecodes")));
    CHECK(errors[1].message.contains(QStringLiteral("unknown edit 'Q'")));
    CHECK(errors[2].message.contains(QStringLiteral("unknown channel 'Z9'")));
    CHECK(errors[3].message.contains(QStringLiteral("negative duration")));
    CHECK(errors[4].message.contains(QStringLiteral("length in frames")));
    CHECK(errors[5].message.contains(QStringLiteral("hours")));
    CHECK(errors[6].message.contains(QStringLiteral("frames must be 00-23")));
    CHECK(errors[7].lineNumber == 8);
    CHECK(errors[7].message.contains(QStringLiteral("not an EDL line")));
    REQUIRE(list.events.size() == 1);
    CHECK(list.events[0].eventNumber == QStringLiteral("008"));
}

TEST_CASE("M2 and AUD lines need an event above them", "[edl][parser]") {
    const auto list = parse("M2   AX       048.0                00:00:00:00\n"
                            "AUD  3    4\n"
                            "001  AX  A  C  01:00:00:00 01:00:10:00 01:00:00:00 01:00:10:00\n"
                            "AUD  x\n"
                            "M2   AX  fast  00:00:00:00\n");
    const auto errors = errorsOf(list);
    REQUIRE(errors.size() == 4);
    CHECK(errors[0].message.contains(QStringLiteral("before any event")));
    CHECK(errors[1].message.contains(QStringLiteral("before any event")));
    CHECK(errors[2].message.contains(QStringLiteral("'x'")));
    CHECK(errors[3].message.contains(QStringLiteral("M2")));
    REQUIRE(list.events.size() == 1);
    CHECK(list.events[0].tracks == QStringList{QStringLiteral("A1")});
}

TEST_CASE("an unknown FCM is an error; REM lines and notes above the first event are ignored",
          "[edl][parser]") {
    const auto list = parse("* A NOTE ABOUT THE WHOLE LIST\n"
                            "REM made by hand\n"
                            "FCM: SOMETIMES\n"
                            "001  AX  A  C  01:00:00:00 01:00:10:00 01:00:00:00 01:00:10:00\n");
    const auto errors = errorsOf(list);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].lineNumber == 3);
    CHECK(errors[0].message.contains(QStringLiteral("NON-DROP FRAME")));
    REQUIRE(list.events.size() == 1);
    CHECK(list.events[0].notes.isEmpty());
}

TEST_CASE("out-of-order events on a track are warned about", "[edl][parser]") {
    const auto list = parse("001  AX  A  C  00:00:00:00 00:00:10:00 01:00:20:00 01:00:30:00\n"
                            "002  AX  A  C  00:00:00:00 00:00:10:00 01:00:00:00 01:00:10:00\n"
                            "003  AX  A2 C  00:00:00:00 00:00:10:00 01:00:00:00 01:00:10:00\n");
    REQUIRE(list.events.size() == 3);
    REQUIRE(list.findings.size() == 1);
    CHECK(list.findings[0].severity == FindingSeverity::Warning);
    CHECK(list.findings[0].lineNumber == 2);
    CHECK(list.findings[0].message.contains(QStringLiteral("out of order")));
}
