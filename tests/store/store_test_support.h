#pragma once

// Helpers of the store tests: raw looks at a file (bytes, SQLite pragmas) that do not go
// through ProjectFile, so a test can check what ProjectFile did or did not do.

#include "cuesheet/model/project.h"
#include "cuesheet/store/project_file.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <catch2/catch.hpp>

#include <memory>

namespace cuesheet::test {

inline QByteArray sha256Of(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Runs SQL on a file with the plain SQLite C API (creating the file when missing).
inline void sqliteExec(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// The first column of the first row of a query, as text ("" when there is no row).
inline QString sqliteQuery(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
            SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    QString result;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK) {
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW)
            result =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        else if (rc != SQLITE_DONE)
            result = "error: " + QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        result = "error: " + QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
}

// A project file opened for editing, as the editor holds it.
struct OpenProject {
    std::unique_ptr<ProjectFile> file;
    std::unique_ptr<Project> project;

    static OpenProject open(const QString& path) {
        QString error;
        OpenProject result;
        result.file = ProjectFile::open(path, &error);
        INFO(error.toStdString());
        REQUIRE(result.file);
        result.project = std::make_unique<Project>(result.file->loadedData(), *result.file);
        return result;
    }
    Project* operator->() { return project.get(); }
    void close() {
        project.reset();
        file.reset();
    }
};

} // namespace cuesheet::test
