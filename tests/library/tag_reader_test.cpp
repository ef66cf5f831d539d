// Reading the tags of a music library's files with TagLib: the real Vorbis recordings in
// tests/data/music, and MP3 (ID3v2.3, ID3v2.4), FLAC, M4A, WAV and AIFF files made here with
// the ffmpeg command (and metaflac, for a Vorbis comment that repeats a key), so that each tag
// and each frame is known.
//
// What the ffmpeg muxers write (FFmpeg 5.1), checked with ffprobe and a hex dump when these
// tests were written:
//   MP3: -metadata title/artist/album/composer/publisher become TIT2/TPE1/TALB/TCOM/TPUB;
//        a key that is itself a four-letter ID3v2 text frame (TEXT, TSRC) is written as that
//        frame; comment becomes TXXX:comment (not COMM). -id3v2_version 3 writes ID3v2.3.
//   FLAC: every key as a Vorbis comment, in the case given (lower case here), except that
//        comment becomes DESCRIPTION (the Vorbis name for it).
//   M4A: title/artist/album/composer/comment become ©nam/©ART/©alb/©wrt/©cmt; there is no
//        atom for a lyricist, label or ISRC that ffmpeg writes (so those are not tested on M4A).
//   WAV: a LIST INFO chunk: title INAM, artist IART, comment ICMT.
#include "cuesheet/media/tag_reader.h"

#include "library_test_support.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace cuesheet;
using namespace cuesheet::media;
using cuesheet::test::makeAudio;
using cuesheet::test::runTool;

namespace {

QString music(const QString& name) {
    return QString(CUESHEET_TEST_DATA_DIR) + "/music/" + name;
}

AudioFileTags read(const QString& path) {
    const auto result = readAudioFileTags(path);
    INFO(result.errorMessage().toStdString());
    REQUIRE(result.ok());
    return result.value();
}

// |a - b| <= tolerance: for lengths TagLib reports in whole milliseconds, or estimates.
bool near(Time a, Time b, Time tolerance) {
    const Time d = a > b ? a - b : b - a;
    return d <= tolerance;
}

const Time kOneMillisecond = Time::fromRational(1, 1, 1000, Rounding::Nearest);

} // namespace

TEST_CASE("tags: the real Vorbis recordings") {
    SECTION("Chimes They Fade.ogg: ARTIST, TITLE, ALBUM") {
        const auto t = read(music("Chimes They Fade.ogg"));
        CHECK(t.title == "Chimes They Fade");
        CHECK(t.titleFromTag);
        CHECK(t.artists == QStringList{"Maxstack"});
        CHECK(t.album == "Endgame: Singularity Original Soundtrack");
        CHECK(t.composers.isEmpty());
        CHECK(t.lyricists.isEmpty());
        CHECK(t.label.isEmpty());
        CHECK(t.isrc.isEmpty());
        CHECK(t.format == "Ogg Vorbis");
        // ffprobe: 2 048 000 samples at 48 kHz = 42.666 667 s.
        CHECK(near(t.duration, Time::fromRational(2'048'000, 1, 48'000, Rounding::Nearest),
                   kOneMillisecond));
    }
    SECTION("March Thee to Dis.ogg") {
        const auto t = read(music("March Thee to Dis.ogg"));
        CHECK(t.title == "March Thee to Dis");
        CHECK(t.artists == QStringList{"Maxstack"});
        // ffprobe: 2 073 600 samples at 48 kHz = 43.2 s.
        CHECK(near(t.duration, Time::fromRational(432, 1, 10, Rounding::Nearest), kOneMillisecond));
    }
    SECTION("credits1-cp.ogg: the lower-case `comment` key is read as COMMENT") {
        const auto t = read(music("credits1-cp.ogg"));
        CHECK(t.title == "Credits Ballad");
        CHECK(t.artists == QStringList{"Kristian Picon"});
        CHECK(t.album == "Extreme Tux Racer");
        CHECK(t.comment == "Composed for the credits of Extreme Tux Racer.");
        // ffprobe: 3 676 997 samples at 44.1 kHz = 83.378 617 s.
        CHECK(near(t.duration, Time::fromRational(3'676'997, 1, 44'100, Rounding::Nearest),
                   kOneMillisecond));
    }
    SECTION("raceintro-ks.ogg has no tags: the title is the file name") {
        const auto t = read(music("raceintro-ks.ogg"));
        CHECK(t.title == "raceintro-ks");
        CHECK_FALSE(t.titleFromTag);
        CHECK(t.artists.isEmpty());
        CHECK(t.album.isEmpty());
        CHECK(t.comment.isEmpty());
        CHECK(t.format == "Ogg Vorbis");
        // ffprobe: 278 526 samples at 44.1 kHz = 6.315 782 s.
        CHECK(near(t.duration, Time::fromRational(278'526, 1, 44'100, Rounding::Nearest),
                   kOneMillisecond));
    }
}

TEST_CASE("tags: MP3 with ID3v2.4 and ID3v2.3 frames") {
    QTemporaryDir dir;
    for (const int version : {4, 3}) {
        INFO("ID3v2." << version);
        const QString path = dir.filePath(QString("song v2%1.mp3").arg(version));
        makeAudio(path, 1.5,
                  {"-id3v2_version", QString::number(version), "-metadata", "title=Rain Over Water",
                   "-metadata", "artist=The Drops", "-metadata", "composer=Ann Smith", "-metadata",
                   "TEXT=Bob Jones", "-metadata", "TSRC=GBAYE2400001", "-metadata",
                   "publisher=Cloud Records", "-metadata", "album=Weather", "-metadata",
                   "comment=stem mix"});
        // The frames are really there, as ID3v2.x (the header's version byte is 3 or 4).
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(4096);
        REQUIRE(head.startsWith("ID3"));
        CHECK(head.at(3) == version);
        for (const char* frame : {"TIT2", "TPE1", "TCOM", "TEXT", "TSRC", "TPUB", "TALB"})
            CHECK(head.contains(frame));

        const auto t = read(path);
        CHECK(t.title == "Rain Over Water");
        CHECK(t.artists == QStringList{"The Drops"});
        CHECK(t.composers == QStringList{"Ann Smith"}); // TCOM
        CHECK(t.lyricists == QStringList{"Bob Jones"}); // TEXT
        CHECK(t.isrc == "GBAYE2400001");                // TSRC
        CHECK(t.label == "Cloud Records");              // TPUB is the label
        CHECK(t.album == "Weather");
        CHECK(t.comment == "stem mix"); // TXXX:comment
        CHECK(t.format == "MP3");
        // MP3 is framed (1152 samples) and the encoder pads: near, not exact.
        CHECK(near(t.duration, Time::fromRational(15, 1, 10, Rounding::Nearest),
                   Time::fromRational(1, 1, 10, Rounding::Nearest)));
    }
}

TEST_CASE("tags: FLAC Vorbis comments, lower-case keys and repeated values") {
    QTemporaryDir dir;
    const QString path = dir.filePath("rain.flac");
    makeAudio(path, 1.5,
              {"-metadata", "title=Rain Over Water", "-metadata", "composer=Ann Smith", "-metadata",
               "lyricist=Cy Lee", "-metadata", "isrc=GBAYE2400001", "-metadata",
               "label=Cloud Records", "-metadata", "comment=take 3"});
    // Two ARTIST comments and a second COMPOSER, as separate comments (one -metadata key of
    // ffmpeg holds one value, so metaflac adds them).
    REQUIRE(runTool(CUESHEET_METAFLAC_EXECUTABLE,
                    {"--set-tag=ARTIST=The Drops", "--set-tag=artist=Dee Ray",
                     "--set-tag=COMPOSER=Bob Jones", path}) == "");

    const auto t = read(path);
    CHECK(t.title == "Rain Over Water");
    CHECK(t.artists == QStringList{"The Drops", "Dee Ray"});
    CHECK(t.composers == QStringList{"Ann Smith", "Bob Jones"});
    CHECK(t.lyricists == QStringList{"Cy Lee"});
    CHECK(t.isrc == "GBAYE2400001");
    CHECK(t.label == "Cloud Records");
    CHECK(t.comment == "take 3"); // written as DESCRIPTION
    CHECK(t.format == "FLAC");
    // Exact: FLAC states its sample count. 1.5 s at 44.1 kHz = 66 150 samples.
    CHECK(t.duration == Time::fromRational(15, 1, 10, Rounding::Nearest));
}

TEST_CASE("tags: the label under its other Vorbis names") {
    QTemporaryDir dir;
    const QString organization = dir.filePath("org.flac");
    makeAudio(organization, 0.5, {"-metadata", "ORGANIZATION=Org Records"});
    CHECK(read(organization).label == "Org Records");
    const QString publisher = dir.filePath("pub.flac");
    makeAudio(publisher, 0.5, {"-metadata", "PUBLISHER=Pub Music"});
    CHECK(read(publisher).label == "Pub Music");
    // LABEL wins over ORGANIZATION when both are there.
    const QString both = dir.filePath("both.flac");
    makeAudio(both, 0.5, {"-metadata", "ORGANIZATION=Org Records", "-metadata", "LABEL=The Label"});
    CHECK(read(both).label == "The Label");
}

TEST_CASE("tags: M4A (AAC) atoms") {
    QTemporaryDir dir;
    const QString path = dir.filePath("theme.m4a");
    makeAudio(path, 1.5,
              {"-c:a", "aac", "-metadata", "title=Main Theme", "-metadata", "artist=Orchestra",
               "-metadata", "composer=Ann Smith", "-metadata", "album=Score", "-metadata",
               "comment=final mix"});
    const auto t = read(path);
    CHECK(t.title == "Main Theme");
    CHECK(t.artists == QStringList{"Orchestra"});
    CHECK(t.composers == QStringList{"Ann Smith"}); // ©wrt
    CHECK(t.album == "Score");
    CHECK(t.comment == "final mix");
    CHECK(t.format == "MP4 AAC");
    // AAC frames are 1024 samples, with encoder priming: near, not exact.
    CHECK(near(t.duration, Time::fromRational(15, 1, 10, Rounding::Nearest),
               Time::fromRational(1, 1, 10, Rounding::Nearest)));
}

TEST_CASE("tags: WAV and AIFF lengths are exact from their sample counts") {
    QTemporaryDir dir;
    // 1.234 s at 48 kHz = 59 232 samples.
    const QString wav = dir.filePath("Sting 3.wav");
    makeAudio(wav, 1.234,
              {"-ar", "48000", "-metadata", "title=Sting", "-metadata", "artist=Foley Band"});
    const auto w = read(wav);
    CHECK(w.title == "Sting");
    CHECK(w.artists == QStringList{"Foley Band"});
    CHECK(w.format == "WAV");
    CHECK(w.duration == Time::fromRational(59'232, 1, 48'000, Rounding::Nearest));

    const QString aiff = dir.filePath("Logo.Final.aiff");
    makeAudio(aiff, 0.5, {"-ar", "48000"});
    const auto a = read(aiff);
    CHECK(a.title == "Logo.Final"); // only the last extension goes
    CHECK_FALSE(a.titleFromTag);
    CHECK(a.format == "AIFF");
    CHECK(a.duration == Time::fromRational(1, 1, 2, Rounding::Nearest));
}

TEST_CASE("tags: files TagLib cannot read give an error naming the file") {
    QTemporaryDir dir;
    SECTION("missing") {
        const QString path = dir.filePath("gone.flac");
        const auto r = readAudioFileTags(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == MediaError::Kind::NotFound);
        CHECK(r.errorMessage().contains(path));
        CHECK(r.errorMessage().contains("no such file"));
    }
    SECTION("a folder") {
        const auto r = readAudioFileTags(dir.path());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == MediaError::Kind::NotFound);
        CHECK(r.errorMessage().contains("not a file"));
    }
    SECTION("text named .mp3, an empty .flac, garbage named .ogg, a .txt") {
        const std::pair<const char*, QByteArray> files[] = {
            {"notes.mp3", "this is not audio\n"},
            {"empty.flac", ""},
            {"garbage.ogg", QByteArray(4096, '\x5a')},
            {"readme.txt", "hello\n"},
        };
        for (const auto& [name, bytes] : files) {
            INFO(name);
            const QString path = dir.filePath(name);
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            f.close();
            const auto r = readAudioFileTags(path);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().kind == MediaError::Kind::NotMedia);
            CHECK(r.errorMessage().contains(path));
        }
    }
    SECTION("a truncated FLAC: cut in its header it is refused, cut in its audio it is read") {
        const QString path = dir.filePath("cut.flac");
        makeAudio(path, 1.0, {"-metadata", "title=Cut"});
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        REQUIRE(f.resize(size / 2)); // the tags and STREAMINFO are at the start
        f.close();
        const auto half = read(path);
        CHECK(half.title == "Cut");
        // STREAMINFO still states the whole length.
        CHECK(half.duration == Time::fromWholeSeconds(1));

        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(60)); // inside the metadata blocks
        f.close();
        const auto r = readAudioFileTags(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == MediaError::Kind::NotMedia);
        CHECK(r.errorMessage().contains(path));
    }
}
