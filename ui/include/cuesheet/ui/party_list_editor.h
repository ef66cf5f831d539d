#pragma once

#include "cuesheet/model/party.h"
#include "cuesheet/model/party_text.h"
#include "cuesheet/model/society.h"

#include <QWidget>

class QTableWidget;
class QToolButton;

namespace cuesheet {

// The writers or the publishers of a work as a small table: name, role, society (from the
// society table, or typed), IPI name number, share %. Every finished edit (a cell, a row
// added or removed) emits the whole list once: the inspector turns it into one undoable
// request on the work, so the change applies to every use of the title.
class PartyListEditor : public QWidget {
    Q_OBJECT
public:
    PartyListEditor(PartySide side, const SocietyTable& societies, QWidget* parent = nullptr);

    // Shows `parties` (no signal).
    void setParties(const PartyList& parties);
    PartyList parties() const { return parties_; }
    void setReadOnly(bool readOnly);
    // For tests and screenshots.
    QTableWidget* table() const { return table_; }

signals:
    void partiesEdited(const cuesheet::PartyList& parties);
    // A cell's text was refused (e.g. a share of "abc"); the cell shows the old value again.
    void editRefused(const QString& message);

private:
    enum Column { Name, Role, Society, Ipi, Share, ColumnCount };
    void onCellChanged(int row, int column);
    void addParty();
    void removeSelected();
    void fillRow(int row, const Party& party);

    PartySide side_;
    const SocietyTable& societies_;
    QTableWidget* table_ = nullptr;
    QToolButton* add_ = nullptr;
    QToolButton* remove_ = nullptr;
    PartyList parties_;
    bool loading_ = false;
};

} // namespace cuesheet
