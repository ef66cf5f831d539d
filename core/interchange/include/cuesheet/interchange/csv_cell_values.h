#pragma once

#include "cuesheet/model/party_text.h"
#include "cuesheet/time/time.h"

#include <QString>

#include <optional>

namespace cuesheet {

// Values of spreadsheet cells as people and programs write them (CSV import).

// A cell of writers or publishers: items separated by ';', each
//   NAME:ROLE:SOCIETY:IPI:SHARE   (the generic export's lossless form, party_text.h), or
//   Name (SOCIETY) 50%            (the us/cisac exports' display form; society and share
//                                  optional), or
//   Name                          (a plain name; role C or E, no society, share 0).
// An item with ':' is read in the first form only. An empty cell gives an empty list. On a
// malformed item: nullopt and *error names it.
std::optional<PartyList> partiesFromCell(const QString& cell, PartySide side, QString* error);

// Seconds as spreadsheets write them: "95", "95.5", "1:35", "1:35.5", "1:01:35.25"
// (minutes and seconds below 60 after the first field). Not negative. Rounded to the nearest
// tick; nullopt (and *error says what was expected) otherwise.
std::optional<Time> secondsFromCell(const QString& cell, QString* error);

} // namespace cuesheet
