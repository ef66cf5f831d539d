#include "cuesheet/media/tag_reader.h"

#include <QFile>
#include <QFileInfo>

#include <taglib/aifffile.h>
#include <taglib/fileref.h>
#include <taglib/flacfile.h>
#include <taglib/mp4file.h>
#include <taglib/mpegfile.h>
#include <taglib/oggflacfile.h>
#include <taglib/opusfile.h>
#include <taglib/speexfile.h>
#include <taglib/tpropertymap.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>

namespace cuesheet::media {

namespace {

QString toQString(const TagLib::String& s) {
    return QString::fromStdString(s.to8Bit(true));
}

// Every value under the first of `keys` that has any, in tag order. PropertyMap keys are
// upper case (TagLib upper-cases Vorbis keys when reading), so the keys here are too.
QStringList values(const TagLib::PropertyMap& map, std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
        const auto it = map.find(key);
        if (it == map.end())
            continue;
        QStringList list;
        for (const auto& v : it->second) {
            const QString text = toQString(v).trimmed();
            if (!text.isEmpty())
                list.append(text);
        }
        if (!list.isEmpty())
            return list;
    }
    return {};
}

QString first(const TagLib::PropertyMap& map, std::initializer_list<const char*> keys) {
    const QStringList list = values(map, keys);
    return list.isEmpty() ? QString() : list.first();
}

// The exact length from sample frames where the format states them, else TagLib's
// milliseconds.
Time durationOf(TagLib::File* file, const TagLib::AudioProperties* properties) {
    auto fromSamples = [](unsigned long long frames, int rate) {
        return rate > 0 ? Time::fromRational(static_cast<std::int64_t>(frames), 1, rate,
                                             Rounding::Nearest)
                        : Time{};
    };
    if (auto* flac = dynamic_cast<TagLib::FLAC::File*>(file); flac && flac->audioProperties())
        return fromSamples(flac->audioProperties()->sampleFrames(),
                           flac->audioProperties()->sampleRate());
    if (auto* wav = dynamic_cast<TagLib::RIFF::WAV::File*>(file); wav && wav->audioProperties())
        return fromSamples(wav->audioProperties()->sampleFrames(),
                           wav->audioProperties()->sampleRate());
    if (auto* aiff = dynamic_cast<TagLib::RIFF::AIFF::File*>(file); aiff && aiff->audioProperties())
        return fromSamples(aiff->audioProperties()->sampleFrames(),
                           aiff->audioProperties()->sampleRate());
    if (!properties)
        return {};
    return Time::fromRational(properties->lengthInMilliseconds(), 1, 1000, Rounding::Nearest);
}

QString formatOf(TagLib::File* file) {
    if (dynamic_cast<TagLib::FLAC::File*>(file))
        return "FLAC";
    if (dynamic_cast<TagLib::MPEG::File*>(file))
        return "MP3";
    if (dynamic_cast<TagLib::Ogg::Vorbis::File*>(file))
        return "Ogg Vorbis";
    if (dynamic_cast<TagLib::Ogg::Opus::File*>(file))
        return "Ogg Opus";
    if (dynamic_cast<TagLib::Ogg::FLAC::File*>(file))
        return "Ogg FLAC";
    if (dynamic_cast<TagLib::Ogg::Speex::File*>(file))
        return "Ogg Speex";
    if (auto* mp4 = dynamic_cast<TagLib::MP4::File*>(file)) {
        const auto* p = mp4->audioProperties();
        if (p && p->codec() == TagLib::MP4::Properties::ALAC)
            return "MP4 ALAC";
        if (p && p->codec() == TagLib::MP4::Properties::AAC)
            return "MP4 AAC";
        return "MP4";
    }
    if (dynamic_cast<TagLib::RIFF::WAV::File*>(file))
        return "WAV";
    if (dynamic_cast<TagLib::RIFF::AIFF::File*>(file))
        return "AIFF";
    return "audio";
}

} // namespace

TagResult readAudioFileTags(const QString& path) {
    const QFileInfo info(path);
    const QString named = "file '" + path + "'";
    if (!info.exists())
        return TagResult::failure(MediaError::Kind::NotFound, named + ": no such file");
    if (!info.isFile())
        return TagResult::failure(MediaError::Kind::NotFound, named + ": not a file");
    if (!info.isReadable())
        return TagResult::failure(MediaError::Kind::NotFound,
                                  named + ": cannot be read (permission denied)");

    // TagLib picks the format by the extension, then by the content.
    const QByteArray encoded = QFile::encodeName(path);
    TagLib::FileRef ref(encoded.constData(), true, TagLib::AudioProperties::Average);
    if (ref.isNull() || !ref.file()->isValid())
        return TagResult::failure(
            MediaError::Kind::NotMedia,
            named + ": not an audio file TagLib can read (unknown format, or damaged)");

    TagLib::File* file = ref.file();
    // TagLib's MPEG reader accepts any bytes named .mp3 (it finds no frame, and says so only
    // through empty audio properties): without a sample rate there is no audio.
    if (!file->audioProperties() || file->audioProperties()->sampleRate() <= 0)
        return TagResult::failure(MediaError::Kind::NotMedia,
                                  named + ": no audio found in it (not an audio file, or damaged)");
    const TagLib::PropertyMap map = file->properties();
    AudioFileTags tags;
    tags.title = first(map, {"TITLE"});
    tags.titleFromTag = !tags.title.isEmpty();
    if (!tags.titleFromTag)
        tags.title = info.completeBaseName();
    tags.artists = values(map, {"ARTIST"});
    tags.composers = values(map, {"COMPOSER"});
    tags.lyricists = values(map, {"LYRICIST"});
    tags.album = first(map, {"ALBUM"});
    tags.label = first(map, {"LABEL", "ORGANIZATION", "PUBLISHER"});
    tags.isrc = first(map, {"ISRC"});
    tags.comment = values(map, {"COMMENT", "DESCRIPTION"}).join('\n');
    tags.duration = durationOf(file, file->audioProperties());
    tags.format = formatOf(file);
    return TagResult::success(std::move(tags));
}

} // namespace cuesheet::media
