#pragma once

#include "cuesheet/time/time.h"
#include "cuesheet/time/timecode.h"

#include <QString>

#include <cstdint>

namespace cuesheet {

// How shares must add up: each side (writers, publishers) to 100 %, or writers and
// publishers together to 100 % (the "100 % model").
enum class SharesModel { EachSideWhole, CombinedWhole };

// The cue sheet's header: the production, and how its time is labelled.
struct ProjectHeader {
    QString productionTitle;
    QString episodeTitle;
    QString episodeNumber;
    QString productionCompany;
    QString productionNumber;
    QString country;
    int year = 0; // 0 = not given
    QString director;
    QString firstReleaseDate; // ISO 8601 date, may be empty
    TimecodeFormat timecode{FrameRate(24000, 1001), false};
    std::int64_t startFrame = 0; // the start timecode as frames since 00:00:00:00
    Time runningTime;            // 0 = not known
    QString mediaPath;           // the film this project annotates; may be empty
    QString mediaIdentity;       // identity of that file when it was chosen (see core/media)
    SharesModel sharesModel = SharesModel::EachSideWhole;

    friend bool operator==(const ProjectHeader&, const ProjectHeader&) = default;
};

} // namespace cuesheet
