// The real sound path: PlaybackEngine -> QtAudioOutput -> QAudioSink -> a PulseAudio server of
// the test's own, with a null sink (Debian's `pulseaudio` package; no sound card needed). A
// separate program, because Qt Multimedia connects to PulseAudio once per process, at its
// first use: the server's address must be set before.

#include "generated_audio.h"
#include "indexed_video.h"

#include "wait_until.h"

#include "cuesheet/media/audio_output_qt.h"
#include "cuesheet/media/playback_engine.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

using namespace cuesheet;
using namespace cuesheet::media;
using cuesheet::media::test::generatedMedia;
using cuesheet::media::test::waitUntil;

namespace {

const FrameRate kFrameRate{25, 1};

// A PulseAudio server with a null sink, private to this test: its own runtime, state and
// config directories (nothing of the user's is read or written), stopped on destruction.
// Runs as root too (PulseAudio then warns that it is "not intended to be run as root" but
// serves: the user mode, not --system, is what a desktop session uses). Should the test be
// killed before its destructor runs, the server quits by itself 20 s after its last client.
class PrivatePulseServer {
public:
    PrivatePulseServer() {
        REQUIRE(dir_.isValid());
        const QString executable = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
        INFO("the pulseaudio command (Debian package pulseaudio) is needed");
        REQUIRE(!executable.isEmpty());
        socket_ = dir_.filePath(QStringLiteral("native"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_STATE_HOME",
                                 "PULSE_RUNTIME_PATH", "PULSE_STATE_PATH"})
            environment.insert(QString::fromLatin1(name), dir_.path());
        environment.remove(QStringLiteral("PULSE_SERVER"));
        server_.setProcessEnvironment(environment);
        server_.setProcessChannelMode(QProcess::MergedChannels);
        server_.start(executable,
                      {QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=20"),
                       QStringLiteral("--disable-shm=yes"), QStringLiteral("--system=false"),
                       QStringLiteral("--use-pid-file=no"), QStringLiteral("-n"),
                       QStringLiteral("--load=module-null-sink sink_name=cuesheet_test"),
                       QStringLiteral("--load=module-native-protocol-unix auth-anonymous=1 "
                                      "socket=%1")
                           .arg(socket_),
                       QStringLiteral("--log-target=stderr")});
        REQUIRE(server_.waitForStarted(10'000));
        QElapsedTimer waited;
        waited.start();
        while (!QFileInfo::exists(socket_)) {
            INFO("pulseaudio output: " << server_.readAll().toStdString());
            REQUIRE(server_.state() == QProcess::Running);
            REQUIRE(waited.elapsed() < 15'000);
            QThread::msleep(20);
        }
    }
    ~PrivatePulseServer() {
        server_.terminate();
        if (!server_.waitForFinished(5'000)) {
            server_.kill();
            server_.waitForFinished(5'000);
        }
    }
    QString address() const { return QStringLiteral("unix:") + socket_; }

private:
    QTemporaryDir dir_;
    QString socket_;
    QProcess server_;
};

Time wallTime(const QElapsedTimer& timer) {
    return Time::fromRational(timer.nsecsElapsed(), 1, 1'000'000'000, Rounding::Nearest);
}

} // namespace

TEST_CASE("Five seconds through QAudioSink to PulseAudio move the clock five seconds",
          "[playback][pulseaudio]") {
    PrivatePulseServer server;
    qputenv("PULSE_SERVER", server.address().toUtf8());
    REQUIRE(QtAudioOutput::hasDefaultDevice());

    test::IndexedVideoSpec spec;
    spec.rate = kFrameRate;
    spec.frames = 250;
    spec.codec = test::IndexedVideoSpec::Codec::Mjpeg;
    spec.container = QStringLiteral("mov");
    spec.withAudio = true;
    const auto film = test::makeIndexedVideo(generatedMedia().directory(),
                                             QStringLiteral("indexed-with-sound"), spec);
    INFO(film.error.toStdString());
    REQUIRE(film.ok());

    PlaybackEngine engine(std::make_unique<QtAudioOutput>());
    QStringList warnings;
    QObject::connect(&engine, &PlaybackEngine::warning, &engine,
                     [&](const QString& message) { warnings << message; });
    auto opened = engine.open(film.path);
    INFO(opened.errorMessage().toStdString());
    REQUIRE(opened.ok());
    REQUIRE(engine.hasAudio());
    waitUntil([&] { return engine.currentFrameIndex() == 0; }, "the first frame", 10'000);

    engine.play();
    INFO("warnings: " << warnings.join(QStringLiteral("; ")).toStdString());
    REQUIRE(engine.isAudioClockMaster());
    // The clock starts when the device starts playing (stream set-up, pre-buffering).
    waitUntil([&] { return engine.position() > Time(); }, "the sound to start", 10'000);
    QElapsedTimer wall;
    wall.start();
    const Time start = engine.position();
    waitUntil([&] { return wall.nsecsElapsed() >= 5'000'000'000; }, "five seconds", 15'000);
    const Time clockAdvance = engine.position() - start;
    const Time wallAdvance = wallTime(wall);
    REQUIRE(engine.isAudioClockMaster());
    REQUIRE(warnings.isEmpty());

    const Time twoFrames = Time::fromFrames(2, kFrameRate);
    INFO("clock advanced " << clockAdvance.toSecondsForDisplay() << " s in "
                           << wallAdvance.toSecondsForDisplay() << " s of wall time");
    CHECK(clockAdvance >= wallAdvance - twoFrames);
    CHECK(clockAdvance <= wallAdvance + twoFrames);
    // And the picture followed the sound.
    const std::int64_t clockFrame = engine.position().frameAtOrBefore(kFrameRate);
    CHECK(engine.currentFrameIndex() >= clockFrame - 1);
    CHECK(engine.currentFrameIndex() <= clockFrame);
    CHECK(test::readFrameIndex(engine.currentFrame()) == engine.currentFrameIndex());
    engine.close();
}
