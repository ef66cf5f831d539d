#include "cuesheet/time/timecode.h"

#include <array>
#include <cstdio>

namespace cuesheet {

namespace {

// Drop-frame arithmetic (SMPTE 12M): in every minute except each tenth, the first
// `drop` frame labels are skipped, so ten minutes hold base*600 - 9*drop frames.
struct DropFrameCounts {
    std::int64_t drop;      // labels skipped per minute
    std::int64_t perMinute; // frames in a minute that drops
    std::int64_t perTenMinutes;
};

DropFrameCounts dropCounts(const TimecodeFormat& format) {
    const std::int64_t base = format.rate.timecodeBase();
    const std::int64_t drop = format.rate.droppedFramesPerMinute();
    return {drop, base * 60 - drop, base * 600 - 9 * drop};
}

std::string invalidFormatMessage(const TimecodeFormat& format) {
    if (!format.rate.isValid())
        return "the frame rate is not valid";
    return "drop-frame timecode is defined only at 29.97 and 59.94, not at " +
           format.rate.toFraction();
}

} // namespace

std::int64_t framesPerTimecodeDay(const TimecodeFormat& format) {
    const std::int64_t base = format.rate.timecodeBase();
    if (format.dropFrame)
        return dropCounts(format).perTenMinutes * 6 * 24;
    return base * 86400;
}

std::string formatTimecode(std::int64_t frame, const TimecodeFormat& format) {
    if (!format.isValid())
        return "--:--:--:--";
    const std::int64_t base = format.rate.timecodeBase();
    const std::int64_t day = framesPerTimecodeDay(format);
    frame %= day;
    if (frame < 0)
        frame += day;

    std::int64_t label = frame; // the frame's position counting every label, dropped or not
    if (format.dropFrame) {
        const auto counts = dropCounts(format);
        const std::int64_t tens = frame / counts.perTenMinutes;
        const std::int64_t rest = frame % counts.perTenMinutes;
        label += 9 * counts.drop * tens;
        if (rest > counts.drop)
            label += counts.drop * ((rest - counts.drop) / counts.perMinute);
    }
    const std::int64_t ff = label % base;
    const std::int64_t totalSeconds = label / base;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%02lld:%02lld:%02lld%c%02lld",
                  static_cast<long long>(totalSeconds / 3600),
                  static_cast<long long>(totalSeconds / 60 % 60),
                  static_cast<long long>(totalSeconds % 60), format.dropFrame ? ';' : ':',
                  static_cast<long long>(ff));
    return buffer;
}

ParseResult<std::int64_t> parseTimecode(std::string_view text, const TimecodeFormat& format) {
    using Result = ParseResult<std::int64_t>;
    const std::string shown(text);
    auto fail = [&](const std::string& why) {
        return Result::failure("timecode '" + shown + "': " + why);
    };
    if (!format.isValid())
        return fail(invalidFormatMessage(format));

    // Four fields of one or two digits, three separators.
    std::array<std::int64_t, 4> fields{};
    std::array<char, 3> separators{};
    std::size_t pos = 0;
    for (int i = 0; i < 4; ++i) {
        const std::size_t begin = pos;
        std::int64_t value = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && pos - begin < 2)
            value = value * 10 + (text[pos++] - '0');
        if (pos == begin)
            return fail("expected HH:MM:SS:FF with two digits per field");
        fields[static_cast<std::size_t>(i)] = value;
        if (i < 3) {
            if (pos >= text.size())
                return fail("expected HH:MM:SS:FF, the text ends early");
            separators[static_cast<std::size_t>(i)] = text[pos++];
        }
    }
    if (pos != text.size())
        return fail("unexpected characters after the frames field");

    for (std::size_t i = 0; i < 3; ++i) {
        const char s = separators[i];
        const bool last = i == 2;
        const bool dropMark = s == ';' || (last && (s == '.' || s == ','));
        if (s == ':')
            continue;
        if (!dropMark)
            return fail(std::string("unexpected separator '") + s + "'; expected ':'" +
                        (format.dropFrame ? " or ';'" : ""));
        if (!format.dropFrame)
            return fail(std::string("'") + s +
                        "' marks drop-frame timecode, but this timecode is non-drop");
    }

    const auto [hh, mm, ss, ff] = fields;
    const std::int64_t base = format.rate.timecodeBase();
    if (hh > 23)
        return fail("hours must be 00-23");
    if (mm > 59)
        return fail("minutes must be 00-59");
    if (ss > 59)
        return fail("seconds must be 00-59");
    if (ff >= base)
        return fail("frames must be 00-" + std::to_string(base - 1) + " at " +
                    format.rate.toFraction() + " fps");

    const std::int64_t labels = (hh * 3600 + mm * 60 + ss) * base + ff;
    if (!format.dropFrame)
        return Result::success(labels);

    const auto counts = dropCounts(format);
    if (ss == 0 && mm % 10 != 0 && ff < counts.drop)
        return fail(
            "frame " + std::to_string(ff) + " does not exist in drop-frame timecode: frames 00-" +
            std::to_string(counts.drop - 1) + " are skipped at every minute not divisible by ten");
    const std::int64_t minutes = hh * 60 + mm;
    return Result::success(labels - counts.drop * (minutes - minutes / 10));
}

} // namespace cuesheet
