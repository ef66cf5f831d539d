#pragma once

#include "cuesheet/model/project.h"
#include "cuesheet/model/society.h"
#include "cuesheet/model/validation.h"
#include "cuesheet/store/project_file.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace cuesheet {

// One open project: the file every edit writes through, the Project over it, and the
// validation findings of its current state.
//
// Findings are recomputed once per turn of the event loop after changes (a burst of edits
// costs one validation), and findingsChanged() tells the table, the inspector and the
// validation panel. The session is owned by the main window; views receive references to its
// parts and must not outlive it.
//
//   QString error;
//   auto session = ProjectSession::open(path, societies, &error);
//   session->project().requestSetTitle(id, "Main Theme");
class ProjectSession : public QObject {
    Q_OBJECT
public:
    static std::unique_ptr<ProjectSession> open(const QString& path, const SocietyTable& societies,
                                                QString* error);
    static std::unique_ptr<ProjectSession> create(const QString& path, const ProjectHeader& header,
                                                  const SocietyTable& societies, QString* error);
    ~ProjectSession() override;

    Project& project() { return *project_; }
    const Project& project() const { return *project_; }
    ProjectFile& file() { return *file_; }
    const SocietyTable& societies() const { return societies_; }
    QString path() const { return file_->path(); }
    bool isReadOnly() const { return file_->isReadOnly(); }

    // The film's path: the header's media path, resolved against the project's folder when
    // it is relative (so a project moved together with its film still finds it). Empty when
    // the project names no film.
    QString mediaPath() const;

    const std::vector<Finding>& findings() const { return findings_; }
    // Recomputes now (normally done after changes on the next event-loop turn).
    void revalidate();

signals:
    void findingsChanged();

private:
    ProjectSession(std::unique_ptr<ProjectFile> file, const SocietyTable& societies);
    void scheduleValidation();

    std::unique_ptr<ProjectFile> file_;
    std::unique_ptr<Project> project_;
    SocietyTable societies_;
    std::vector<Finding> findings_;
    bool validationPending_ = false;
};

} // namespace cuesheet
