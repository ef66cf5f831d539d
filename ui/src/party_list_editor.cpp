#include "cuesheet/ui/party_list_editor.h"

#include "cuesheet/ui/cue_display_text.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

namespace cuesheet {

namespace {

QList<PartyRole> rolesFor(PartySide side) {
    if (side == PartySide::Writer)
        return {PartyRole::Composer, PartyRole::Author, PartyRole::ComposerAuthor,
                PartyRole::Arranger};
    return {PartyRole::Publisher, PartyRole::SubPublisher, PartyRole::Administrator};
}

// Comboboxes for the role and society columns; the society one is editable so a society
// missing from the table can still be typed (validation then warns about it).
class PartyDelegate : public QStyledItemDelegate {
public:
    PartyDelegate(PartySide side, const SocietyTable& societies, QObject* parent)
        : QStyledItemDelegate(parent)
        , side_(side)
        , societies_(societies) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        if (index.column() == 1) {
            auto* combo = new QComboBox(parent);
            for (PartyRole role : rolesFor(side_))
                combo->addItem(QString("%1 – %2").arg(toCode(role), displayName(role)),
                               toCode(role));
            return combo;
        }
        if (index.column() == 2) {
            auto* combo = new QComboBox(parent);
            combo->setEditable(true);
            combo->addItem(QString(), QString());
            for (const Society& s : societies_.all())
                combo->addItem(QString("%1 (%2)").arg(s.code, s.country), s.code);
            return combo;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            const QString code = index.data(Qt::EditRole).toString();
            const int i = combo->findData(code, Qt::UserRole, Qt::MatchFixedString);
            if (i >= 0)
                combo->setCurrentIndex(i);
            else
                combo->setEditText(code);
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            QString code = combo->currentData().toString();
            if (combo->isEditable() &&
                combo->currentText() != combo->itemText(combo->currentIndex()))
                code = combo->currentText().trimmed().toUpper();
            model->setData(index, code, Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    PartySide side_;
    const SocietyTable& societies_;
};

} // namespace

PartyListEditor::PartyListEditor(PartySide side, const SocietyTable& societies, QWidget* parent)
    : QWidget(parent)
    , side_(side)
    , societies_(societies) {
    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setHorizontalHeaderLabels({side == PartySide::Writer ? tr("Writer") : tr("Publisher"),
                                       tr("Role"), tr("Society"), tr("IPI"), tr("Share %")});
    table_->setItemDelegate(new PartyDelegate(side, societies, table_));
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table_->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(Role, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(Society, QHeaderView::ResizeToContents);
    table_->setColumnWidth(Ipi, fontMetrics().horizontalAdvance("00000000000") + 12);
    table_->horizontalHeader()->setSectionResizeMode(Share, QHeaderView::ResizeToContents);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::AllEditTriggers);
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setMinimumHeight(fontMetrics().height() * 5);
    connect(table_, &QTableWidget::cellChanged, this, &PartyListEditor::onCellChanged);

    add_ = new QToolButton(this);
    add_->setText(side == PartySide::Writer ? tr("Add writer") : tr("Add publisher"));
    add_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(add_, &QToolButton::clicked, this, &PartyListEditor::addParty);
    remove_ = new QToolButton(this);
    remove_->setText(tr("Remove"));
    connect(remove_, &QToolButton::clicked, this, &PartyListEditor::removeSelected);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(table_);
    layout->addLayout(buttons);
}

void PartyListEditor::fillRow(int row, const Party& party) {
    const QString texts[ColumnCount] = {party.name, toCode(party.role), party.society,
                                        party.ipiNameNumber, party.share.toText()};
    for (int c = 0; c < ColumnCount; ++c) {
        auto* item = new QTableWidgetItem(texts[c]);
        if (c == Role)
            item->setToolTip(displayName(party.role));
        if (c == Society)
            if (const auto s = societies_.find(party.society))
                item->setToolTip(QString("%1 – %2 (CISAC %3)")
                                     .arg(s->code, s->name)
                                     .arg(s->cisacNumber, 3, 10, QChar('0')));
        if (c == Share)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(row, c, item);
    }
}

void PartyListEditor::setParties(const PartyList& parties) {
    if (parties == parties_ && table_->rowCount() == static_cast<int>(parties.size()))
        return;
    loading_ = true;
    parties_ = parties;
    table_->setRowCount(static_cast<int>(parties.size()));
    for (int r = 0; r < table_->rowCount(); ++r)
        fillRow(r, parties[static_cast<std::size_t>(r)]);
    loading_ = false;
}

void PartyListEditor::setReadOnly(bool readOnly) {
    table_->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::AllEditTriggers);
    add_->setEnabled(!readOnly);
    remove_->setEnabled(!readOnly);
}

void PartyListEditor::onCellChanged(int row, int column) {
    if (loading_ || row < 0 || row >= static_cast<int>(parties_.size()))
        return;
    PartyList edited = parties_;
    Party& p = edited[static_cast<std::size_t>(row)];
    const QString text = table_->item(row, column)->text().trimmed();
    QString refusal;
    switch (column) {
    case Name:
        p.name = text;
        break;
    case Role:
        if (const auto role = partyRoleFromCode(text);
            role && isWriterRole(*role) == (side_ == PartySide::Writer))
            p.role = *role;
        else
            refusal = tr("Role '%1' is not a %2 role.")
                          .arg(text, side_ == PartySide::Writer ? tr("writer") : tr("publisher"));
        break;
    case Society:
        p.society = text.toUpper();
        break;
    case Ipi:
        p.ipiNameNumber = text;
        break;
    case Share:
        if (const auto share = cuesheet::Share::parse(text.isEmpty() ? "0" : text))
            p.share = *share;
        else
            refusal = tr("Share '%1' is not valid: expected a percentage from 0 to 100 with at "
                         "most two decimals.")
                          .arg(text);
        break;
    default:
        return;
    }
    if (!refusal.isEmpty()) {
        loading_ = true;
        fillRow(row, parties_[static_cast<std::size_t>(row)]);
        loading_ = false;
        emit editRefused(refusal);
        return;
    }
    if (edited == parties_)
        return;
    parties_ = edited;
    loading_ = true;
    fillRow(row, p);
    loading_ = false;
    emit partiesEdited(parties_);
}

void PartyListEditor::addParty() {
    PartyList edited = parties_;
    Party p;
    p.name = side_ == PartySide::Writer ? tr("New writer") : tr("New publisher");
    p.role = side_ == PartySide::Writer ? PartyRole::Composer : PartyRole::Publisher;
    // A first party gets the whole share; later ones start at 0 for the user to split.
    p.share = parties_.empty() ? cuesheet::Share::whole() : cuesheet::Share();
    edited.push_back(p);
    setParties(edited);
    emit partiesEdited(parties_);
    table_->setCurrentCell(table_->rowCount() - 1, Name);
    table_->editItem(table_->item(table_->rowCount() - 1, Name));
}

void PartyListEditor::removeSelected() {
    std::set<int> rows;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows())
        rows.insert(index.row());
    if (rows.empty() && table_->currentRow() >= 0)
        rows.insert(table_->currentRow());
    if (rows.empty())
        return;
    PartyList edited;
    for (int r = 0; r < static_cast<int>(parties_.size()); ++r)
        if (!rows.count(r))
            edited.push_back(parties_[static_cast<std::size_t>(r)]);
    setParties(edited);
    emit partiesEdited(parties_);
}

} // namespace cuesheet
