#pragma once

#include "cuesheet/model/tags.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace cuesheet {

// How a cue block looks: colour by kind, fill pattern by diegesis.
//
//   kind       score: blue          song: amber
//   diegesis   non-diegetic: solid  diegetic: hatched  unknown: outline on a faint fill
//
// Hues are fixed (they carry meaning); lightness follows the palette, so blocks, text and
// lines stay readable in light and dark desktop themes.
struct CueAppearance {
    QColor fill;
    QColor border;
    QColor text;
    QColor hatch; // valid only for diegetic cues
    bool hatched = false;
};

// Every colour the timeline paints with, derived once from a QPalette.
struct TimelineColours {
    bool dark = false;
    QColor background;
    QColor rulerBackground;
    QColor rulerText;
    QColor tick;
    QColor stripBackground;
    QColor stripText;
    QColor waveform;
    QColor waveformAxis;
    QColor laneBackground[2]; // alternating
    QColor laneSeparator;
    QColor highlight;     // selection border, rubber band
    QColor highlightFill; // rubber band fill
    QColor playhead;
    QColor mark;
    QColor markRegion;
    QColor snapLine;

    static TimelineColours fromPalette(const QPalette& palette);
    CueAppearance cue(MusicKind kind, Diegesis diegesis) const;
    // Many cues merged into one block when zoomed out (no room to tell them apart).
    QColor dense(MusicKind dominantKind) const;
};

// The legend, as rich text for tooltips.
QString cueLegendHtml();

} // namespace cuesheet
