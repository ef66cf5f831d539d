#pragma once

struct sqlite3;

namespace cuesheet {

// A project file may come from anywhere (mailed, downloaded): SQL stored in it must not run
// code of its own. Defensive mode forbids writing the schema by hand; triggers and views are
// never used by this program, so they are off (the schema check refuses files that carry them
// anyway); functions in the schema are not trusted; no extensions load. Every connection to a
// project file, or to a scratch copy of one, is opened this way.
void makeDefensive(sqlite3* db);

} // namespace cuesheet
