// cuesheet import-csv
#include "command_line.h"
#include "commands.h"

#include "cuesheet/interchange/csv_import.h"
#include "cuesheet/model/in_out_text.h"
#include "cuesheet/model/party_text.h"
#include "cuesheet/model/project.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cuesheet::cli {

namespace {

QString severityKey(FindingSeverity s) {
    switch (s) {
    case FindingSeverity::Info:
        return "info";
    case FindingSeverity::Warning:
        return "warning";
    case FindingSeverity::Error:
        break;
    }
    return "error";
}

QJsonArray partiesJson(const std::optional<PartyList>& parties) {
    QJsonArray items;
    if (parties)
        for (const Party& p : *parties)
            items.append(partyToText(p));
    return items;
}

// The rows as they would be added: `change.cues` holds them in row order, with their lanes.
QJsonObject dryRunJson(const CsvImport& import, const ChangeSet& change) {
    QJsonArray cues;
    for (std::size_t i = 0; i < import.rows.size(); ++i) {
        const CsvCueRow& row = import.rows[i];
        const Cue& cue = *change.cues[i].after;
        QJsonObject item{{"line", row.lineNumber},
                         {"title", row.title},
                         {"in", timecodeOfProgrammeTime(cue.in, import.header)},
                         {"out", timecodeOfProgrammeTime(cue.out, import.header)},
                         {"in_seconds", cue.in.toSecondsForDisplay()},
                         {"out_seconds", cue.out.toSecondsForDisplay()},
                         {"lane", cue.lane},
                         {"writers", partiesJson(row.writers)},
                         {"publishers", partiesJson(row.publishers)}};
        if (row.iswc)
            item.insert("iswc", *row.iswc);
        cues.append(item);
    }
    QJsonArray findings;
    for (const auto& f : import.findings)
        findings.append(QJsonObject{
            {"line", f.lineNumber}, {"severity", severityKey(f.severity)}, {"message", f.message}});
    return {{"cues", cues}, {"findings", findings}, {"header_changed", change.header.has_value()}};
}

} // namespace

int runImportCsv(const QStringList& args) {
    CommandLine cl("import-csv",
                   "Import cues from a CSV file (one undoable step): a cue sheet exported with "
                   "--profile generic, read back whole, or any spreadsheet with --map.",
                   {"FILE", "SHEET.csv"});
    auto& p = cl.parser();
    p.addOption({"map",
                 "Read a spreadsheet's columns: field=Column Header,... e.g. \"title=Song "
                 "Title,in=Start TC,out=End TC,writers=Composer\". Fields: " +
                     csvImportFieldKeys().join(", ") +
                     " (title, in, and out or duration "
                     "required).",
                 "SPEC"});
    p.addOption({"times",
                 "With --map: in/out are timecode in the project's format (default) or seconds "
                 "from the programme start.",
                 "timecode|seconds", "timecode"});
    p.addOption({"header", "Without --map: also set the project's header fields (production, "
                           "rate, start, running time) from the sheet's header block."});
    p.addOption({"strict", "Refuse the import at the first row that cannot be read (default: "
                           "report and skip it)."});
    p.addOption({"dry-run", "Show what would be imported; change nothing."});
    p.addOption({"json", "With --dry-run: print JSON {cues: [...], findings: [...]}."});
    if (auto exit = cl.parse(args))
        return *exit;

    CsvImportOptions options;
    if (cl.isSet("map")) {
        const auto mapping = parseCsvColumnMapping(cl.value("map"));
        if (!mapping.ok())
            return cl.usageError("--map: " + QString::fromStdString(mapping.error()));
        options.mapping = mapping.value();
    }
    if (cl.value("times") == "seconds")
        options.times = CsvTimes::Seconds;
    else if (cl.value("times") != "timecode")
        return cl.usageError("--times '" + cl.value("times") + "': expected timecode or seconds");
    if (cl.isSet("times") && !options.mapping)
        return cl.usageError("--times applies with --map only (a generic sheet's times are "
                             "timecode)");
    if (cl.isSet("header") && options.mapping)
        return cl.usageError("--header applies without --map only (a mapped spreadsheet has no "
                             "header block)");
    if (cl.isSet("json") && !cl.isSet("dry-run"))
        return cl.usageError("--json applies with --dry-run only");
    options.applyHeader = cl.isSet("header");
    options.strictness = cl.isSet("strict") ? ImportStrictness::Strict : ImportStrictness::Lenient;

    const QString path = cl.positional()[0];
    auto file = openProject(path);
    if (!file)
        return kDataError;
    const QString sheetPath = cl.positional()[1];
    const CsvImport import = importCsvFile(sheetPath, file->loadedData().header, options);
    if (!import.accepted) {
        printError(import.error);
        return kDataError;
    }
    const QString sheetName = QFileInfo(sheetPath).fileName();
    const QString label = QString("Import %1 cues from %2").arg(import.rows.size()).arg(sheetName);
    const ChangeSet change = csvImportChangeSet(file->loadedData(), import, label);
    if (cl.isSet("dry-run")) {
        if (cl.isSet("json")) {
            printOut(
                QString::fromUtf8(QJsonDocument(dryRunJson(import, change)).toJson()).trimmed());
        } else {
            for (std::size_t i = 0; i < import.rows.size(); ++i) {
                const Cue& cue = *change.cues[i].after;
                printOut(QString("%1  %2  lane %3  %4")
                             .arg(timecodeOfProgrammeTime(cue.in, import.header),
                                  timecodeOfProgrammeTime(cue.out, import.header))
                             .arg(cue.lane)
                             .arg(import.rows[i].title));
            }
            for (const auto& f : import.findings)
                printError(describeFinding(sheetName, f));
        }
        return kOk;
    }
    for (const auto& f : import.findings)
        printError(describeFinding(sheetName, f));

    Project project(file->loadedData(), *file);
    if (!project.requestApply(change)) {
        printError(path + ": " + project.lastError());
        return kDataError;
    }
    printOut(QString("imported %1 cue(s) from %2").arg(import.rows.size()).arg(sheetPath));
    return kOk;
}

} // namespace cuesheet::cli
