#include "cuesheet/workflow/film_header.h"

#include <QFileInfo>

namespace cuesheet {

std::optional<FilmHeader> headerFromFilm(const QString& filmPath, const media::MediaInfo& info,
                                         const ProjectHeader& base, const FilmHeaderChoices& given,
                                         QString* error) {
    auto fail = [&](const QString& why) -> std::optional<FilmHeader> {
        if (error)
            *error = filmPath + ": " + why;
        return std::nullopt;
    };
    const media::VideoStreamInfo* video = info.video();
    if (!video)
        return fail("the file has no picture; choose a film");

    FilmHeader result;
    ProjectHeader& header = result.header;
    header = base;
    if (given.timecode) {
        header.timecode = *given.timecode;
    } else if (video->frameRate.isValid()) {
        header.timecode = TimecodeFormat{video->frameRate, false};
    } else {
        return fail("the film does not say its frame rate; give the rate it was edited at");
    }
    if (video->variableFrameRate)
        result.notes << QStringLiteral(
            "the film has a variable frame rate; timecodes use its average rate");

    if (info.startTimecode && info.startTimecode->format.rate == header.timecode.rate) {
        if (!given.timecode)
            header.timecode.dropFrame = info.startTimecode->format.dropFrame;
        header.startFrame = info.startTimecode->frame;
    } else if (info.startTimecode) {
        result.notes << QString("the film's start timecode is at %1 fps, not at the project's "
                                "rate; the project starts at 00:00:00:00")
                            .arg(QString::fromStdString(
                                info.startTimecode->format.rate.toFraction()));
    } else if (!info.timecodeWarning.isEmpty()) {
        result.notes << info.timecodeWarning;
    }

    const Time duration = video->duration > Time() ? video->duration : info.duration;
    if (duration > Time())
        header.runningTime =
            Time::fromFrames(duration.frameAtOrAfter(header.timecode.rate), header.timecode.rate);
    if (header.productionTitle.isEmpty())
        header.productionTitle = QFileInfo(filmPath).completeBaseName();
    header.mediaPath = QFileInfo(filmPath).absoluteFilePath();
    header.mediaIdentity = info.identity.toStorageString();
    return result;
}

} // namespace cuesheet
