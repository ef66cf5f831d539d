#pragma once

#include <QString>

namespace cuesheet {

// Checks of the identifiers on a cue sheet. Each returns an empty string when the value is
// well-formed, else a sentence saying what was expected.

// IPI name number: 11 digits whose last two are a mod-101 check over the first nine
// weighted 10..2 (CISAC IPI; also used by CWR validators).
QString checkIpiNameNumber(const QString& value);

// ISWC: "T" + 9 digits + a check digit = (10 - (1 + sum of i * digit_i, i = 1..9) mod 10)
// mod 10 (ISO 15707). Accepts the printed form T-123.456.789-C; see normalizedIswc().
QString checkIswc(const QString& value);
// "T-034.524.680-1" -> "T0345246801"; other text is returned trimmed and upper-cased.
QString normalizedIswc(const QString& value);

// ISRC: two letters, three letters or digits, seven digits (ISO 3901), hyphens allowed in
// input; see normalizedIsrc().
QString checkIsrc(const QString& value);
QString normalizedIsrc(const QString& value);

} // namespace cuesheet
