#include "cuesheet/interchange/csv_writer.h"

namespace cuesheet {

namespace {
bool startsLikeFormula(const QString& field) {
    if (field.isEmpty())
        return false;
    const QChar first = field.front();
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
           first == '\r';
}
} // namespace

QString formulaGuarded(const QString& field) {
    return startsLikeFormula(field) ? '\'' + field : field;
}

QString withoutFormulaGuard(const QString& field) {
    return field.startsWith('\'') && startsLikeFormula(field.mid(1)) ? field.mid(1) : field;
}

CsvWriter::CsvWriter(bool byteOrderMark, bool guardFormulas)
    : guardFormulas_(guardFormulas) {
    if (byteOrderMark)
        bytes_.append("\xEF\xBB\xBF");
}

QString CsvWriter::quoted(const QString& field) {
    const bool needsQuotes =
        field.contains(',') || field.contains('"') || field.contains('\r') || field.contains('\n');
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace('"', "\"\"");
    return '"' + escaped + '"';
}

void CsvWriter::writeRow(const QStringList& fields) {
    QString line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += quoted(guardFormulas_ ? formulaGuarded(fields[i]) : fields[i]);
    }
    bytes_.append(line.toUtf8());
    bytes_.append("\r\n");
}

} // namespace cuesheet
