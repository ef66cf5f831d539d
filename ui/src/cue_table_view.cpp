#include "cuesheet/ui/cue_table_view.h"

#include "cue_table_delegate.h"
#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/cue_table_model.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

namespace cuesheet {

CueTableView::CueTableView(CueTableModel& model, CueSelection& selection, QWidget* parent)
    : QTableView(parent)
    , model_(model)
    , selection_(selection) {
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(&model_);
    proxy_->setSortRole(CueTableModel::SortRole);
    // Re-sort when an edit changes the sorted column (e.g. a retimed cue).
    proxy_->setDynamicSortFilter(true);
    setModel(proxy_);
    setItemDelegate(new CueTableDelegate(this));
    setSortingEnabled(true);
    sortByColumn(CueTableModel::Number, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed |
                    QAbstractItemView::SelectedClicked);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setHighlightSections(false);
    setColumnWidth(CueTableModel::Number, fontMetrics().horizontalAdvance("0000") + 16);
    const int tcWidth = fontMetrics().horizontalAdvance("00:00:00:00") + 20;
    for (int c : {CueTableModel::In, CueTableModel::Out, CueTableModel::Duration})
        setColumnWidth(c, tcWidth);
    setColumnWidth(CueTableModel::Title, fontMetrics().horizontalAdvance('M') * 14);
    setColumnWidth(CueTableModel::Usage, fontMetrics().horizontalAdvance("Usage") + 24);
    setColumnWidth(CueTableModel::Writers, fontMetrics().horizontalAdvance('M') * 16);
    setColumnWidth(CueTableModel::Publishers, fontMetrics().horizontalAdvance('M') * 14);
    // The room left over goes to the parties, whose names are what gets cut short; the check
    // column needs only "2 errors, 1 warning" and its icon.
    horizontalHeader()->setSectionResizeMode(CueTableModel::Writers, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(CueTableModel::Publishers, QHeaderView::Stretch);
    setColumnWidth(CueTableModel::Validation,
                   fontMetrics().horizontalAdvance("2 errors, 1 warning") + 40);

    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CueTableView::pushSelectionToShared);
    connect(&selection_, &CueSelection::selectionChanged, this,
            &CueTableView::pullSelectionFromShared);
    // Rows inserted or moved by an edit elsewhere: show the shared selection on them.
    connect(&model_, &QAbstractItemModel::rowsInserted, this,
            &CueTableView::pullSelectionFromShared);
    connect(&model_, &QAbstractItemModel::layoutChanged, this,
            &CueTableView::pullSelectionFromShared);
    connect(this, &QAbstractItemView::doubleClicked, this, &CueTableView::onDoubleClicked);
    pullSelectionFromShared();
}

int CueTableView::viewRowOf(CueId id) const {
    const int sourceRow = model_.rowOf(id);
    if (sourceRow < 0)
        return -1;
    return proxy_->mapFromSource(model_.index(sourceRow, 0)).row();
}

void CueTableView::pushSelectionToShared() {
    if (syncing_)
        return;
    std::set<CueId> ids;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        if (const CueId id = index.data(CueTableModel::CueIdRole).toLongLong())
            ids.insert(id);
    CueId current = 0;
    const QModelIndex currentIndex = selectionModel()->currentIndex();
    if (currentIndex.isValid())
        current = currentIndex.data(CueTableModel::CueIdRole).toLongLong();
    syncing_ = true;
    selection_.select(ids, ids.count(current) ? current : 0);
    syncing_ = false;
}

void CueTableView::pullSelectionFromShared() {
    if (syncing_)
        return;
    syncing_ = true;
    QItemSelection wanted;
    for (CueId id : selection_.ids()) {
        const int row = viewRowOf(id);
        if (row < 0)
            continue;
        wanted.select(proxy_->index(row, 0), proxy_->index(row, proxy_->columnCount() - 1));
    }
    selectionModel()->select(wanted, QItemSelectionModel::ClearAndSelect);
    if (const int row = viewRowOf(selection_.current()); row >= 0) {
        const QModelIndex current =
            proxy_->index(row, std::max(0, selectionModel()->currentIndex().column()));
        selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        scrollTo(current);
    }
    syncing_ = false;
}

void CueTableView::onDoubleClicked(const QModelIndex& index) {
    const QModelIndex source = proxy_->mapToSource(index);
    if (model_.cueAt(source.row()) == 0)
        return;
    const qlonglong inTicks =
        model_.data(model_.index(source.row(), CueTableModel::In), CueTableModel::SortRole)
            .toLongLong();
    emit seekRequested(Time::fromTicks(inTicks));
}

} // namespace cuesheet
