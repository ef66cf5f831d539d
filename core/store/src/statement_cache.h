#pragma once

#include "cuesheet/store/sqlite_statement.h"

#include <map>

struct sqlite3;

namespace cuesheet {

// Prepared statements of one connection, prepared once and reused: a bulk change (an import
// of thousands of cues) then costs one prepare per kind of statement instead of one per row.
// Keyed by the address of the SQL text, so pass string literals.
class StatementCache {
public:
    explicit StatementCache(sqlite3* db)
        : db_(db) {}
    sqlite3* handle() const { return db_; }
    // The statement for `sql`, reset and with its bindings cleared.
    SqliteStatement& prepare(const char* sql) {
        auto it = statements_.find(sql);
        if (it == statements_.end())
            it = statements_.emplace(sql, SqliteStatement(db_, sql)).first;
        it->second.reset();
        return it->second;
    }
    // Resets every statement. A SELECT left before its last row keeps a read lock, which
    // would block VACUUM INTO and other processes' writes: call this when an operation ends.
    void resetAll() {
        for (auto& [sql, statement] : statements_)
            statement.reset();
    }

private:
    sqlite3* db_;
    std::map<const char*, SqliteStatement> statements_;
};

} // namespace cuesheet
