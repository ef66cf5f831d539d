#include "cuesheet/interchange/csv_reader.h"

#include <QStringDecoder>

namespace cuesheet {

namespace {

std::string megabytes(std::int64_t bytes) {
    return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)) + " MB";
}

bool isLineEnd(QChar c) {
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

} // namespace

ParseResult<CsvText> decodeCsvText(const QByteArray& bytes, const TextInputLimits& limits) {
    using Result = ParseResult<CsvText>;
    if (bytes.size() > limits.maxFileBytes)
        return Result::failure("the file is " + megabytes(bytes.size()) + ", larger than the " +
                               megabytes(limits.maxFileBytes) + " a cue sheet can plausibly be");
    const bool utf16le = bytes.startsWith("\xff\xfe");
    const bool utf16be = bytes.startsWith("\xfe\xff");
    if (utf16le || utf16be) {
        QStringDecoder decoder(utf16le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        CsvText text{decoder(bytes.mid(2)), utf16le ? "UTF-16LE" : "UTF-16BE"};
        if (decoder.hasError())
            return Result::failure("the file starts with a UTF-16 byte-order mark but is not "
                                   "valid UTF-16");
        if (text.text.contains(QChar(0)))
            return Result::failure("the file holds NUL characters: it is binary data, not CSV");
        return Result::success(std::move(text));
    }
    QByteArray body = bytes;
    const bool bom = body.startsWith("\xef\xbb\xbf");
    if (bom)
        body.remove(0, 3);
    if (body.contains('\0'))
        return Result::failure("the file holds NUL bytes: it is binary data or UTF-16 text "
                               "without a byte-order mark, not CSV");
    if (looksBinary(body))
        return Result::failure("the file holds control characters that text does not: it is "
                               "binary data, not CSV");
    const bool utf8 = isValidUtf8(body);
    if (bom && !utf8)
        return Result::failure("the file starts with a UTF-8 byte-order mark but is not valid "
                               "UTF-8");
    if (utf8)
        return Result::success(CsvText{QString::fromUtf8(body), "UTF-8"});
    return Result::success(CsvText{QString::fromLatin1(body), "ISO-8859-1"});
}

bool CsvRecord::isBlank() const {
    for (const QString& field : fields)
        if (!field.trimmed().isEmpty())
            return false;
    return true;
}

CsvReader::CsvReader(QString text, CsvReaderLimits limits)
    : text_(std::move(text))
    , limits_(limits) {}

bool CsvReader::fail(int line, const QString& message) {
    error_ = QStringLiteral("line %1: %2").arg(line).arg(message);
    return false;
}

void CsvReader::skipLineEnd() {
    if (pos_ < text_.size() && text_[pos_] == QLatin1Char('\r'))
        ++pos_;
    else if (pos_ < text_.size() && text_[pos_] == QLatin1Char('\n'))
        ++pos_;
    else
        return;
    // CR LF is one line end.
    if (pos_ < text_.size() && text_[pos_ - 1] == QLatin1Char('\r') &&
        text_[pos_] == QLatin1Char('\n'))
        ++pos_;
    ++line_;
}

bool CsvReader::next(CsvRecord& record) {
    if (failed() || pos_ >= text_.size())
        return false;
    record.lineNumber = line_;
    record.fields.clear();
    const qsizetype size = text_.size();
    const QChar* chars = text_.constData();

    for (;;) {
        if (record.fields.size() >= limits_.maxFields)
            return fail(record.lineNumber,
                        QStringLiteral("the row has more than %1 fields").arg(limits_.maxFields));
        QString field;
        if (pos_ < size && chars[pos_] == QLatin1Char('"')) {
            const int openedOn = line_;
            ++pos_;
            for (;;) {
                if (pos_ >= size)
                    return fail(openedOn, "a quoted field starts here and is never closed (a "
                                          "missing '\"'; a quote inside a quoted field is "
                                          "written twice: \"\")");
                const QChar c = chars[pos_];
                if (c == QLatin1Char('"')) {
                    if (pos_ + 1 < size && chars[pos_ + 1] == QLatin1Char('"')) {
                        field += c;
                        pos_ += 2;
                        continue;
                    }
                    ++pos_; // the closing quote
                    break;
                }
                if (c == QLatin1Char('\r')) {
                    // Kept as written; CR LF counts as one line.
                    if (!(pos_ + 1 < size && chars[pos_ + 1] == QLatin1Char('\n')))
                        ++line_;
                } else if (c == QLatin1Char('\n')) {
                    ++line_;
                }
                field += c;
                ++pos_;
                if (field.size() > limits_.maxFieldCharacters)
                    return fail(openedOn, QStringLiteral("a field is longer than %1 characters")
                                              .arg(limits_.maxFieldCharacters));
            }
            if (pos_ < size && chars[pos_] != QLatin1Char(',') && !isLineEnd(chars[pos_]))
                return fail(line_, QStringLiteral("text after the closing quote of field %1 "
                                                  "(a quote inside a quoted field is written "
                                                  "twice: \"\")")
                                       .arg(record.fields.size() + 1));
        } else {
            const qsizetype begin = pos_;
            while (pos_ < size && chars[pos_] != QLatin1Char(',') && !isLineEnd(chars[pos_]))
                ++pos_;
            if (pos_ - begin > limits_.maxFieldCharacters)
                return fail(line_, QStringLiteral("a field is longer than %1 characters")
                                       .arg(limits_.maxFieldCharacters));
            field = text_.mid(begin, pos_ - begin);
        }
        record.fields.append(std::move(field));
        if (pos_ >= size)
            return true;
        if (chars[pos_] == QLatin1Char(',')) {
            ++pos_;
            if (pos_ >= size) { // "a,b," at the very end: one more, empty field
                record.fields.append(QString());
                return true;
            }
            continue;
        }
        skipLineEnd();
        return true;
    }
}

} // namespace cuesheet
