#pragma once

// Audio files made at test time for the music-library tests, with the ffmpeg command (and
// other command-line tools such as metaflac), so that every tag and length is known.

#include <QString>
#include <QStringList>

namespace cuesheet::test {

// Runs `program` with `arguments`; returns "" on success, else the command and its error
// output (for a failure message).
QString runTool(const QString& program, const QStringList& arguments);

// Writes `seconds` of a 440 Hz sine (44.1 kHz unless `extra` says -ar) to `path`, the format
// following the extension; `extra` goes between the input and the output (codec, -metadata,
// -id3v2_version ...). Fails the test when ffmpeg fails.
void makeAudio(const QString& path, double seconds, const QStringList& extra = {});

} // namespace cuesheet::test

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
