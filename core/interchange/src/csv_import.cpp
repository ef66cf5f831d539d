#include "cuesheet/interchange/csv_import.h"

#include "cuesheet/interchange/csv_writer.h"

#include "cuesheet/interchange/csv_cell_values.h"
#include "cuesheet/interchange/csv_reader.h"
#include "cuesheet/interchange/cue_sheet_columns.h"
#include "cuesheet/interchange/cue_sheet_header.h"
#include "cuesheet/model/cue_fields.h"
#include "cuesheet/model/header_fields.h"
#include "cuesheet/model/identifiers.h"
#include "cuesheet/model/in_out_text.h"

#include <QFileInfo>

#include <algorithm>
#include <map>

namespace cuesheet {

namespace {

// Far above any real cue sheet (a feature has a few hundred cues); bounds hostile input.
constexpr int kMaxRows = 200000;

// The generic profile as a mapping: field key -> column. Derived columns (Seq, Duration,
// Usage US, Usage CISAC, Cue ID) are not read: they follow from the others.
CsvColumnMapping genericMapping() {
    namespace c = generic_column;
    return {{{"title", c::kTitle},
             {"in", c::kIn},
             {"out", c::kOut},
             {"kind", c::kKind},
             {"diegesis", c::kDiegesis},
             {"visual", c::kVisual},
             {"vocal", c::kVocal},
             {"theme", c::kTheme},
             {"origin", c::kOrigin},
             {"usage", c::kUsageOverride},
             {"writers", c::kWriters},
             {"publishers", c::kPublishers},
             {"iswc", c::kIswc},
             {"isrc", c::kIsrc},
             {"source-file", c::kSourceFile},
             {"label", c::kLibraryLabel},
             {"catalogue", c::kLibraryCatalogue},
             {"track", c::kLibraryTrack},
             {"notes", c::kNotes},
             {"lane", c::kLane}}};
}

int indexOfHeader(const QStringList& fields, const QString& header) {
    const QString wanted = header.trimmed();
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QString quotedList(const QStringList& items) {
    QStringList quoted;
    for (const QString& item : items)
        quoted << "'" + item + "'";
    return quoted.join(", ");
}

// A time in a cell: a timecode label or seconds from the programme start, as asked.
std::optional<Time> timeFromCell(const QString& cell, CsvTimes times, const ProjectHeader& header,
                                 QString* error) {
    if (times == CsvTimes::Timecode)
        return programmeTimeOfTimecode(cell, header, error);
    const auto seconds = secondsFromCell(cell, error);
    if (!seconds)
        return std::nullopt;
    // Cues sit on frames: the nearest frame of the project's rate.
    return Time::fromFrames(seconds->frameNearest(header.timecode.rate), header.timecode.rate);
}

// A duration: timecode HH:MM:SS:FF (four fields) in the header's format, or seconds / M:SS.
std::optional<Time> durationFromCell(const QString& cell, const ProjectHeader& header,
                                     QString* error) {
    const QString text = cell.trimmed();
    if (text.count(QLatin1Char(':')) + text.count(QLatin1Char(';')) == 3) {
        const auto frames = parseTimecode(text.toStdString(), header.timecode);
        if (!frames.ok()) {
            if (error)
                *error = QString::fromStdString(frames.error());
            return std::nullopt;
        }
        return Time::fromFrames(frames.value(), header.timecode.rate);
    }
    return secondsFromCell(text, error);
}

class CsvImporter {
public:
    CsvImporter(const QString& fileName, const ProjectHeader& projectHeader,
                const CsvImportOptions& options)
        : options_(options)
        , projectHeader_(projectHeader) {
        result_.fileName = fileName;
        result_.header = projectHeader;
    }

    CsvImport run(const QByteArray& bytes);

private:
    // A refusal: no rows, the project's header, `error` as given.
    CsvImport refusedWith(const QString& error) const {
        CsvImport refused;
        refused.fileName = result_.fileName;
        refused.header = projectHeader_;
        refused.findings = result_.findings;
        refused.error = error;
        return refused;
    }
    CsvImport refuse(const QString& message) const {
        return refusedWith(result_.fileName + ": " + message);
    }
    void note(int line, FindingSeverity severity, const QString& message) {
        result_.findings.push_back({line, severity, message});
    }
    bool generic() const { return !options_.mapping.has_value(); }
    QString findHeaderRow(CsvReader& reader);
    void readHeaderBlock();
    bool applyHeaderField(ProjectHeader& header, const QString& key, const QString& value,
                          QString* error) const;
    // One row; nullopt with *error when it cannot be read (nothing when skipped).
    std::optional<CsvCueRow> readRow(const CsvRecord& record, QString* error, bool* skipped);
    void keepFirstPartiesPerTitle();

    CsvImportOptions options_;
    ProjectHeader projectHeader_;
    ProjectHeader readHeader_; // the format in and out are read in
    CsvColumnMapping mapping_;
    std::map<QString, int> column_;                          // field key -> column index
    std::vector<std::pair<CsvRecord, QString>> headerBlock_; // record, its header field key
    CsvImport result_;
};

// A cell our export guarded against formulas reads back as it was (csv_writer.h). Always true,
// so it can stand in a loop condition.
bool unguard(CsvRecord& record) {
    for (QString& field : record.fields)
        field = withoutFormulaGuard(field);
    return true;
}

QString CsvImporter::findHeaderRow(CsvReader& reader) {
    QStringList needed;
    if (generic())
        needed = {generic_column::kTitle, generic_column::kIn, generic_column::kOut};
    else
        for (const auto& [field, column] : mapping_.fieldToColumn)
            needed << column;

    std::map<QString, QString> headerKeys; // label (lower case) -> header field key
    for (const auto& row : cueSheetHeaderRows(ProjectData{}, {}))
        if (!row.fieldKey.isEmpty())
            headerKeys.emplace(row.label.toLower(), row.fieldKey);

    QStringList firstRow;
    CsvRecord record;
    while (reader.next(record) && unguard(record)) {
        if (record.isBlank())
            continue;
        if (firstRow.isEmpty())
            firstRow = record.fields.mid(0, 12);
        const bool isTableHeader = std::all_of(needed.begin(), needed.end(), [&](const QString& h) {
            return indexOfHeader(record.fields, h) >= 0;
        });
        if (isTableHeader) {
            for (const auto& [field, column] : mapping_.fieldToColumn) {
                const int index = indexOfHeader(record.fields, column);
                if (index >= 0)
                    column_[field] = index;
            }
            // The us and cisac profiles have Title, In and Out too, but their parties are
            // display text and their usage a derived code: they cannot be read back whole.
            if (generic() && indexOfHeader(record.fields, "Usage") >= 0 &&
                indexOfHeader(record.fields, generic_column::kKind) < 0)
                return QString("line %1: this is a cue table of the us or cisac profile; only "
                               "the generic profile is read back whole. Export with --profile "
                               "generic, or map the columns, e.g. --map \"title=Title,in=In,"
                               "out=Out,writers=Writers,publishers=Publishers,usage=Usage\"")
                    .arg(record.lineNumber);
            return {};
        }
        if (generic() && record.fields.size() >= 2) {
            const auto key = headerKeys.find(record.fields[0].trimmed().toLower());
            if (key != headerKeys.end())
                headerBlock_.emplace_back(record, key->second);
        }
    }
    if (reader.failed())
        return reader.error();
    if (generic())
        return "no row holds the columns 'Title', 'In' and 'Out' of a cue table of the generic "
               "profile (cuesheet export --profile generic). For another spreadsheet, map its "
               "columns with --map" +
               (firstRow.isEmpty() ? QString(" (the file has no rows)")
                                   : "; the first row has " + quotedList(firstRow));
    return "no row holds all the columns the mapping names (" + quotedList(needed) + ")" +
           (firstRow.isEmpty() ? QString("; the file has no rows")
                               : "; the first row has " + quotedList(firstRow));
}

bool CsvImporter::applyHeaderField(ProjectHeader& header, const QString& key, const QString& value,
                                   QString* error) const {
    QString problem;
    if (key == "rate") {
        // "30000/1001 drop-frame"
        QString rate = value.trimmed();
        const bool drop = rate.endsWith("drop-frame", Qt::CaseInsensitive);
        if (drop)
            rate = rate.left(rate.size() - 10).trimmed();
        problem = setHeaderFieldFromText(header, "rate", rate);
        if (problem.isEmpty())
            problem = setHeaderFieldFromText(header, "drop-frame", drop ? "yes" : "no");
    } else if (key == "running-time") {
        // Written in the export's duration format: timecode, seconds or m:ss.
        QString why;
        const auto time = durationFromCell(value, header, &why);
        if (time)
            header.runningTime = *time;
        else
            problem = "field 'running-time': " + why;
    } else {
        problem = setHeaderFieldFromText(header, key, value);
    }
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
}

void CsvImporter::readHeaderBlock() {
    readHeader_ = projectHeader_;
    if (!generic())
        return;
    // The rate first, then the start (its label is in the rate's format), then the rest.
    const QStringList firstKeys{"rate", "start"};
    ProjectHeader file = projectHeader_;
    ProjectHeader applied = projectHeader_;
    for (int pass = 0; pass < 3; ++pass) {
        for (const auto& [record, key] : headerBlock_) {
            const bool inPass = pass < 2 ? key == firstKeys[pass] : !firstKeys.contains(key);
            const QString value = record.fields[1];
            if (!inPass || value.trimmed().isEmpty())
                continue;
            QString error;
            if (pass < 2 && !applyHeaderField(file, key, value, &error))
                note(record.lineNumber, FindingSeverity::Error, "header block: " + error);
            if (options_.applyHeader && !applyHeaderField(applied, key, value, &error) && pass == 2)
                note(record.lineNumber, FindingSeverity::Error, "header block: " + error);
        }
    }
    readHeader_.timecode = file.timecode;
    readHeader_.startFrame = file.startFrame;
    if (options_.applyHeader)
        result_.header = applied;
    if (readHeader_.timecode != projectHeader_.timecode ||
        readHeader_.startFrame != projectHeader_.startFrame) {
        auto describe = [](const ProjectHeader& h) {
            return frameRateCellText(h) + " from " + headerFieldText(h, "start");
        };
        note(0, FindingSeverity::Info,
             QString("the sheet's timecodes are at %1; they are read so and keep their place "
                     "in the programme%2")
                 .arg(describe(readHeader_),
                      options_.applyHeader
                          ? QString()
                          : " (the project counts " + describe(projectHeader_) + ")"));
    }
}

std::optional<CsvCueRow> CsvImporter::readRow(const CsvRecord& record, QString* error,
                                              bool* skipped) {
    *skipped = false;
    auto cell = [&](const QString& field) -> QString {
        const auto it = column_.find(field);
        if (it == column_.end() || it->second >= record.fields.size())
            return {};
        return record.fields[it->second];
    };
    CsvCueRow row;
    row.lineNumber = record.lineNumber;
    row.title = cell("title").trimmed();
    if (row.title.isEmpty()) {
        *skipped = true;
        note(record.lineNumber, FindingSeverity::Warning,
             "row skipped: the title is empty (a totals or spacer row?)");
        return std::nullopt;
    }
    auto fail = [&](const QString& problem) -> std::optional<CsvCueRow> {
        *error = QString("'%1': %2").arg(row.title, problem);
        return std::nullopt;
    };

    const QString inText = cell("in");
    if (inText.trimmed().isEmpty())
        return fail("the in time is empty");
    QString why;
    const auto in = timeFromCell(inText, options_.times, readHeader_, &why);
    if (!in)
        return fail("in: " + why);
    std::optional<Time> out;
    if (column_.count("out")) {
        const QString outText = cell("out");
        if (outText.trimmed().isEmpty())
            return fail("the out time is empty");
        out = timeFromCell(outText, options_.times, readHeader_, &why);
        if (!out)
            return fail("out: " + why);
    } else {
        const QString durationText = cell("duration");
        if (durationText.trimmed().isEmpty())
            return fail("the duration is empty");
        const auto duration = durationFromCell(durationText, readHeader_, &why);
        if (!duration)
            return fail("duration: " + why);
        out = *in + *duration;
    }
    if (*out <= *in)
        return fail(QString("out %1 is not after in %2")
                        .arg(timecodeOfProgrammeTime(*out, readHeader_),
                             timecodeOfProgrammeTime(*in, readHeader_)));
    row.cue.in = *in;
    row.cue.out = *out;
    if (*in < Time())
        note(record.lineNumber, FindingSeverity::Warning,
             QString("'%1' starts before the programme start (%2)")
                 .arg(row.title, headerFieldText(readHeader_, "start")));

    for (const QString& key : cueFieldKeys()) {
        if (key == "in" || key == "out" || !column_.count(key))
            continue;
        const QString value = cell(key);
        if (value.trimmed().isEmpty())
            continue; // an empty cell keeps the default
        if (const QString problem = setCueFieldFromText(row.cue, key, value, readHeader_);
            !problem.isEmpty())
            return fail(problem);
        if (key == "lane")
            row.hasLane = true;
    }
    if (const QString iswc = cell("iswc").trimmed(); !iswc.isEmpty()) {
        if (const QString problem = checkIswc(iswc); !problem.isEmpty())
            return fail("field 'iswc': " + problem);
        row.iswc = normalizedIswc(iswc);
    }
    for (const auto side : {PartySide::Writer, PartySide::Publisher}) {
        const QString text = cell(side == PartySide::Writer ? "writers" : "publishers");
        if (text.trimmed().isEmpty())
            continue;
        auto parties = partiesFromCell(text, side, &why);
        if (!parties)
            return fail(why);
        (side == PartySide::Writer ? row.writers : row.publishers) = std::move(*parties);
    }
    return row;
}

void CsvImporter::keepFirstPartiesPerTitle() {
    // Uses of one title share one work: the first row that gives its parties (or ISWC) sets
    // them; a later row that gives different ones is reported and does not change them.
    struct FirstGiven {
        const CsvCueRow* writers = nullptr;
        const CsvCueRow* publishers = nullptr;
        const CsvCueRow* iswc = nullptr;
    };
    std::map<QString, FirstGiven> first;
    for (CsvCueRow& row : result_.rows) {
        FirstGiven& given = first[row.title.toCaseFolded()];
        auto check = [&](auto member, const CsvCueRow*& firstRow, const char* what) {
            if (!(row.*member))
                return;
            if (!firstRow) {
                firstRow = &row;
                return;
            }
            if (*(row.*member) != *(firstRow->*member))
                note(row.lineNumber, FindingSeverity::Warning,
                     QString("'%1': the %2 differ from line %3's; uses of one title share "
                             "them, so line %3's are kept")
                         .arg(row.title, what)
                         .arg(firstRow->lineNumber));
            (row.*member).reset();
        };
        check(&CsvCueRow::writers, given.writers, "writers");
        check(&CsvCueRow::publishers, given.publishers, "publishers");
        check(&CsvCueRow::iswc, given.iswc, "ISWC");
    }
}

CsvImport CsvImporter::run(const QByteArray& bytes) {
    const auto text = decodeCsvText(bytes);
    if (!text.ok())
        return refuse(QString::fromStdString(text.error()));
    mapping_ = options_.mapping ? *options_.mapping : genericMapping();
    CsvReader reader(text.value().text);
    if (const QString problem = findHeaderRow(reader); !problem.isEmpty())
        return refuse(problem);
    readHeaderBlock();

    int errors = 0;
    QString firstError;
    CsvRecord record;
    while (reader.next(record) && unguard(record)) {
        if (record.isBlank())
            continue;
        if (static_cast<int>(result_.rows.size()) + errors >= kMaxRows)
            return refuse(QString("line %1: more than %2 rows; a cue sheet has far fewer")
                              .arg(record.lineNumber)
                              .arg(kMaxRows));
        QString error;
        bool skipped = false;
        auto row = readRow(record, &error, &skipped);
        if (row) {
            result_.rows.push_back(std::move(*row));
        } else if (!skipped) {
            note(record.lineNumber, FindingSeverity::Error, error);
            if (firstError.isEmpty())
                firstError = describeFinding(result_.fileName, result_.findings.back());
            ++errors;
        }
    }
    if (reader.failed())
        return refuse(reader.error());

    // Strict: the first error (of the header block or a row) refuses the import.
    const auto firstErrorFinding =
        std::find_if(result_.findings.begin(), result_.findings.end(),
                     [](const ImportFinding& f) { return f.severity == FindingSeverity::Error; });
    if (firstErrorFinding != result_.findings.end() &&
        options_.strictness == ImportStrictness::Strict)
        return refusedWith(describeFinding(result_.fileName, *firstErrorFinding));
    if (result_.rows.empty() && errors > 0)
        return refuse(QString("no row could be read (%1 with errors); the first: %2")
                          .arg(errors)
                          .arg(firstError));
    keepFirstPartiesPerTitle();
    std::stable_sort(
        result_.findings.begin(), result_.findings.end(),
        [](const ImportFinding& a, const ImportFinding& b) { return a.lineNumber < b.lineNumber; });
    result_.accepted = true;
    return result_;
}

} // namespace

CsvImport importCsv(const QByteArray& bytes, const QString& fileName,
                    const ProjectHeader& projectHeader, const CsvImportOptions& options) {
    return CsvImporter(fileName, projectHeader, options).run(bytes);
}

CsvImport importCsvFile(const QString& path, const ProjectHeader& projectHeader,
                        const CsvImportOptions& options) {
    const TextInputLimits limits;
    const QFileInfo info(path);
    if (info.isFile() && info.size() > limits.maxFileBytes) {
        CsvImport refused;
        refused.fileName = path;
        refused.header = projectHeader;
        refused.error = QString("%1: the file is %2 MB, larger than the %3 MB a cue sheet can "
                                "plausibly be")
                            .arg(path)
                            .arg((info.size() + (1 << 20) - 1) >> 20)
                            .arg(limits.maxFileBytes >> 20);
        return refused;
    }
    const auto bytes = readImportFile(path, limits);
    if (!bytes.ok()) {
        CsvImport refused;
        refused.fileName = path;
        refused.header = projectHeader;
        refused.error = QString::fromStdString(bytes.error());
        return refused;
    }
    return importCsv(bytes.value(), path, projectHeader, options);
}

} // namespace cuesheet
