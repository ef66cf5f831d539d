#pragma once

#include "cuesheet/model/ids.h"
#include "cuesheet/model/party.h"

#include <QString>

namespace cuesheet {

// A musical work: what every use (cue) of the same title shares, so that writers and
// publishers are entered once and apply to every use ("map a work once, apply everywhere").
struct Work {
    WorkId id = 0;
    QString title;
    QString iswc;
    PartyList writers;
    PartyList publishers;

    friend bool operator==(const Work&, const Work&) = default;
};

} // namespace cuesheet
