#pragma once

#include "cuesheet/media/library_scan.h"
#include "cuesheet/model/ids.h"
#include "cuesheet/ui/background_job.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace cuesheet {

namespace media {
struct LibraryScan;
}
class CueSelection;
class ProjectSession;

// The project's music library (library_file.h): one row per audio file with its title (the
// TITLE tag, else the file name), artists, composers, duration, ISRC, how many cues use it and
// the file name. Add Files… and Add Folder… read the tags on a worker thread (a busy bar
// shows meanwhile) and add what was read in one undo step; Remove removes the selected files
// (their cues are unlinked, in the same step); Link to Selected Cue links the window's
// current cue to the selected file, which fills only the cue's empty fields (library_link.h)
// and says which. The list follows the project live.
class LibraryPanel : public QWidget {
    Q_OBJECT
public:
    LibraryPanel(ProjectSession& session, CueSelection& selection, QWidget* parent = nullptr);
    // A tag scan under way goes on reading on the thread pool; its result is dropped.
    ~LibraryPanel() override;

    QTreeWidget* list() const { return list_; }
    // The status line: what the last action did, or why it did nothing.
    QString statusText() const;
    bool isScanning() const { return scanJob_.isRunning(); }

    // Reads files and folders (recursively, audio extensions only) off the GUI thread, then
    // adds the files not yet in the library as one undo step; addFinished follows. Refused
    // (false, status says why) while a scan is under way.
    bool addPaths(const QStringList& paths);
    LibraryFileId selectedFileId() const;
    void selectFile(LibraryFileId id);
    // Removes the selected files; false when none is selected or the project refused.
    bool removeSelected();
    // Links the selection's current cue (or its only cue) to the selected file.
    bool linkSelectedCue();

signals:
    // After a scan was applied: how many files were added (0 when nothing new or on failure).
    void addFinished(int added);

private:
    void applyScan(const media::LibraryScan& scan);
    void rebuild();
    void updateButtons();
    void chooseFiles();
    void chooseFolder();
    void setStatus(const QString& text, const QString& details = {});

    ProjectSession& session_;
    CueSelection& selection_;
    QTreeWidget* list_ = nullptr;
    QPushButton* addFiles_ = nullptr;
    QPushButton* addFolder_ = nullptr;
    QPushButton* remove_ = nullptr;
    QPushButton* link_ = nullptr;
    QProgressBar* busy_ = nullptr;
    QLabel* status_ = nullptr;
    BackgroundJob<media::LibraryScan> scanJob_{this};
};

} // namespace cuesheet
