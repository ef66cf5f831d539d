#pragma once

#include <QString>

#include <compare>
#include <cstdint>
#include <optional>

namespace cuesheet {

// A royalty share in exact hundredths of a percent (10000 = 100 %), so that
// 33.33 + 33.33 + 33.34 totals exactly 100 and never 99.99999.
class Share {
public:
    constexpr Share() = default;
    static constexpr Share fromHundredths(std::int64_t hundredths) { return Share(hundredths); }
    static constexpr Share whole() { return Share(10000); }

    // "50", "33.33", "12.5", "50%": at most two decimals, 0..100. nullopt otherwise.
    static std::optional<Share> parse(const QString& text);

    constexpr std::int64_t hundredths() const { return hundredths_; }
    // "50", "33.33", "12.5": no trailing zeros.
    QString toText() const;

    constexpr Share operator+(Share other) const { return Share(hundredths_ + other.hundredths_); }
    friend constexpr auto operator<=>(const Share&, const Share&) = default;

private:
    constexpr explicit Share(std::int64_t hundredths)
        : hundredths_(hundredths) {}
    std::int64_t hundredths_ = 0;
};

} // namespace cuesheet
