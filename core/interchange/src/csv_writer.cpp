#include "cuesheet/interchange/csv_writer.h"

namespace cuesheet {

CsvWriter::CsvWriter(bool byteOrderMark) {
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
        line += quoted(fields[i]);
    }
    bytes_.append(line.toUtf8());
    bytes_.append("\r\n");
}

} // namespace cuesheet
