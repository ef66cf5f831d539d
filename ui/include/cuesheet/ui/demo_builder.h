#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace cuesheet {

// Makes the bundled demo on first use: the film (FFmpeg's testsrc2 picture with scene
// captions and a burnt-in timecode, dialogue spoken by espeak-ng, the real recordings of
// resources/demo/music mixed in with adelay/amix) and its project file, in `folder`
// (normally the user's data folder). Everything runs in child processes (QProcess), one
// step after another, so the GUI thread never waits; progress() reports each step.
//
// The film is written under a temporary name and renamed when complete, so an interrupted
// run is redone next time. When the ffmpeg build has no drawtext filter, the picture is made
// without captions. An existing film and project are reused as they are.
//
//   DemoBuilder builder(dataFolder + "/demo", resourcesFolder);
//   connect(&builder, &DemoBuilder::finished, ...);
//   builder.start();
class DemoBuilder : public QObject {
    Q_OBJECT
public:
    // `musicFolder` holds the demo recordings (resources/demo/music).
    DemoBuilder(QString folder, QString musicFolder, QObject* parent = nullptr);
    ~DemoBuilder() override;

    QString folder() const { return folder_; }
    QString filmPath() const;
    QString projectPath() const;
    // The film and the project exist and were made by this version's recipe (demo-version
    // holds kDemoVersion). An older demo is replaced by start(), edits to it included.
    bool isReady() const;
    // Raised whenever the film or the project the demo makes changes.
    static constexpr int kDemoVersion = 2;

    void start();
    void cancel();
    bool isRunning() const { return running_; }

    // Writes the demo project for an existing film at filmPath() (no processes). Used by
    // start() as its last step; public for tests.
    bool createProject(QString* error);

signals:
    void progress(int permille, const QString& step);
    void finished(bool ok, const QString& message);

private:
    struct Step {
        QString description;
        QString program;
        QStringList arguments;
        int weight; // share of the progress bar
        std::function<bool(QString*)> onSuccess;
    };
    void buildPlan();
    void runNext();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessOutput();
    void fail(const QString& message);
    QStringList ffmpegArguments(bool withCaptions) const;
    QString workFolder() const;
    QString versionPath() const;
    bool isCurrentVersion() const;

    QString folder_;
    QString musicFolder_;
    std::vector<Step> steps_;
    std::size_t current_ = 0;
    int doneWeight_ = 0;
    int totalWeight_ = 0;
    std::unique_ptr<QProcess> process_;
    bool running_ = false;
    bool triedWithoutCaptions_ = false;
    QString lastErrorOutput_;
};

} // namespace cuesheet
