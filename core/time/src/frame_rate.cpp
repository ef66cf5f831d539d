#include "cuesheet/time/frame_rate.h"

#include <array>
#include <charconv>
#include <numeric>

namespace cuesheet {

FrameRate::FrameRate(std::int64_t numerator, std::int64_t denominator) {
    if (numerator <= 0 || denominator <= 0) {
        num_ = 0;
        den_ = 1;
        return;
    }
    const std::int64_t g = std::gcd(numerator, denominator);
    num_ = numerator / g;
    den_ = denominator / g;
}

int FrameRate::timecodeBase() const {
    if (!isValid())
        return 0;
    return static_cast<int>((num_ + den_ - 1) / den_);
}

bool FrameRate::supportsDropFrame() const {
    return (num_ == 30000 || num_ == 60000) && den_ == 1001;
}

int FrameRate::droppedFramesPerMinute() const {
    // SMPTE 12M: 2 labels per minute at 29.97; twice as many at 59.94.
    return supportsDropFrame() ? timecodeBase() / 15 : 0;
}

std::string FrameRate::toFraction() const {
    return std::to_string(num_) + "/" + std::to_string(den_);
}

namespace {

bool parseInt(std::string_view text, std::int64_t& out) {
    if (text.empty())
        return false;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

struct NamedRate {
    std::string_view name;
    std::int64_t num;
    std::int64_t den;
};
// The NTSC-family rates are written as rounded decimals by convention; these are the
// fractions they stand for.
constexpr std::array<NamedRate, 7> kNamedRates{{{"23.976", 24000, 1001},
                                                {"23.98", 24000, 1001},
                                                {"29.97", 30000, 1001},
                                                {"47.952", 48000, 1001},
                                                {"59.94", 60000, 1001},
                                                {"119.88", 120000, 1001},
                                                {"11.988", 12000, 1001}}};

} // namespace

ParseResult<FrameRate> FrameRate::parse(std::string_view text) {
    const std::string shown(text);
    for (const auto& named : kNamedRates)
        if (text == named.name)
            return ParseResult<FrameRate>::success(FrameRate(named.num, named.den));
    std::int64_t num = 0;
    std::int64_t den = 1;
    if (const auto slash = text.find('/'); slash != std::string_view::npos) {
        if (!parseInt(text.substr(0, slash), num) || !parseInt(text.substr(slash + 1), den))
            return ParseResult<FrameRate>::failure("frame rate '" + shown +
                                                   "': expected NUM/DEN with whole numbers, "
                                                   "e.g. 24000/1001");
    } else if (text.size() > 3 && text.substr(text.size() - 3) == ".00" &&
               parseInt(text.substr(0, text.size() - 3), num)) {
        // "25.00" is 25.
    } else if (!parseInt(text, num)) {
        return ParseResult<FrameRate>::failure(
            "frame rate '" + shown +
            "': expected a whole number (25), a fraction (24000/1001) or one of "
            "23.976, 29.97, 59.94");
    }
    if (num <= 0 || den <= 0)
        return ParseResult<FrameRate>::failure("frame rate '" + shown + "': must be positive");
    return ParseResult<FrameRate>::success(FrameRate(num, den));
}

} // namespace cuesheet
