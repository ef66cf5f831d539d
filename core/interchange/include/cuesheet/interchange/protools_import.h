#pragma once

#include "cuesheet/interchange/cue_merge.h"
#include "cuesheet/interchange/import_options.h"
#include "cuesheet/interchange/import_result.h"
#include "cuesheet/interchange/protools_text_parser.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace cuesheet {

// A Pro Tools import: the parsed session (for a preview; empty when refused early) and the
// candidate cues.
struct ProToolsImport {
    std::optional<ProToolsSession> session;
    ImportResult result;
};

// Imports a Pro Tools "Export Session Info as Text" file.
//
// - Tracks: options.tracks names them (case-insensitive); empty = every track. Tracks whose
//   STATE is Muted or Inactive are not heard and are skipped (an Info finding says so).
// - Muted clips are dropped. Fade rows extend their clip: "(fade in)" the next clip on the
//   channel, "(fade out)" the previous one, "(cross fade)" both, when they touch.
// - Each channel of a stereo clip is a row ("Song.L" on channel 1, "Song.R" on 2); their
//   titles are equal once the channel suffix is stripped (clip_title.h), so the merge keeps
//   one cue of them.
// - Times: session timecode (TIMECODE FORMAT, SESSION START TIMECODE) or samples from the
//   session start; programme time = session time - options.programmeStart().
// - Uses merge by mergeClipUses with options.mergeGap.
// Refusals as for importEdl; see parseProToolsText for the whole-file ones.
ProToolsImport importProToolsText(const QByteArray& bytes, const QString& fileName,
                                  const ImportOptions& options);
ProToolsImport importProToolsTextFile(const QString& path, const ImportOptions& options);

// The step from a parsed session to uses, for callers that hold one. Appends findings.
std::vector<ClipUse> protoolsClipUses(const ProToolsSession& session, const ImportOptions& options,
                                      std::vector<ImportFinding>* findings);

} // namespace cuesheet
