#include "cuesheet/model/in_out_text.h"

namespace cuesheet {

std::optional<Time> programmeTimeOfTimecode(const QString& text, const ProjectHeader& header,
                                            QString* error) {
    const auto frame = parseTimecode(text.trimmed().toStdString(), header.timecode);
    if (!frame.ok()) {
        if (error)
            *error = QString::fromStdString(frame.error());
        return std::nullopt;
    }
    return Time::fromFrames(frame.value() - header.startFrame, header.timecode.rate);
}

QString timecodeOfProgrammeTime(Time time, const ProjectHeader& header) {
    const std::int64_t frame = time.frameAtOrBefore(header.timecode.rate) + header.startFrame;
    return QString::fromStdString(formatTimecode(frame, header.timecode));
}

QString timecodeOfDuration(Time duration, const ProjectHeader& header) {
    return QString::fromStdString(
        formatTimecode(duration.frameAtOrBefore(header.timecode.rate), header.timecode));
}

} // namespace cuesheet
