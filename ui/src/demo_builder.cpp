#include "cuesheet/ui/demo_builder.h"

#include "cuesheet/media/media_identity.h"
#include "cuesheet/model/project.h"
#include "cuesheet/store/project_file.h"
#include "cuesheet/ui/demo_content.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace cuesheet {

namespace {

constexpr int kSampleRate = 48000;

QString filmTempName() {
    return "demo-film.partial.mp4";
}

// The instant of `frame` as an adelay argument in samples ("96096S|96096S").
QString delayOf(std::int64_t frame) {
    const QString samples = QString::number(frame * demo::kSamplesPerFrame48k) + 'S';
    return samples + '|' + samples;
}

QString escapeDrawtext(QString text) {
    text.replace('\\', "\\\\").replace(':', "\\:").replace('\'', "\\'");
    return text;
}

double framesToSeconds(std::int64_t frames) {
    return static_cast<double>(frames) * 1001.0 / 24000.0;
}

} // namespace

DemoBuilder::DemoBuilder(QString folder, QString musicFolder, QObject* parent)
    : QObject(parent)
    , folder_(std::move(folder))
    , musicFolder_(std::move(musicFolder)) {}

DemoBuilder::~DemoBuilder() {
    cancel();
}

QString DemoBuilder::filmPath() const {
    return QDir(folder_).filePath("demo-film.mp4");
}

QString DemoBuilder::projectPath() const {
    return QDir(folder_).filePath("demo.cuesheet");
}

QString DemoBuilder::workFolder() const {
    return QDir(folder_).filePath("work");
}

QString DemoBuilder::versionPath() const {
    return QDir(folder_).filePath("demo-version");
}

bool DemoBuilder::isCurrentVersion() const {
    QFile stamp(versionPath());
    return stamp.open(QIODevice::ReadOnly) &&
           stamp.readAll().trimmed() == QByteArray::number(kDemoVersion);
}

bool DemoBuilder::isReady() const {
    return QFileInfo::exists(filmPath()) && QFileInfo::exists(projectPath()) && isCurrentVersion();
}

QStringList DemoBuilder::ffmpegArguments(bool withCaptions) const {
    const QDir music(musicFolder_);
    const QDir work(workFolder());
    const double filmSeconds = framesToSeconds(demo::kFrameCount);
    QStringList args{"-hide_banner", "-nostdin", "-y", "-loglevel", "error"};
    args
        << "-f"
        << "lavfi"
        << "-i"
        << QString("testsrc2=size=640x360:rate=24000/1001:duration=%1").arg(filmSeconds, 0, 'f', 3);
    QStringList filters;
    QStringList mixInputs;
    int input = 1;
    for (const demo::MusicUse& use : demo::musicUses()) {
        args << "-i" << music.filePath(use.file);
        const double length = framesToSeconds(use.outFrame - use.inFrame);
        const double fade = std::min(1.5, length / 4);
        const QString label = QString("m%1").arg(input);
        filters << QString("[%1:a]aresample=%2,aformat=channel_layouts=stereo,"
                           "atrim=start=%3:duration=%4,asetpts=PTS-STARTPTS,"
                           "afade=t=in:d=0.3,afade=t=out:st=%5:d=%6,volume=0.8,adelay=%7[%8]")
                       .arg(input)
                       .arg(kSampleRate)
                       .arg(use.fileStartSeconds, 0, 'f', 3)
                       .arg(length, 0, 'f', 3)
                       .arg(length - fade, 0, 'f', 3)
                       .arg(fade, 0, 'f', 3)
                       .arg(delayOf(use.inFrame), label);
        mixInputs << '[' + label + ']';
        ++input;
    }
    const auto& lines = demo::dialogue();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        args << "-i" << work.filePath(QString("line%1.wav").arg(i));
        const QString label = QString("d%1").arg(input);
        filters << QString("[%1:a]aresample=%2,aformat=channel_layouts=stereo,volume=1.6,"
                           "adelay=%3[%4]")
                       .arg(input)
                       .arg(kSampleRate)
                       .arg(delayOf(lines[i].atFrame), label);
        mixInputs << '[' + label + ']';
        ++input;
    }
    const std::int64_t totalSamples = demo::kFrameCount * demo::kSamplesPerFrame48k;
    filters << QString("%1amix=inputs=%2:normalize=0:duration=longest,apad,"
                       "atrim=end_sample=%3[a]")
                   .arg(mixInputs.join(""))
                   .arg(mixInputs.size())
                   .arg(totalSamples);
    if (withCaptions) {
        QStringList draw;
        draw << "drawtext=font=DejaVu Sans:text='THE LIGHTHOUSE KEEPER':fontsize=40:"
                "fontcolor=white:borderw=3:x=(w-tw)/2:y=(h-th)/2-20:enable='lt(t,10)'";
        for (const demo::Scene& scene : demo::scenes())
            draw << QString("drawtext=font=DejaVu Sans:text='%1':fontsize=20:fontcolor=white:"
                            "box=1:boxcolor=black@0.55:boxborderw=6:x=16:y=h-th-16:"
                            "enable='between(t,%2,%3)'")
                        .arg(escapeDrawtext(scene.caption))
                        .arg(framesToSeconds(scene.fromFrame), 0, 'f', 3)
                        .arg(framesToSeconds(scene.toFrame) - 0.001, 0, 'f', 3);
        // The burnt-in timecode sits top right, like a reference copy's window burn, so that
        // the player's own overlay (bottom centre) and testsrc2's clock (top left) stay clear
        // and the two timecodes can be compared at a glance.
        draw << "drawtext=font=DejaVu Sans Mono:timecode='01\\:00\\:00\\:00':rate=24000/1001:"
                "fontsize=20:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=4:"
                "x=w-tw-16:y=16";
        filters << "[0:v]" + draw.join(',') + "[v]";
    } else {
        filters << "[0:v]null[v]";
    }
    args << "-filter_complex" << filters.join(';');
    args << "-map"
         << "[v]"
         << "-map"
         << "[a]";
    args << "-c:v"
         << "libx264"
         << "-preset"
         << "veryfast"
         << "-crf"
         << "24"
         << "-g"
         << "48"
         << "-pix_fmt"
         << "yuv420p";
    args << "-c:a"
         << "aac"
         << "-b:a"
         << "160k"
         << "-ar" << QString::number(kSampleRate);
    args << "-frames:v" << QString::number(demo::kFrameCount);
    args << "-timecode"
         << "01:00:00:00";
    args << "-movflags"
         << "+faststart";
    args << "-progress"
         << "pipe:1"
         << "-nostats";
    args << work.filePath(filmTempName());
    return args;
}

void DemoBuilder::buildPlan() {
    steps_.clear();
    const QDir work(workFolder());
    if (!QFileInfo::exists(filmPath())) {
        const auto& lines = demo::dialogue();
        for (std::size_t i = 0; i < lines.size(); ++i)
            steps_.push_back(
                {tr("Recording dialogue line %1 of %2 (espeak-ng)").arg(i + 1).arg(lines.size()),
                 "espeak-ng",
                 {"-v", lines[i].voice, "-s", "150", "-w",
                  work.filePath(QString("line%1.wav").arg(i)), lines[i].text},
                 2,
                 {}});
        steps_.push_back(
            {tr("Making the film (ffmpeg)"), "ffmpeg", ffmpegArguments(true), 80,
             [this](QString* error) {
                 QFile::remove(filmPath());
                 if (!QFile::rename(QDir(workFolder()).filePath(filmTempName()), filmPath())) {
                     *error = tr("Cannot move the film to '%1'.").arg(filmPath());
                     return false;
                 }
                 QDir(workFolder()).removeRecursively();
                 return true;
             }});
    }
    totalWeight_ = 1;
    for (const Step& s : steps_)
        totalWeight_ += s.weight;
    doneWeight_ = 0;
    current_ = 0;
}

void DemoBuilder::start() {
    if (running_)
        return;
    if (isReady()) {
        emit progress(1000, tr("The demo is ready."));
        emit finished(true, {});
        return;
    }
    if (!isCurrentVersion()) {
        // Made by an older recipe (or never finished): start again from nothing.
        QFile::remove(versionPath());
        QFile::remove(filmPath());
        QFile::remove(projectPath());
    }
    if (!QDir().mkpath(workFolder())) {
        emit finished(false, tr("Cannot create the folder '%1'.").arg(workFolder()));
        return;
    }
    if (!QFileInfo::exists(filmPath()))
        for (const demo::MusicUse& use : demo::musicUses())
            if (!QFileInfo::exists(QDir(musicFolder_).filePath(use.file))) {
                emit finished(
                    false,
                    tr("The demo music '%1' is missing from '%2'.").arg(use.file, musicFolder_));
                return;
            }
    running_ = true;
    triedWithoutCaptions_ = false;
    buildPlan();
    runNext();
}

void DemoBuilder::runNext() {
    if (current_ >= steps_.size()) {
        emit progress(1000 * (totalWeight_ - 1) / totalWeight_, tr("Writing the demo project"));
        QString error;
        running_ = false;
        if (!QFileInfo::exists(projectPath()) && !createProject(&error)) {
            emit finished(false, error);
            return;
        }
        QFile stamp(versionPath());
        if (!stamp.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            stamp.write(QByteArray::number(kDemoVersion) + '\n') < 0) {
            emit finished(false, tr("Cannot write '%1'.").arg(versionPath()));
            return;
        }
        emit progress(1000, tr("The demo is ready."));
        emit finished(true, {});
        return;
    }
    const Step& step = steps_[current_];
    emit progress(1000 * doneWeight_ / totalWeight_, step.description);
    process_ = std::make_unique<QProcess>();
    process_->setProgram(step.program);
    process_->setArguments(step.arguments);
    process_->setProcessChannelMode(QProcess::SeparateChannels);
    lastErrorOutput_.clear();
    connect(process_.get(), &QProcess::readyReadStandardOutput, this,
            &DemoBuilder::onProcessOutput);
    connect(process_.get(), &QProcess::readyReadStandardError, this, [this] {
        lastErrorOutput_ += QString::fromUtf8(process_->readAllStandardError());
        lastErrorOutput_ = lastErrorOutput_.right(2000);
    });
    connect(process_.get(), &QProcess::finished, this, &DemoBuilder::onProcessFinished);
    connect(process_.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("'%1' could not be started: is it installed? (%2)")
                     .arg(process_->program(), process_->errorString()));
    });
    process_->start();
}

void DemoBuilder::onProcessOutput() {
    // ffmpeg -progress: "out_time_us=12345678" lines.
    const QByteArray out = process_->readAllStandardOutput();
    if (current_ >= steps_.size())
        return;
    for (const QByteArray& line : out.split('\n')) {
        if (!line.startsWith("out_time_us="))
            continue;
        const double done = line.mid(12).toDouble() / 1e6 / framesToSeconds(demo::kFrameCount);
        const Step& step = steps_[current_];
        const int weight = static_cast<int>(step.weight * std::clamp(done, 0.0, 1.0));
        emit progress(1000 * (doneWeight_ + weight) / totalWeight_, step.description);
    }
}

void DemoBuilder::onProcessFinished(int exitCode, QProcess::ExitStatus status) {
    if (!running_ || current_ >= steps_.size())
        return;
    Step& step = steps_[current_];
    if (status != QProcess::NormalExit || exitCode != 0) {
        if (step.program == "ffmpeg" && !triedWithoutCaptions_ &&
            lastErrorOutput_.contains("drawtext", Qt::CaseInsensitive)) {
            // This ffmpeg cannot draw text (no libfreetype/fontconfig): picture without captions.
            triedWithoutCaptions_ = true;
            step.arguments = ffmpegArguments(false);
            runNext();
            return;
        }
        fail(tr("%1 failed (exit code %2): %3")
                 .arg(step.program)
                 .arg(exitCode)
                 .arg(lastErrorOutput_.trimmed().right(600)));
        return;
    }
    if (step.onSuccess) {
        QString error;
        if (!step.onSuccess(&error)) {
            fail(error);
            return;
        }
    }
    doneWeight_ += step.weight;
    ++current_;
    // Leave the finished() handler before the next process replaces this one.
    QMetaObject::invokeMethod(this, &DemoBuilder::runNext, Qt::QueuedConnection);
}

void DemoBuilder::fail(const QString& message) {
    if (!running_)
        return;
    running_ = false;
    emit finished(false, message);
}

void DemoBuilder::cancel() {
    if (!running_)
        return;
    running_ = false;
    if (process_) {
        process_->disconnect(this);
        process_->kill();
        process_->waitForFinished(2000);
    }
    emit finished(false, tr("Cancelled."));
}

bool DemoBuilder::createProject(QString* error) {
    ProjectHeader header = demo::header();
    if (const auto identity = media::computeMediaIdentity(filmPath()))
        header.mediaIdentity = identity->toStorageString();
    const QString temp = projectPath() + ".partial";
    QFile::remove(temp);
    {
        auto file = ProjectFile::create(temp, header, error);
        if (!file)
            return false;
        Project project(file->loadedData(), *file);
        ProjectData wanted = project.data();
        const ProjectData content = demo::content();
        wanted.cues = content.cues;
        wanted.works = content.works;
        if (!project.requestEdit(tr("Add the demo cues"), [&](ProjectData& d) { d = wanted; })) {
            *error = project.lastError();
            return false;
        }
    }
    if (!QFile::rename(temp, projectPath())) {
        *error = tr("Cannot write the demo project '%1'.").arg(projectPath());
        return false;
    }
    return true;
}

} // namespace cuesheet
