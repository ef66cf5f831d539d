#include "cuesheet/model/header_fields.h"

#include "cuesheet/model/in_out_text.h"

#include <QDate>

#include <algorithm>

namespace cuesheet {

const std::vector<HeaderFieldInfo>& headerFields() {
    static const std::vector<HeaderFieldInfo> fields{
        {"title", "production title"},
        {"episode-title", "episode title"},
        {"episode-number", "episode number"},
        {"company", "production company"},
        {"production-number", "production number"},
        {"country", "country of origin"},
        {"year", "year of production"},
        {"director", "director"},
        {"release-date", "first air or release date (YYYY-MM-DD)"},
        {"rate", "frame rate (24000/1001, 25, 29.97 ...)"},
        {"drop-frame", "drop-frame timecode (yes/no; 29.97 and 59.94 only)"},
        {"start", "start timecode of the programme"},
        {"running-time", "total running time (timecode duration)"},
        {"media", "path of the film"},
        {"shares-model", "how shares add up: each-side (writers 100 %, publishers 100 %) or "
                         "combined (together 100 %)"},
    };
    return fields;
}

QString headerFieldName(const QString& key) {
    for (const HeaderFieldInfo& field : headerFields())
        if (field.key == key)
            return field.description.section(" (", 0, 0).section(':', 0, 0);
    return key;
}

namespace {

std::optional<bool> parseYesNo(const QString& text) {
    const QString s = text.trimmed().toLower();
    if (s == "yes" || s == "true" || s == "1" || s == "on" || s == "df" || s == "drop")
        return true;
    if (s == "no" || s == "false" || s == "0" || s == "off" || s == "ndf" || s == "non-drop")
        return false;
    return std::nullopt;
}

QString timecodeLabel(std::int64_t frame, const TimecodeFormat& format) {
    return QString::fromStdString(formatTimecode(frame, format));
}

// Moves the start to `format` keeping its label: 01:00:00:00 stays 01:00:00:00 (a different
// frame count) when the rate or the drop-frame mode changes. Returns an error sentence for
// `key` when that label does not exist in the new format.
QString keepStartLabel(ProjectHeader& h, const TimecodeFormat& format, const QString& key) {
    std::string label = formatTimecode(h.startFrame, h.timecode);
    std::replace(label.begin(), label.end(), ';', ':');
    const auto frame = parseTimecode(label, format);
    if (!frame.ok())
        return QString("field '%1': the start timecode %2 does not exist in the new format (%3); "
                       "change the start first")
            .arg(key, QString::fromStdString(label), QString::fromStdString(frame.error()));
    h.timecode = format;
    h.startFrame = frame.value();
    return {};
}

} // namespace

QString headerFieldText(const ProjectHeader& h, const QString& key) {
    if (key == "title")
        return h.productionTitle;
    if (key == "episode-title")
        return h.episodeTitle;
    if (key == "episode-number")
        return h.episodeNumber;
    if (key == "company")
        return h.productionCompany;
    if (key == "production-number")
        return h.productionNumber;
    if (key == "country")
        return h.country;
    if (key == "year")
        return h.year > 0 ? QString::number(h.year) : QString();
    if (key == "director")
        return h.director;
    if (key == "release-date")
        return h.firstReleaseDate;
    if (key == "rate")
        return QString::fromStdString(h.timecode.rate.toFraction());
    if (key == "drop-frame")
        return h.timecode.dropFrame ? "yes" : "no";
    if (key == "start")
        return timecodeLabel(h.startFrame, h.timecode);
    if (key == "running-time")
        return timecodeOfDuration(h.runningTime, h);
    if (key == "media")
        return h.mediaPath;
    if (key == "shares-model")
        return h.sharesModel == SharesModel::CombinedWhole ? "combined" : "each-side";
    return {};
}

QString setHeaderFieldFromText(ProjectHeader& header, const QString& key, const QString& value) {
    ProjectHeader h = header;
    const QString v = value.trimmed();
    auto bad = [&](const QString& expected) {
        return QString("field '%1': '%2' is not valid; expected %3").arg(key, value, expected);
    };
    if (key == "title")
        h.productionTitle = v;
    else if (key == "episode-title")
        h.episodeTitle = v;
    else if (key == "episode-number")
        h.episodeNumber = v;
    else if (key == "company")
        h.productionCompany = v;
    else if (key == "production-number")
        h.productionNumber = v;
    else if (key == "country")
        h.country = v;
    else if (key == "director")
        h.director = v;
    else if (key == "media")
        h.mediaPath = v;
    else if (key == "year") {
        bool ok = false;
        const int year = v.toInt(&ok);
        if (v.isEmpty())
            h.year = 0;
        else if (!ok || year < 1880 || year > 2200)
            return bad("a year such as 2026");
        else
            h.year = year;
    } else if (key == "release-date") {
        if (!v.isEmpty() && !QDate::fromString(v, Qt::ISODate).isValid())
            return bad("a date as YYYY-MM-DD");
        h.firstReleaseDate = v;
    } else if (key == "rate") {
        const auto rate = FrameRate::parse(v.toStdString());
        if (!rate.ok())
            return QString("field 'rate': ") + QString::fromStdString(rate.error());
        TimecodeFormat format = h.timecode;
        format.rate = rate.value();
        if (!format.rate.supportsDropFrame())
            format.dropFrame = false;
        if (const QString problem = keepStartLabel(h, format, key); !problem.isEmpty())
            return problem;
    } else if (key == "drop-frame") {
        const auto drop = parseYesNo(v);
        if (!drop)
            return bad("yes or no");
        if (*drop && !h.timecode.rate.supportsDropFrame())
            return QString("field 'drop-frame': drop-frame timecode exists only at 29.97 and "
                           "59.94, not at %1")
                .arg(QString::fromStdString(h.timecode.rate.toFraction()));
        TimecodeFormat format = h.timecode;
        format.dropFrame = *drop;
        if (const QString problem = keepStartLabel(h, format, key); !problem.isEmpty())
            return problem;
    } else if (key == "start") {
        const auto frame = parseTimecode(v.toStdString(), h.timecode);
        if (!frame.ok())
            return QString("field 'start': ") + QString::fromStdString(frame.error());
        h.startFrame = frame.value();
    } else if (key == "running-time") {
        const auto frames = parseTimecode(v.toStdString(), h.timecode);
        if (!frames.ok())
            return QString("field 'running-time': ") + QString::fromStdString(frames.error());
        h.runningTime = Time::fromFrames(frames.value(), h.timecode.rate);
    } else if (key == "shares-model") {
        if (v == "each-side")
            h.sharesModel = SharesModel::EachSideWhole;
        else if (v == "combined")
            h.sharesModel = SharesModel::CombinedWhole;
        else
            return bad("each-side or combined");
    } else {
        QStringList keys;
        for (const auto& f : headerFields())
            keys << f.key;
        return QString("unknown field '%1'; fields are: %2").arg(key, keys.join(", "));
    }
    header = h;
    return {};
}

} // namespace cuesheet
