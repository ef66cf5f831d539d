#pragma once

#include "cuesheet/media/media_result.h"
#include "cuesheet/time/time.h"

#include <QString>
#include <QStringList>

namespace cuesheet::media {

// What an audio file's tags say about the recording, read with TagLib's property map, which
// names the fields alike for every format: Vorbis comments (keys upper-cased, so `comment`
// and `COMMENT` are one key), ID3v2 frames (TIT2 TITLE, TPE1 ARTIST, TCOM COMPOSER, TEXT
// LYRICIST, TSRC ISRC, TPUB LABEL, TALB ALBUM, COMM COMMENT; a TXXX frame goes by its
// description, upper-cased), MP4 atoms (©nam, ©ART, ©wrt COMPOSER, ©alb, ©cmt and the iTunes
// `----` atoms LYRICIST, LABEL, ISRC), RIFF INFO.
//
// Lists keep every value in tag order, repeats included. Single fields take the first value
// (the comment: all values, one per line).
struct AudioFileTags {
    QString title;             // TITLE; without one, the file name without its extension
    bool titleFromTag = false; // false: `title` is that file-name fallback
    QStringList artists;       // ARTIST
    QStringList composers;     // COMPOSER
    QStringList lyricists;     // LYRICIST
    QString album;             // ALBUM
    QString label;             // LABEL, else ORGANIZATION (the Vorbis name), else PUBLISHER
    QString isrc;              // ISRC, as tagged
    QString comment;           // COMMENT, else DESCRIPTION (the Vorbis name)
    // Exact from the sample count and rate for WAV, AIFF and FLAC; otherwise TagLib's length
    // in whole milliseconds (converted to ticks exactly, so the only rounding is TagLib's own
    // to a millisecond; for an MP3 without a Xing/VBRI header TagLib estimates it from the
    // bit rate). Zero when unknown.
    Time duration;
    QString format; // "FLAC", "MP3", "Ogg Vorbis", "Ogg Opus", "MP4 AAC", "WAV", "AIFF" ...
};

using TagResult = MediaResult<AudioFileTags>;

// Reads the tags and length of one audio file. Fails, with a message naming the file, when it
// does not exist or cannot be read (NotFound), or is not an audio format TagLib reads
// (NotMedia). A file without tags is not a failure: its title falls back to the file name.
// Thread-safe (each call opens its own file).
TagResult readAudioFileTags(const QString& path);

} // namespace cuesheet::media
