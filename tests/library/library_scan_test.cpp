// Finding a music library's audio files under the paths a user gives (files and folders).
#include "cuesheet/media/library_scan.h"

#include "library_test_support.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace cuesheet::media;
using cuesheet::test::makeAudio;

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList pathsOf(const LibraryScan& scan) {
    QStringList paths;
    for (const auto& f : scan.files)
        paths.append(f.path);
    return paths;
}

} // namespace

TEST_CASE("scan: audio extensions") {
    for (const char* name : {"a.wav", "a.WAV", "a.aif", "a.aiff", "a.mp3", "a.flac", "a.Ogg",
                             "a.oga", "a.opus", "a.m4a", "a.mp4", "a.aac", "x/y.z/Song.FLAC"})
        CHECK(hasAudioFileExtension(name));
    for (const char* name : {"a.txt", "a.mov", "wav", "a.wav.bak", "a.cuesheet", "a.pdf"})
        CHECK_FALSE(hasAudioFileExtension(name));
}

TEST_CASE("scan: folders are searched recursively; files named are read; problems reported") {
    QTemporaryDir dir;
    const QDir root(dir.path());
    REQUIRE(root.mkpath("lib/sub/deeper"));
    makeAudio(root.filePath("lib/b.flac"), 0.3, {"-metadata", "title=Bee"});
    makeAudio(root.filePath("lib/a.wav"), 0.3);
    makeAudio(root.filePath("lib/sub/deeper/C.FLAC"), 0.3, {"-metadata", "composer=Cy Lee"});
    writeFile(root.filePath("lib/notes.txt"), "not audio, and not looked at\n");
    writeFile(root.filePath("lib/sub/broken.mp3"), "not audio either, but named so\n");
    REQUIRE(root.mkpath("empty"));

    const LibraryScan scan = scanAudioFiles({root.filePath("lib"), root.filePath("lib/b.flac"),
                                             root.filePath("missing.wav"), root.filePath("empty")});
    // The folder's files sorted by path; b.flac named again is read once.
    CHECK(pathsOf(scan) == QStringList{root.filePath("lib/a.wav"), root.filePath("lib/b.flac"),
                                       root.filePath("lib/sub/deeper/C.FLAC")});
    REQUIRE(scan.files.size() == 3);
    CHECK(scan.files[0].fileName == "a.wav");
    CHECK(scan.files[0].tags.title == "a");
    CHECK(scan.files[1].tags.title == "Bee");
    CHECK(scan.files[2].tags.composers == QStringList{"Cy Lee"});

    REQUIRE(scan.problems.size() == 3);
    CHECK(scan.problems[0].contains(root.filePath("lib/sub/broken.mp3")));
    CHECK(scan.problems[1].contains(root.filePath("missing.wav")));
    CHECK(scan.problems[1].contains("no such file"));
    CHECK(scan.problems[2].contains("empty"));
    CHECK(scan.problems[2].contains("no audio files"));
}

TEST_CASE("scan: relative paths become absolute; a link loop does not trap the search") {
    QTemporaryDir dir;
    const QDir root(dir.path());
    REQUIRE(root.mkpath("music"));
    makeAudio(root.filePath("music/one.wav"), 0.2);
    REQUIRE(QFile::link(root.filePath("music"), root.filePath("music/loop")));

    const QString before = QDir::currentPath();
    REQUIRE(QDir::setCurrent(dir.path()));
    const LibraryScan scan = scanAudioFiles({"music", "music/one.wav"});
    QDir::setCurrent(before);
    CHECK(pathsOf(scan) == QStringList{QDir(dir.path()).absoluteFilePath("music/one.wav")});
    CHECK(scan.problems.isEmpty());
}
