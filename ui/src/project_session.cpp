#include "cuesheet/ui/project_session.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace cuesheet {

std::unique_ptr<ProjectSession>
ProjectSession::open(const QString& path, const SocietyTable& societies, QString* error) {
    auto file = ProjectFile::open(path, error);
    if (!file)
        return nullptr;
    return std::unique_ptr<ProjectSession>(new ProjectSession(std::move(file), societies));
}

std::unique_ptr<ProjectSession> ProjectSession::create(const QString& path,
                                                       const ProjectHeader& header,
                                                       const SocietyTable& societies,
                                                       QString* error) {
    auto file = ProjectFile::create(path, header, error);
    if (!file)
        return nullptr;
    return std::unique_ptr<ProjectSession>(new ProjectSession(std::move(file), societies));
}

ProjectSession::ProjectSession(std::unique_ptr<ProjectFile> file, const SocietyTable& societies)
    : file_(std::move(file))
    , societies_(societies) {
    project_ = std::make_unique<Project>(file_->loadedData(), *file_);
    connect(project_.get(), &Project::changed, this, [this] { scheduleValidation(); });
    revalidate();
}

ProjectSession::~ProjectSession() {
    // The Project refers to the file (its journal): destroy it first.
    project_.reset();
}

QString ProjectSession::mediaPath() const {
    const QString media = project_->header().mediaPath;
    if (media.isEmpty())
        return {};
    if (QFileInfo(media).isAbsolute())
        return QDir::cleanPath(media);
    return QDir::cleanPath(QFileInfo(file_->path()).absoluteDir().filePath(media));
}

void ProjectSession::revalidate() {
    validationPending_ = false;
    findings_ = validateProject(project_->data(), societies_);
    emit findingsChanged();
}

void ProjectSession::scheduleValidation() {
    if (validationPending_)
        return;
    validationPending_ = true;
    QTimer::singleShot(0, this, [this] {
        if (validationPending_)
            revalidate();
    });
}

} // namespace cuesheet
