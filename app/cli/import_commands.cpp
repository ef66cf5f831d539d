// cuesheet import-edl | import-protools
#include "command_line.h"
#include "commands.h"

#include "cuesheet/interchange/cue_import.h"
#include "cuesheet/interchange/edl_import.h"
#include "cuesheet/interchange/protools_import.h"
#include "cuesheet/model/in_out_text.h"
#include "cuesheet/model/library_match.h"
#include "cuesheet/model/project.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace cuesheet::cli {

namespace {

using Importer = std::function<ImportResult(const QString& path, const ImportOptions& options)>;

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

QJsonObject dryRunJson(const ImportResult& result, const ProjectHeader& header) {
    QJsonArray cues;
    for (const auto& c : result.cues) {
        QJsonArray lines;
        for (int line : c.sourceLines)
            lines.append(line);
        cues.append(
            QJsonObject{{"title", c.title},
                        {"clip_name", c.clipName},
                        {"source_file", c.sourceFile},
                        {"reel", c.reel},
                        {"tracks", QJsonArray::fromStringList(c.tracks)},
                        {"in", timecodeOfProgrammeTime(c.programmeRange.start(), header)},
                        {"out", timecodeOfProgrammeTime(c.programmeRange.endExclusive(), header)},
                        {"in_seconds", c.programmeRange.start().toSecondsForDisplay()},
                        {"out_seconds", c.programmeRange.endExclusive().toSecondsForDisplay()},
                        {"lines", lines}});
    }
    QJsonArray findings;
    for (const auto& f : result.findings)
        findings.append(QJsonObject{
            {"line", f.lineNumber}, {"severity", severityKey(f.severity)}, {"message", f.message}});
    return {{"cues", cues}, {"findings", findings}};
}

int runImport(const QString& name, const QString& summary, const QString& listName,
              const QStringList& args, const Importer& importer, bool hasRateOption) {
    CommandLine cl(name, summary, {"FILE", listName});
    auto& p = cl.parser();
    p.addOption(
        {"tracks", "Tracks to read, e.g. A7-A10,A12 (default: every audio track).", "LIST"});
    if (hasRateOption)
        p.addOption(
            {"rate", "Frame rate of the list (an EDL has none; default: the project's).", "R"});
    p.addOption({"merge-gap",
                 "Events of one clip closer than this many seconds become one cue "
                 "(default 1.0).",
                 "S", "1.0"});
    p.addOption({"strict", "Refuse the import at the first malformed line (default: report and "
                           "skip it)."});
    p.addOption({"no-link", "Do not link the imported cues to music library files whose name or "
                            "title matches (default: link them and fill empty fields)."});
    p.addOption({"dry-run", "Show what would be imported; change nothing."});
    p.addOption({"json", "With --dry-run: print JSON {cues: [...], findings: [...]}."});
    if (auto exit = cl.parse(args))
        return *exit;

    auto file = openProject(cl.positional()[0]);
    if (!file)
        return kDataError;
    const ProjectHeader& header = file->loadedData().header;

    ImportOptions options;
    options.frameRate = header.timecode.rate;
    options.dropFrameWithoutFcm = header.timecode.dropFrame;
    if (hasRateOption && cl.isSet("rate")) {
        const auto rate = FrameRate::parse(cl.value("rate").toStdString());
        if (!rate.ok())
            return cl.usageError(QString::fromStdString(rate.error()));
        options.frameRate = rate.value();
        if (!options.frameRate.supportsDropFrame())
            options.dropFrameWithoutFcm = false;
    }
    // The programme start, counted at the list's rate (exact for the rates we support).
    options.programmeStartFrame =
        Time::fromFrames(header.startFrame, header.timecode.rate).frameNearest(options.frameRate);
    if (cl.isSet("tracks")) {
        const auto tracks = parseTrackSelection(cl.value("tracks"));
        if (!tracks.ok())
            return cl.usageError("--tracks: " + QString::fromStdString(tracks.error()));
        options.tracks = tracks.value();
    }
    bool ok = false;
    const double gap = cl.value("merge-gap").toDouble(&ok);
    if (!ok || gap < 0 || gap > 3600)
        return cl.usageError("--merge-gap '" + cl.value("merge-gap") +
                             "': expected seconds from 0 to 3600, e.g. 1.5");
    options.mergeGap = Time::fromSecondsRounded(gap);
    options.strictness = cl.isSet("strict") ? ImportStrictness::Strict : ImportStrictness::Lenient;

    const QString listPath = cl.positional()[1];
    const ImportResult result = importer(listPath, options);
    if (!result.accepted) {
        printError(result.error);
        return kDataError;
    }
    if (cl.isSet("dry-run")) {
        if (cl.isSet("json")) {
            printOut(
                QString::fromUtf8(QJsonDocument(dryRunJson(result, header)).toJson()).trimmed());
        } else {
            for (const auto& c : result.cues)
                printOut(QString("%1  %2  %3  %4")
                             .arg(timecodeOfProgrammeTime(c.programmeRange.start(), header),
                                  timecodeOfProgrammeTime(c.programmeRange.endExclusive(), header),
                                  c.tracks.join(',').leftJustified(8), c.title));
        }
        return kOk;
    }
    for (const auto& f : result.findingsAtLeast(FindingSeverity::Warning))
        printError(describeFinding(QFileInfo(listPath).fileName(), f));

    Project project(file->loadedData(), *file);
    const QString label = QString("Import %1 cues from %2")
                              .arg(result.cues.size())
                              .arg(QFileInfo(listPath).fileName());
    ChangeSet change = importChangeSet(project.data(), result.cues, label);
    // The links to the music library are part of the import's one undo step.
    AutoLinkSummary links;
    if (!cl.isSet("no-link"))
        change = withLibraryLinks(project.data(), change, &links);
    if (!project.requestApply(change)) {
        printError(cl.positional()[0] + ": " + project.lastError());
        return kDataError;
    }
    printOut(QString("imported %1 cue(s) from %2").arg(result.cues.size()).arg(listPath));
    if (!links.linked.empty())
        printOut(QString("linked %1 cue(s) to the music library").arg(links.linked.size()));
    for (CueId id : links.ambiguous)
        printError(QString("cue %1 (%2) matches several music library files; link it with "
                           "cuesheet link")
                       .arg(id)
                       .arg(project.titleOf(*project.cue(id))));
    return kOk;
}

} // namespace

int runImportEdl(const QStringList& args) {
    return runImport(
        "import-edl",
        "Import the music cues of a CMX3600 EDL (one undoable step). Events of the "
        "same clip that overlap, touch or lie within the merge gap become one cue.",
        "LIST.edl", args,
        [](const QString& path, const ImportOptions& o) { return importEdlFile(path, o).result; },
        true);
}

int runImportProTools(const QStringList& args) {
    return runImport(
        "import-protools",
        "Import the clips of a Pro Tools \"Export Session Info as Text\" file (one "
        "undoable step); stereo channels count once, muted clips are dropped.",
        "SESSION.txt", args,
        [](const QString& path, const ImportOptions& o) {
            return importProToolsTextFile(path, o).result;
        },
        false);
}

} // namespace cuesheet::cli
