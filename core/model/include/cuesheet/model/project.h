#pragma once

#include "cuesheet/model/change_set.h"
#include "cuesheet/model/project_journal.h"

#include <QObject>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace cuesheet {

// What a new cue starts with. The title selects (or creates) the work; writers and
// publishers, when given, replace that work's parties (they are shared by every use).
struct NewCue {
    Cue cue; // id and workId are ignored
    QString title;
    std::optional<PartyList> writers;
    std::optional<PartyList> publishers;
};

// A project being edited: the state, plus the one way to change it.
//
// Every request below is one undoable step: it builds a ChangeSet, has the journal write it
// durably (one transaction in the project file), then applies it in memory and emits
// changed(). Contract of each request: returns true (or an id) on success; if it fails,
// nothing is modified, in memory or in the file, and lastError() says why.
//
//   Project project(data, journal);
//   if (auto id = project.requestAddCue({cue, "Main Theme"})) ...
//   project.undo();   // reverts it, in memory and in the file
class Project : public QObject {
    Q_OBJECT
public:
    // `journal` is not owned and must outlive the project.
    Project(ProjectData data, ProjectJournal& journal, QObject* parent = nullptr);

    const ProjectData& data() const { return data_; }
    const ProjectHeader& header() const { return data_.header; }
    const std::map<CueId, Cue>& cues() const { return data_.cues; }
    const std::map<WorkId, Work>& works() const { return data_.works; }
    const Cue* cue(CueId id) const;
    const Work* work(WorkId id) const;
    const Work* workOf(const Cue& cue) const { return work(cue.workId); }
    const std::map<LibraryFileId, LibraryFile>& libraryFiles() const { return data_.libraryFiles; }
    const LibraryFile* libraryFile(LibraryFileId id) const;
    QString titleOf(const Cue& cue) const;
    // The work whose title matches (trimmed, case-insensitive), if any.
    const Work* workTitled(const QString& title) const;

    // Cue ids in sequence order: by in time, then lane, then id. A cue's sequence number is
    // its position here plus one; it is derived, never stored, so it renumbers itself.
    const std::vector<CueId>& sequence() const { return sequence_; }
    int sequenceNumber(CueId id) const;

    // Ids a change set under construction may use for new entities.
    CueId nextCueId() const;
    WorkId nextWorkId() const;
    LibraryFileId nextLibraryFileId() const;

    std::optional<CueId> requestAddCue(const NewCue& newCue);
    bool requestRemoveCues(const std::vector<CueId>& ids);
    // Move and trim: set in and out (out must be after in).
    bool requestSetCueRange(CueId id, Time in, Time out, int lane);
    // Shift cues by `delta` (arrow-key nudges, dragging a selection).
    bool requestMoveCues(const std::vector<CueId>& ids, Time delta);
    // Any edit of cue fields other than the title: tags, bulk tags, notes, identifiers.
    bool requestUpdateCues(const std::vector<CueId>& ids, const QString& label,
                           const std::function<void(Cue&)>& edit);
    // Retitles a use. It joins the work of that title when one exists; else, when it was the
    // work's only use, the work is renamed (a typo fixed keeps its parties); else it gets a
    // new work of that title.
    bool requestSetTitle(CueId id, const QString& title);
    // Edits a work: its parties and ISWC apply to every use.
    bool requestUpdateWork(WorkId id, const QString& label, const std::function<void(Work&)>& edit);
    bool requestUpdateHeader(const QString& label, const std::function<void(ProjectHeader&)>& edit);
    // A compound edit as one undo step: `edit` modifies a copy of the state freely (see
    // work_assignment.h for title rules); the difference becomes the change. Use it when one
    // user action touches several kinds of field (cue fields, title and parties at once).
    bool requestEdit(const QString& label, const std::function<void(ProjectData&)>& edit);
    // A prepared change (imports: many cues in one step). It must start from the current
    // state and leave a consistent one.
    bool requestApply(const ChangeSet& change);

    // The music library (library_file.h). Adds `files` (their ids are ignored) as one step and
    // returns the new ids in the same order; a file whose path is already in the library, or
    // given twice, is skipped (no id for it). Nothing new: no step, an empty list. A file
    // without a path is refused.
    std::optional<std::vector<LibraryFileId>>
    requestAddLibraryFiles(const std::vector<LibraryFile>& files);
    // Removes library files; cues linked to them are unlinked in the same step (the values
    // linking filled in stay, since the user may have confirmed them).
    bool requestRemoveLibraryFiles(const std::vector<LibraryFileId>& ids);
    // Links cue `id` to library file `fileId` and fills the cue's and its work's empty fields
    // from the tags, never overwriting a value (rules: library_link.h). One step. `fileId` 0
    // removes the link and changes nothing else. `filled`, when given, receives the names of
    // the fields filled ("title", "writers", "isrc", "source-file", "label").
    bool requestLinkCue(CueId id, LibraryFileId fileId, QStringList* filled = nullptr);

    bool undo();
    bool redo();
    HistoryLabels historyLabels() const { return labels_; }
    bool canUndo() const { return labels_.undo.has_value(); }
    bool canRedo() const { return labels_.redo.has_value(); }

    const QString& lastError() const { return lastError_; }

signals:
    // After the state changed; `applied` is in the direction taken (an undo emits the
    // reversed change), so a view updates exactly the entities named.
    void changed(const cuesheet::ChangeSet& applied);
    void historyChanged();

private:
    bool commit(const ChangeSet& change, HistoryStep step);
    bool fail(const QString& message);
    // Checks the state a change leads to; empty when fine.
    QString checkResult(const ChangeSet& change) const;
    void rebuildSequence();

    ProjectData data_;
    ProjectJournal& journal_;
    std::vector<CueId> sequence_;
    std::unordered_map<CueId, int> sequenceIndex_;
    HistoryLabels labels_;
    QString lastError_;
};

} // namespace cuesheet
