#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cuesheet {

// Spreadsheet programs run a cell that starts with = + - @ (or a tab or CR before one) as a
// formula: a title "=cmd|' /C calc'!A0" in a cue sheet would run when the sheet is opened.
// As OWASP recommends (https://owasp.org/www-community/attacks/CSV_Injection), such a cell
// is written with a leading apostrophe, so the spreadsheet shows text instead of running it
// (LibreOffice Calc shows the apostrophe too).
// The CSV import removes exactly that apostrophe again, so a sheet reads back as written.
//   formulaGuarded("=1+2") == "'=1+2";   withoutFormulaGuard("'=1+2") == "=1+2"
QString formulaGuarded(const QString& field);
QString withoutFormulaGuard(const QString& field);

// Writes CSV as RFC 4180 says: fields separated by commas, records ended by CRLF, a field
// quoted when it holds a comma, a quote, CR or LF, and quotes inside doubled. UTF-8, with an
// optional byte-order mark (spreadsheet programs use it to detect UTF-8). Fields that a
// spreadsheet would run as a formula are guarded (formulaGuarded) unless `guardFormulas` is
// false.
class CsvWriter {
public:
    explicit CsvWriter(bool byteOrderMark = false, bool guardFormulas = true);
    void writeRow(const QStringList& fields);
    void writeEmptyRow() { writeRow({}); }
    const QByteArray& bytes() const { return bytes_; }

    static QString quoted(const QString& field);

private:
    QByteArray bytes_;
    bool guardFormulas_;
};

} // namespace cuesheet
