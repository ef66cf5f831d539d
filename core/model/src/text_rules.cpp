#include "cuesheet/model/text_rules.h"

namespace cuesheet {

QString controlCharacterProblem(const QString& field, const QString& text, bool multiline) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool lineBreak =
            c == u'\n' || (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n');
        if (multiline && (lineBreak || c == u'\t'))
            continue;
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            return QString("%1: holds the control character U+%2 at position %3; text fields "
                           "hold printable text only%4")
                .arg(field)
                .arg(static_cast<int>(c), 4, 16, QLatin1Char('0'))
                .arg(i + 1)
                .arg(multiline ? QStringLiteral(", tabs and line breaks") : QString());
    }
    return {};
}

} // namespace cuesheet
