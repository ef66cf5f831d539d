#pragma once

// Helpers shared by the EDL tests: read a fixture, import it, and compare a cue with
// timecodes read off the list by hand.

#include "cuesheet/interchange/edl_import.h"
#include "cuesheet/time/timecode.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QString>

#include <string>

namespace cuesheet::test {

inline QByteArray readTestData(const QString& relativePath) {
    QFile file(QStringLiteral(CUESHEET_TEST_DATA_DIR "/") + relativePath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Options for a list read at `rate` (drop-frame as given) with the programme starting at
// the timecode `programmeStart` and cues taken from `tracks` (empty = every audio track).
inline ImportOptions optionsFor(const TimecodeFormat& format, const char* programmeStart,
                                QStringList tracks = {}) {
    ImportOptions options;
    options.frameRate = format.rate;
    options.dropFrameWithoutFcm = format.dropFrame;
    const auto start = parseTimecode(programmeStart, format);
    REQUIRE(start.ok());
    options.programmeStartFrame = *start;
    options.tracks = std::move(tracks);
    return options;
}

// A record timecode as programme time under `options`.
inline Time programmeTime(const char* timecode, const TimecodeFormat& format,
                          const ImportOptions& options) {
    const auto frame = parseTimecode(timecode, format);
    INFO("timecode " << timecode << ": " << frame.error());
    REQUIRE(frame.ok());
    return Time::fromFrames(*frame, format.rate) - options.programmeStart();
}

struct ExpectedCue {
    const char* title;
    const char* recordIn;  // as written in the list
    const char* recordOut; // exclusive, as written in the list
};

inline void checkCue(const CandidateCue& cue, const ExpectedCue& expected,
                     const TimecodeFormat& format, const ImportOptions& options) {
    INFO("expected " << expected.title << " " << expected.recordIn << " - " << expected.recordOut
                     << "; got " << cue.title.toStdString() << " "
                     << formatTimecode(cue.programmeRange.start().frameAtOrBefore(format.rate) +
                                           options.programmeStartFrame,
                                       format)
                     << " - "
                     << formatTimecode(
                            cue.programmeRange.endExclusive().frameAtOrBefore(format.rate) +
                                options.programmeStartFrame,
                            format));
    CHECK(cue.title == QString::fromUtf8(expected.title));
    CHECK(cue.programmeRange.start() == programmeTime(expected.recordIn, format, options));
    CHECK(cue.programmeRange.endExclusive() == programmeTime(expected.recordOut, format, options));
}

inline void requireNoErrors(const ImportResult& result) {
    for (const auto& finding : result.findings)
        if (finding.severity == FindingSeverity::Error)
            FAIL_CHECK(describeFinding(result.fileName, finding).toStdString());
    INFO(result.error.toStdString());
    REQUIRE(result.accepted);
}

} // namespace cuesheet::test
