#include "cuesheet/ui/cue_display_text.h"

#include "cuesheet/model/party_text.h"

namespace cuesheet {

QString displayName(MusicKind kind) {
    return kind == MusicKind::Score ? QObject::tr("Score") : QObject::tr("Song");
}

QString displayName(Diegesis value) {
    switch (value) {
    case Diegesis::Diegetic:
        return QObject::tr("Diegetic");
    case Diegesis::NonDiegetic:
        return QObject::tr("Non-diegetic");
    case Diegesis::Unknown:
        break;
    }
    return QObject::tr("Unknown");
}

QString displayName(ThemeRole value) {
    switch (value) {
    case ThemeRole::MainTitle:
        return QObject::tr("Main title");
    case ThemeRole::EndTitle:
        return QObject::tr("End title");
    case ThemeRole::Logo:
        return QObject::tr("Logo");
    case ThemeRole::None:
        break;
    }
    return QObject::tr("None");
}

QString displayName(Origin value) {
    switch (value) {
    case Origin::Commissioned:
        return QObject::tr("Commissioned");
    case Origin::Commercial:
        return QObject::tr("Commercial");
    case Origin::Library:
        return QObject::tr("Library / production music");
    case Origin::PublicDomain:
        return QObject::tr("Public domain");
    }
    return {};
}

QString displayName(Vocal value) {
    return value == Vocal::Vocal ? QObject::tr("Vocal") : QObject::tr("Instrumental");
}

QString displayName(PartyRole role) {
    switch (role) {
    case PartyRole::Composer:
        return QObject::tr("Composer");
    case PartyRole::Author:
        return QObject::tr("Author");
    case PartyRole::ComposerAuthor:
        return QObject::tr("Composer/author");
    case PartyRole::Arranger:
        return QObject::tr("Arranger");
    case PartyRole::Publisher:
        return QObject::tr("Publisher");
    case PartyRole::SubPublisher:
        return QObject::tr("Sub-publisher");
    case PartyRole::Administrator:
        return QObject::tr("Administrator");
    }
    return {};
}

QString partiesForDisplay(const PartyList& parties) {
    QStringList parts;
    for (const Party& p : parties)
        parts << partyForDisplay(p);
    return parts.join("; ");
}

QString findingsSummary(const std::vector<Finding>& findings) {
    int errors = 0;
    int warnings = 0;
    for (const Finding& f : findings)
        (f.severity == Severity::Error ? errors : warnings)++;
    QStringList parts;
    if (errors)
        parts << (errors == 1 ? QObject::tr("1 error") : QObject::tr("%1 errors").arg(errors));
    if (warnings)
        parts << (warnings == 1 ? QObject::tr("1 warning")
                                : QObject::tr("%1 warnings").arg(warnings));
    return parts.join(", ");
}

QString findingsDetail(const std::vector<Finding>& findings) {
    QStringList lines;
    for (const Finding& f : findings)
        lines << QString("%1: %2").arg(toKey(f.severity), f.message);
    return lines.join('\n');
}

} // namespace cuesheet
