#include "cuesheet/interchange/import_result.h"

namespace cuesheet {

QString describeFinding(const QString& fileName, const ImportFinding& finding) {
    if (finding.lineNumber <= 0)
        return QStringLiteral("%1: %2").arg(fileName, finding.message);
    return QStringLiteral("%1 line %2: %3")
        .arg(fileName)
        .arg(finding.lineNumber)
        .arg(finding.message);
}

std::vector<ImportFinding> ImportResult::findingsAtLeast(FindingSeverity severity) const {
    std::vector<ImportFinding> selected;
    for (const auto& finding : findings)
        if (static_cast<int>(finding.severity) >= static_cast<int>(severity))
            selected.push_back(finding);
    return selected;
}

ImportResult refusedImport(const QString& fileName, const QString& message,
                           std::vector<ImportFinding> findings) {
    ImportResult result;
    result.fileName = fileName;
    result.accepted = false;
    result.error = message;
    result.findings = std::move(findings);
    return result;
}

} // namespace cuesheet
