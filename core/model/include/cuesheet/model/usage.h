#pragma once

#include "cuesheet/model/cue.h"

#include <QString>

namespace cuesheet {

// Society usage codes, derived from a cue's tags at export (DESIGN.md section 2).
//
// US (ASCAP/BMI):  MT main title, ET end title, L logo; otherwise a visible performance
// gives VV (vocal) / VI (instrumental), and anything else BV / BI. Diegetic music heard from
// an off-screen radio is still background: "visual" needs a performer on screen.
QString usUsageCode(const CueTags& tags);

// CISAC vocabulary (PRS, APRA and the CISAC templates): Theme for a signature (main title,
// end title, logo); Featured when the characters hear it or a performer is seen; otherwise
// Background.
QString cisacUsage(const CueTags& tags);

enum class UsageVocabulary { Us, Cisac };

// The code to print: the user's override when there is one, else the derived code.
QString effectiveUsage(const Cue& cue, UsageVocabulary vocabulary);

} // namespace cuesheet
