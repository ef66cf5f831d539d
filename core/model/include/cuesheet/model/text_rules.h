#pragma once

#include <QString>

namespace cuesheet {

// Text stored in a project holds no control characters (C0 but line breaks, DEL, C1): an
// escape sequence in a title rewrites the terminal that lists it (`add-cue --title
// $'\e]0;PWNED\a'`), and no society's sheet has a use for them. Line breaks and tabs are
// allowed only where text has lines (`multiline`: notes). Empty when `text` is fine; else what is wrong,
// naming `field` and the character ("title: holds the control character U+001B at
// position 1; ...").
QString controlCharacterProblem(const QString& field, const QString& text, bool multiline = false);

} // namespace cuesheet
