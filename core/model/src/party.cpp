#include "cuesheet/model/party.h"

#include <array>
#include <utility>

namespace cuesheet {

namespace {
constexpr std::array<std::pair<PartyRole, const char*>, 7> kCodes{{
    {PartyRole::Composer, "C"},
    {PartyRole::Author, "A"},
    {PartyRole::ComposerAuthor, "CA"},
    {PartyRole::Arranger, "AR"},
    {PartyRole::Publisher, "E"},
    {PartyRole::SubPublisher, "SE"},
    {PartyRole::Administrator, "AM"},
}};
}

bool isWriterRole(PartyRole role) {
    return role == PartyRole::Composer || role == PartyRole::Author ||
           role == PartyRole::ComposerAuthor || role == PartyRole::Arranger;
}

QString toCode(PartyRole role) {
    for (const auto& [r, code] : kCodes)
        if (r == role)
            return code;
    return {};
}

std::optional<PartyRole> partyRoleFromCode(const QString& code) {
    const QString upper = code.trimmed().toUpper();
    for (const auto& [role, text] : kCodes)
        if (upper == text)
            return role;
    return std::nullopt;
}

} // namespace cuesheet
