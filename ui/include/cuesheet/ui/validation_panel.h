#pragma once

#include "cuesheet/model/ids.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace cuesheet {

class CueSelection;
class ProjectSession;

// Every validation finding of the project, errors first, in cue-sheet order: severity, cue
// number, field, message. Clicking a finding selects its cue (and so the timeline, the table
// and the inspector show it); a header finding opens the project header dialog. The list
// follows the project live.
class ValidationPanel : public QWidget {
    Q_OBJECT
public:
    ValidationPanel(ProjectSession& session, CueSelection& selection, QWidget* parent = nullptr);

    int findingCount() const;
    QTreeWidget* list() const { return list_; }

signals:
    void headerFindingActivated();
    // The window seeks the player to the cue's in point.
    void cueFindingActivated(cuesheet::CueId id);

private:
    void rebuild();
    void onItemActivated(QTreeWidgetItem* item);

    ProjectSession& session_;
    CueSelection& selection_;
    QLabel* summary_ = nullptr;
    QTreeWidget* list_ = nullptr;
};

} // namespace cuesheet
