// cuesheet probe | frame | peaks | relink, and the media part of `new --media`.
#include "command_line.h"
#include "commands.h"

#include "cuesheet/media/frame_image.h"
#include "cuesheet/media/probe.h"
#include "cuesheet/media/video_frame_source.h"
#include "cuesheet/media/waveform_loader.h"
#include "cuesheet/model/project.h"
#include "cuesheet/workflow/film_relink.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cuesheet::cli {

namespace {

void printJson(const QJsonObject& o) {
    printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
}

QString rateText(FrameRate rate) {
    return QString::fromStdString(rate.toFraction());
}

QJsonObject probeJson(const media::MediaInfo& info) {
    QJsonArray video;
    for (const auto& v : info.videoStreams)
        video.append(QJsonObject{{"index", v.streamIndex},
                                 {"codec", v.codec},
                                 {"width", v.width},
                                 {"height", v.height},
                                 {"display_width", v.displayWidth()},
                                 {"rate", rateText(v.frameRate)},
                                 {"variable_frame_rate", v.variableFrameRate},
                                 {"frame_count", static_cast<qint64>(v.frameCount)},
                                 {"duration_seconds", v.duration.toSecondsForDisplay()},
                                 {"decoder_available", v.decoderAvailable}});
    QJsonArray audio;
    for (const auto& a : info.audioStreams)
        audio.append(QJsonObject{{"index", a.streamIndex},
                                 {"codec", a.codec},
                                 {"sample_rate", a.sampleRate},
                                 {"channels", a.channels},
                                 {"channel_layout", a.channelLayout},
                                 {"duration_seconds", a.duration.toSecondsForDisplay()},
                                 {"decoder_available", a.decoderAvailable}});
    QJsonObject o{{"path", info.path},
                  {"container", info.container},
                  {"duration_seconds", info.duration.toSecondsForDisplay()},
                  {"video", video},
                  {"audio", audio},
                  {"identity", info.identity.toStorageString()}};
    if (info.startTimecode)
        o.insert("start_timecode",
                 QJsonObject{{"text", info.startTimecode->text},
                             {"frame", static_cast<qint64>(info.startTimecode->frame)},
                             {"drop_frame", info.startTimecode->format.dropFrame},
                             {"source", info.startTimecode->source}});
    if (!info.timecodeWarning.isEmpty())
        o.insert("timecode_warning", info.timecodeWarning);
    return o;
}

QString probeText(const media::MediaInfo& info) {
    QStringList lines{
        "file:      " + info.path, "container: " + info.container,
        QString("duration:  %1 s").arg(info.duration.toSecondsForDisplay(), 0, 'f', 3)};
    for (const auto& v : info.videoStreams)
        lines << QString("video #%1: %2 %3x%4 at %5 fps (%6)%7")
                     .arg(v.streamIndex)
                     .arg(v.codec)
                     .arg(v.width)
                     .arg(v.height)
                     .arg(rateText(v.frameRate), v.variableFrameRate ? "variable" : "constant",
                          v.decoderAvailable ? "" : ", no decoder");
    for (const auto& a : info.audioStreams)
        lines << QString("audio #%1: %2 %3 Hz, %4 channel(s) %5%6")
                     .arg(a.streamIndex)
                     .arg(a.codec)
                     .arg(a.sampleRate)
                     .arg(a.channels)
                     .arg(a.channelLayout, a.decoderAvailable ? "" : ", no decoder");
    lines << "start TC:  " + (info.startTimecode ? info.startTimecode->text + " (" +
                                                       info.startTimecode->source + ")"
                                                 : QString("none (00:00:00:00 assumed)"));
    if (!info.timecodeWarning.isEmpty())
        lines << "warning:   " + info.timecodeWarning;
    lines << "identity:  " + info.identity.cacheKey();
    return lines.join('\n');
}

} // namespace

int runProbe(const QStringList& args) {
    CommandLine cl("probe",
                   "Describe a media file: container, streams, exact frame rate, start timecode.",
                   {"MEDIA"});
    cl.parser().addOption({"json", "Print JSON."});
    if (auto exit = cl.parse(args))
        return *exit;
    const auto probe = media::probeMedia(cl.positional()[0]);
    if (!probe) {
        printError(probe.errorMessage());
        return kDataError;
    }
    if (cl.isSet("json"))
        printJson(probeJson(*probe));
    else
        printOut(probeText(*probe));
    return kOk;
}

int runFrame(const QStringList& args) {
    CommandLine cl(
        "frame",
        "Write the exact frame shown at a time (the last frame whose presentation time is "
        "at or before it), read by the frame-exact reader the player uses for frame steps "
        "(the player's seeks land on the same frame).",
        {"MEDIA"});
    auto& p = cl.parser();
    p.addOption({"at",
                 "A timecode on the film's own timecode (from its start timecode, or from "
                 "00:00:00:00 when it has none), or seconds from the first frame (e.g. 12.5).",
                 "TC|SECONDS"});
    p.addOption({"rate", "The rate to read a timecode at (default: the film's).", "R"});
    p.addOption({"out", "The PNG file to write.", "FILE.png"});
    p.addOption({"width", "Scale to this width (aspect kept).", "W"});
    if (auto exit = cl.parse(args))
        return *exit;
    if (!cl.isSet("at") || !cl.isSet("out"))
        return cl.usageError("--at and --out are required");
    int width = 0;
    if (cl.isSet("width")) {
        bool ok = false;
        width = cl.value("width").toInt(&ok);
        if (!ok || width < 1 || width > 16384)
            return cl.usageError("--width must be a number of pixels from 1 to 16384");
    }
    const QString path = cl.positional()[0];
    const auto probe = media::probeMedia(path);
    if (!probe) {
        printError(probe.errorMessage());
        return kDataError;
    }
    auto source = media::VideoFrameSource::open(path);
    if (!source) {
        printError(source.errorMessage());
        return kDataError;
    }
    const QString at = cl.value("at").trimmed();
    Time t;
    if (at.contains(':') || at.contains(';')) {
        TimecodeFormat format{(*source)->frameRate(), at.contains(';')};
        // The film's first frame, as a time: its start timecode counted at the rate that
        // timecode is written in (which --rate does not change).
        Time start;
        if (probe->startTimecode) {
            format.dropFrame = format.dropFrame || probe->startTimecode->format.dropFrame;
            start =
                Time::fromFrames(probe->startTimecode->frame, probe->startTimecode->format.rate);
        }
        if (cl.isSet("rate")) {
            const auto rate = FrameRate::parse(cl.value("rate").toStdString());
            if (!rate.ok())
                return cl.usageError(QString::fromStdString(rate.error()));
            format.rate = rate.value();
        }
        if (!format.rate.supportsDropFrame())
            format.dropFrame = false;
        const auto frame = parseTimecode(at.toStdString(), format);
        if (!frame.ok())
            return cl.usageError("--at: " + QString::fromStdString(frame.error()));
        t = Time::fromFrames(frame.value(), format.rate) - start;
    } else {
        bool ok = false;
        const double seconds = at.toDouble(&ok);
        if (!ok)
            return cl.usageError("--at '" + at + "': expected a timecode HH:MM:SS:FF or seconds");
        t = Time::fromSecondsRounded(seconds);
    }
    if (t < Time()) {
        printError(QString("%1: --at %2 is before the film's first frame").arg(path, at));
        return kDataError;
    }
    if (probe->duration > Time() && t > probe->duration) {
        printError(QString("%1: --at %2 is after the film's end (%3 s)")
                       .arg(path, at)
                       .arg(probe->duration.toSecondsForDisplay(), 0, 'f', 3));
        return kDataError;
    }
    const auto frame = (*source)->frameAt(t);
    if (!frame) {
        printError(frame.errorMessage());
        return kDataError;
    }
    const QImage image = media::toImage(*frame, width > 0 ? QSize(width, 16384) : QSize());
    if (image.isNull()) {
        printError(path + ": cannot convert the frame to a picture");
        return kDataError;
    }
    // The film itself is never the output.
    const bool saved = writeOutputWith({cl.value("out"), {path}},
                                       [&image](const QString& temporaryPath, QString* error) {
                                           if (image.save(temporaryPath, "PNG"))
                                               return true;
                                           *error = "cannot write the PNG image";
                                           return false;
                                       });
    if (!saved)
        return kDataError;
    printOut(QString("frame %1 at %2 s -> %3 (%4x%5)")
                 .arg(frame->index())
                 .arg(frame->pts().toSecondsForDisplay(), 0, 'f', 6)
                 .arg(cl.value("out"))
                 .arg(image.width())
                 .arg(image.height()));
    return kOk;
}

int runPeaks(const QStringList& args) {
    CommandLine cl("peaks",
                   "Build (or load from the cache) the waveform pyramid of a file's audio, "
                   "through the code the editor uses.",
                   {"MEDIA"});
    cl.parser().addOption({"cache", "The cache directory (default: none, always build).", "DIR"});
    cl.parser().addOption({"json", "Print JSON: levels, seconds, from_cache, ..."});
    if (auto exit = cl.parse(args))
        return *exit;
    QElapsedTimer timer;
    timer.start();
    const auto outcome = media::loadOrBuildWaveformPeaks(cl.positional()[0], cl.value("cache"));
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!outcome) {
        printError(outcome.errorMessage());
        return kDataError;
    }
    if (!outcome->cacheWarning.isEmpty())
        printError(outcome->cacheWarning);
    const auto& peaks = outcome->peaks;
    QJsonObject o{{"levels", peaks.levelCount()},
                  {"seconds", seconds},
                  {"from_cache", outcome->fromCache},
                  {"sample_rate", peaks.sampleRate()},
                  {"channels", peaks.channelCount()},
                  {"sample_count", static_cast<qint64>(peaks.sampleCount())},
                  {"duration_seconds", peaks.duration().toSecondsForDisplay()},
                  {"bytes", static_cast<qint64>(peaks.byteSize())}};
    if (cl.isSet("json"))
        printJson(o);
    else
        printOut(QString("%1 levels, %2 channel(s) at %3 Hz, %4 s of audio; %5 in %6 s")
                     .arg(peaks.levelCount())
                     .arg(peaks.channelCount())
                     .arg(peaks.sampleRate())
                     .arg(peaks.duration().toSecondsForDisplay(), 0, 'f', 3)
                     .arg(outcome->fromCache ? "loaded from the cache" : "built")
                     .arg(seconds, 0, 'f', 3));
    return kOk;
}

int runRelink(const QStringList& args) {
    CommandLine cl("relink",
                   "Point the project at its film's new location. The file must have the same "
                   "content as the one the project was made from (size and content hash).",
                   {"FILE", "MEDIA"});
    cl.parser().addOption({"force", "Accept a file whose content differs (e.g. a re-export)."});
    if (auto exit = cl.parse(args))
        return *exit;
    auto file = openProject(cl.positional()[0]);
    if (!file)
        return kDataError;
    const QString mediaPath = cl.positional()[1];
    const auto probe = media::probeMedia(mediaPath);
    if (!probe) {
        printError(probe.errorMessage());
        return kDataError;
    }
    Project project(file->loadedData(), *file);
    if (matchFilm(project.header(), probe->identity) == FilmMatch::DifferentContent &&
        !cl.isSet("force")) {
        printError(differentFilmMessage(mediaPath, project.header()) +
                   "; use --force to accept it anyway");
        return kDataError;
    }
    if (!relinkFilm(project, mediaPath, probe->identity)) {
        printError(cl.positional()[0] + ": " + project.lastError());
        return kDataError;
    }
    const QString absolute = project.header().mediaPath;
    printOut("relinked to " + absolute);
    return kOk;
}

} // namespace cuesheet::cli
