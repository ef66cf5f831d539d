#pragma once

#include "cuesheet/interchange/import_text.h"
#include "cuesheet/time/parse_result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cuesheet {

// CSV text ready to read: decoded, without its byte-order mark.
struct CsvText {
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "ISO-8859-1"
};

// Decodes a CSV file's bytes: a byte-order mark selects UTF-8 or UTF-16; otherwise valid
// UTF-8 is read as UTF-8 and anything else as Latin-1 (what older spreadsheet programs
// write). Fails, saying why, for input that is not text (NUL bytes, many control
// characters), above limits.maxFileBytes, or a UTF-8 byte-order mark over invalid UTF-8.
ParseResult<CsvText> decodeCsvText(const QByteArray& bytes, const TextInputLimits& limits = {});

// One record (row) of a CSV file.
struct CsvRecord {
    int lineNumber = 0; // the line it starts on, 1-based (a quoted field may span lines)
    QStringList fields;
    // An empty line, or a row of empty fields (",,,"): spreadsheets write both as spacing.
    bool isBlank() const;
};

struct CsvReaderLimits {
    int maxFields = 1024;                   // per record
    qsizetype maxFieldCharacters = 1 << 20; // per field
};

// Reads records as RFC 4180 writes them, one at a time (so a huge file never becomes a huge
// list of empty rows):
// - fields are separated by commas; records end at CRLF, LF or CR (a line end at the very
//   end of the text does not start another record);
// - a field that starts with '"' is quoted: it runs to the next lone '"', may hold commas
//   and line ends, and '""' inside it is one '"'; after its closing quote only a comma or a
//   line end may follow;
// - a '"' inside an unquoted field is kept as written (lenient, as spreadsheets are).
// Malformed input (a quoted field never closed, text after a closing quote, a record or field
// over the limits) stops the reader with an error that names the line.
//
//   CsvReader reader(text);
//   CsvRecord record;
//   while (reader.next(record)) ...
//   if (reader.failed()) ... reader.error()   // "line 7: a quoted field ... never closed"
class CsvReader {
public:
    explicit CsvReader(QString text, CsvReaderLimits limits = {});
    // Reads the next record. Returns false at the end of the text or on malformed input.
    bool next(CsvRecord& record);
    bool failed() const { return !error_.isEmpty(); }
    const QString& error() const { return error_; }

private:
    bool fail(int line, const QString& message);
    // Consumes a line end at pos_ (CRLF, LF or CR), counting the line.
    void skipLineEnd();

    QString text_;
    CsvReaderLimits limits_;
    qsizetype pos_ = 0;
    int line_ = 1;
    QString error_;
};

} // namespace cuesheet
