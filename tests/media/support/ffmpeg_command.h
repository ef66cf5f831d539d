#pragma once

// Running the `ffmpeg` command from tests (the Debian package; found at configure time).

#include <QString>
#include <QStringList>

namespace cuesheet::media::test {

// Runs ffmpeg with `arguments` (after "-hide_banner -loglevel error -nostdin -y"), waiting up
// to `timeoutMs`. Returns an empty string on success, otherwise what went wrong with the
// command line and ffmpeg's error output, for a test's failure message.
QString runFfmpeg(const QStringList& arguments, int timeoutMs = 120000);

} // namespace cuesheet::media::test
