#include "cuesheet/interchange/cue_sheet_header.h"

#include "cuesheet/model/header_fields.h"
#include "cuesheet/model/sequence.h"

namespace cuesheet {

QString frameRateCellText(const ProjectHeader& header) {
    return headerFieldText(header, "rate") + (header.timecode.dropFrame ? " drop-frame" : "");
}

std::vector<CueSheetHeaderRow> cueSheetHeaderRows(const ProjectData& data,
                                                  const DurationStyle& durations) {
    const ProjectHeader& h = data.header;
    return {
        {"Production Title", h.productionTitle, "title"},
        {"Episode Title", h.episodeTitle, "episode-title"},
        {"Episode Number", h.episodeNumber, "episode-number"},
        {"Production Company", h.productionCompany, "company"},
        {"Production Number", h.productionNumber, "production-number"},
        {"Country of Origin", h.country, "country"},
        {"Year", headerFieldText(h, "year"), "year"},
        {"Director", h.director, "director"},
        {"First Release Date", h.firstReleaseDate, "release-date"},
        {"Frame Rate", frameRateCellText(h), "rate"},
        {"Start Timecode", headerFieldText(h, "start"), "start"},
        {"Total Running Time",
         h.runningTime > Time() ? formatDuration(h.runningTime, durations, h) : QString(),
         "running-time"},
        {"Total Music Duration", formatDuration(totalMusicDuration(data), durations, h), {}},
        {"Number of Cues", QString::number(data.cues.size()), {}},
    };
}

} // namespace cuesheet
