// CueInspector: fields of the selection, edits as single undo steps, several cues at once,
// live validation messages.
#include "window_test_support.h"

#include "cuesheet/ui/cue_inspector.h"
#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/party_list_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace cuesheet;
using test::TestProject;

namespace {

template <typename W> W* editor(CueInspector& inspector, const QString& key) {
    auto* w = qobject_cast<W*>(inspector.editorFor(key));
    REQUIRE(w);
    return w;
}

// Types into a line edit and presses Enter, as a user does.
void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Picks the item whose data is `key`, as a user choosing it from the list does.
void choose(QComboBox* combo, const QString& key) {
    const int i = combo->findData(key);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
    emit combo->activated(i);
}

int undoDepth(Project& project) {
    int n = 0;
    while (project.canUndo()) {
        project.undo();
        ++n;
    }
    for (int i = 0; i < n; ++i)
        project.redo();
    return n;
}

} // namespace

TEST_CASE("the inspector shows the selected cue's fields") {
    TestProject p;
    const CueId id = p.addCue("Main Theme", 10, 20, MusicKind::Song, Diegesis::Diegetic);
    CueSelection selection;
    CueInspector inspector(p.session(), selection);
    selection.selectOnly(id);
    CHECK(editor<QLineEdit>(inspector, "title")->text() == "Main Theme");
    CHECK(editor<QLineEdit>(inspector, "in")->text() == TestProject::tc(10));
    CHECK(editor<QLineEdit>(inspector, "out")->text() == TestProject::tc(20));
    CHECK(editor<QLineEdit>(inspector, "duration")->text() == "00:00:10:00");
    CHECK(editor<QComboBox>(inspector, "kind")->currentData().toString() == "song");
    CHECK(editor<QComboBox>(inspector, "diegesis")->currentData().toString() == "diegetic");
}

TEST_CASE("each inspector edit is one project request, undone in one step") {
    TestProject p;
    const CueId id = p.addCue("Main Theme", 10, 20);
    CueSelection selection;
    CueInspector inspector(p.session(), selection);
    inspector.show();
    selection.selectOnly(id);
    const int depth = undoDepth(p.project());

    choose(editor<QComboBox>(inspector, "diegesis"), "non-diegetic");
    CHECK(p.project().cue(id)->tags.diegesis == Diegesis::NonDiegetic);
    CHECK(undoDepth(p.project()) == depth + 1);

    typeInto(editor<QLineEdit>(inspector, "out"), TestProject::tc(25, 5));
    CHECK(p.project().cue(id)->out == TestProject::at(25, 5));
    CHECK(undoDepth(p.project()) == depth + 2);

    typeInto(editor<QLineEdit>(inspector, "title"), "Love Theme");
    CHECK(p.project().titleOf(*p.project().cue(id)) == "Love Theme");

    REQUIRE(p.project().undo());
    REQUIRE(p.project().undo());
    CHECK(p.project().cue(id)->out == TestProject::at(20));
    // The inspector follows the undo.
    CHECK(editor<QLineEdit>(inspector, "out")->text() == TestProject::tc(20));
    CHECK(editor<QLineEdit>(inspector, "title")->text() == "Main Theme");
}

TEST_CASE("inspector edits are named for people in Edit > Undo") {
    TestProject p;
    const CueId id = p.addCue("Main Theme", 10, 20);
    CueSelection selection;
    CueInspector inspector(p.session(), selection);
    inspector.show();
    selection.selectOnly(id);
    typeInto(editor<QLineEdit>(inspector, "label"), "KPM");
    CHECK(p.project().historyLabels().undo.value_or("(none)").toStdString() ==
          std::string("Set library label to KPM (cue 1)"));
    typeInto(editor<QLineEdit>(inspector, "catalogue"), "KPM 1021");
    CHECK(p.project().historyLabels().undo.value_or("(none)").toStdString() ==
          std::string("Set catalogue number to KPM 1021 (cue 1)"));
    typeInto(editor<QLineEdit>(inspector, "source-file"), "theme.wav");
    CHECK(p.project().historyLabels().undo.value_or("(none)").toStdString() ==
          std::string("Set source file to theme.wav (cue 1)"));
    editor<QCheckBox>(inspector, "visual")->click();
    CHECK(p.project().historyLabels().undo.value_or("(none)").toStdString() ==
          std::string("Set performer seen on screen to yes (cue 1)"));
}

TEST_CASE("several cues: shared fields show (mixed) and one edit sets them all") {
    TestProject p;
    const CueId a = p.addCue("A", 10, 20, MusicKind::Score);
    const CueId b = p.addCue("B", 30, 40, MusicKind::Song);
    CueSelection selection;
    CueInspector inspector(p.session(), selection);
    selection.select({a, b});
    auto* kind = editor<QComboBox>(inspector, "kind");
    CHECK(kind->currentText() == "(mixed)");
    CHECK(editor<QLineEdit>(inspector, "title")->placeholderText() == "(mixed)");
    CHECK(editor<QLineEdit>(inspector, "in")->isReadOnly());

    choose(kind, "song");
    CHECK(p.project().cue(a)->tags.kind == MusicKind::Song);
    CHECK(p.project().cue(b)->tags.kind == MusicKind::Song);
    CHECK(kind->currentData().toString() == "song");
    CHECK(p.project().historyLabels().undo->contains("2 cues"));
    REQUIRE(p.project().undo());
    CHECK(p.project().cue(a)->tags.kind == MusicKind::Score);
    CHECK(p.project().cue(b)->tags.kind == MusicKind::Song);
}

TEST_CASE("the inspector's validation messages follow the project live") {
    TestProject p;
    const CueId id = p.addCue("Theme", 10, 20);
    CueSelection selection;
    CueInspector inspector(p.session(), selection);
    selection.selectOnly(id);
    test::settle();
    // A cue without writers is flagged.
    CHECK(inspector.validationText().contains("writer", Qt::CaseInsensitive));

    // Add a writer with half the share through the writers table.
    auto* writers = qobject_cast<PartyListEditor*>(inspector.editorFor("writers"));
    REQUIRE(writers);
    PartyList list;
    Party w;
    w.name = "Jane Roe";
    w.share = Share::fromHundredths(5000);
    list.push_back(w);
    emit writers->partiesEdited(list);
    REQUIRE(p.project().workOf(*p.project().cue(id))->writers.size() == 1);
    test::settle();
    CHECK(inspector.validationText().contains("writer shares total 50"));

    // Fix the share in the table cell: the message goes away.
    QTableWidgetItem* share = writers->table()->item(0, 4);
    REQUIRE(share);
    share->setText("100");
    test::settle();
    CHECK(p.project().workOf(*p.project().cue(id))->writers.front().share == Share::whole());
    CHECK_FALSE(inspector.validationText().contains("writer shares total"));
}

TEST_CASE("a writer's role, society and IPI are edited in the inspector's table and checked") {
    TestProject p;
    const CueId id = p.addCue("Theme", 10, 20);
    CueSelection selection;
    CueInspector inspector(p.session(), selection);
    inspector.show();
    selection.selectOnly(id);
    auto* writers = qobject_cast<PartyListEditor*>(inspector.editorFor("writers"));
    REQUIRE(writers);
    Party w;
    w.name = "Jane Roe";
    w.share = Share::whole();
    emit writers->partiesEdited({w});
    test::settle();
    auto stored = [&] { return p.project().workOf(*p.project().cue(id))->writers.front(); };
    QTableWidget* table = writers->table();

    // The society cell offers the society table's societies.
    auto* societyEditor = qobject_cast<QComboBox*>(table->itemDelegate()->createEditor(
        table->viewport(), QStyleOptionViewItem(), table->model()->index(0, 2)));
    REQUIRE(societyEditor);
    CHECK(societyEditor->count() == static_cast<int>(p.societies().all().size()) + 1);
    CHECK(societyEditor->findData("PRS") > 0);
    delete societyEditor;

    table->item(0, 1)->setText("CA");
    CHECK(stored().role == PartyRole::ComposerAuthor);
    table->item(0, 2)->setText("prs");
    CHECK(stored().society == "PRS");
    // A publisher's role is refused on the writers' side, and nothing changes.
    QSignalSpy refused(writers, &PartyListEditor::editRefused);
    table->item(0, 1)->setText("E");
    CHECK(refused.count() == 1);
    CHECK(stored().role == PartyRole::ComposerAuthor);
    CHECK(table->item(0, 1)->text() == "CA");

    // An IPI name number with wrong check digits is flagged live; the right one is not.
    table->item(0, 3)->setText("00014107339");
    test::settle();
    CHECK(stored().ipiNameNumber == "00014107339");
    CHECK(inspector.validationText().contains("check digits should be 38"));
    table->item(0, 3)->setText("00014107338");
    test::settle();
    CHECK_FALSE(inspector.validationText().contains("IPI"));
    REQUIRE(p.project().undo());
    CHECK(stored().ipiNameNumber == "00014107339");
}

TEST_CASE("a bad value typed in the inspector is refused and nothing changes") {
    TestProject p;
    const CueId id = p.addCue("Theme", 10, 20);
    CueSelection selection;
    CueInspector inspector(p.session(), selection);
    inspector.show();
    selection.selectOnly(id);
    QSignalSpy refused(&inspector, &CueInspector::editRefused);
    const Cue before = *p.project().cue(id);

    typeInto(editor<QLineEdit>(inspector, "in"), "10:00:30:00"); // after the out point
    typeInto(editor<QLineEdit>(inspector, "isrc"), "not an isrc");
    CHECK(refused.count() == 2);
    CHECK(*p.project().cue(id) == before);
    // The fields show the project's values again.
    CHECK(editor<QLineEdit>(inspector, "in")->text() == TestProject::tc(10));
    CHECK(editor<QLineEdit>(inspector, "isrc")->text().isEmpty());
}
