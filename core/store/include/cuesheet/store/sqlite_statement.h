#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;

namespace cuesheet {

// A prepared SQLite statement that finalizes itself. Bind positions start at 1, columns at 0.
class SqliteStatement {
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return statement_ != nullptr; }
    SqliteStatement& bind(int position, std::int64_t value);
    SqliteStatement& bind(int position, const QString& value);
    SqliteStatement& bind(int position, const QByteArray& value);
    SqliteStatement& bindNull(int position);

    // Steps once: true when a row is available. Errors are reported by ok()/error().
    bool step();
    // Steps to completion and resets; false on error.
    bool run();
    void reset();

    std::int64_t int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    bool ok() const { return lastResult_ == 0 || lastResult_ == 100 || lastResult_ == 101; }
    int lastResult() const { return lastResult_; }

private:
    sqlite3_stmt* statement_ = nullptr;
    int lastResult_ = 0;
};

} // namespace cuesheet
