#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cuesheet {

// Writes CSV as RFC 4180 says: fields separated by commas, records ended by CRLF, a field
// quoted when it holds a comma, a quote, CR or LF, and quotes inside doubled. UTF-8, with an
// optional byte-order mark (spreadsheet programs use it to detect UTF-8).
class CsvWriter {
public:
    explicit CsvWriter(bool byteOrderMark = false);
    void writeRow(const QStringList& fields);
    void writeEmptyRow() { writeRow({}); }
    const QByteArray& bytes() const { return bytes_; }

    static QString quoted(const QString& field);

private:
    QByteArray bytes_;
};

} // namespace cuesheet
