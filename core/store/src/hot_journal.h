#pragma once

#include <QString>

namespace cuesheet {

// Whether the rollback journal beside a project file (PATH-journal) may be rolled back into
// it. SQLite rolls back any hot journal it finds beside a database, whichever file the
// journal came from: a crash journal of another project copied beside this one, or one left
// by a later state of this project beside a restored backup, would silently replace pages of
// this file with pages of another (the 8 cues of y became the 1 cue of x, integrity "ok").
//
// Every write transaction of ours changes the project row (identity and write_serial, schema
// version 3), so every journal we leave holds that row as it was before the transaction. The
// check rolls the journal back into a scratch copy of the file and compares the row there with
// the file's own, without SQLite ever touching the real file:
//   - same identity, and the file's serial equal to the rolled-back one or one more (the
//     interrupted commit had, or had not yet, reached the file): the journal belongs;
//   - anything else: it does not, and the project must not be opened as it is.
// A journal without that row (left by an older version, or by a crash inside a migration)
// cannot be told apart: it is left to SQLite as before.
enum class JournalVerdict {
    None,       // no journal, or one SQLite would not roll back (empty, zeroed header)
    Belongs,    // a hot journal of this file's own last transaction
    Unverified, // a hot journal without the project row to compare: SQLite's usual rollback
    Foreign,    // a journal of another file or of another state of this one: refuse
};

// `why` is set for Foreign (what differs) and when the scratch copies cannot be made.
JournalVerdict checkHotJournal(const QString& databasePath, QString* why);

} // namespace cuesheet
