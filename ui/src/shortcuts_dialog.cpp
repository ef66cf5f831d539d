#include "cuesheet/ui/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cuesheet {

QList<ShortcutEntry> shortcutEntriesFor(const QString& group, const QList<QAction*>& actions) {
    QList<ShortcutEntry> entries;
    for (QAction* action : actions) {
        if (!action || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& k : action->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        // iconText() is text() without '&' and "..." unless set on purpose, as it is for Undo
        // and Redo, whose text changes with the command.
        QString text = action->iconText();
        text.remove('&');
        if (text.endsWith("…"))
            text.chop(1);
        entries << ShortcutEntry{group, keys.join(" or "), text};
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry>& entries, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter"));
    filter->setClearButtonEnabled(true);
    tree_ = new QTreeWidget(this);
    tree_->setColumnCount(2);
    tree_->setHeaderLabels({tr("Keys"), tr("Action")});
    tree_->setRootIsDecorated(false);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    QTreeWidgetItem* groupItem = nullptr;
    QString group;
    for (const ShortcutEntry& e : entries) {
        if (!groupItem || e.group != group) {
            group = e.group;
            groupItem = new QTreeWidgetItem(tree_, {group});
            groupItem->setFirstColumnSpanned(true);
            QFont f = groupItem->font(0);
            f.setBold(true);
            groupItem->setFont(0, f);
            groupItem->setFlags(Qt::ItemIsEnabled);
        }
        auto* item = new QTreeWidgetItem(groupItem, {e.keys, e.description});
        item->setToolTip(1, e.description);
    }
    tree_->setRootIsDecorated(false);
    tree_->setItemsExpandable(false);
    tree_->expandAll();
    tree_->resizeColumnToContents(0);
    tree_->setColumnWidth(0, tree_->columnWidth(0) + 24);
    connect(filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
            QTreeWidgetItem* groupItem = tree_->topLevelItem(g);
            bool any = false;
            for (int i = 0; i < groupItem->childCount(); ++i) {
                QTreeWidgetItem* item = groupItem->child(i);
                const bool match = text.isEmpty() ||
                                   item->text(0).contains(text, Qt::CaseInsensitive) ||
                                   item->text(1).contains(text, Qt::CaseInsensitive);
                item->setHidden(!match);
                any = any || match;
            }
            groupItem->setHidden(!any);
        }
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(tree_, 1);
    layout->addWidget(buttons);
    // A minimum, not just a starting size: the list is unreadable narrower than this.
    setMinimumSize(520, 600);
    // Wide enough to show the longest description whole.
    int longest = 0;
    for (const ShortcutEntry& e : entries)
        longest = std::max(longest, tree_->fontMetrics().horizontalAdvance(e.description));
    preferredSize_ = QSize(std::max(520, tree_->columnWidth(0) + longest + 80), 640);
    resize(preferredSize_);
}

} // namespace cuesheet
