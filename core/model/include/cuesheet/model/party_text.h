#pragma once

#include "cuesheet/model/party.h"

#include <QString>

#include <optional>

namespace cuesheet {

enum class PartySide { Writer, Publisher };

// "Name:ROLE:SOCIETY:IPI:SHARE", e.g. "Jane Roe:C:PRS:00052210040:50". Fields are split from
// the right, so a name may contain ':'. SOCIETY and IPI may be empty; ROLE defaults to C for
// writers and E for publishers when empty; the role must suit the side.
std::optional<Party> partyFromText(const QString& text, PartySide side, QString* error);
QString partyToText(const Party& party);
// "Jane Roe (PRS) 50%" as printed on US-style cue sheets.
QString partyForDisplay(const Party& party);

} // namespace cuesheet
