#include "cuesheet/time/timecode.h"

#include <catch2/catch.hpp>

using namespace cuesheet;

namespace {
const TimecodeFormat k2997df{FrameRate(30000, 1001), true};
const TimecodeFormat k2997ndf{FrameRate(30000, 1001), false};
const TimecodeFormat k5994df{FrameRate(60000, 1001), true};
const TimecodeFormat k25{FrameRate(25, 1), false};
const TimecodeFormat k23976{FrameRate(24000, 1001), false};

bool errorMentions(const ParseResult<std::int64_t>& r, const std::string& word) {
    return !r.ok() && r.error().find(word) != std::string::npos;
}
} // namespace

TEST_CASE("drop-frame labels that do not exist are rejected with the reason") {
    for (const char* tc : {"00:01:00;00", "00:01:00;01", "01:09:00;01", "23:59:00;00"}) {
        INFO(tc);
        const auto r = parseTimecode(tc, k2997df);
        CHECK(errorMentions(r, "does not exist"));
    }
    // At 59.94 four labels are skipped.
    CHECK(errorMentions(parseTimecode("00:01:00;03", k5994df), "does not exist"));
    CHECK(parseTimecode("00:01:00;04", k5994df).ok());
    // Every tenth minute keeps them.
    CHECK(parseTimecode("00:10:00;00", k2997df).ok());
    CHECK(parseTimecode("00:00:00;00", k2997df).ok());
}

TEST_CASE("drop-frame is refused where it is undefined") {
    for (auto rate :
         {FrameRate(24000, 1001), FrameRate(24, 1), FrameRate(25, 1), FrameRate(30, 1)}) {
        const TimecodeFormat format{rate, true};
        CHECK_FALSE(format.isValid());
        CHECK(errorMentions(parseTimecode("00:00:00;00", format), "drop-frame"));
        CHECK(errorMentions(parseTimecode("00:00:00:00", format), "drop-frame"));
    }
}

TEST_CASE("fields out of range are rejected naming the field") {
    CHECK(errorMentions(parseTimecode("24:00:00:00", k25), "hours"));
    CHECK(errorMentions(parseTimecode("00:60:00:00", k25), "minutes"));
    CHECK(errorMentions(parseTimecode("00:00:60:00", k25), "seconds"));
    CHECK(errorMentions(parseTimecode("00:00:00:25", k25), "frames must be 00-24"));
    CHECK(errorMentions(parseTimecode("00:00:00:24", k23976), "frames must be 00-23"));
    CHECK(parseTimecode("00:00:00:29", k2997ndf).ok());
    CHECK(errorMentions(parseTimecode("00:00:00:30", k2997ndf), "frames"));
}

TEST_CASE("garbage is rejected") {
    for (const char* tc : {"", "garbage", "1:2:3", "00:00:00:00:00", "00:00:00:0x", "-1:00:00:00",
                           "000:00:00:00", "00-00-00-00", "00:00:00:00 ", " 00:00:00:00"}) {
        INFO("'" << tc << "'");
        const auto r = parseTimecode(tc, k25);
        CHECK_FALSE(r.ok());
        CHECK(r.error().find("timecode '") == 0);
    }
}

TEST_CASE("separators: drop-frame accepts ':' and ';', non-drop refuses ';'") {
    CHECK(parseTimecode("01:00:00:00", k2997df).value() == 107892);
    CHECK(parseTimecode("01:00:00;00", k2997df).value() == 107892);
    CHECK(parseTimecode("01;00;00;00", k2997df).value() == 107892);
    CHECK(parseTimecode("01:00:00.00", k2997df).value() == 107892);
    CHECK(errorMentions(parseTimecode("01:00:00;00", k2997ndf), "non-drop"));
    CHECK(formatTimecode(107892, k2997df) == "01:00:00;00");
    CHECK(formatTimecode(107892, k2997ndf) == "00:59:56:12");
}

TEST_CASE("formatting wraps at 24 hours, also for negative counts") {
    CHECK(formatTimecode(25 * 86400, k25) == "00:00:00:00");
    CHECK(formatTimecode(-1, k25) == "23:59:59:24");
    CHECK(formatTimecode(-1, k2997df) == "23:59:59;29");
    CHECK(framesPerTimecodeDay(k2997df) == 2589408);
}
