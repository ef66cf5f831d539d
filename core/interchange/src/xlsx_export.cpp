#include "cuesheet/interchange/xlsx_export.h"

#include "cuesheet/interchange/cue_sheet_header.h"
#include "cuesheet/interchange/cue_sheet_lines.h"
#include "cuesheet/model/sequence.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

namespace cuesheet {

namespace {

// Excel's limit on the text of one cell.
constexpr qsizetype kMaxCellCharacters = 32767;
// Column widths in characters: at least a code's, at most what a screen shows comfortably;
// longer text wraps.
constexpr double kMinWidth = 6;
constexpr double kMaxWidth = 48;

struct Formats {
    lxw_format* bold = nullptr;
    lxw_format* tableHeader = nullptr;
    lxw_format* wrap = nullptr;
    lxw_format* seconds = nullptr;
    lxw_format* total = nullptr;
    lxw_format* totalSeconds = nullptr;
};

Formats makeFormats(lxw_workbook* book) {
    Formats f;
    f.bold = workbook_add_format(book);
    format_set_bold(f.bold);
    f.tableHeader = workbook_add_format(book);
    format_set_bold(f.tableHeader);
    format_set_bottom(f.tableHeader, LXW_BORDER_THIN);
    format_set_bg_color(f.tableHeader, 0xE8E8E8);
    format_set_text_wrap(f.tableHeader);
    format_set_align(f.tableHeader, LXW_ALIGN_VERTICAL_TOP);
    f.wrap = workbook_add_format(book);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    f.seconds = workbook_add_format(book);
    format_set_num_format(f.seconds, "0.000");
    format_set_align(f.seconds, LXW_ALIGN_VERTICAL_TOP);
    f.total = workbook_add_format(book);
    format_set_bold(f.total);
    format_set_top(f.total, LXW_BORDER_THIN);
    f.totalSeconds = workbook_add_format(book);
    format_set_bold(f.totalSeconds);
    format_set_top(f.totalSeconds, LXW_BORDER_THIN);
    format_set_num_format(f.totalSeconds, "0.000");
    return f;
}

// Writes cells into one worksheet, remembering the widest text of each column and the first
// error (so the code writing a sheet reads as a list of cells).
class SheetWriter {
public:
    SheetWriter(lxw_worksheet* sheet, QString sheetName, QString* firstError)
        : sheet_(sheet)
        , sheetName_(std::move(sheetName))
        , firstError_(firstError) {}

    void text(int row, int col, const QString& value, lxw_format* format = nullptr) {
        measure(col, value);
        if (value.isEmpty() && !format)
            return;
        if (value.size() > kMaxCellCharacters) {
            fail(QString("the text of %1 cell %2 is %3 characters long; a spreadsheet cell "
                         "holds at most %4")
                     .arg(sheetName_, cellName(row, col))
                     .arg(value.size())
                     .arg(kMaxCellCharacters));
            return;
        }
        check(worksheet_write_string(sheet_, lxw_row_t(row), lxw_col_t(col),
                                     value.toUtf8().constData(), format),
              row, col);
    }
    void number(int row, int col, double value, lxw_format* format = nullptr,
                const QString& shown = {}) {
        measure(col, shown.isEmpty() ? QString::number(value) : shown);
        check(worksheet_write_number(sheet_, lxw_row_t(row), lxw_col_t(col), value, format), row,
              col);
    }
    void formula(int row, int col, const QString& formula, double value, lxw_format* format,
                 const QString& shown) {
        measure(col, shown);
        check(worksheet_write_formula_num(sheet_, lxw_row_t(row), lxw_col_t(col),
                                          formula.toUtf8().constData(), format, value),
              row, col);
    }
    // Sets every written column's width from its widest line; wrapping columns get `wrap`.
    void setWidths(lxw_format* wrap, const std::vector<int>& wrappedColumns = {}) {
        for (const auto& [col, chars] : widest_) {
            const double width = std::clamp(chars + 2.0, kMinWidth, kMaxWidth);
            const bool wraps = std::find(wrappedColumns.begin(), wrappedColumns.end(), col) !=
                               wrappedColumns.end();
            worksheet_set_column(sheet_, lxw_col_t(col), lxw_col_t(col), width,
                                 wraps ? wrap : nullptr);
        }
    }
    lxw_worksheet* sheet() const { return sheet_; }

    // "A1" for (0, 0), "AB12" for (11, 27).
    static QString cellName(int row, int col) {
        QString letters;
        for (int c = col + 1; c > 0; c = (c - 1) / 26)
            letters.prepend(QChar('A' + (c - 1) % 26));
        return letters + QString::number(row + 1);
    }

private:
    void measure(int col, const QString& value) {
        qsizetype longest = 0;
        for (const auto& line : QStringView(value).split(QLatin1Char('\n')))
            longest = std::max(longest, line.size());
        int& widest = widest_[col];
        widest = std::max(widest, static_cast<int>(std::min<qsizetype>(longest, 1000)));
    }
    void check(lxw_error status, int row, int col) {
        if (status != LXW_NO_ERROR)
            fail(QString("%1 cell %2: %3")
                     .arg(sheetName_, cellName(row, col), QString::fromUtf8(lxw_strerror(status))));
    }
    void fail(const QString& message) {
        if (firstError_->isEmpty())
            *firstError_ = message;
    }

    lxw_worksheet* sheet_;
    QString sheetName_;
    QString* firstError_;
    std::map<int, int> widest_; // column -> characters of its longest line
};

double seconds(Time t) {
    // Display only (a spreadsheet number); rounded to the millisecond it is shown with.
    return static_cast<double>(t.toRational(1, 1000, Rounding::Nearest)) / 1000.0;
}

void writeProductionSheet(SheetWriter& sheet, const ProjectData& data,
                          const XlsxExportOptions& options, const Formats& f) {
    sheet.text(0, 0, "Field", f.tableHeader);
    sheet.text(0, 1, "Value", f.tableHeader);
    int row = 1;
    for (const auto& header : cueSheetHeaderRows(data, options.durations)) {
        sheet.text(row, 0, header.label, f.bold);
        sheet.text(row, 1, header.value);
        ++row;
    }
    sheet.setWidths(f.wrap, {1});
}

void writeCueSheet(SheetWriter& sheet, const ProjectData& data, const XlsxExportOptions& options,
                   const std::vector<CueSheetLine>& lines, const Formats& f) {
    const CueTableColumns columns =
        cueTableColumns(data.header, options.profile, options.durations);
    const QStringList numeric{"Seq", "Lane", "Cue ID"};
    const QStringList wrapped{"Title", "Writers", "Publishers", "Notes", "Source File"};
    const int secondsColumn = static_cast<int>(columns.names.size());
    std::vector<int> wrappedColumns;
    for (int c = 0; c < columns.names.size(); ++c) {
        sheet.text(0, c, columns.names[c], f.tableHeader);
        if (wrapped.contains(columns.names[c]))
            wrappedColumns.push_back(c);
    }
    sheet.text(0, secondsColumn, "Duration Seconds", f.tableHeader);

    int row = 1;
    for (const auto& line : lines) {
        const PartyList none;
        const QStringList cells =
            columns.cells(line, partiesCell(line.work ? line.work->writers : none, options.profile),
                          partiesCell(line.work ? line.work->publishers : none, options.profile));
        for (int c = 0; c < cells.size(); ++c) {
            bool isNumber = false;
            const double value = cells[c].toDouble(&isNumber);
            if (numeric.contains(columns.names[c]) && isNumber)
                sheet.number(row, c, value);
            else
                sheet.text(row, c, cells[c], wrapped.contains(columns.names[c]) ? f.wrap : nullptr);
        }
        const Time duration = line.cue->duration();
        sheet.number(row, secondsColumn, seconds(duration), f.seconds,
                     QString::number(seconds(duration), 'f', 3));
        ++row;
    }
    const int lastCueRow = row - 1;

    // Totals: the music's total duration (each use counts) and the number of cues.
    const int totalRow = row + 1;
    const int titleColumn = static_cast<int>(columns.names.indexOf("Title"));
    const int durationColumn = static_cast<int>(columns.names.indexOf("Duration"));
    const Time total = totalMusicDuration(data);
    for (int c = 0; c <= secondsColumn; ++c)
        sheet.text(totalRow, c, QString(), f.total);
    sheet.text(totalRow, titleColumn, QString("Total music (%1 cues)").arg(lines.size()), f.total);
    sheet.text(totalRow, durationColumn, formatDuration(total, options.durations, data.header),
               f.total);
    const QString range = SheetWriter::cellName(1, secondsColumn) + ':' +
                          SheetWriter::cellName(lastCueRow, secondsColumn);
    if (lines.empty())
        sheet.number(totalRow, secondsColumn, 0, f.totalSeconds, "0.000");
    else
        sheet.formula(totalRow, secondsColumn, "=SUM(" + range + ")", seconds(total),
                      f.totalSeconds, QString::number(seconds(total), 'f', 3));

    lxw_worksheet* ws = sheet.sheet();
    sheet.setWidths(f.wrap, wrappedColumns);
    worksheet_freeze_panes(ws, 1, lxw_col_t(std::max(titleColumn + 1, 1)));
    worksheet_autofilter(ws, 0, 0, lxw_row_t(std::max(lastCueRow, 1)), lxw_col_t(secondsColumn));
    // Printing: landscape, one page wide, the header row on every page.
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, 0, 0);
    const QString footer =
        "&L" + QString(data.header.productionTitle).replace('&', "&&") + "&RPage &P of &N";
    worksheet_set_footer(ws, footer.toUtf8().constData());
}

void writePartiesSheet(SheetWriter& sheet, const std::vector<CueSheetLine>& lines,
                       const Formats& f) {
    const QStringList names{"Title",   "ISWC", "Side",  "Name", "Role",
                            "Society", "IPI",  "Share", "Cues"};
    for (int c = 0; c < names.size(); ++c)
        sheet.text(0, c, names[c], f.tableHeader);
    // Works in order of first use, each with the sequence numbers of its uses.
    std::vector<const Work*> works;
    std::map<const Work*, QStringList> uses;
    for (const auto& line : lines) {
        if (!line.work)
            continue;
        if (!uses.count(line.work))
            works.push_back(line.work);
        uses[line.work] << QString::number(line.number);
    }
    int row = 1;
    for (const Work* work : works) {
        const QString cues = uses[work].join(", ");
        auto partyRow = [&](const QString& side, const Party* p) {
            sheet.text(row, 0, work->title, f.wrap);
            sheet.text(row, 1, work->iswc);
            sheet.text(row, 2, side);
            if (p) {
                sheet.text(row, 3, p->name, f.wrap);
                sheet.text(row, 4, toCode(p->role));
                sheet.text(row, 5, p->society);
                sheet.text(row, 6, p->ipiNameNumber);
                sheet.number(row, 7, static_cast<double>(p->share.hundredths()) / 100.0, nullptr,
                             p->share.toText());
            }
            sheet.text(row, 8, cues, f.wrap);
            ++row;
        };
        for (const auto& p : work->writers)
            partyRow("Writer", &p);
        for (const auto& p : work->publishers)
            partyRow("Publisher", &p);
        if (work->writers.empty() && work->publishers.empty())
            partyRow(QString(), nullptr);
    }
    sheet.setWidths(f.wrap, {0, 3, 8});
    worksheet_freeze_panes(sheet.sheet(), 1, 1);
}

} // namespace

bool exportXlsx(const ProjectData& data, const XlsxExportOptions& options, const QString& path,
                QString* error) {
    auto fail = [&](const QString& why) {
        if (error)
            *error = path + ": " + why;
        return false;
    };
    lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return fail("cannot create the workbook");
    const Formats formats = makeFormats(book);
    const auto lines = cueSheetLines(data);
    QString firstError;
    SheetWriter production(workbook_add_worksheet(book, "Production"), "Production", &firstError);
    SheetWriter cues(workbook_add_worksheet(book, "Cues"), "Cues", &firstError);
    SheetWriter parties(workbook_add_worksheet(book, "Parties"), "Parties", &firstError);
    writeProductionSheet(production, data, options, formats);
    writeCueSheet(cues, data, options, lines, formats);
    writePartiesSheet(parties, lines, formats);

    const QByteArray title = data.header.productionTitle.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData());
    properties.subject = const_cast<char*>("Music cue sheet");
    workbook_set_properties(book, &properties);

    const lxw_error closed = workbook_close(book); // writes the file and frees the workbook
    if (!firstError.isEmpty())
        return fail(firstError);
    if (closed != LXW_NO_ERROR)
        return fail(
            QString("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(closed))));
    return true;
}

} // namespace cuesheet
