#include "cuesheet/model/party_text.h"

#include <QStringList>

namespace cuesheet {

std::optional<Party> partyFromText(const QString& text, PartySide side, QString* error) {
    const QString sideName = side == PartySide::Writer ? "writer" : "publisher";
    auto fail = [&](const QString& why) -> std::optional<Party> {
        if (error)
            *error = QString("%1 '%2': %3").arg(sideName, text, why);
        return std::nullopt;
    };
    // Split from the right: NAME may contain ':'.
    QStringList fields;
    QString rest = text;
    for (int i = 0; i < 4; ++i) {
        const int colon = rest.lastIndexOf(':');
        if (colon < 0)
            break;
        fields.prepend(rest.mid(colon + 1).trimmed());
        rest = rest.left(colon);
    }
    fields.prepend(rest.trimmed());
    if (fields.size() != 5)
        return fail("expected NAME:ROLE:SOCIETY:IPI:SHARE (SOCIETY and IPI may be empty)");

    Party party;
    party.name = fields[0];
    if (party.name.isEmpty())
        return fail("the name is empty");
    if (fields[1].isEmpty()) {
        party.role = side == PartySide::Writer ? PartyRole::Composer : PartyRole::Publisher;
    } else {
        const auto role = partyRoleFromCode(fields[1]);
        if (!role)
            return fail("role '" + fields[1] + "' is not one of " +
                        (side == PartySide::Writer ? "C, A, CA, AR" : "E, SE, AM"));
        if (isWriterRole(*role) != (side == PartySide::Writer))
            return fail("role '" + fields[1] + "' is a " +
                        (isWriterRole(*role) ? "writer" : "publisher") + " role; expected " +
                        (side == PartySide::Writer ? "C, A, CA or AR" : "E, SE or AM"));
        party.role = *role;
    }
    party.society = fields[2].toUpper();
    party.ipiNameNumber = fields[3];
    const auto share = Share::parse(fields[4]);
    if (!share)
        return fail("share '" + fields[4] +
                    "' is not a percentage from 0 to 100 with at most "
                    "two decimals");
    party.share = *share;
    return party;
}

QString partyToText(const Party& party) {
    return QStringList{party.name, toCode(party.role), party.society, party.ipiNameNumber,
                       party.share.toText()}
        .join(':');
}

QString partyForDisplay(const Party& party) {
    QString text = party.name;
    if (!party.society.isEmpty())
        text += " (" + party.society + ")";
    return text + ' ' + party.share.toText() + '%';
}

} // namespace cuesheet
