#pragma once

#include "cuesheet/interchange/cue_sheet_columns.h"
#include "cuesheet/interchange/duration_format.h"
#include "cuesheet/model/project_data.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cuesheet {

enum class PaperSize { A4, Letter };
std::optional<PaperSize> paperSizeFromKey(const QString& key); // "a4", "letter"

struct PdfExportOptions {
    PaperSize paper = PaperSize::A4;
    // Which usage vocabulary is printed: us (BI, BV, VI, VV, MT, ET, L), cisac (Background,
    // Featured, Theme) or generic (both: "BI / Background"). An override is printed as is.
    CsvProfile usage = CsvProfile::Us;
    DurationStyle durations;
};

// A printable cue sheet as societies ask for it, made with Qt's PDF writer:
// - on the first page, the header block: production title, episode title and number,
//   production company, production number, country of origin, year, director, total running
//   time, first release date, total music duration, number of cues, and a key to the usage
//   codes;
// - one block per cue, in sequence order: number, title, usage, in, out, duration, ISWC,
//   ISRC, library data, then its writers and publishers (name, role, society, IPI, share);
//   a block is never split across pages unless it is longer than a page;
// - the total music duration at the end;
// - on every page, the production title at the top and "Page N of M" at the bottom.
// Needs a QGuiApplication (fonts); the offscreen platform is enough.
QByteArray exportPdf(const ProjectData& data, const PdfExportOptions& options);

} // namespace cuesheet
