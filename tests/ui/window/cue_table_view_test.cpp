// CueTableView: selection kept equal to the shared CueSelection both ways, through sorting
// and edits; double-click asks to seek.
#include "window_test_support.h"

#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/cue_table_model.h"
#include "cuesheet/ui/cue_table_view.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <catch2/catch.hpp>

using namespace cuesheet;
using test::TestProject;

namespace {

std::set<CueId> selectedInView(CueTableView& view) {
    std::set<CueId> ids;
    for (const QModelIndex& i : view.selectionModel()->selectedRows())
        ids.insert(i.data(CueTableModel::CueIdRole).toLongLong());
    return ids;
}

} // namespace

TEST_CASE("selection made in the shared CueSelection shows in the table") {
    TestProject p;
    const CueId a = p.addCue("A", 10, 20);
    const CueId b = p.addCue("B", 30, 40);
    const CueId c = p.addCue("C", 50, 60);
    CueTableModel model(p.session());
    CueSelection selection;
    CueTableView view(model, selection);

    selection.select({a, c}, c);
    CHECK(selectedInView(view) == std::set<CueId>{a, c});
    CHECK(view.selectionModel()->currentIndex().data(CueTableModel::CueIdRole).toLongLong() == c);
    selection.selectOnly(b);
    CHECK(selectedInView(view) == std::set<CueId>{b});
    selection.clear();
    CHECK(selectedInView(view).empty());
}

TEST_CASE("selection made in the table reaches the shared CueSelection") {
    TestProject p;
    const CueId a = p.addCue("A", 10, 20);
    const CueId b = p.addCue("B", 30, 40);
    CueTableModel model(p.session());
    CueSelection selection;
    CueTableView view(model, selection);
    view.resize(800, 300);
    view.show();
    QSignalSpy changed(&selection, &CueSelection::selectionChanged);

    // A click on the second row's title cell.
    const QRect rowB = view.visualRect(view.model()->index(1, CueTableModel::Title));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rowB.center());
    CHECK(selection.ids() == std::set<CueId>{b});
    CHECK(selection.current() == b);
    const QRect rowA = view.visualRect(view.model()->index(0, CueTableModel::Title));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier, rowA.center());
    CHECK(selection.ids() == std::set<CueId>{a, b});
    CHECK(changed.count() == 2);
}

TEST_CASE("the selection survives sorting and edits that reorder rows") {
    TestProject p;
    const CueId a = p.addCue("Zulu", 10, 20);
    const CueId b = p.addCue("Alpha", 30, 40);
    p.addCue("Mike", 50, 60);
    CueTableModel model(p.session());
    CueSelection selection;
    CueTableView view(model, selection);

    selection.selectOnly(a);
    view.sortByColumn(CueTableModel::Title, Qt::AscendingOrder);
    CHECK(view.viewRowOf(a) == 2);
    CHECK(selectedInView(view) == std::set<CueId>{a});
    CHECK(selection.ids() == std::set<CueId>{a});

    view.sortByColumn(CueTableModel::Number, Qt::AscendingOrder);
    selection.selectOnly(b);
    // Moving B before A reorders the rows: the selected row follows the cue.
    REQUIRE(p.project().requestSetCueRange(b, TestProject::at(1), TestProject::at(5), 0));
    CHECK(view.viewRowOf(b) == 0);
    CHECK(selectedInView(view) == std::set<CueId>{b});
    CHECK(selection.ids() == std::set<CueId>{b});
}

TEST_CASE("removed cues leave the selection; double-click seeks to the in point") {
    TestProject p;
    const CueId a = p.addCue("A", 10, 20);
    const CueId b = p.addCue("B", 30, 40);
    CueTableModel model(p.session());
    CueSelection selection;
    CueTableView view(model, selection);
    view.resize(800, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy seek(&view, &CueTableView::seekRequested);

    const QRect rowB = view.visualRect(view.model()->index(1, CueTableModel::Number));
    // A real double-click is press, release, double-click, release; Qt 6.4's QTest sends
    // only the double-click event, which an item view ignores without the press before it.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rowB.center());
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, rowB.center());
    REQUIRE(seek.count() == 1);
    CHECK(seek.front().front().value<Time>() == TestProject::at(30));

    selection.select({a, b});
    REQUIRE(p.project().requestRemoveCues({b}));
    // The window prunes the shared selection; the view shows what is left.
    selection.pruneTo([&](CueId id) { return p.project().cue(id) != nullptr; });
    CHECK(selection.ids() == std::set<CueId>{a});
    CHECK(selectedInView(view) == std::set<CueId>{a});
}
