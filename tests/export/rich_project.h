#pragma once

#include "cuesheet/model/project_data.h"

#include <QString>

// Projects shared by the rich export and CSV import tests.

// 29.97 drop-frame, start 01:00:00;00; every header field set; four cues (two uses of one
// work) with every cue field set somewhere: parties with every role, societies, IPI, shares
// with decimals, a name holding ':' and one with ','; explicit and derived vocal/origin;
// usage overrides; notes with commas, quotes, CR LF and LF; library data; lanes 0-2.
cuesheet::ProjectData richProject();

// Programme time of a timecode label in `data`'s format (the test's own reading of it).
cuesheet::Time at(const cuesheet::ProjectData& data, const QString& label);
