#pragma once

#include "cuesheet/model/share.h"

#include <QString>

#include <optional>
#include <vector>

namespace cuesheet {

// Roles as written on cue sheets (CISAC CWR role codes).
//   writers:    C composer, A author (lyricist), CA composer/author, AR arranger
//   publishers: E original publisher, SE sub-publisher, AM administrator
enum class PartyRole {
    Composer,
    Author,
    ComposerAuthor,
    Arranger,
    Publisher,
    SubPublisher,
    Administrator
};

bool isWriterRole(PartyRole role);
QString toCode(PartyRole role); // "C", "A", "CA", "AR", "E", "SE", "AM"
std::optional<PartyRole> partyRoleFromCode(const QString& code);

// A writer or publisher of a work, with its share of the performing right.
struct Party {
    QString name;
    PartyRole role = PartyRole::Composer;
    QString society;       // society code from the society table, e.g. "ASCAP"; may be empty
    QString ipiNameNumber; // 11 digits; may be empty
    Share share;

    friend bool operator==(const Party&, const Party&) = default;
};

using PartyList = std::vector<Party>;

} // namespace cuesheet
