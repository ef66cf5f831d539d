#include "cue_table_delegate.h"

#include "cuesheet/ui/cue_table_model.h"

#include <QComboBox>

namespace cuesheet {

QWidget* CueTableDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const {
    const QStringList choices = index.data(CueTableModel::ChoicesRole).toStringList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    combo->addItems(choices);
    combo->setEditable(index.column() == CueTableModel::Usage);
    combo->setFrame(false);
    return combo;
}

void CueTableDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const QString current = index.data(Qt::EditRole).toString();
        const int i = combo->findText(current, Qt::MatchFixedString);
        if (i >= 0)
            combo->setCurrentIndex(i);
        else
            combo->setEditText(current);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CueTableDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace cuesheet
