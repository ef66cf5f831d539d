#pragma once

#include "cuesheet/model/party.h"
#include "cuesheet/model/tags.h"
#include "cuesheet/model/validation.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace cuesheet {

// Words the editor shows for the model's values, so the table, the inspector, the
// statistics and the validation panel say the same thing. The model's text keys ("song",
// "non-diegetic") stay what is stored and typed; these are their labels for people.
QString displayName(MusicKind kind);  // "Score", "Song"
QString displayName(Diegesis value);  // "Diegetic", "Non-diegetic", "Unknown"
QString displayName(ThemeRole value); // "None", "Main title", "End title", "Logo"
QString displayName(Origin value);    // "Commissioned", "Commercial", "Library", ...
QString displayName(Vocal value);     // "Vocal", "Instrumental"
QString displayName(PartyRole role);  // "Composer", "Author", ... "Administrator"

// "Jane Roe (PRS) 50%; John Doe (BMI) 50%".
QString partiesForDisplay(const PartyList& parties);

// "2 errors, 1 warning", or an empty string when there is nothing.
QString findingsSummary(const std::vector<Finding>& findings);
// One line per finding: "error: writer shares total 90 %, expected 100 %".
QString findingsDetail(const std::vector<Finding>& findings);

} // namespace cuesheet
