#include "cuesheet/model/share.h"

#include <QRegularExpression>

namespace cuesheet {

std::optional<Share> Share::parse(const QString& text) {
    QString s = text.trimmed();
    if (s.endsWith('%'))
        s.chop(1);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(s.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const std::int64_t whole = match.captured(1).toLongLong();
    QString decimals = match.captured(2);
    while (decimals.size() < 2)
        decimals.append('0');
    const std::int64_t hundredths = whole * 100 + decimals.toLongLong();
    if (hundredths > 10000)
        return std::nullopt;
    return Share(hundredths);
}

QString Share::toText() const {
    QString text = QString::number(hundredths_ / 100);
    const std::int64_t rest = hundredths_ % 100;
    if (rest != 0) {
        text += '.' + QString::number(rest).rightJustified(2, '0');
        if (text.endsWith('0'))
            text.chop(1);
    }
    return text;
}

} // namespace cuesheet
