#include "generated_audio.h"

#include "ffmpeg_command.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

#include <cmath>

namespace cuesheet::media::test {

GeneratedMedia::GeneratedMedia() {
    REQUIRE(dir_.isValid());
}

QString GeneratedMedia::make(const QString& name, const QStringList& args) {
    const QString output = path(name);
    if (QFileInfo::exists(output))
        return output;
    const QString failure = runFfmpeg(args + QStringList{output});
    INFO(failure.toStdString());
    REQUIRE(failure.isEmpty());
    return output;
}

GeneratedMedia& generatedMedia() {
    static GeneratedMedia media;
    return media;
}

QStringList rampSource(int rate, int seconds) {
    return {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("aevalsrc=exprs='(mod(n\\,65536)-32768)/32768|(32767-mod(n\\,65536))/"
                           "32768':s=%1:d=%2")
                .arg(rate)
                .arg(seconds)};
}

int rampIndexOf(float channel0) {
    return static_cast<int>(std::lround(static_cast<double>(channel0) * 32768.0)) + 32768;
}

QStringList sineSource(int rate, double seconds, int frequency, double amplitude, int channels) {
    const QString one =
        QStringLiteral("%1*sin(2*PI*%2*t)").arg(amplitude, 0, 'g', 17).arg(frequency);
    QStringList perChannel;
    for (int c = 0; c < channels; ++c)
        perChannel << one;
    return {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("aevalsrc=exprs='%1':s=%2:d=%3")
                .arg(perChannel.join('|'))
                .arg(rate)
                .arg(seconds, 0, 'g', 17)};
}

} // namespace cuesheet::media::test
