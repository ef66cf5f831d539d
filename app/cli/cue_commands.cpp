// cuesheet add-cue | edit-cue | remove-cue
#include "command_line.h"
#include "commands.h"

#include "cuesheet/model/cue_fields.h"
#include "cuesheet/model/identifiers.h"
#include "cuesheet/model/party_text.h"
#include "cuesheet/model/project.h"
#include "cuesheet/model/work_assignment.h"

namespace cuesheet::cli {

namespace {

const char* kPartyHelp = "\"Name:ROLE:SOCIETY:IPI:SHARE\" (repeatable; ROLE C/A/CA/AR for writers, "
                         "E/SE/AM for publishers; SOCIETY and IPI may be empty)";

std::optional<PartyList> partiesFrom(const QStringList& texts, PartySide side, QString* error) {
    PartyList parties;
    for (const QString& text : texts) {
        auto party = partyFromText(text, side, error);
        if (!party)
            return std::nullopt;
        parties.push_back(*party);
    }
    return parties;
}

bool parseCueId(const QString& text, CueId* id) {
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

} // namespace

int runAddCue(const QStringList& args) {
    CommandLine cl("add-cue", "Add a cue and print its id.", {"FILE"});
    auto& p = cl.parser();
    p.addOption({"in", "In timecode (the first frame of the cue).", "TC"});
    p.addOption({"out", "Out timecode (the first frame after the cue).", "TC"});
    p.addOption({"title", "Title of the music.", "T"});
    p.addOption({"kind", "score (composed for the production) or song (default score).", "KIND"});
    p.addOption({"diegesis", "diegetic, non-diegetic or unknown (default unknown).", "D"});
    p.addOption({"visual", "A performer is seen on screen."});
    p.addOption({"vocal", "The music has vocals (default: songs are vocal)."});
    p.addOption({"instrumental", "The music is instrumental (default: score is)."});
    p.addOption({"theme", "main, end or logo.", "ROLE"});
    p.addOption({"origin", "commissioned, commercial, library or public-domain.", "ORIGIN"});
    p.addOption({"lane", "Lane number (default 0).", "N"});
    p.addOption({"usage", "Override the derived usage code.", "CODE"});
    p.addOption({"isrc", "ISRC of the recording.", "ISRC"});
    p.addOption({"iswc", "ISWC of the work.", "ISWC"});
    p.addOption({"source-file", "Source file of the music.", "PATH"});
    p.addOption({"notes", "Notes.", "TEXT"});
    p.addOption({"writer", QString("Writer ") + kPartyHelp + ".", "PARTY"});
    p.addOption({"publisher", QString("Publisher ") + kPartyHelp + ".", "PARTY"});
    if (auto exit = cl.parse(args))
        return *exit;
    for (const char* required : {"in", "out", "title"})
        if (!cl.isSet(required))
            return cl.usageError(QString("--%1 is required").arg(required));
    if (cl.isSet("vocal") && cl.isSet("instrumental"))
        return cl.usageError("--vocal and --instrumental exclude each other");

    auto file = openProject(cl.positional()[0]);
    if (!file)
        return kDataError;
    Project project(file->loadedData(), *file);
    const QString path = cl.positional()[0];

    NewCue newCue;
    newCue.title = cl.value("title");
    QStringList fieldsToSet{"in",   "out",   "kind", "diegesis",    "theme", "origin",
                            "lane", "usage", "isrc", "source-file", "notes"};
    for (const QString& key : fieldsToSet) {
        if (!cl.isSet(key))
            continue;
        if (const QString error =
                setCueFieldFromText(newCue.cue, key, cl.value(key), project.header());
            !error.isEmpty())
            return cl.usageError(error);
    }
    newCue.cue.tags.visual = cl.isSet("visual");
    if (cl.isSet("vocal"))
        newCue.cue.tags.vocal = Vocal::Vocal;
    if (cl.isSet("instrumental"))
        newCue.cue.tags.vocal = Vocal::Instrumental;
    if (newCue.cue.out <= newCue.cue.in)
        return cl.usageError(
            QString("--out %1 must be after --in %2").arg(cl.value("out"), cl.value("in")));

    QString error;
    if (cl.isSet("writer") &&
        !(newCue.writers = partiesFrom(cl.values("writer"), PartySide::Writer, &error)))
        return cl.usageError(error);
    if (cl.isSet("publisher") &&
        !(newCue.publishers = partiesFrom(cl.values("publisher"), PartySide::Publisher, &error)))
        return cl.usageError(error);
    if (cl.isSet("iswc"))
        if (const QString problem = checkIswc(cl.value("iswc")); !problem.isEmpty())
            return cl.usageError(problem);

    const auto id = project.requestAddCue(newCue);
    if (!id) {
        printError(path + ": " + project.lastError());
        return kDataError;
    }
    if (cl.isSet("iswc")) {
        const QString iswc = normalizedIswc(cl.value("iswc"));
        // Part of the same user action, but the work may be shared: a second step, named.
        if (!project.requestUpdateWork(project.cue(*id)->workId, "Set ISWC",
                                       [&](Work& w) { w.iswc = iswc; })) {
            printError(path + ": " + project.lastError());
            return kDataError;
        }
    }
    printOut(QString::number(*id));
    return kOk;
}

int runEditCue(const QStringList& args) {
    CommandLine cl("edit-cue",
                   "Change fields of a cue, as one undoable step. Title, ISWC, writers and "
                   "publishers belong to the work and so apply to every use of the title.",
                   {"FILE", "ID"});
    auto& p = cl.parser();
    for (const QString& key : cueFieldKeys())
        p.addOption(
            {key, QString("New value of the cue's %1 (see docs/cli.md).").arg(key), "VALUE"});
    p.addOption({"title", "New title (joins the work of that title when one exists).", "T"});
    p.addOption({"iswc", "ISWC of the work.", "ISWC"});
    p.addOption({"writer", QString("Replace the writers: ") + kPartyHelp + ".", "PARTY"});
    p.addOption({"publisher", QString("Replace the publishers: ") + kPartyHelp + ".", "PARTY"});
    p.addOption({"clear-writers", "Remove all writers."});
    p.addOption({"clear-publishers", "Remove all publishers."});
    if (auto exit = cl.parse(args))
        return *exit;
    CueId id = 0;
    if (!parseCueId(cl.positional()[1], &id))
        return cl.usageError("ID must be a cue id (a positive number, see cuesheet list)");

    auto file = openProject(cl.positional()[0]);
    if (!file)
        return kDataError;
    const QString path = cl.positional()[0];
    Project project(file->loadedData(), *file);
    const Cue* current = project.cue(id);
    if (!current) {
        printError(QString("%1: there is no cue with id %2").arg(path).arg(id));
        return kDataError;
    }

    // Check everything first, so a mistake changes nothing.
    Cue edited = *current;
    QStringList changed;
    for (const QString& key : cueFieldKeys()) {
        if (!cl.isSet(key))
            continue;
        if (const QString error = setCueFieldFromText(edited, key, cl.value(key), project.header());
            !error.isEmpty())
            return cl.usageError(error);
        changed << key;
    }
    if (edited.out <= edited.in)
        return cl.usageError("out must be after in");
    QString error;
    std::optional<PartyList> writers;
    std::optional<PartyList> publishers;
    if (cl.isSet("writer") &&
        !(writers = partiesFrom(cl.values("writer"), PartySide::Writer, &error)))
        return cl.usageError(error);
    if (cl.isSet("publisher") &&
        !(publishers = partiesFrom(cl.values("publisher"), PartySide::Publisher, &error)))
        return cl.usageError(error);
    if (cl.isSet("clear-writers"))
        writers = PartyList{};
    if (cl.isSet("clear-publishers"))
        publishers = PartyList{};
    if (cl.isSet("iswc") && !cl.value("iswc").isEmpty())
        if (const QString problem = checkIswc(cl.value("iswc")); !problem.isEmpty())
            return cl.usageError(problem);
    if (cl.isSet("title") && cl.value("title").trimmed().isEmpty())
        return cl.usageError("the title must not be empty");

    const bool ok = project.requestEdit(QString("Edit cue %1").arg(id), [&](ProjectData& d) {
        d.cues[id] = edited;
        if (cl.isSet("title"))
            retitleCue(d, id, cl.value("title"));
        Work& work = d.works[d.cues[id].workId];
        if (writers)
            work.writers = *writers;
        if (publishers)
            work.publishers = *publishers;
        if (cl.isSet("iswc"))
            work.iswc = normalizedIswc(cl.value("iswc"));
    });
    if (!ok) {
        printError(path + ": " + project.lastError());
        return kDataError;
    }
    return kOk;
}

int runRemoveCue(const QStringList& args) {
    CommandLine cl("remove-cue", "Remove a cue (undoable).", {"FILE", "ID"});
    if (auto exit = cl.parse(args))
        return *exit;
    CueId id = 0;
    if (!parseCueId(cl.positional()[1], &id))
        return cl.usageError("ID must be a cue id (a positive number, see cuesheet list)");
    auto file = openProject(cl.positional()[0]);
    if (!file)
        return kDataError;
    Project project(file->loadedData(), *file);
    if (!project.requestRemoveCues({id})) {
        printError(cl.positional()[0] + ": " + project.lastError());
        return kDataError;
    }
    return kOk;
}

} // namespace cuesheet::cli
