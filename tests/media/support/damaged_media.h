#pragma once

// Bad and partial media for tests: copies of a good file cut short or with bytes
// overwritten, an audio-only file, a file that is not media at all.

#include <QString>

namespace cuesheet::media::test {

// Copies the first `keepPercent` % of `source` to `target`. Returns an error text or empty.
QString writeTruncatedCopy(const QString& source, const QString& target, int keepPercent);

// Copies `source` to `target` and overwrites `chunks` runs of 512 bytes, spread evenly
// between 20 % (or the start of the media data, if later) and 95 % of the file, with
// pseudo-random bytes (the same for a given `seed`). The header (moov at the front with
// -movflags +faststart, or a Matroska header) stays intact, so the file opens but its
// picture data is damaged.
QString writeCorruptedCopy(const QString& source, const QString& target, int chunks, unsigned seed);

// An AAC (.m4a) file of `seconds` of a 440 Hz sine at 48 kHz stereo, no video.
QString writeAudioOnly(const QString& path, int seconds);

// An AVI of `seconds` with a picture in a codec no FFmpeg knows (an MPEG-4 Part 2 stream
// whose fourcc FMP4 is rewritten to QQQQ) and 16-bit PCM sound that plays.
QString writeUnknownVideoCodec(const QString& path, int seconds);

// A file with `text` in it (media it is not).
QString writeTextFile(const QString& path, const QByteArray& text);

} // namespace cuesheet::media::test
