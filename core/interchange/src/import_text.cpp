#include "cuesheet/interchange/import_text.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace cuesheet {

namespace {

std::string megabytes(std::int64_t bytes) {
    return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)) + " MB";
}

// Splits at CRLF, CR or LF. A line end at the very end does not start another line.
template <typename Chars, typename OnLine>
void splitLines(const Chars& chars, qsizetype size, OnLine onLine) {
    qsizetype begin = 0;
    int number = 1;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = chars[i];
        if (c != '\n' && c != '\r')
            continue;
        onLine(number++, begin, i);
        if (c == '\r' && i + 1 < size && chars[i + 1] == '\n')
            ++i;
        begin = i + 1;
    }
    if (begin < size)
        onLine(number, begin, size);
}

} // namespace

// Control characters other than tab, line ends and form feed do not occur in text; a file
// with many of them is binary data, whatever its name says. Looking at the first 64 KiB is
// enough to tell and bounds the cost.
bool looksBinary(const QByteArray& bytes) {
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f)
            ++controls;
    }
    return controls * 100 > sample; // more than 1 %
}

bool isValidUtf8(const QByteArray& bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        std::uint32_t code = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
            code = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            code = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            code = c & 0x07;
        } else {
            return false; // a continuation byte first, 0xc0/0xc1 (overlong) or above 0xf4
        }
        if (i + length > n)
            return false;
        for (int k = 1; k < length; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xc0) != 0x80)
                return false;
            code = (code << 6) | (cc & 0x3f);
        }
        if ((length == 3 && code < 0x800) || (length == 4 && code < 0x10000) || code > 0x10ffff ||
            (code >= 0xd800 && code <= 0xdfff))
            return false;
        i += length;
    }
    return true;
}

ParseResult<ImportText> decodeImportText(const QByteArray& bytes, const TextInputLimits& limits) {
    using Result = ParseResult<ImportText>;
    if (bytes.size() > limits.maxFileBytes)
        return Result::failure("the file is " + megabytes(bytes.size()) + ", larger than the " +
                               megabytes(limits.maxFileBytes) +
                               " an edit list or session text can plausibly be");
    ImportText text;

    const bool utf16le = bytes.startsWith("\xff\xfe");
    const bool utf16be = bytes.startsWith("\xfe\xff");
    if (utf16le || utf16be) {
        text.hadByteOrderMark = true;
        text.encoding = utf16le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder decoder(utf16le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        const QString all = decoder(bytes.mid(2));
        if (decoder.hasError())
            return Result::failure("the file starts with a UTF-16 byte-order mark but is not "
                                   "valid UTF-16");
        splitLines(all, all.size(), [&](int number, qsizetype begin, qsizetype end) {
            TextLine line{number, {}, false};
            if (end - begin > limits.maxLineCharacters)
                line.tooLong = true;
            else
                line.text = all.mid(begin, end - begin);
            text.lines.push_back(std::move(line));
        });
        return Result::success(std::move(text));
    }

    QByteArray body = bytes;
    if (body.startsWith("\xef\xbb\xbf")) {
        text.hadByteOrderMark = true;
        body.remove(0, 3);
    }
    if (body.contains('\0'))
        return Result::failure("the file holds NUL bytes: it is binary data or UTF-16 text "
                               "without a byte-order mark, not an edit list");
    if (looksBinary(body))
        return Result::failure("the file holds control characters that text does not: it is "
                               "binary data, not an edit list");
    const bool utf8 = isValidUtf8(body);
    if (text.hadByteOrderMark && !utf8)
        return Result::failure("the file starts with a UTF-8 byte-order mark but is not valid "
                               "UTF-8");
    text.encoding = utf8 ? QStringLiteral("UTF-8") : QStringLiteral("ISO-8859-1");
    const char* data = body.constData();
    splitLines(data, body.size(), [&](int number, qsizetype begin, qsizetype end) {
        TextLine line{number, {}, false};
        if (end - begin > limits.maxLineCharacters)
            line.tooLong = true;
        else if (utf8)
            line.text = QString::fromUtf8(data + begin, end - begin);
        else
            line.text = QString::fromLatin1(data + begin, end - begin);
        text.lines.push_back(std::move(line));
    });
    return Result::success(std::move(text));
}

ParseResult<QByteArray> readImportFile(const QString& path, const TextInputLimits& limits) {
    using Result = ParseResult<QByteArray>;
    const std::string shown = path.toStdString();
    const QFileInfo info(path);
    if (!info.exists())
        return Result::failure(shown + ": no such file");
    if (!info.isFile())
        return Result::failure(shown + ": not a regular file");
    if (info.size() > limits.maxFileBytes)
        return Result::failure(shown + ": the file is " + megabytes(info.size()) +
                               ", larger than the " + megabytes(limits.maxFileBytes) +
                               " an edit list or session text can plausibly be");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(shown + ": cannot be read (" + file.errorString().toStdString() +
                               ")");
    // Read at most one byte past the limit, in case the file grew since it was measured.
    QByteArray bytes = file.read(limits.maxFileBytes + 1);
    if (bytes.size() > limits.maxFileBytes)
        return Result::failure(shown + ": the file is larger than the " +
                               megabytes(limits.maxFileBytes) + " limit");
    return Result::success(std::move(bytes));
}

} // namespace cuesheet
