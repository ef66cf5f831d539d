#include "cuesheet/store/sqlite_statement.h"

#include <sqlite3.h>

#include <utility>

namespace cuesheet {

SqliteStatement::SqliteStatement(sqlite3* db, const char* sql) {
    lastResult_ = sqlite3_prepare_v2(db, sql, -1, &statement_, nullptr);
    if (lastResult_ != SQLITE_OK) {
        sqlite3_finalize(statement_);
        statement_ = nullptr;
    }
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(statement_);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : statement_(std::exchange(other.statement_, nullptr))
    , lastResult_(other.lastResult_) {}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(statement_);
        statement_ = std::exchange(other.statement_, nullptr);
        lastResult_ = other.lastResult_;
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int position, std::int64_t value) {
    if (statement_)
        sqlite3_bind_int64(statement_, position, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int position, const QString& value) {
    if (statement_) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(statement_, position, utf8.constData(), static_cast<int>(utf8.size()),
                          SQLITE_TRANSIENT);
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int position, const QByteArray& value) {
    if (statement_)
        sqlite3_bind_blob(statement_, position, value.constData(), static_cast<int>(value.size()),
                          SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int position) {
    if (statement_)
        sqlite3_bind_null(statement_, position);
    return *this;
}

bool SqliteStatement::step() {
    if (!statement_) {
        lastResult_ = SQLITE_MISUSE;
        return false;
    }
    lastResult_ = sqlite3_step(statement_);
    return lastResult_ == SQLITE_ROW;
}

bool SqliteStatement::run() {
    while (step()) {
    }
    const bool done = lastResult_ == SQLITE_DONE;
    reset();
    if (done)
        lastResult_ = SQLITE_DONE;
    return done;
}

void SqliteStatement::reset() {
    if (statement_) {
        sqlite3_reset(statement_);
        sqlite3_clear_bindings(statement_);
    }
}

std::int64_t SqliteStatement::int64(int column) const {
    return sqlite3_column_int64(statement_, column);
}

QString SqliteStatement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(statement_, column));
}

QByteArray SqliteStatement::blob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(statement_, column));
    return QByteArray(data, sqlite3_column_bytes(statement_, column));
}

bool SqliteStatement::isNull(int column) const {
    return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

} // namespace cuesheet
