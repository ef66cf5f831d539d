// CueTableModel: rows in cue-sheet order, exact updates, edits as Project requests.
#include "window_test_support.h"

#include "cuesheet/ui/cue_table_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <set>

#include <catch2/catch.hpp>

using namespace cuesheet;
using test::TestProject;

namespace {

QString cell(const CueTableModel& model, int row, int column, int role = Qt::DisplayRole) {
    return model.data(model.index(row, column), role).toString();
}

} // namespace

TEST_CASE("table model passes QAbstractItemModelTester through adds, moves, removals, undo") {
    TestProject p;
    p.addCue("Alpha", 10, 20);
    p.addCue("Beta", 30, 40);
    CueTableModel model(p.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const CueId gamma = p.addCue("Gamma", 5, 8); // inserted at the top
    REQUIRE(model.rowCount() == 3);
    CHECK(model.cueAt(0) == gamma);
    REQUIRE(p.project().requestSetCueRange(gamma, TestProject::at(50), TestProject::at(55), 0));
    CHECK(model.cueAt(2) == gamma); // moved to the end by a layout change
    REQUIRE(p.project().requestRemoveCues({model.cueAt(0)}));
    CHECK(model.rowCount() == 2);
    REQUIRE(p.project().undo());
    CHECK(model.rowCount() == 3);
    REQUIRE(p.project().undo());
    CHECK(model.cueAt(0) == gamma);
    REQUIRE(p.project().redo());
    CHECK(model.cueAt(2) == gamma);
}

TEST_CASE("table shows cues in sequence order with number, timecodes, duration and tags") {
    TestProject p;
    p.addCue("Later", 60, 75, MusicKind::Song, Diegesis::Diegetic);
    p.addCue("First", 2, 12, MusicKind::Score, Diegesis::NonDiegetic);
    CueTableModel model(p.session());
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, 0, CueTableModel::Number) == "1");
    CHECK(cell(model, 0, CueTableModel::Title) == "First");
    CHECK(cell(model, 0, CueTableModel::In) == "10:00:02:00");
    CHECK(cell(model, 0, CueTableModel::Out) == "10:00:12:00");
    CHECK(cell(model, 0, CueTableModel::Duration) == "00:00:10:00");
    CHECK(cell(model, 0, CueTableModel::Kind) == "Score");
    CHECK(cell(model, 0, CueTableModel::Diegesis) == "Non-diegetic");
    CHECK(cell(model, 0, CueTableModel::Usage) == "BI");
    CHECK(cell(model, 1, CueTableModel::Number) == "2");
    CHECK(cell(model, 1, CueTableModel::Kind) == "Song");
    CHECK(cell(model, 1, CueTableModel::Kind, Qt::EditRole) == "song");
    CHECK(cell(model, 1, CueTableModel::Usage) == "BV");
}

TEST_CASE("editing the title in the table retitles the cue in one undoable step") {
    TestProject p;
    const CueId id = p.addCue("Tpyo", 10, 20);
    CueTableModel model(p.session());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    REQUIRE(model.setData(model.index(0, CueTableModel::Title), "Typo Fixed"));
    CHECK(p.project().titleOf(*p.project().cue(id)) == "Typo Fixed");
    CHECK(cell(model, 0, CueTableModel::Title) == "Typo Fixed");
    CHECK(changed.count() >= 1);
    REQUIRE(p.project().historyLabels().undo.has_value());
    CHECK(p.project().historyLabels().undo->contains("Typo Fixed"));

    REQUIRE(p.project().undo());
    CHECK(cell(model, 0, CueTableModel::Title) == "Tpyo");
}

TEST_CASE("editing in and out timecodes moves the cue and reorders the rows") {
    TestProject p;
    const CueId a = p.addCue("A", 10, 20);
    const CueId b = p.addCue("B", 30, 40);
    CueTableModel model(p.session());
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

    REQUIRE(model.setData(model.index(0, CueTableModel::Out), TestProject::tc(60)));
    REQUIRE(model.setData(model.index(0, CueTableModel::In), TestProject::tc(50, 12)));
    CHECK(p.project().cue(a)->in == TestProject::at(50, 12));
    CHECK(p.project().cue(a)->out == TestProject::at(60));
    CHECK(model.cueAt(0) == b);
    CHECK(model.cueAt(1) == a);
    CHECK(cell(model, 1, CueTableModel::Number) == "2");
    CHECK(layout.count() == 1);

    // A duration sets the out point.
    REQUIRE(model.setData(model.index(1, CueTableModel::Duration), "00:00:02:00"));
    CHECK(p.project().cue(a)->out == TestProject::at(52, 12));
}

TEST_CASE("a refused edit changes nothing and says why") {
    TestProject p;
    const CueId id = p.addCue("A", 10, 20);
    CueTableModel model(p.session());
    QSignalSpy refused(&model, &CueTableModel::editRefused);
    const Cue before = *p.project().cue(id);
    const auto undoBefore = p.project().historyLabels().undo;

    CHECK_FALSE(model.setData(model.index(0, CueTableModel::In), "10:00:99:00"));
    CHECK_FALSE(model.setData(model.index(0, CueTableModel::In), TestProject::tc(25)));
    CHECK_FALSE(model.setData(model.index(0, CueTableModel::Kind), "opera"));
    CHECK_FALSE(model.setData(model.index(0, CueTableModel::Title), "   "));
    CHECK(refused.count() == 4);
    CHECK(model.lastError().contains("title"));
    CHECK(*p.project().cue(id) == before);
    CHECK(p.project().historyLabels().undo == undoBefore);
    // Columns that are not editable in place.
    CHECK_FALSE(model.flags(model.index(0, CueTableModel::Writers)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(model.index(0, CueTableModel::Writers), "x:C::: 100"));
}

TEST_CASE("tags and usage edited in the table; an override shows in italics") {
    TestProject p;
    const CueId id = p.addCue("A", 10, 20);
    CueTableModel model(p.session());
    REQUIRE(model.setData(model.index(0, CueTableModel::Kind), "song"));
    REQUIRE(model.setData(model.index(0, CueTableModel::Diegesis), "diegetic"));
    CHECK(p.project().cue(id)->tags.kind == MusicKind::Song);
    CHECK(p.project().cue(id)->tags.diegesis == Diegesis::Diegetic);
    CHECK(p.project().historyLabels().undo->contains("diegesis"));
    REQUIRE(model.setData(model.index(0, CueTableModel::Usage), "VV"));
    CHECK(p.project().cue(id)->usageOverride == "VV");
    CHECK(model.data(model.index(0, CueTableModel::Usage), Qt::FontRole).value<QFont>().italic());
    REQUIRE(model.setData(model.index(0, CueTableModel::Usage), "auto"));
    CHECK(p.project().cue(id)->usageOverride.isEmpty());
    CHECK(cell(model, 0, CueTableModel::Usage) == "BV");
}

TEST_CASE("the validation column follows the findings") {
    TestProject p;
    const CueId id = p.addCue("A", 10, 20);
    CueTableModel model(p.session());
    Party half;
    half.name = "Half Writer";
    half.share = Share::fromHundredths(5000);
    REQUIRE(p.project().requestUpdateWork(p.project().cue(id)->workId, "writers",
                                          [&](Work& w) { w.writers = {half}; }));
    test::settle();
    CHECK(cell(model, 0, CueTableModel::Validation).contains("error"));
    CHECK(cell(model, 0, CueTableModel::Validation, Qt::ToolTipRole).contains("50"));
    REQUIRE(p.project().requestUpdateWork(p.project().cue(id)->workId, "writers", [&](Work& w) {
        w.writers.front().share = Share::whole();
    }));
    test::settle();
    CHECK(cell(model, 0, CueTableModel::Validation) == "OK");
}

TEST_CASE("a change of a work updates every use of it") {
    TestProject p;
    p.addCue("Theme", 10, 20);
    p.addCue("Other", 30, 40);
    p.addCue("Theme", 50, 60);
    CueTableModel model(p.session());
    REQUIRE(model.cueAt(0) != 0);
    const WorkId theme = p.project().cue(model.cueAt(0))->workId;
    Party w;
    w.name = "Jane Roe";
    w.share = Share::whole();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    REQUIRE(
        p.project().requestUpdateWork(theme, "writers", [&](Work& work) { work.writers = {w}; }));
    std::set<int> rows;
    for (const auto& args : changed)
        for (int r = args[0].toModelIndex().row(); r <= args[1].toModelIndex().row(); ++r)
            rows.insert(r);
    CHECK(rows.count(0));
    CHECK(rows.count(2));
    CHECK_FALSE(rows.count(1));
    CHECK(cell(model, 2, CueTableModel::Writers).contains("Jane Roe"));
}
