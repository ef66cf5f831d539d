#pragma once

#include "cuesheet/model/ids.h"
#include "cuesheet/time/time.h"

#include <QString>
#include <QStringList>

namespace cuesheet {

// An audio file of the project's music library (the songs and cues a production uses), as
// its tags described it when it was added. Values are what the tags say, not what the cue
// sheet says: DESIGN.md's warning holds — file names and tags are archive data, the user
// confirms them. Linking a cue to it (library_link.h) copies them into empty cue fields.
//
// Lists keep every value in tag order, repeats included (a Vorbis comment may hold ARTIST
// twice; that is two artists). An untagged file has its file name without the extension as
// its title.
struct LibraryFile {
    LibraryFileId id = 0;
    QString path;     // as added: absolute, not normalised further (symlinks are kept)
    QString fileName; // the last component of `path`, e.g. "Rain (stem).wav"
    QString title;
    QStringList artists;
    QStringList composers; // COMPOSER (ID3 TCOM)
    QStringList lyricists; // LYRICIST (ID3 TEXT)
    QString album;
    QString label; // LABEL / ORGANIZATION / PUBLISHER (ID3 TPUB): the label, a publisher hint
    QString isrc;  // as tagged (not normalised)
    QString comment;
    Time duration;  // 0 = unknown
    QString format; // "FLAC", "MP3", "Ogg Vorbis" ...

    friend bool operator==(const LibraryFile&, const LibraryFile&) = default;
};

} // namespace cuesheet
