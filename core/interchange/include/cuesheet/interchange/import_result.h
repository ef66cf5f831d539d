#pragma once

#include "cuesheet/time/time.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cuesheet {

// How serious a finding is.
//   Info    : worth knowing, nothing was lost (a muted clip dropped, a transition read).
//   Warning : the import used the line but the user should look (a cue before the programme
//             start, an out-of-order event).
//   Error   : a malformed line. Lenient imports skip the line and go on; strict imports are
//             refused at the first one.
enum class FindingSeverity { Info, Warning, Error };

// Something an importer noticed, tied to a line of the input (1-based; 0 = the whole file).
struct ImportFinding {
    int lineNumber = 0;
    FindingSeverity severity = FindingSeverity::Info;
    QString message;

    friend bool operator==(const ImportFinding&, const ImportFinding&) = default;
};

// "LIST.edl line 12: <message>" (or "LIST.edl: <message>" for line 0): the form in which a
// finding is shown to a person and used as the refusal of a strict import.
QString describeFinding(const QString& fileName, const ImportFinding& finding);

// One use of one recording, ready to become a cue: the union of the events of one clip title
// that overlap, touch or lie within the merge gap of each other on the chosen tracks.
struct CandidateCue {
    QString title;                // clip name without extension and editor suffixes
    QString clipName;             // the clip name as written by the first event (may be empty)
    QString sourceFile;           // the first non-empty source file of its events (may be empty)
    QString reel;                 // the reel of its first event (empty for Pro Tools)
    QStringList tracks;           // the tracks it was found on, in natural order (A1, A2, A10)
    TimeRange programmeRange;     // record side minus the programme start, [start, endExclusive)
    std::vector<int> sourceLines; // the input lines it came from, ascending

    friend bool operator==(const CandidateCue&, const CandidateCue&) = default;
};

// What an import produced. If `accepted` is false, `error` says why (naming the file and,
// where there is one, the line) and `cues` is empty: nothing may be added to the project.
struct ImportResult {
    QString fileName; // as given by the caller, for messages
    bool accepted = false;
    QString error;
    std::vector<CandidateCue> cues;      // ordered by programme start, then title
    std::vector<ImportFinding> findings; // in line order

    // Findings of at least `severity`.
    std::vector<ImportFinding> findingsAtLeast(FindingSeverity severity) const;
};

// A refused import: nothing may change in the project; `message` says why, naming the file.
ImportResult refusedImport(const QString& fileName, const QString& message,
                           std::vector<ImportFinding> findings = {});

} // namespace cuesheet
