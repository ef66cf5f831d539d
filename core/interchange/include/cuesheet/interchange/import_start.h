#pragma once

#include "cuesheet/interchange/import_options.h"
#include "cuesheet/interchange/import_result.h"
#include "cuesheet/interchange/import_text.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cuesheet {

// How the edit-list importers (EDL, Pro Tools session text) start: the options' frame rate
// must be valid and the bytes must be text (decodeImportText). Returns the text, or nullopt
// with *refusal set to a refused result whose error names the file.
std::optional<ImportText> importTextOf(const QByteArray& bytes, const QString& fileName,
                                       const ImportOptions& options, ImportResult* refusal);

// A strict import is refused at its first error finding: the refusal (naming the file and
// the line, findings kept) when `options` is strict and `findings` hold an error; else
// nullopt, and the import goes on.
std::optional<ImportResult> strictRefusal(const QString& fileName,
                                          const std::vector<ImportFinding>& findings,
                                          const ImportOptions& options);

} // namespace cuesheet
