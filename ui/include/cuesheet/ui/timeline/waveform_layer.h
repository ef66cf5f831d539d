#pragma once

#include "cuesheet/media/waveform_peaks.h"

#include <memory>

namespace cuesheet {

struct TimelinePaintContext;

// The waveform strip: for each device-pixel column, the min/max of the samples under it, read
// from the media engine's pyramid at the level matching the samples per column
// (WaveformPeaks::columns picks it), so the cost is proportional to the width, never to the
// span shown. Channels are merged into one band (the strip is for finding music, not mixing).
//
// Sample 0 of the pyramid is programme time 0. Without a pyramid the strip is blank, with a
// progress note while one is being built.
class WaveformLayer {
public:
    void setPeaks(std::shared_ptr<const media::WaveformPeaks> peaks);
    void clear() { setPeaks(nullptr); }
    const media::WaveformPeaks* peaks() const { return peaks_.get(); }
    // 0..1000 while a build runs; -1 for none.
    void setProgress(int permille) { progressPermille_ = permille; }
    int progress() const { return progressPermille_; }
    // The end of the audio (0 without a pyramid).
    Time duration() const { return peaks_ ? peaks_->duration() : Time(); }

    void paint(const TimelinePaintContext& context) const;

private:
    std::shared_ptr<const media::WaveformPeaks> peaks_;
    int progressPermille_ = -1;
};

} // namespace cuesheet
