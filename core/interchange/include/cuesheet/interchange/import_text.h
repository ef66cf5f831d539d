#pragma once

#include "cuesheet/time/parse_result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace cuesheet {

// Limits that keep hostile input from costing unbounded time or memory. Real EDLs and Pro
// Tools session texts are kilobytes; these are far above any real one.
struct TextInputLimits {
    std::int64_t maxFileBytes = 32 * 1024 * 1024;
    int maxLineCharacters = 64 * 1024;
};

// One line of an import file. A line longer than the limit is not decoded: `text` is empty
// and `tooLong` is set, so that the parser can report it by number without holding it.
struct TextLine {
    int number = 0; // 1-based
    QString text;   // without the line end
    bool tooLong = false;
};

// An import file as lines of text.
struct ImportText {
    std::vector<TextLine> lines;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "ISO-8859-1"
    bool hadByteOrderMark = false;
};

// Decodes the bytes of an EDL or session text: a byte-order mark selects UTF-8 or UTF-16;
// otherwise text that is valid UTF-8 is read as UTF-8 and anything else as Latin-1 (every
// byte is a Latin-1 character, so this never fails). Lines end at CRLF, CR or LF.
// Fails, saying why, for input that is not text: too large, or holding NUL bytes (binary
// data, or UTF-16 without a byte-order mark).
ParseResult<ImportText> decodeImportText(const QByteArray& bytes,
                                         const TextInputLimits& limits = {});

// Reads a file for import, refusing one larger than the limit before reading it. The error
// names the path.
ParseResult<QByteArray> readImportFile(const QString& path, const TextInputLimits& limits = {});

// True when more than 1 % of the first 64 KiB are control characters that text does not hold
// (anything below 0x20 but tab, CR, LF and form feed; DEL): binary data, whatever its name
// says. Shared by the text importers (edit lists, session texts, CSV).
bool looksBinary(const QByteArray& bytes);

// True when `bytes` is well-formed UTF-8 (no overlong forms, no surrogates, <= U+10FFFF).
bool isValidUtf8(const QByteArray& bytes);

} // namespace cuesheet
