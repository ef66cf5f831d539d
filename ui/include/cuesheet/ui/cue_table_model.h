#pragma once

#include "cuesheet/model/ids.h"
#include "cuesheet/model/validation.h"

#include <QAbstractTableModel>

#include <unordered_map>
#include <vector>

namespace cuesheet {

class Project;
class ProjectSession;
struct ChangeSet;

// The cues of a project as a table, one row per cue in sequence order (row r is the cue
// numbered r + 1). A thin item-model wrapper over the Project: it holds no cue data of its
// own, only the row order, and every edit made in the view becomes one Project request, so
// it is undoable, written through, and seen by the timeline and the inspector through
// Project::changed.
//
// Updates are exact: a change that alters only fields emits dataChanged for the rows it
// names (and for every use of a work whose title or parties changed); one that adds, removes
// or reorders cues emits row insertions, removals and a layout change, so a view keeps its
// selection and scroll position.
class CueTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number,
        In,
        Out,
        Duration,
        Title,
        Kind,
        Diegesis,
        Usage,
        Writers,
        Publishers,
        Validation,
        ColumnCount
    };
    enum Role {
        CueIdRole = Qt::UserRole + 1,
        // A value that sorts as the column reads: ticks for times, sequence number, text.
        SortRole,
        // Text keys a combobox editor offers for Kind / Diegesis / Usage (QStringList).
        ChoicesRole,
    };

    // `session` must outlive the model (the main window replaces both together).
    explicit CueTableModel(ProjectSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    CueId cueAt(int row) const;
    // -1 when the cue is not in the table.
    int rowOf(CueId id) const;
    // Why the last setData() was refused (a parse error or the Project's reason); empty when
    // it succeeded.
    const QString& lastError() const { return lastError_; }

signals:
    // setData() refused a value: the view shows `message` to the user.
    void editRefused(const QString& message);

private:
    void onProjectChanged(const ChangeSet& change);
    void syncRows();
    void indexFindings();
    const std::vector<Finding>& findingsOf(CueId id) const;
    void emitRowsChanged(const std::vector<int>& rows);
    bool refuse(const QString& message);
    bool setTimeField(CueId id, int column, const QString& text);
    bool setTagField(CueId id, int column, const QString& text);

    ProjectSession& session_;
    Project& project_;
    std::vector<CueId> rows_;
    QString lastError_;
    std::unordered_map<CueId, std::vector<Finding>> findingsByCue_;
};

} // namespace cuesheet
