#include "damaged_media.h"

#include "ffmpeg_command.h"

#include <QFile>

#include <algorithm>
#include <random>

namespace cuesheet::media::test {

namespace {

QString readAll(const QString& path, QByteArray& data) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return path + ": " + file.errorString();
    data = file.readAll();
    return {};
}

QString writeAll(const QString& path, const QByteArray& data) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return path + ": " + file.errorString();
    return {};
}

} // namespace

QString writeTruncatedCopy(const QString& source, const QString& target, int keepPercent) {
    QByteArray data;
    if (QString error = readAll(source, data); !error.isEmpty())
        return error;
    return writeAll(target, data.left(data.size() * keepPercent / 100));
}

QString writeCorruptedCopy(const QString& source, const QString& target, int chunks,
                           unsigned seed) {
    QByteArray data;
    if (QString error = readAll(source, data); !error.isEmpty())
        return error;
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> byte(0, 255);
    constexpr qsizetype kChunk = 512;
    // Past the header: after the start of the MP4 'mdat' box or of the first Matroska Cluster
    // (element ID 1F 43 B6 75) when the file has one, since in a small film the header can be
    // more than a fifth of the file.
    qsizetype mediaData = data.indexOf("mdat");
    if (mediaData < 0)
        mediaData = data.indexOf(QByteArray::fromHex("1f43b675"));
    const qsizetype begin = std::max(data.size() / 5, mediaData < 0 ? 0 : mediaData + 64);
    const qsizetype end = data.size() * 95 / 100 - kChunk;
    for (int c = 0; c < chunks && end > begin; ++c) {
        const qsizetype at = begin + (end - begin) * c / std::max(1, chunks - 1);
        for (qsizetype i = 0; i < kChunk; ++i)
            data[at + i] = static_cast<char>(byte(random));
    }
    return writeAll(target, data);
}

QString writeAudioOnly(const QString& path, int seconds) {
    return runFfmpeg({"-f", "lavfi", "-i",
                      QString("sine=frequency=440:sample_rate=48000:duration=%1").arg(seconds),
                      "-c:a", "aac", "-ac", "2", path});
}

QString writeUnknownVideoCodec(const QString& path, int seconds) {
    const QString length = QString::number(seconds);
    if (QString error = runFfmpeg({"-f", "lavfi", "-i", "testsrc=size=160x96:rate=25", "-f",
                                   "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t",
                                   length, "-c:v", "mpeg4", "-c:a", "pcm_s16le", path});
        !error.isEmpty())
        return error;
    QByteArray data;
    if (QString error = readAll(path, data); !error.isEmpty())
        return error;
    // The fourcc is in the stream header (strh) and the bitmap header (strf).
    if (data.count("FMP4") != 2)
        return path + ": expected the fourcc FMP4 twice in the AVI headers";
    return writeAll(path, data.replace("FMP4", "QQQQ"));
}

QString writeTextFile(const QString& path, const QByteArray& text) {
    return writeAll(path, text);
}

} // namespace cuesheet::media::test
