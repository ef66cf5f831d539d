#include "cuesheet/interchange/import_start.h"

namespace cuesheet {

std::optional<ImportText> importTextOf(const QByteArray& bytes, const QString& fileName,
                                       const ImportOptions& options, ImportResult* refusal) {
    if (!options.frameRate.isValid()) {
        *refusal = refusedImport(fileName, fileName + ": the import's frame rate is not valid");
        return std::nullopt;
    }
    auto text = decodeImportText(bytes);
    if (!text) {
        *refusal = refusedImport(fileName, fileName + ": " + QString::fromStdString(text.error()));
        return std::nullopt;
    }
    return std::move(*text);
}

std::optional<ImportResult> strictRefusal(const QString& fileName,
                                          const std::vector<ImportFinding>& findings,
                                          const ImportOptions& options) {
    if (options.strictness != ImportStrictness::Strict)
        return std::nullopt;
    for (const auto& finding : findings)
        if (finding.severity == FindingSeverity::Error)
            return refusedImport(fileName, describeFinding(fileName, finding), findings);
    return std::nullopt;
}

} // namespace cuesheet
