// Where a project's waveform and thumbnail caches go: beside the project file, or the user's
// cache folder when the project is read-only or its folder cannot take them.
#include "cuesheet/ui/media_cache_folder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cuesheet;

TEST_CASE("a project's media cache is a folder beside it") {
    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    const QString project = scratch.filePath("night-train.cuesheet");
    const QString fallback = scratch.filePath("user-cache");
    const QString folder = mediaCacheFolderFor(project, false, fallback);
    CHECK(folder == scratch.filePath("night-train.cuesheet-cache"));
    CHECK(QFileInfo(folder).isDir());
    CHECK_FALSE(QFileInfo::exists(fallback));
}

TEST_CASE("a read-only project's media cache goes to the user's cache folder") {
    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    const QString project = scratch.filePath("archive.cuesheet");
    const QString fallback = scratch.filePath("user-cache");
    CHECK(mediaCacheFolderFor(project, true, fallback) == fallback);
    CHECK(QFileInfo(fallback).isDir());
    // Nothing is made beside somebody else's project.
    CHECK_FALSE(QFileInfo::exists(project + "-cache"));
}

TEST_CASE("when the folder beside the project cannot be made, the user's cache is used") {
    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    const QString project = scratch.filePath("film.cuesheet");
    // A file where the folder would go.
    QFile blocker(project + "-cache");
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString fallback = scratch.filePath("user-cache");
    CHECK(mediaCacheFolderFor(project, false, fallback) == fallback);
    CHECK(QFileInfo(project + "-cache").isFile());
}
