#include "cuesheet/model/project.h"

#include "cuesheet/model/change_between.h"
#include "cuesheet/model/library_link.h"
#include "cuesheet/model/sequence.h"
#include "cuesheet/model/text_rules.h"
#include "cuesheet/model/work_assignment.h"
#include "cuesheet/model/work_titles.h"

#include <set>

namespace cuesheet {

namespace {
QString plural(std::size_t n, const QString& one, const QString& many) {
    return n == 1 ? one : QString::number(n) + ' ' + many;
}
} // namespace

Project::Project(ProjectData data, ProjectJournal& journal, QObject* parent)
    : QObject(parent)
    , data_(std::move(data))
    , journal_(journal) {
    rebuildSequence();
    labels_ = journal_.historyLabels();
}

const Cue* Project::cue(CueId id) const {
    const auto it = data_.cues.find(id);
    return it == data_.cues.end() ? nullptr : &it->second;
}

const Work* Project::work(WorkId id) const {
    const auto it = data_.works.find(id);
    return it == data_.works.end() ? nullptr : &it->second;
}

const LibraryFile* Project::libraryFile(LibraryFileId id) const {
    const auto it = data_.libraryFiles.find(id);
    return it == data_.libraryFiles.end() ? nullptr : &it->second;
}

QString Project::titleOf(const Cue& cue) const {
    const Work* w = workOf(cue);
    return w ? w->title : QString();
}

const Work* Project::workTitled(const QString& title) const {
    return work(workIdTitled(data_, title));
}

int Project::sequenceNumber(CueId id) const {
    const auto it = sequenceIndex_.find(id);
    return it == sequenceIndex_.end() ? 0 : it->second + 1;
}

CueId Project::nextCueId() const {
    return nextFreeCueId(data_);
}
WorkId Project::nextWorkId() const {
    return nextFreeWorkId(data_);
}

LibraryFileId Project::nextLibraryFileId() const {
    return nextFreeLibraryFileId(data_);
}

std::optional<CueId> Project::requestAddCue(const NewCue& newCue) {
    const QString title = newCue.title.trimmed();
    if (title.isEmpty()) {
        fail("a cue needs a title");
        return std::nullopt;
    }
    ChangeSet change;
    change.label = "Add cue \"" + title + '"';
    Cue cue = newCue.cue;
    cue.id = nextCueId();
    WorkTitles works(data_);
    if (const WorkId existingId = works.find(title)) {
        const Work& existing = works.work(existingId);
        cue.workId = existingId;
        if (newCue.writers || newCue.publishers) {
            Work updated = existing;
            if (newCue.writers)
                updated.writers = *newCue.writers;
            if (newCue.publishers)
                updated.publishers = *newCue.publishers;
            if (!(updated == existing))
                change.works.push_back({existingId, existing, updated});
        }
    } else {
        cue.workId = works.workFor(title, change);
        Work& created = *change.works.back().after;
        created.writers = newCue.writers.value_or(PartyList{});
        created.publishers = newCue.publishers.value_or(PartyList{});
    }
    change.cues.push_back({cue.id, std::nullopt, cue});
    if (!commit(change, HistoryStep::Do))
        return std::nullopt;
    return cue.id;
}

bool Project::requestRemoveCues(const std::vector<CueId>& ids) {
    const std::set<CueId> unique(ids.begin(), ids.end());
    ChangeSet change;
    change.label = "Remove " + plural(unique.size(), "cue", "cues");
    for (CueId id : unique) {
        const Cue* c = cue(id);
        if (!c)
            return fail(QString("there is no cue %1").arg(id));
        change.cues.push_back({id, *c, std::nullopt});
    }
    if (change.isEmpty())
        return fail("no cues to remove");
    return commit(change, HistoryStep::Do);
}

bool Project::requestSetCueRange(CueId id, Time in, Time out, int lane) {
    const Cue* c = cue(id);
    if (!c)
        return fail(QString("there is no cue %1").arg(id));
    Cue updated = *c;
    updated.in = in;
    updated.out = out;
    updated.lane = lane;
    if (updated == *c)
        return true;
    ChangeSet change;
    const bool sameLength = updated.duration() == c->duration();
    change.label = QString(sameLength ? "Move cue \"%1\"" : "Trim cue \"%1\"").arg(titleOf(*c));
    change.cues.push_back({id, *c, updated});
    return commit(change, HistoryStep::Do);
}

bool Project::requestMoveCues(const std::vector<CueId>& ids, Time delta) {
    return requestUpdateCues(ids, "Move " + plural(ids.size(), "cue", "cues"), [delta](Cue& c) {
        c.in += delta;
        c.out += delta;
    });
}

bool Project::requestUpdateCues(const std::vector<CueId>& ids, const QString& label,
                                const std::function<void(Cue&)>& edit) {
    ChangeSet change;
    change.label = label;
    for (CueId id : ids) {
        const Cue* c = cue(id);
        if (!c)
            return fail(QString("there is no cue %1").arg(id));
        Cue updated = *c;
        edit(updated);
        updated.id = c->id; // an edit may not change identity or the work link
        updated.workId = c->workId;
        if (!(updated == *c))
            change.cues.push_back({id, *c, updated});
    }
    if (change.isEmpty())
        return true; // nothing changed: no undo step
    return commit(change, HistoryStep::Do);
}

bool Project::requestSetTitle(CueId id, const QString& title) {
    if (!cue(id))
        return fail(QString("there is no cue %1").arg(id));
    if (title.trimmed().isEmpty())
        return fail("a cue needs a title");
    return requestEdit("Retitle cue \"" + title.trimmed() + '"',
                       [&](ProjectData& d) { retitleCue(d, id, title); });
}

bool Project::requestEdit(const QString& label, const std::function<void(ProjectData&)>& edit) {
    ProjectData edited = data_;
    edit(edited);
    const ChangeSet change = changeBetween(data_, edited, label);
    if (change.isEmpty())
        return true;
    return commit(change, HistoryStep::Do);
}

bool Project::requestUpdateWork(WorkId id, const QString& label,
                                const std::function<void(Work&)>& edit) {
    const Work* w = work(id);
    if (!w)
        return fail(QString("there is no work %1").arg(id));
    Work updated = *w;
    edit(updated);
    updated.id = id;
    if (updated.title.trimmed().isEmpty())
        return fail("a work needs a title");
    if (updated == *w)
        return true;
    ChangeSet change;
    change.label = label;
    change.works.push_back({id, *w, updated});
    return commit(change, HistoryStep::Do);
}

bool Project::requestUpdateHeader(const QString& label,
                                  const std::function<void(ProjectHeader&)>& edit) {
    ProjectHeader updated = data_.header;
    edit(updated);
    if (updated == data_.header)
        return true;
    ChangeSet change;
    change.label = label;
    change.header = std::make_pair(data_.header, updated);
    return commit(change, HistoryStep::Do);
}

bool Project::requestApply(const ChangeSet& change) {
    if (change.isEmpty())
        return true;
    return commit(change, HistoryStep::Do);
}

std::optional<std::vector<LibraryFileId>>
Project::requestAddLibraryFiles(const std::vector<LibraryFile>& files) {
    std::set<QString> paths;
    for (const auto& [id, file] : data_.libraryFiles)
        paths.insert(file.path);
    ChangeSet change;
    std::vector<LibraryFileId> added;
    LibraryFileId next = nextLibraryFileId();
    for (const auto& file : files) {
        if (file.path.isEmpty()) {
            fail("a library file needs a path");
            return std::nullopt;
        }
        if (!paths.insert(file.path).second)
            continue;
        LibraryFile stored = file;
        stored.id = next++;
        added.push_back(stored.id);
        change.libraryFiles.push_back({stored.id, std::nullopt, stored});
    }
    if (added.empty())
        return added;
    change.label = added.size() == 1 ? "Add \"" + change.libraryFiles.front().after->fileName +
                                           "\" to the library"
                                     : QString("Add %1 files to the library").arg(added.size());
    if (!commit(change, HistoryStep::Do))
        return std::nullopt;
    return added;
}

bool Project::requestRemoveLibraryFiles(const std::vector<LibraryFileId>& ids) {
    const std::set<LibraryFileId> unique(ids.begin(), ids.end());
    for (LibraryFileId id : unique)
        if (!libraryFile(id))
            return fail(QString("there is no library file %1").arg(id));
    if (unique.empty())
        return fail("no library files to remove");
    return requestEdit("Remove " + plural(unique.size(), "library file", "library files"),
                       [&](ProjectData& d) {
                           for (LibraryFileId id : unique)
                               d.libraryFiles.erase(id);
                           for (auto& [cueId, c] : d.cues)
                               if (unique.count(c.libraryFileId))
                                   c.libraryFileId = 0;
                       });
}

bool Project::requestLinkCue(CueId id, LibraryFileId fileId, QStringList* filled) {
    const Cue* c = cue(id);
    if (!c)
        return fail(QString("there is no cue %1").arg(id));
    const LibraryFile* file = fileId == 0 ? nullptr : libraryFile(fileId);
    if (fileId != 0 && !file)
        return fail(QString("there is no library file %1").arg(fileId));
    const QString label =
        file ? QString("Link cue \"%1\" to \"%2\"").arg(titleOf(*c), file->fileName)
             : QString("Unlink cue \"%1\" from the library").arg(titleOf(*c));
    QStringList fields;
    const bool ok = requestEdit(label, [&](ProjectData& d) {
        if (file)
            fields = linkCueToLibraryFile(d, id, fileId);
        else
            d.cues.at(id).libraryFileId = 0;
    });
    if (ok && filled)
        *filled = fields;
    return ok;
}

bool Project::undo() {
    QString error;
    const auto step = journal_.undoCandidate(&error);
    if (!step)
        return fail(error.isEmpty() ? "nothing to undo" : error);
    return commit(*step, HistoryStep::Undo);
}

bool Project::redo() {
    QString error;
    const auto step = journal_.redoCandidate(&error);
    if (!step)
        return fail(error.isEmpty() ? "nothing to redo" : error);
    return commit(*step, HistoryStep::Redo);
}

bool Project::commit(const ChangeSet& change, HistoryStep step) {
    const ChangeSet oriented = step == HistoryStep::Undo ? change.reversed() : change;
    if (!oriented.startsFrom(data_))
        return fail(step == HistoryStep::Do
                        ? "the change does not start from the project's current state"
                        : "the history does not match the project's current state");
    if (const QString problem = checkResult(oriented); !problem.isEmpty())
        return fail(problem);
    QString error;
    if (!journal_.record(change, step, &error))
        return fail(error.isEmpty() ? "the change could not be saved" : error);
    oriented.applyTo(data_);
    rebuildSequence();
    labels_ = journal_.historyLabels();
    lastError_.clear();
    emit changed(oriented);
    emit historyChanged();
    return true;
}

QString Project::checkResult(const ChangeSet& change) const {
    auto workExists = [&](WorkId id) {
        for (const auto& w : change.works)
            if (w.id == id)
                return w.after.has_value();
        return data_.works.count(id) > 0;
    };
    auto libraryFileExists = [&](LibraryFileId id) {
        for (const auto& f : change.libraryFiles)
            if (f.id == id)
                return f.after.has_value();
        return data_.libraryFiles.count(id) > 0;
    };
    for (const auto& c : change.cues) {
        if (!c.after)
            continue;
        const Cue& cue = *c.after;
        if (cue.id != c.id || cue.id <= 0)
            return QString("cue %1 has an inconsistent id").arg(c.id);
        if (cue.out <= cue.in)
            return QString("cue %1: out must be after in").arg(c.id);
        if (cue.lane < 0 || cue.lane > kLastLane)
            return QString("cue %1: lane %2 is outside 0 to %3")
                .arg(c.id)
                .arg(cue.lane)
                .arg(kLastLane);
        if (!workExists(cue.workId))
            return QString("cue %1 refers to work %2, which does not exist")
                .arg(c.id)
                .arg(cue.workId);
        if (cue.libraryFileId != 0 && !libraryFileExists(cue.libraryFileId))
            return QString("cue %1 is linked to library file %2, which does not exist")
                .arg(c.id)
                .arg(cue.libraryFileId);
        for (const auto& [field, text] :
             {std::pair<const char*, const QString*>{"usage", &cue.usageOverride},
              {"ISRC", &cue.isrc},
              {"source file", &cue.sourceFile},
              {"library label", &cue.libraryLabel},
              {"catalogue number", &cue.libraryCatalogue},
              {"track number", &cue.libraryTrack}})
            if (const QString problem = controlCharacterProblem(field, *text); !problem.isEmpty())
                return QString("cue %1: %2").arg(c.id).arg(problem);
        if (const QString problem = controlCharacterProblem("notes", cue.notes, true);
            !problem.isEmpty())
            return QString("cue %1: %2").arg(c.id).arg(problem);
    }
    for (const auto& f : change.libraryFiles) {
        if (f.after) {
            if (f.after->id != f.id || f.id <= 0)
                return QString("library file %1 has an inconsistent id").arg(f.id);
            if (f.after->path.isEmpty())
                return QString("library file %1 has no path").arg(f.id);
            continue;
        }
        // A library file may be removed only when no cue stays linked to it.
        for (const auto& [id, cue] : data_.cues) {
            bool stillLinked = cue.libraryFileId == f.id;
            for (const auto& c : change.cues)
                if (c.id == id)
                    stillLinked = c.after && c.after->libraryFileId == f.id;
            if (stillLinked)
                return QString("library file %1 is still linked to cue %2").arg(f.id).arg(id);
        }
    }
    for (const auto& w : change.works) {
        if (w.after) {
            if (w.after->id != w.id || w.id <= 0)
                return QString("work %1 has an inconsistent id").arg(w.id);
            QString problem = controlCharacterProblem("title", w.after->title);
            if (problem.isEmpty())
                problem = controlCharacterProblem("ISWC", w.after->iswc);
            for (const PartyList* side : {&w.after->writers, &w.after->publishers})
                for (const Party& p : *side)
                    for (const auto& [field, text] :
                         {std::pair<const char*, const QString*>{"party name", &p.name},
                          {"society", &p.society},
                          {"IPI", &p.ipiNameNumber}})
                        if (problem.isEmpty())
                            problem = controlCharacterProblem(field, *text);
            if (!problem.isEmpty())
                return problem;
            continue;
        }
        // A work may be deleted only when no cue uses it afterwards.
        for (const auto& [id, cue] : data_.cues) {
            bool stillUsed = cue.workId == w.id;
            for (const auto& c : change.cues)
                if (c.id == id)
                    stillUsed = c.after && c.after->workId == w.id;
            if (stillUsed)
                return QString("work %1 is still used by cue %2").arg(w.id).arg(id);
        }
        for (const auto& c : change.cues)
            if (c.after && c.after->workId == w.id && !data_.cues.count(c.id))
                return QString("work %1 is used by new cue %2").arg(w.id).arg(c.id);
    }
    if (change.header) {
        const ProjectHeader& h = change.header->second;
        if (!h.timecode.isValid())
            return "the timecode format is not valid (drop-frame exists only at 29.97 and 59.94)";
        for (const auto& [field, text] :
             {std::pair<const char*, const QString*>{"production title", &h.productionTitle},
              {"episode title", &h.episodeTitle},
              {"episode number", &h.episodeNumber},
              {"production company", &h.productionCompany},
              {"production number", &h.productionNumber},
              {"country", &h.country},
              {"director", &h.director},
              {"first release date", &h.firstReleaseDate}})
            if (const QString problem = controlCharacterProblem(field, *text); !problem.isEmpty())
                return problem;
    }
    return {};
}

bool Project::fail(const QString& message) {
    lastError_ = message;
    return false;
}

void Project::rebuildSequence() {
    sequence_ = cuesInSequence(data_);
    sequenceIndex_.clear();
    for (std::size_t i = 0; i < sequence_.size(); ++i)
        sequenceIndex_[sequence_[i]] = static_cast<int>(i);
}

} // namespace cuesheet
