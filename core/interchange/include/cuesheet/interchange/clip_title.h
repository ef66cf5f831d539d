#pragma once

#include <QString>

namespace cuesheet {

// The title of a recording as a cue sheet wants it, from a clip or file name as an editor's
// software wrote it. Applied repeatedly until nothing changes:
//   - a directory part is removed when the name is written as a path (absolute, or holding a
//     backslash: "S:\path\to\song.wav" -> "song.wav"); a slash in a title stays
//     ("AC/DC - Thunderstruck", "Love/Hate Theme");
//   - a media file extension is removed (.wav .aif .mp3 .mov .mxf ... see clip_title.cpp);
//     an unknown "extension" is kept, so "TC R1 V1.2 TEMP1" keeps its "V1.2";
//   - Avid editor suffixes are removed: ".NEW.01", ".SUB.01", ".COPY.01", ".DUP.01",
//     ".EXPORTED.01" (any case, any number);
//   - a channel suffix of a multichannel clip is removed: ".L" ".R" ".C" ".Ls" ".Rs" ".LFE"
//     ".Lc" ".Rc" ".Cs" ".Lsr" ".Rsr" (Pro Tools names each channel's clip "<name>.L" etc.);
//   - the rate Avid appends to a clip with a motion effect is removed: " (45.33 FPS)".
// Surrounding white space is trimmed and inner runs of white space become one space.
//   "ACC112 WARBIRDS.NEW.01" -> "ACC112 WARBIRDS"
//   "TC R1 V6 TEMP2 ST MX.WAV" -> "TC R1 V6 TEMP2 ST MX"
//   "Audio 3 Clip1.L" -> "Audio 3 Clip1"
QString clipTitleFromName(const QString& name);

// Pro Tools numbers the pieces of an edited clip "<name>-01", "<name>-02"; the pieces are one
// recording. Removes such a trailing "-NN" (exactly two digits) after clipTitleFromName.
QString clipTitleFromProToolsName(const QString& name);

// Two titles name the same recording: the model's title rule (work_titles.h: trimmed,
// case-folded).
bool sameTitle(const QString& a, const QString& b);

} // namespace cuesheet
