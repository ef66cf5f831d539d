#include "cuesheet/interchange/clip_title.h"

#include "cuesheet/model/work_titles.h"

#include <QRegularExpression>
#include <QSet>

namespace cuesheet {

namespace {

// Media file extensions editors leave on clip names. Only these are stripped: a dot followed
// by anything else is part of the name ("TC R1 V1.2 TEMP1 DX M").
const QSet<QString>& mediaExtensions() {
    static const QSet<QString> extensions = {
        // audio
        QStringLiteral("wav"), QStringLiteral("wave"), QStringLiteral("bwf"), QStringLiteral("aif"),
        QStringLiteral("aiff"), QStringLiteral("aifc"), QStringLiteral("caf"),
        QStringLiteral("sd2"), QStringLiteral("mp3"), QStringLiteral("m4a"), QStringLiteral("aac"),
        QStringLiteral("flac"), QStringLiteral("ogg"), QStringLiteral("oga"),
        QStringLiteral("opus"), QStringLiteral("wma"), QStringLiteral("ac3"), QStringLiteral("mp2"),
        // video and containers
        QStringLiteral("mov"), QStringLiteral("mp4"), QStringLiteral("m4v"), QStringLiteral("mxf"),
        QStringLiteral("avi"), QStringLiteral("mkv"), QStringLiteral("mpg"), QStringLiteral("mpeg"),
        QStringLiteral("webm"), QStringLiteral("dv"), QStringLiteral("r3d"), QStringLiteral("braw"),
        QStringLiteral("ari"), QStringLiteral("omf"), QStringLiteral("aaf"),
        // stills and image sequences
        QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("tif"),
        QStringLiteral("tiff"), QStringLiteral("dpx"), QStringLiteral("exr"),
        QStringLiteral("psd")};
    return extensions;
}

// Avid Media Composer appends these to clips it creates: ".new.01" (consolidate/transcode),
// ".sub.01" (subclip), ".copy.01" (duplicate), ".dup.01", ".Exported.01" (export).
const QRegularExpression& editorSuffix() {
    static const QRegularExpression pattern(
        QStringLiteral("\\.(NEW|SUB|COPY|DUP|EXPORTED)\\.\\d+$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// Pro Tools names each channel of a multichannel clip "<name>.<channel>" (see the clip list of
// a session text: "Audio 3 Clip1.L", "Audio 3 Clip1.R"). Case matters: ".l" is not a channel.
const QRegularExpression& channelSuffix() {
    static const QRegularExpression pattern(
        QStringLiteral("\\.(L|R|C|Ls|Rs|LFE|Lc|Rc|Cs|Lsr|Rsr)$"));
    return pattern;
}

// Avid appends the rate of a motion effect to the clip name: "Z694_151 (LAY3) (45.33 FPS)"
// (otio_speed_effects.edl event 483). The recording is the same.
const QRegularExpression& speedSuffix() {
    static const QRegularExpression pattern(QStringLiteral("\\s*\\(\\d+(\\.\\d+)? FPS\\)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// A name written as a file path: absolute ("/Volumes/...", "~/...", "S:\...", "S:/...",
// "\\server\..."), or holding a backslash, which no title does. A slash alone is not a
// path: "AC/DC - Thunderstruck" and "Love/Hate Theme" are titles.
bool looksLikePath(const QString& name) {
    static const QRegularExpression path(QStringLiteral(R"(^(/|~/|[A-Za-z]:[\\/])|\\)"));
    return path.match(name).hasMatch();
}

QString withoutDirectory(const QString& name) {
    if (!looksLikePath(name))
        return name;
    const qsizetype cut =
        std::max({name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\'))});
    return cut < 0 ? name : name.mid(cut + 1);
}

QString withoutMediaExtension(const QString& name) {
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return name;
    const QString extension = name.mid(dot + 1).toLower();
    return mediaExtensions().contains(extension) ? name.left(dot) : name;
}

QString withoutMatch(const QString& name, const QRegularExpression& pattern) {
    const auto match = pattern.match(name);
    return match.hasMatch() ? name.left(match.capturedStart()) : name;
}

} // namespace

QString clipTitleFromName(const QString& name) {
    QString title = name.simplified();
    for (;;) {
        QString next = withoutDirectory(title);
        next = withoutMediaExtension(next);
        next = withoutMatch(next, editorSuffix());
        next = withoutMatch(next, channelSuffix());
        next = withoutMatch(next, speedSuffix());
        next = next.simplified();
        if (next == title || next.isEmpty())
            return next.isEmpty() ? title : next;
        title = next;
    }
}

QString clipTitleFromProToolsName(const QString& name) {
    static const QRegularExpression editCounter(QStringLiteral("-\\d\\d$"));
    const QString title = clipTitleFromName(name);
    const QString trimmed = withoutMatch(title, editCounter).simplified();
    return trimmed.isEmpty() ? title : trimmed;
}

bool sameTitle(const QString& a, const QString& b) {
    return titleKey(a) == titleKey(b);
}

} // namespace cuesheet
