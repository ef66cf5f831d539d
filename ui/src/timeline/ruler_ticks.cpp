#include "cuesheet/ui/timeline/ruler_ticks.h"

#include <array>

namespace cuesheet {

namespace {

struct DropFrameCounts {
    std::int64_t base = 30;              // labels per timecode second
    std::int64_t dropped = 0;            // per minute not divisible by ten
    std::int64_t framesPerMinute = 1800; // of a minute that drops
    std::int64_t framesPer10Minutes = 18000;
};

DropFrameCounts countsOf(const TimecodeFormat& format) {
    DropFrameCounts c;
    c.base = format.rate.isValid() ? format.rate.timecodeBase() : 1;
    c.dropped = format.dropFrame ? format.rate.droppedFramesPerMinute() : 0;
    c.framesPerMinute = 60 * c.base - c.dropped;
    c.framesPer10Minutes = 600 * c.base - 9 * c.dropped;
    return c;
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

std::int64_t nominalOfLabelFrame(std::int64_t labelFrame, const TimecodeFormat& format) {
    const DropFrameCounts c = countsOf(format);
    if (c.dropped == 0 || labelFrame < 0)
        return labelFrame;
    // Every ten minutes, nine minutes have dropped `dropped` labels each; within a block of
    // ten minutes, the first minute is whole and each later one has dropped its first labels.
    const std::int64_t tens = labelFrame / c.framesPer10Minutes;
    const std::int64_t within = labelFrame % c.framesPer10Minutes;
    std::int64_t nominal = labelFrame + 9 * c.dropped * tens;
    if (within > c.dropped)
        nominal += c.dropped * ((within - c.dropped) / c.framesPerMinute);
    return nominal;
}

std::int64_t labelFrameAtOrAfterNominal(std::int64_t nominal, const TimecodeFormat& format) {
    const DropFrameCounts c = countsOf(format);
    if (c.dropped == 0 || nominal < 0)
        return nominal;
    const std::int64_t minutes = nominal / (60 * c.base);
    const std::int64_t withinMinute = nominal % (60 * c.base);
    if (minutes % 10 != 0 && withinMinute < c.dropped)
        nominal += c.dropped - withinMinute; // a label that does not exist: the next one
    return nominal - c.dropped * (minutes - minutes / 10);
}

RulerScale chooseRulerScale(double pixelsPerFrame, const TimecodeFormat& format,
                            double minLabelSpacing, double minTickSpacing) {
    const std::int64_t base = format.rate.isValid() ? format.rate.timecodeBase() : 1;
    std::vector<std::int64_t> steps;
    for (std::int64_t frames : {1, 2, 4, 5, 6, 10, 12, 15, 30})
        if (frames < base && base % frames == 0)
            steps.push_back(frames);
    for (std::int64_t seconds : {1, 2, 5, 10, 15, 30})
        steps.push_back(seconds * base);
    for (std::int64_t minutes : {1, 2, 5, 10, 15, 30})
        steps.push_back(minutes * 60 * base);
    for (std::int64_t hours : {1, 2, 3, 6, 12, 24})
        steps.push_back(hours * 3600 * base);

    RulerScale scale;
    scale.majorStep = steps.back();
    for (std::int64_t step : steps) {
        if (static_cast<double>(step) * pixelsPerFrame >= minLabelSpacing) {
            scale.majorStep = step;
            break;
        }
    }
    for (std::int64_t step : steps) {
        if (step >= scale.majorStep)
            break;
        if (scale.majorStep % step == 0 &&
            static_cast<double>(step) * pixelsPerFrame >= minTickSpacing) {
            scale.minorStep = step;
            break;
        }
    }
    scale.labelsShowFrames = scale.majorStep % base != 0;
    return scale;
}

std::vector<RulerTick> rulerTicks(const RulerScale& scale, const TimecodeFormat& format,
                                  std::int64_t startFrame, std::int64_t firstFrame,
                                  std::int64_t lastFrame) {
    std::vector<RulerTick> ticks;
    if (lastFrame < firstFrame || scale.majorStep <= 0)
        return ticks;
    const std::int64_t step = scale.minorStep > 0 ? scale.minorStep : scale.majorStep;
    const std::int64_t firstNominal = nominalOfLabelFrame(startFrame + firstFrame, format);
    const std::int64_t lastNominal = nominalOfLabelFrame(startFrame + lastFrame, format);
    std::int64_t previousLabel = startFrame + firstFrame - 1;
    for (std::int64_t nominal = floorDiv(firstNominal + step - 1, step) * step;
         nominal <= lastNominal; nominal += step) {
        const std::int64_t label = labelFrameAtOrAfterNominal(nominal, format);
        // Two round nominals can fall on one label where labels are dropped; draw it once.
        if (label <= previousLabel || label > startFrame + lastFrame)
            continue;
        previousLabel = label;
        ticks.push_back({label - startFrame, label, nominal % scale.majorStep == 0});
    }
    return ticks;
}

} // namespace cuesheet
