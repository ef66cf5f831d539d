#pragma once

#include "cuesheet/interchange/cue_merge.h"
#include "cuesheet/interchange/edl_parser.h"
#include "cuesheet/interchange/import_options.h"
#include "cuesheet/interchange/import_result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace cuesheet {

// An EDL import: the parsed list (for a preview of its events) and the candidate cues.
struct EdlImport {
    EdlList list;
    ImportResult result;
};

// Imports a CMX3600 list of the music tracks.
//
// 1. The bytes are decoded (BOM, UTF-8 or Latin-1, any line end; see import_text.h) and
//    parsed (edl_parser.h) at options.frameRate.
// 2. Each event on a chosen track becomes a use of its clip, titled from FROM CLIP NAME, else
//    SOURCE FILE, else the reel (clip_title.h). Black (reel BL, BLK or BLACK) is not a use. A
//    transition (D or W) of length n starting at record frame r:
//      - the incoming clip's use starts at r (the transition line's record in);
//      - the outgoing clip is heard until r + n: its zero-length "from" line becomes a use of
//        [r, r + n) (so it merges with the outgoing clip's previous event), or, for a
//        transition written on one line, the previous use on the same track that ends at r
//        is extended to r + n.
// 3. Uses merge into cues by mergeClipUses (cue_merge.h) with options.mergeGap.
//
// Refused (result.accepted == false, no cues) when the input is not text, holds no event
// line, or, in strict mode, has any malformed line (the error names the file and line).
EdlImport importEdl(const QByteArray& bytes, const QString& fileName, const ImportOptions& options);

// The same, reading `path` first (refusing a file above the size limit before reading it).
EdlImport importEdlFile(const QString& path, const ImportOptions& options);

// Step 2 alone, for callers that already hold a parsed list. Appends findings.
std::vector<ClipUse> edlClipUses(const EdlList& list, const ImportOptions& options,
                                 std::vector<ImportFinding>* findings);

} // namespace cuesheet
