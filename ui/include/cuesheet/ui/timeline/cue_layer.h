#pragma once

#include "cuesheet/model/ids.h"
#include "cuesheet/ui/timeline/cue_drag.h"

#include <set>
#include <vector>

namespace cuesheet {

class CueLabelCache;
class CueLaneIndex;
class Project;
struct TimelinePaintContext;

struct CueLayerContent {
    const Project* project = nullptr;
    const CueLaneIndex* index = nullptr;
    const std::set<CueId>* selected = nullptr;
    CueLabelCache* labels = nullptr; // null: no labels
    // Where a drag would put cues: drawn on top; the dragged cues' own places are faded.
    std::vector<DraggedCue> preview;
};

// The cue lanes: blocks coloured by kind and patterned by diegesis (timeline_colours.h),
// labelled "12 Title · BI" (sequence number, title, US usage code) as far as they have room;
// selected blocks get a highlight border.
//
// Paint budget: the work per lane is bounded by its width in pixels, not by its cues.
//   1. Only cues in the exposed times are visited (CueLaneIndex's binary search).
//   2. Cues of a lane may overlap (validation flags it); later ones are drawn on top. Instead
//      of painting every block over the others, a sweep (a stack of open blocks, one pass)
//      cuts the lane into the segments where each cue is the one on top, so each pixel is
//      filled once however many cues overlap there:
//
//        cues     A [==========)          segments  A [==)
//                    B [===)                            B [===)
//                           C [======)                        A [)
//                                                               C [======)
//   3. A segment narrower than kMinBlockPixels is not drawn alone: consecutive narrow
//      segments merge into one flat "dense" run (coloured by the kind most of them have,
//      underlined when a selected cue is inside), so 5 000 cues on 1 920 px cost at most a
//      few hundred rectangles per lane.
//   4. Labels only where a cue's first segment is at least kMinLabelPixels wide, cut from
//      the CueLabelCache (no text shaping while scrolling).
void paintCueLanes(const TimelinePaintContext& context, const CueLayerContent& content);

constexpr double kMinBlockPixels = 3.0;
constexpr double kMinLabelPixels = 36.0;

} // namespace cuesheet
