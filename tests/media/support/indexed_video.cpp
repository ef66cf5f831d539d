#include "indexed_video.h"

#include "ffmpeg_command.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace cuesheet::media::test {

namespace {

constexpr int kColumns = 8;
constexpr int kRows = 2;
constexpr char kLuminanceOne = static_cast<char>(235);
constexpr char kLuminanceZero = 16;

QByteArray rawFrame(int index, int width, int height) {
    QByteArray frame(width * height * 3 / 2, static_cast<char>(128));
    const int blockWidth = width / kColumns;
    const int blockHeight = height / kRows;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const int bit = std::min(x / blockWidth, kColumns - 1) +
                            kColumns * std::min(y / blockHeight, kRows - 1);
            frame[y * width + x] = ((index >> bit) & 1) ? kLuminanceOne : kLuminanceZero;
        }
    }
    return frame;
}

QString rateText(FrameRate rate) {
    return QString::number(rate.numerator()) + "/" + QString::number(rate.denominator());
}

// How the container rounds frame n's time (see IndexedVideo::frameTimes).
Time containerTime(const IndexedVideoSpec& spec, int n) {
    if (spec.variableFrameRate)
        return Time::fromRational(vfrFrameMillis(n), 1, 1000, Rounding::Nearest);
    if (spec.container == "mkv") {
        // Matroska stores milliseconds; the muxer rounds to the nearest.
        const std::int64_t ms =
            divideRounded(static_cast<Int128>(n) * 1000 * spec.rate.denominator(),
                          spec.rate.numerator(), Rounding::Nearest);
        return Time::fromRational(ms, 1, 1000, Rounding::Nearest);
    }
    return Time::fromFrames(n, spec.rate);
}

} // namespace

std::int64_t vfrFrameMillis(int frame) {
    if (frame < 150)
        return 40 * frame + 20 * (frame % 2);
    return 6000 + 17 * static_cast<std::int64_t>(frame - 150);
}

std::int64_t IndexedVideo::expectedIndexAt(Time t) const {
    const auto after = std::upper_bound(frameTimes.begin(), frameTimes.end(), t);
    if (after == frameTimes.begin())
        return 0;
    return static_cast<std::int64_t>(after - frameTimes.begin()) - 1;
}

IndexedVideo makeIndexedVideo(const QString& directory, const QString& name,
                              const IndexedVideoSpec& spec) {
    IndexedVideo video;
    video.path = QDir(directory).filePath(name + "." + spec.container);
    const QString rawPath = QDir(directory).filePath(name + ".yuv");
    {
        QFile raw(rawPath);
        if (!raw.open(QIODevice::WriteOnly)) {
            video.error = rawPath + ": " + raw.errorString();
            return video;
        }
        for (int i = 0; i < spec.frames; ++i)
            raw.write(rawFrame(i, spec.width, spec.height));
    }

    QStringList args{"-f",       "rawvideo",
                     "-pix_fmt", "yuv420p",
                     "-s",       QString("%1x%2").arg(spec.width).arg(spec.height),
                     "-r",       rateText(spec.rate),
                     "-i",       rawPath};
    if (spec.withAudio) {
        const double seconds = static_cast<double>(spec.frames) * spec.rate.denominator() /
                               static_cast<double>(spec.rate.numerator());
        args << "-f"
             << "lavfi"
             << "-i"
             << QString("sine=frequency=440:sample_rate=48000:duration=%1").arg(seconds, 0, 'f', 3)
             << "-c:a"
             << "aac"
             << "-ac"
             << "2";
    }
    args << "-map"
         << "0:v";
    if (spec.withAudio)
        args << "-map"
             << "1:a";
    switch (spec.codec) {
    case IndexedVideoSpec::Codec::H264:
        args << "-c:v"
             << "libx264"
             << "-preset"
             << "veryfast"
             << "-crf"
             << "18"
             << "-g" << QString::number(spec.gop) << "-sc_threshold"
             << "0"
             << "-bf"
             << "3"
             << "-pix_fmt"
             << "yuv420p";
        break;
    case IndexedVideoSpec::Codec::Mjpeg:
        args << "-c:v"
             << "mjpeg"
             << "-q:v"
             << "3"
             << "-pix_fmt"
             << "yuvj420p";
        break;
    case IndexedVideoSpec::Codec::Ffv1:
        args << "-c:v"
             << "ffv1";
        break;
    }
    if (spec.variableFrameRate) {
        args << "-vf"
             << "settb=1/1000,setpts='if(lt(N,150),40*N+20*mod(N,2),6000+17*(N-150))'"
             << "-fps_mode"
             << "passthrough"
             // Without this the encoder's time base is 1/rate and rounds the times.
             << "-enc_time_base"
             << "1/1000";
        if (spec.container == "mp4" || spec.container == "mov")
            args << "-video_track_timescale"
                 << "1000";
    }
    if (!spec.timecode.isEmpty())
        args << "-timecode" << spec.timecode;
    args << video.path;

    video.error = runFfmpeg(args);
    QFile::remove(rawPath);
    for (int i = 0; i < spec.frames; ++i)
        video.frameTimes.push_back(containerTime(spec, i));
    return video;
}

int readFrameIndex(const QImage& image) {
    if (image.isNull())
        return -1;
    const int blockWidth = image.width() / kColumns;
    const int blockHeight = image.height() / kRows;
    int index = 0;
    for (int bit = 0; bit < kColumns * kRows; ++bit) {
        const int x = (bit % kColumns) * blockWidth + blockWidth / 2;
        const int y = (bit / kColumns) * blockHeight + blockHeight / 2;
        const int grey = qGray(image.pixel(x, y));
        if (grey > 170)
            index |= 1 << bit;
        else if (grey > 85)
            return -1;
    }
    return index;
}

} // namespace cuesheet::media::test
