#include "cuesheet/model/cue_fields.h"

#include "cuesheet/model/identifiers.h"
#include "cuesheet/model/in_out_text.h"

#include <QHash>

namespace cuesheet {

QStringList cueFieldKeys() {
    return {"in",     "out",   "lane", "kind",        "diegesis", "visual",    "vocal", "theme",
            "origin", "usage", "isrc", "source-file", "label",    "catalogue", "track", "notes"};
}

QString cueFieldName(const QString& key) {
    static const QHash<QString, QString> names{
        {"in", "in point"},
        {"out", "out point"},
        {"visual", "performer seen on screen"},
        {"isrc", "ISRC"},
        {"source-file", "source file"},
        {"label", "library label"},
        {"catalogue", "catalogue number"},
        {"track", "track number"},
    };
    return names.value(key, key);
}

QString setCueFieldFromText(Cue& cue, const QString& key, const QString& value,
                            const ProjectHeader& header) {
    Cue c = cue;
    const QString v = value.trimmed();
    auto bad = [&](const QString& expected) {
        return QString("field '%1': '%2' is not valid; expected %3").arg(key, value, expected);
    };
    if (key == "in" || key == "out") {
        QString error;
        const auto time = programmeTimeOfTimecode(v, header, &error);
        if (!time)
            return QString("field '%1': %2").arg(key, error);
        (key == "in" ? c.in : c.out) = *time;
    } else if (key == "lane") {
        bool ok = false;
        const int lane = v.toInt(&ok);
        if (!ok || lane < 0 || lane > kLastLane)
            return bad(QString("a lane number from 0 to %1").arg(kLastLane));
        c.lane = lane;
    } else if (key == "kind") {
        const auto kind = musicKindFromKey(v);
        if (!kind)
            return bad("score or song");
        c.tags.kind = *kind;
    } else if (key == "diegesis") {
        const auto d = diegesisFromKey(v);
        if (!d)
            return bad("diegetic, non-diegetic or unknown");
        c.tags.diegesis = *d;
    } else if (key == "visual") {
        const QString s = v.toLower();
        if (s == "yes" || s == "true" || s == "1")
            c.tags.visual = true;
        else if (s == "no" || s == "false" || s == "0")
            c.tags.visual = false;
        else
            return bad("yes or no");
    } else if (key == "vocal") {
        if (v.compare("auto", Qt::CaseInsensitive) == 0) {
            c.tags.vocal.reset();
        } else {
            const auto vocal = vocalFromKey(v);
            if (!vocal)
                return bad("vocal, instrumental or auto");
            c.tags.vocal = *vocal;
        }
    } else if (key == "theme") {
        const auto theme = themeRoleFromKey(v);
        if (!theme)
            return bad("none, main, end or logo");
        c.tags.theme = *theme;
    } else if (key == "origin") {
        if (v.compare("auto", Qt::CaseInsensitive) == 0) {
            c.tags.origin.reset();
        } else {
            const auto origin = originFromKey(v);
            if (!origin)
                return bad("commissioned, commercial, library, public-domain or auto");
            c.tags.origin = *origin;
        }
    } else if (key == "usage") {
        c.usageOverride = v.compare("auto", Qt::CaseInsensitive) == 0 ? QString() : v;
    } else if (key == "isrc") {
        if (!v.isEmpty()) {
            if (const QString problem = checkIsrc(v); !problem.isEmpty())
                return "field 'isrc': " + problem;
        }
        c.isrc = normalizedIsrc(v);
    } else if (key == "source-file") {
        c.sourceFile = v;
    } else if (key == "label") {
        c.libraryLabel = v;
    } else if (key == "catalogue") {
        c.libraryCatalogue = v;
    } else if (key == "track") {
        c.libraryTrack = v;
    } else if (key == "notes") {
        c.notes = value;
    } else {
        return QString("unknown cue field '%1'; fields are: title, iswc, writer, publisher, %2")
            .arg(key, cueFieldKeys().join(", "));
    }
    cue = c;
    return {};
}

QString setCueTimeFromText(Cue& cue, const QString& key, const QString& value,
                           const ProjectHeader& header) {
    Cue edited = cue;
    if (key == "duration") {
        const auto frames = parseTimecode(value.trimmed().toStdString(), header.timecode);
        if (!frames.ok())
            return "Duration: " + QString::fromStdString(frames.error());
        edited.out = edited.in + Time::fromFrames(frames.value(), header.timecode.rate);
    } else if (key == "in" || key == "out") {
        if (const QString error = setCueFieldFromText(edited, key, value, header); !error.isEmpty())
            return error;
    } else {
        return QString("'%1' is not a time field of a cue").arg(key);
    }
    if (edited.out <= edited.in)
        return QString("The out point must be after the in point (%1).")
            .arg(timecodeOfProgrammeTime(edited.in, header));
    cue = edited;
    return {};
}

} // namespace cuesheet
