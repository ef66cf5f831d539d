#pragma once

#include "cuesheet/interchange/cue_sheet_lines.h"
#include "cuesheet/interchange/duration_format.h"
#include "cuesheet/model/party.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace cuesheet {

// Which columns a cue table has (docs/formats.md lists them). CSV and XLSX share them, and
// the CSV import finds the generic profile's columns by these names:
//   generic: every field, parties as NAME:ROLE:SOCIETY:IPI:SHARE (lossless; CSV import
//            reads it back)
//   us:      ASCAP/BMI style: seq, title, writers "Name (Society) share%; ...", publishers,
//            usage BI/BV/VI/VV/MT/ET/L, duration, in, out
//   cisac:   the Background / Featured / Theme vocabulary of PRS, APRA and CISAC templates
enum class CsvProfile { Generic, Us, Cisac };

// The generic profile's column names, where an importer needs one by name.
namespace generic_column {
inline const QString kSeq = QStringLiteral("Seq");
inline const QString kTitle = QStringLiteral("Title");
inline const QString kIn = QStringLiteral("In");
inline const QString kOut = QStringLiteral("Out");
inline const QString kDuration = QStringLiteral("Duration");
inline const QString kKind = QStringLiteral("Kind");
inline const QString kDiegesis = QStringLiteral("Diegesis");
inline const QString kVisual = QStringLiteral("Visual");
inline const QString kVocal = QStringLiteral("Vocal");
inline const QString kTheme = QStringLiteral("Theme");
inline const QString kOrigin = QStringLiteral("Origin");
inline const QString kUsageUs = QStringLiteral("Usage US");
inline const QString kUsageCisac = QStringLiteral("Usage CISAC");
inline const QString kUsageOverride = QStringLiteral("Usage Override");
inline const QString kWriters = QStringLiteral("Writers");
inline const QString kPublishers = QStringLiteral("Publishers");
inline const QString kIswc = QStringLiteral("ISWC");
inline const QString kIsrc = QStringLiteral("ISRC");
inline const QString kSourceFile = QStringLiteral("Source File");
inline const QString kLibraryLabel = QStringLiteral("Library Label");
inline const QString kLibraryCatalogue = QStringLiteral("Library Catalogue");
inline const QString kLibraryTrack = QStringLiteral("Library Track");
inline const QString kNotes = QStringLiteral("Notes");
inline const QString kLane = QStringLiteral("Lane");
inline const QString kCueId = QStringLiteral("Cue ID");
} // namespace generic_column

// The header row of a profile's cue table.
QStringList cueTableColumnNames(CsvProfile profile);

// A profile's cue table: its column names and how one line fills them. `writers` and
// `publishers` are the parties' cells (see partiesCell); a one-row-per-party layout passes
// empty ones.
struct CueTableColumns {
    QStringList names;
    std::function<QStringList(const CueSheetLine&, const QString& writers,
                              const QString& publishers)>
        cells;
};
CueTableColumns cueTableColumns(const ProjectHeader& header, CsvProfile profile,
                                const DurationStyle& durations);

// The parties of one side in one cell, separated by "; ": NAME:ROLE:SOCIETY:IPI:SHARE for the
// generic profile (lossless), "Name (Society) 50%" for the others.
QString partiesCell(const PartyList& parties, CsvProfile profile);

} // namespace cuesheet
