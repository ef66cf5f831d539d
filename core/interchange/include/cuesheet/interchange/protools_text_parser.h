#pragma once

#include "cuesheet/interchange/import_result.h"
#include "cuesheet/interchange/import_text.h"
#include "cuesheet/time/time.h"
#include "cuesheet/time/timecode.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace cuesheet {

// How the session text writes times (Pro Tools "Time Format" of the export dialog).
enum class ProToolsTimeFormat { Timecode, Samples };

// One row of a track's table ("CHANNEL EVENT CLIP NAME START TIME END TIME DURATION STATE";
// "REGION NAME" in older versions; an optional TIMESTAMP column is ignored).
struct ProToolsClip {
    int lineNumber = 0;
    int channel = 0;
    int event = 0;
    QString clipName;
    // Session time: [start, endExclusive) on the session's timeline, timecode and samples
    // both converted exactly (samples count from the session start).
    TimeRange sessionRange;
    bool muted = false;
    bool isFade() const; // "(fade in)", "(fade out)", "(cross fade)" rows
};

struct ProToolsTrack {
    int lineNumber = 0; // of "TRACK NAME:"
    QString name;
    QString comments;
    QStringList state;               // "Inactive", "Hidden", "Muted", "Solo", "SoloSafe"
    std::vector<ProToolsClip> clips; // in file order, channel by channel
    bool isMuted() const;
    bool isInactive() const;
};

// A parsed "Export Session Info as Text" file (File > Export > Session Info as Text).
struct ProToolsSession {
    QString sessionName;
    std::int64_t sampleRate = 0; // from "SAMPLE RATE: 48000.000000"
    QString bitDepth;
    TimecodeFormat timecodeFormat; // from "TIMECODE FORMAT: 29.97 Drop Frame"
    int timecodeFormatLine = 0;
    std::int64_t sessionStartFrame = 0; // "SESSION START TIMECODE", frames since 00:00:00:00
    ProToolsTimeFormat timeFormat = ProToolsTimeFormat::Timecode;
    // Clip name -> source file, from the "O N L I N E / O F F L I N E  C L I P S" lists when
    // the export includes them.
    QHash<QString, QString> clipFiles;
    std::vector<ProToolsTrack> tracks;
    std::vector<ImportFinding> findings; // malformed rows are Error findings and skipped
    QString encoding;

    // The session start on the absolute timecode timeline.
    Time sessionStart() const { return Time::fromFrames(sessionStartFrame, timecodeFormat.rate); }
};

// Parses a session text. Fails as a whole (with a sentence naming the line) when the text is
// not a session text (no "SESSION NAME:" header), when the header lacks what the times need
// (TIMECODE FORMAT, SESSION START TIMECODE; SAMPLE RATE for samples), or when the times are in
// a format this importer does not read (Min:Secs, Bars|Beats, Feet+Frames): re-export with
// Time Format "Timecode" or "Samples". A malformed table row is an Error finding, skipped.
ParseResult<ProToolsSession> parseProToolsText(const ImportText& text);

} // namespace cuesheet
