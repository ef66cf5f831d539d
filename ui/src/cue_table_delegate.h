#pragma once

#include <QStyledItemDelegate>

namespace cuesheet {

// Editors for the cue table: a combobox for columns whose model offers choices
// (CueTableModel::ChoicesRole: kind, diegesis, usage), the default line edit elsewhere.
// The usage combobox is editable, so a code outside the list can be typed.
class CueTableDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace cuesheet
