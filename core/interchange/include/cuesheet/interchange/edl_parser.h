#pragma once

#include "cuesheet/interchange/import_result.h"
#include "cuesheet/interchange/import_text.h"
#include "cuesheet/time/frame_rate.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace cuesheet {

// The edit of a CMX3600 event line.
//   Cut        "C"
//   Dissolve   "D nnn"            nnn = transition length in frames
//   Wipe       "W nnn", "W001 nnn" (wipe code, then length)
//   Key        "K", "KO", "K nnn"  (foreground)   KeyBackground "K B", "KB"
enum class EdlEditType { Cut, Dissolve, Wipe, Key, KeyBackground };

// One event line of a CMX3600 list, with the notes that belong to it. Timecodes are kept as
// frame counts since 00:00:00:00 (see parseTimecode), read in the counting of the `FCM:` in
// force at the line.
//
// A transition is written as two lines with one event number: first the outgoing ("from")
// clip as a cut of length zero, then the transition line with the incoming clip:
//   002  TST V  C        01:00:04:14 01:00:04:14 01:00:00:09 01:00:00:09   <- from side
//   002  TST V  D    010 01:00:08:08 01:00:08:18 01:00:00:09 01:00:00:19   <- incoming
//   * FROM CLIP NAME:  clip_A        (names the from side)
//   * TO CLIP NAME:  clip_B          (names the incoming clip)
// Notes after such a pair are shared out: FROM CLIP NAME and SOURCE FILE go to the first
// line (Avid writes the from side's source file there, see pycmx_TEST.edl events 028, 040),
// TO CLIP NAME to the transition line.
struct EdlEvent {
    int lineNumber = 0;
    QString eventNumber; // as written: "001", "000001"
    QString reel;
    QString channel;    // as written: "A", "AA/V", "NONE"
    QStringList tracks; // named tracks, see edlTracksForChannel(), plus AUD tracks
    EdlEditType editType = EdlEditType::Cut;
    int transitionFrames = 0; // D/W/K length; 0 for cuts
    std::int64_t sourceIn = 0;
    std::int64_t sourceOut = 0;
    std::int64_t recordIn = 0;
    std::int64_t recordOut = 0;     // exclusive, like every CMX out point
    bool dropFrame = false;         // the FCM in force
    QString clipName;               // FROM CLIP NAME (or TO CLIP NAME for an incoming clip)
    QString transitionFromClipName; // FROM CLIP NAME of a transition written on one line
    QString sourceFile;             // SOURCE FILE, FROM FILE, FROM CLIP (path or name)
    QString motionSpeed;            // M2 speed as written ("059.6", "-25.0"); empty = none
    QStringList notes;              // every other note, as written without the leading '*'

    bool isTransition() const {
        return editType == EdlEditType::Dissolve || editType == EdlEditType::Wipe;
    }
    friend bool operator==(const EdlEvent&, const EdlEvent&) = default;
};

// A parsed CMX3600 list: its events in file order and what the parser found.
struct EdlList {
    QString title;
    std::vector<EdlEvent> events;
    std::vector<ImportFinding> findings; // malformed lines are Error findings and skipped
    bool sawFcm = false;
    QString encoding;
};

struct EdlParseSettings {
    FrameRate frameRate;
    bool dropFrameWithoutFcm = false;
};

// Reads every line of a CMX3600 list. Never fails as a whole: each malformed line becomes
// an Error finding naming the line and what was expected, and is skipped; the caller
// decides (strict or lenient) what to do with them.
EdlList parseEdl(const ImportText& text, const EdlParseSettings& settings);

// The tracks a channel field names; an empty list (and false) for an unknown field.
//   "V" -> V        "A" -> A1        "A2".."A99" -> A2..A99     "AA" -> A1 A2
//   "B" -> V A1 (CMX "both": audio 1 and video)   "A/V" -> V A1   "AA/V" -> V A1 A2
//   "A2/V" -> V A2  "NONE" -> (none; AUD lines name the tracks)
bool edlTracksForChannel(const QString& channel, QStringList* tracks);

} // namespace cuesheet
