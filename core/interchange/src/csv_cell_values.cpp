#include "cuesheet/interchange/csv_cell_values.h"

#include <QRegularExpression>
#include <QStringList>

namespace cuesheet {

namespace {

std::optional<Party> partyFromDisplayText(const QString& text, PartySide side, QString* error) {
    // "Jane Roe (PRS) 50%", "Jane Roe 50%", "Jane Roe (PRS)", "Jane Roe".
    static const QRegularExpression form(
        QStringLiteral(R"(^(.*?)\s*(?:\(\s*([^()]*?)\s*\))?\s*(?:(\d+(?:\.\d+)?)\s*%)?$)"));
    const auto match = form.match(text);
    const QString name = match.hasMatch() ? match.captured(1).trimmed() : QString();
    if (name.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1 '%2': expected a name, \"Name (SOCIETY) SHARE%\" or "
                                    "NAME:ROLE:SOCIETY:IPI:SHARE")
                         .arg(side == PartySide::Writer ? "writer" : "publisher", text);
        return std::nullopt;
    }
    Party party;
    party.name = name;
    party.role = side == PartySide::Writer ? PartyRole::Composer : PartyRole::Publisher;
    party.society = match.captured(2).toUpper();
    if (!match.captured(3).isEmpty()) {
        const auto share = Share::parse(match.captured(3));
        if (!share) {
            if (error)
                *error = QStringLiteral("%1 '%2': share '%3%' is not a percentage from 0 to 100 "
                                        "with at most two decimals")
                             .arg(side == PartySide::Writer ? "writer" : "publisher", text,
                                  match.captured(3));
            return std::nullopt;
        }
        party.share = *share;
    }
    return party;
}

} // namespace

std::optional<PartyList> partiesFromCell(const QString& cell, PartySide side, QString* error) {
    PartyList parties;
    for (const QString& rawItem : cell.split(QLatin1Char(';'))) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty())
            continue;
        const auto party = item.contains(QLatin1Char(':'))
                               ? partyFromText(item, side, error)
                               : partyFromDisplayText(item, side, error);
        if (!party)
            return std::nullopt;
        parties.push_back(*party);
    }
    return parties;
}

std::optional<Time> secondsFromCell(const QString& cell, QString* error) {
    static const QRegularExpression form(
        QStringLiteral(R"(^(?:(?:(\d{1,6}):)?(\d{1,7}):)?(\d{1,9})(?:\.(\d{1,9}))?$)"));
    const QString text = cell.trimmed();
    const auto match = form.match(text);
    auto fail = [&]() -> std::optional<Time> {
        if (error)
            *error = QStringLiteral("'%1' is not a time in seconds; expected seconds such as "
                                    "95.5, or M:SS.s / H:MM:SS.s")
                         .arg(cell);
        return std::nullopt;
    };
    if (!match.hasMatch())
        return fail();
    const bool hasHours = !match.captured(1).isEmpty();
    const bool hasMinutes = !match.captured(2).isEmpty();
    const qint64 hours = match.captured(1).toLongLong();
    const qint64 minutes = match.captured(2).toLongLong();
    const qint64 seconds = match.captured(3).toLongLong();
    // After the first field, minutes and seconds stay below 60 (1:75 is a typing mistake).
    if ((hasMinutes && seconds >= 60) || (hasHours && minutes >= 60))
        return fail();
    // The fraction is read exactly as digits / 10^n seconds, then rounded to a tick.
    const QString fraction = match.captured(4);
    std::int64_t denominator = 1;
    for (int i = 0; i < fraction.size(); ++i)
        denominator *= 10;
    const Time fractionTime =
        fraction.isEmpty()
            ? Time()
            : Time::fromRational(fraction.toLongLong(), 1, denominator, Rounding::Nearest);
    return Time::fromWholeSeconds(hours * 3600 + minutes * 60 + seconds) + fractionTime;
}

} // namespace cuesheet
