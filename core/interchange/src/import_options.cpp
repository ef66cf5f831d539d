#include "cuesheet/interchange/import_options.h"

#include <QRegularExpression>

namespace cuesheet {

namespace {

// "A" alone means the first audio track, as in an EDL's channel field.
QString normalizedTrackName(const QString& name) {
    if (name.compare(QLatin1String("A"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("A1");
    return name;
}

} // namespace

ParseResult<QStringList> parseTrackSelection(QStringView text) {
    using Result = ParseResult<QStringList>;
    static const QRegularExpression range(
        QStringLiteral("^([A-Za-z]+)(\\d{1,3})-([A-Za-z]+)(\\d{1,3})$"));
    QStringList tracks;
    const QStringList parts = text.toString().split(QLatin1Char(','));
    for (const QString& rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            return Result::failure("track list '" + text.toString().toStdString() +
                                   "': an empty track name (two commas, or a comma at an end)");
        const auto match = range.match(part);
        if (match.hasMatch() &&
            match.captured(1).compare(match.captured(3), Qt::CaseInsensitive) == 0) {
            const int first = match.captured(2).toInt();
            const int last = match.captured(4).toInt();
            if (last < first)
                return Result::failure("track range '" + part.toStdString() +
                                       "' runs backwards; write the lower track first");
            const QString prefix = match.captured(1).toUpper();
            for (int n = first; n <= last; ++n) {
                const QString name = prefix + QString::number(n);
                if (!tracks.contains(name))
                    tracks.append(name);
            }
            continue;
        }
        const QString name = normalizedTrackName(part);
        if (!tracks.contains(name))
            tracks.append(name);
    }
    return Result::success(tracks);
}

} // namespace cuesheet
