#pragma once

// Test fixtures made at test time with the `ffmpeg` command (DESIGN.md section 5), so that
// every property a test checks is known exactly: ramps whose sample values encode their own
// index, sines of a given amplitude, pictures whose grey level encodes the frame index.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace cuesheet::media::test {

// A temporary directory that removes itself, and the ffmpeg runs that fill it.
class GeneratedMedia {
public:
    GeneratedMedia();

    // Runs `ffmpeg ARGS DIR/NAME` (support/ffmpeg_command.h) once per name and returns the path;
    // fails the test (Catch REQUIRE) when ffmpeg fails.
    QString make(const QString& name, const QStringList& args);

    QString path(const QString& name) const { return dir_.filePath(name); }
    QString directory() const { return dir_.path(); }

private:
    QTemporaryDir dir_;
};

// The shared instance of one test program (fixtures are made once, on first use).
GeneratedMedia& generatedMedia();

// lavfi source arguments for a stereo ramp at `rate` Hz lasting `seconds`: channel 0 of
// sample n is (n mod 65536 - 32768) / 32768, channel 1 its negation minus one LSB, so that a
// 16-bit file stores n mod 65536 exactly and any sample tells its own index.
QStringList rampSource(int rate, int seconds);
// The index (mod 65536) that channel 0 of a ramp sample encodes.
int rampIndexOf(float channel0);

// lavfi source arguments for a sine of `frequency` Hz with peak `amplitude` (0..1), the same
// in each of `channels` channels.
QStringList sineSource(int rate, double seconds, int frequency, double amplitude, int channels = 1);

} // namespace cuesheet::media::test
