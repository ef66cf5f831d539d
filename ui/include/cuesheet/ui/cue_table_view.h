#pragma once

#include "cuesheet/model/ids.h"
#include "cuesheet/time/time.h"

#include <QTableView>

class QSortFilterProxyModel;

namespace cuesheet {

class CueSelection;
class CueTableModel;

// The cue table: sortable (click a header; the sequence number restores cue-sheet order),
// editable in place (F2, typing, or a click on the current cell), with its selection kept
// equal to the shared CueSelection in both directions. Double-clicking a row asks the player
// to go to the cue's in point (a double-click never starts an edit, so it always seeks).
class CueTableView : public QTableView {
    Q_OBJECT
public:
    CueTableView(CueTableModel& model, CueSelection& selection, QWidget* parent = nullptr);

    CueTableModel& cueModel() { return model_; }
    QSortFilterProxyModel& proxy() { return *proxy_; }
    // The view row showing a cue (after sorting); -1 when absent.
    int viewRowOf(CueId id) const;

signals:
    void seekRequested(cuesheet::Time time);

private:
    void pushSelectionToShared();
    void pullSelectionFromShared();
    void onDoubleClicked(const QModelIndex& index);

    CueTableModel& model_;
    CueSelection& selection_;
    QSortFilterProxyModel* proxy_ = nullptr;
    bool syncing_ = false;
};

} // namespace cuesheet
