#include "cuesheet/model/identifiers.h"

#include <QRegularExpression>

namespace cuesheet {

QString checkIpiNameNumber(const QString& value) {
    const QString digits = value.trimmed();
    static const QRegularExpression elevenDigits(QStringLiteral("^\\d{11}$"));
    if (!elevenDigits.match(digits).hasMatch())
        return "IPI name number '" + value + "': expected 11 digits";
    // Weights 10..2 over the first nine digits; the last two digits are
    // (101 - sum mod 101) mod 100, or 00 when the sum is a multiple of 101.
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits[i].digitValue() * (10 - i);
    int check = sum % 101;
    if (check != 0)
        check = (101 - check) % 100;
    if (digits.right(2).toInt() != check)
        return QString("IPI name number '%1': the check digits should be %2")
            .arg(value)
            .arg(check, 2, 10, QChar('0'));
    return {};
}

QString normalizedIswc(const QString& value) {
    QString s = value.trimmed().toUpper();
    s.remove('-');
    s.remove('.');
    s.remove(' ');
    return s;
}

QString checkIswc(const QString& value) {
    const QString s = normalizedIswc(value);
    static const QRegularExpression shape(QStringLiteral("^T\\d{10}$"));
    if (!shape.match(s).hasMatch())
        return "ISWC '" + value + "': expected T followed by 9 digits and a check digit";
    int sum = 1;
    for (int i = 1; i <= 9; ++i)
        sum += i * s[i].digitValue();
    const int check = (10 - sum % 10) % 10;
    if (s[10].digitValue() != check)
        return QString("ISWC '%1': the check digit should be %2").arg(value).arg(check);
    return {};
}

QString normalizedIsrc(const QString& value) {
    QString s = value.trimmed().toUpper();
    s.remove('-');
    s.remove(' ');
    return s;
}

QString checkIsrc(const QString& value) {
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[A-Z0-9]{3}\\d{7}$"));
    if (!shape.match(normalizedIsrc(value)).hasMatch())
        return "ISRC '" + value +
               "': expected 2 letters, 3 letters or digits, then 7 digits (e.g. USRC17607839)";
    return {};
}

} // namespace cuesheet
