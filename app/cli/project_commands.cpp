// cuesheet new | info | set | undo | redo | list | validate
#include "command_line.h"
#include "commands.h"
#include "project_json.h"

#include "cuesheet/interchange/cue_sheet_lines.h"
#include "cuesheet/media/probe.h"
#include "cuesheet/model/header_fields.h"
#include "cuesheet/model/in_out_text.h"
#include "cuesheet/model/project.h"
#include "cuesheet/model/society.h"
#include "cuesheet/model/usage.h"
#include "cuesheet/model/validation.h"
#include "cuesheet/workflow/film_header.h"

#include <QJsonDocument>

namespace cuesheet::cli {

namespace {

void printJson(const QJsonObject& object) {
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

QString headerFieldList() {
    QString text = "fields:\n";
    for (const auto& f : headerFields())
        text += QString("  %1%2\n").arg(f.key.leftJustified(20), f.description);
    return text;
}

} // namespace

int runNew(const QStringList& args) {
    CommandLine cl("new", "Create a project file (.cuesheet).", {"FILE"});
    auto& p = cl.parser();
    p.addOption({"title", "Production title.", "T"});
    p.addOption({"rate",
                 "Frame rate: 24000/1001, 24, 25, 30000/1001, 30, 48, 50, 60000/1001, 60 "
                 "(or 23.976, 29.97, 59.94). Default with --media: the film's.",
                 "R"});
    p.addOption({"start",
                 "Start timecode of the programme (default: the film's, else "
                 "00:00:00:00).",
                 "TC"});
    p.addOption({"drop-frame", "Drop-frame timecode (29.97 and 59.94 only)."});
    p.addOption({"running-time",
                 "Total running time as a timecode duration (default: the "
                 "film's duration).",
                 "TC"});
    p.addOption({"media",
                 "The film this project annotates: rate, start timecode and running "
                 "time are taken from it unless given.",
                 "FILE"});
    if (auto exit = cl.parse(args))
        return *exit;
    if (!cl.isSet("rate") && !cl.isSet("media"))
        return cl.usageError("--rate is required (or --media, to take it from the film)");

    ProjectHeader header;
    auto set = [&](const QString& key, const QString& value) {
        return setHeaderFieldFromText(header, key, value);
    };
    if (cl.isSet("rate"))
        if (const QString error = set("rate", cl.value("rate")); !error.isEmpty())
            return cl.usageError(error);
    if (cl.isSet("media")) {
        const QString film = cl.value("media");
        const auto probe = media::probeMedia(film);
        if (!probe) {
            printError(probe.errorMessage());
            return kDataError;
        }
        FilmHeaderChoices given;
        if (cl.isSet("rate"))
            given.timecode = header.timecode;
        QString error;
        const auto fromFilm = headerFromFilm(film, *probe, header, given, &error);
        if (!fromFilm) {
            printError(error + (cl.isSet("rate") ? QString() : QString(" (--rate)")));
            return kDataError;
        }
        header = fromFilm->header;
        for (const QString& note : fromFilm->notes)
            printError("note: " + note);
    }
    for (const QString& key :
         {QString("drop-frame"), QString("title"), QString("start"), QString("running-time")}) {
        if (!cl.isSet(key))
            continue;
        const QString value = key == "drop-frame" ? QString("yes") : cl.value(key);
        if (const QString error = set(key, value); !error.isEmpty())
            return cl.usageError(error);
    }
    QString error;
    if (!ProjectFile::create(cl.positional()[0], header, &error)) {
        printError(error);
        return kDataError;
    }
    return kOk;
}

int runInfo(const QStringList& args) {
    CommandLine cl("info", "Show the project header.", {"FILE"});
    cl.parser().addOption({"json", "Print JSON."});
    if (auto exit = cl.parse(args))
        return *exit;
    auto file = openProject(cl.positional()[0]);
    if (!file)
        return kDataError;
    const ProjectData& data = file->loadedData();
    const HistoryLabels history = file->historyLabels();
    if (cl.isSet("json")) {
        QJsonObject o = projectHeaderJson(data);
        o.insert("read_only", file->isReadOnly());
        o.insert("undo", history.undo.value_or(QString()));
        o.insert("redo", history.redo.value_or(QString()));
        printJson(o);
        return kOk;
    }
    QString text;
    for (const auto& f : headerFields())
        text += QString("%1%2\n").arg((f.key + ':').leftJustified(20),
                                      headerFieldText(data.header, f.key));
    text += QString("%1%2\n").arg(QString("cues:").leftJustified(20)).arg(data.cues.size());
    if (history.undo)
        text += QString("%1%2\n").arg(QString("undo:").leftJustified(20), *history.undo);
    if (history.redo)
        text += QString("%1%2\n").arg(QString("redo:").leftJustified(20), *history.redo);
    if (file->isReadOnly())
        text += "(the file is read-only)\n";
    printOut(text.trimmed());
    return kOk;
}

int runSet(const QStringList& args) {
    CommandLine cl("set", "Set a header field.\n\n" + headerFieldList(),
                   {"FILE", "FIELD", "VALUE"});
    if (auto exit = cl.parse(args))
        return *exit;
    auto file = openProject(cl.positional()[0]);
    if (!file)
        return kDataError;
    Project project(file->loadedData(), *file);
    const QString key = cl.positional()[1];
    ProjectHeader header = project.header();
    if (const QString error = setHeaderFieldFromText(header, key, cl.positional()[2]);
        !error.isEmpty()) {
        // A field name or value the user typed wrong is a usage error, as for new/add-cue.
        printError(cl.positional()[0] + ": " + error);
        return kUsageError;
    }
    if (!project.requestUpdateHeader("Set " + key, [&](ProjectHeader& h) { h = header; })) {
        printError(project.lastError());
        return kDataError;
    }
    return kOk;
}

namespace {
int runHistoryStep(const QStringList& args, bool undo) {
    const QString name = undo ? "undo" : "redo";
    CommandLine cl(name,
                   undo ? "Undo the last change (the history is kept in the project file)."
                        : "Redo the last undone change.",
                   {"FILE"});
    if (auto exit = cl.parse(args))
        return *exit;
    auto file = openProject(cl.positional()[0]);
    if (!file)
        return kDataError;
    Project project(file->loadedData(), *file);
    const auto labels = project.historyLabels();
    const std::optional<QString> label = undo ? labels.undo : labels.redo;
    if (!label) {
        printError(cl.positional()[0] + ": nothing to " + name);
        return kDataError;
    }
    if (!(undo ? project.undo() : project.redo())) {
        printError(project.lastError());
        return kDataError;
    }
    printOut((undo ? "undid: " : "redid: ") + *label);
    return kOk;
}
} // namespace

int runUndo(const QStringList& args) {
    return runHistoryStep(args, true);
}
int runRedo(const QStringList& args) {
    return runHistoryStep(args, false);
}

int runList(const QStringList& args) {
    CommandLine cl("list", "List the cues in sequence order.", {"FILE"});
    cl.parser().addOption({"json", "Print JSON: {project: {...}, cues: [...]}."});
    if (auto exit = cl.parse(args))
        return *exit;
    auto file = openProject(cl.positional()[0]);
    if (!file)
        return kDataError;
    const ProjectData& data = file->loadedData();
    if (cl.isSet("json")) {
        printJson(QJsonObject{{"project", projectHeaderJson(data)}, {"cues", cuesJson(data)}});
        return kOk;
    }
    QString text = QString("%1 %2 %3 %4 %5 %6 %7\n")
                       .arg("#", 4)
                       .arg("id", 5)
                       .arg("in", -12)
                       .arg("out", -12)
                       .arg("usage", -6)
                       .arg("kind/diegesis", -20)
                       .arg("title");
    for (const auto& line : cueSheetLines(data)) {
        const Cue& c = *line.cue;
        text += QString("%1 %2 %3 %4 %5 %6 %7\n")
                    .arg(line.number, 4)
                    .arg(c.id, 5)
                    .arg(timecodeOfProgrammeTime(c.in, data.header), -12)
                    .arg(timecodeOfProgrammeTime(c.out, data.header), -12)
                    .arg(effectiveUsage(c, UsageVocabulary::Us), -6)
                    .arg(toKey(c.tags.kind) + '/' + toKey(c.tags.diegesis), -20)
                    .arg(line.work ? line.work->title : QString());
    }
    printOut(text.trimmed());
    return kOk;
}

int runValidate(const QStringList& args) {
    CommandLine cl("validate",
                   "Check the cue sheet. Exit status 1 when an error is found (warnings alone "
                   "give 0).",
                   {"FILE"});
    cl.parser().addOption({"json", "Print JSON: {findings: [...], errors: N, warnings: N}."});
    if (auto exit = cl.parse(args))
        return *exit;
    auto file = openProject(cl.positional()[0]);
    if (!file)
        return kDataError;
    const ProjectData& data = file->loadedData();
    const auto findings = validateProject(data, SocietyTable::builtIn());
    const auto errors = std::count_if(findings.begin(), findings.end(), [](const Finding& f) {
        return f.severity == Severity::Error;
    });
    const auto warnings = static_cast<qsizetype>(findings.size()) - errors;
    if (cl.isSet("json")) {
        printJson(QJsonObject{{"findings", findingsJson(findings, data)},
                              {"errors", static_cast<qint64>(errors)},
                              {"warnings", static_cast<qint64>(warnings)}});
    } else {
        const QJsonArray array = findingsJson(findings, data);
        QString text;
        for (const auto& item : array) {
            const QJsonObject f = item.toObject();
            const QString where = f.contains("cue") ? QString("cue #%1 (id %2)")
                                                          .arg(f.value("number").toInt())
                                                          .arg(f.value("cue").toInteger())
                                                    : QString("project");
            text += QString("%1: %2, %3: %4\n")
                        .arg(f.value("severity").toString(), where, f.value("field").toString(),
                             f.value("message").toString());
        }
        text += QString("%1 error(s), %2 warning(s)").arg(errors).arg(warnings);
        printOut(text);
    }
    return errors > 0 ? kFindings : kOk;
}

} // namespace cuesheet::cli
