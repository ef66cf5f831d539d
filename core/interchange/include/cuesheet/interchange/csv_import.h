#pragma once

#include "cuesheet/interchange/import_options.h"
#include "cuesheet/interchange/import_result.h"
#include "cuesheet/model/change_set.h"
#include "cuesheet/time/parse_result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace cuesheet {

// The fields a column mapping may name (docs/formats.md, `cuesheet import-csv --map`):
//   title in out duration writers publishers iswc isrc kind diegesis visual vocal theme
//   origin usage source-file label catalogue track notes lane
// title and in are required, and out or duration.
QStringList csvImportFieldKeys();

// Which spreadsheet column holds which field: `--map "title=Song Title,in=Start TC"`.
struct CsvColumnMapping {
    std::vector<std::pair<QString, QString>> fieldToColumn; // field key, column header

    QString columnOf(const QString& field) const; // empty when not mapped
};

// Parses "field=Column Header,field=Column Header". Fields are csvImportFieldKeys(); column
// headers are compared trimmed and case-insensitively, and cannot hold a comma. Fails, saying
// why, on an unknown or repeated field, an empty header, or a missing title/in/out.
ParseResult<CsvColumnMapping> parseCsvColumnMapping(const QString& spec);

// How a mapped spreadsheet writes in and out: timecode in the project's format (labels
// counted from its start timecode), or seconds from the programme start ("95.5", "1:35.5").
enum class CsvTimes { Timecode, Seconds };

struct CsvImportOptions {
    // None: the generic profile of our CSV export, read back whole. Otherwise a user's
    // spreadsheet with these columns.
    std::optional<CsvColumnMapping> mapping;
    CsvTimes times = CsvTimes::Timecode; // mapped spreadsheets only
    ImportStrictness strictness = ImportStrictness::Lenient;
    // Generic profile: also set the project's header fields (production, rate, start,
    // running time) from the sheet's header block; empty values leave a field as it is.
    bool applyHeader = false;
};

// One row of the table, read and checked, ready to become a cue.
struct CsvCueRow {
    int lineNumber = 0;
    QString title;
    Cue cue;                          // every field read; id and workId are not set
    bool hasLane = false;             // the row gave a lane; else the import finds a free one
    std::optional<QString> iswc;      // only when the row's cell is not empty
    std::optional<PartyList> writers; // idem: an empty cell leaves the work's parties
    std::optional<PartyList> publishers;
};

// What a CSV import read. If `accepted` is false, `error` says why (naming the file and,
// where there is one, the line) and `rows` is empty: nothing may change in the project.
struct CsvImport {
    QString fileName;
    bool accepted = false;
    QString error;
    std::vector<CsvCueRow> rows;         // in file order
    std::vector<ImportFinding> findings; // in line order
    // The project's header after the import: with applyHeader, changed by the header block.
    ProjectHeader header;
};

// Reads a CSV cue table into rows.
// - The table starts at the first row that holds the needed column headers (generic: Title,
//   In, Out; mapped: every mapped column); rows above it are the header block (generic) or
//   ignored. Blank rows are skipped; a row with an empty title is skipped with a warning
//   (totals and spacer rows).
// - Generic: every generic column present is read back (docs/formats.md); the derived
//   columns (Seq, Duration, Usage US, Usage CISAC, Cue ID) are ignored. In and out are read
//   in the timecode format the header block declares (Frame Rate, Start Timecode), else the
//   project's, and placed at the same programme time.
// - A row that cannot be read (a bad timecode, out not after in, an unknown tag, a malformed
//   party) is an Error finding: skipped when lenient, refusing the import when strict.
// Refused always: input that is not CSV text, an unterminated quote, no row with the needed
// headers, or (lenient) rows none of which could be read.
CsvImport importCsv(const QByteArray& bytes, const QString& fileName,
                    const ProjectHeader& projectHeader, const CsvImportOptions& options);
// The same, reading `path` first (refusing a file above 32 MiB before reading it).
CsvImport importCsvFile(const QString& path, const ProjectHeader& projectHeader,
                        const CsvImportOptions& options);

// The rows as one change of the project (one undo step), starting from `data`:
// - a title that names an existing work (trimmed, case-insensitive) becomes a use of it;
//   new titles get new works (uses of one title in the file share one);
// - writers, publishers and ISWC given by a row are set on the work (they apply to every use);
// - a row's lane is kept; rows without one go on the lowest lane where they overlap nothing;
// - with applyHeader, the header change is part of the same step.
ChangeSet csvImportChangeSet(const ProjectData& data, const CsvImport& import,
                             const QString& label);

} // namespace cuesheet
