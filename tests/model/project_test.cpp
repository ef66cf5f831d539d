#include "cuesheet/model/change_between.h"
#include "cuesheet/model/in_memory_journal.h"
#include "cuesheet/model/project.h"
#include "cuesheet/model/work_assignment.h"

#include "model_test_support.h"

#include <QSignalSpy>

using namespace cuesheet;
using test::cueAt;
using test::party;
using test::seconds;

namespace {

ProjectData emptyProject() {
    return ProjectData{test::header24(), {}, {}};
}

NewCue newCue(std::int64_t in, std::int64_t out, const QString& title,
              std::optional<PartyList> writers = std::nullopt, int lane = 0) {
    NewCue n;
    n.cue = cueAt(in, out, lane);
    n.title = title;
    n.writers = std::move(writers);
    return n;
}

const PartyList kJane{party("Jane Roe", PartyRole::Composer, 10000, "PRS", "00052210040")};
const PartyList kJohn{party("John Doe", PartyRole::ComposerAuthor, 10000, "ASCAP")};

CueId add(Project& p, std::int64_t in, std::int64_t out, const QString& title,
          std::optional<PartyList> writers = std::nullopt, int lane = 0) {
    const auto id = p.requestAddCue(newCue(in, out, title, std::move(writers), lane));
    INFO(p.lastError().toStdString());
    REQUIRE(id.has_value());
    return *id;
}

} // namespace

TEST_CASE("adding a cue creates the work of its title, or joins it") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);

    NewCue first = newCue(0, 10, "Main Theme", kJane);
    first.cue.id = 99;     // ignored: the project chooses ids
    first.cue.workId = 42; // ignored: the title chooses the work
    first.cue.tags.kind = MusicKind::Song;
    const auto a = p.requestAddCue(first);
    REQUIRE(a.has_value());
    CHECK(*a > 0);
    REQUIRE(p.cue(*a));
    const Cue& cueA = *p.cue(*a);
    CHECK(cueA.id == *a);
    CHECK(cueA.in == seconds(0));
    CHECK(cueA.out == seconds(10));
    CHECK(cueA.tags.kind == MusicKind::Song);
    REQUIRE(p.workOf(cueA));
    const WorkId work = cueA.workId;
    CHECK(work != 42);
    CHECK(p.work(work)->title == "Main Theme");
    CHECK(p.work(work)->writers == kJane);
    CHECK(p.titleOf(cueA) == "Main Theme");

    SECTION("the same title (trimmed, any case) joins the work and keeps its parties") {
        const CueId b = add(p, 20, 30, "  main THEME ");
        CHECK(b != *a);
        CHECK(p.cue(b)->workId == work);
        CHECK(p.works().size() == 1);
        CHECK(p.work(work)->writers == kJane);
        CHECK(p.work(work)->title == "Main Theme");
    }
    SECTION("parties given with a known title replace the work's, for every use") {
        const CueId b = add(p, 20, 30, "Main Theme", kJohn);
        CHECK(p.cue(b)->workId == work);
        CHECK(p.works().size() == 1);
        CHECK(p.workOf(*p.cue(*a))->writers == kJohn);
    }
    SECTION("another title makes another work") {
        const CueId b = add(p, 20, 30, "End Credits");
        CHECK(p.cue(b)->workId != work);
        CHECK(p.works().size() == 2);
        CHECK(p.workOf(*p.cue(b))->writers.empty());
    }
    SECTION("an empty title or out not after in is refused and changes nothing") {
        const ProjectData before = p.data();
        CHECK_FALSE(p.requestAddCue(newCue(20, 30, "   ")));
        CHECK(p.lastError().contains("title"));
        CHECK_FALSE(p.requestAddCue(newCue(30, 30, "Other")));
        CHECK(p.lastError().contains("out must be after in"));
        CHECK_FALSE(p.requestAddCue(newCue(30, 20, "Other")));
        CHECK(p.data() == before);
        CHECK(p.historyLabels().undo == "Add cue \"Main Theme\"");
    }
}

TEST_CASE("removing cues") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    const CueId a = add(p, 0, 10, "A");
    const CueId b = add(p, 10, 20, "B");
    const CueId c = add(p, 20, 30, "C");
    const ProjectData before = p.data();

    REQUIRE(p.requestRemoveCues({a, c}));
    CHECK(p.cues().size() == 1);
    CHECK(p.cue(b));
    CHECK_FALSE(p.cue(a));
    CHECK_FALSE(p.cue(c));
    // Both removals are one step.
    REQUIRE(p.undo());
    CHECK(p.data() == before);

    const CueId missing = c + 100;
    CHECK_FALSE(p.requestRemoveCues({a, missing}));
    CHECK(p.lastError().contains(QString::number(missing)));
    CHECK_FALSE(p.requestRemoveCues({}));
    CHECK_FALSE(p.lastError().isEmpty());
    CHECK(p.data() == before);
}

TEST_CASE("setting a cue's range moves and trims; out must stay after in") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    const CueId a = add(p, 0, 10, "A");

    REQUIRE(p.requestSetCueRange(a, seconds(5), seconds(25), 2));
    CHECK(p.cue(a)->in == seconds(5));
    CHECK(p.cue(a)->out == seconds(25));
    CHECK(p.cue(a)->lane == 2);
    CHECK(p.lastError().isEmpty());

    const ProjectData before = p.data();
    const auto labels = p.historyLabels();
    CHECK_FALSE(p.requestSetCueRange(a, seconds(25), seconds(25), 2));
    CHECK(p.lastError().contains("out must be after in"));
    CHECK(p.data() == before);
    CHECK_FALSE(p.requestSetCueRange(a, seconds(30), seconds(25), 2));
    CHECK(p.data() == before);
    CHECK_FALSE(p.requestSetCueRange(a, seconds(1), seconds(2), -1));
    CHECK(p.lastError().contains("lane"));
    CHECK_FALSE(p.requestSetCueRange(a + 1, seconds(1), seconds(2), 0));
    CHECK(p.data() == before);
    CHECK(p.historyLabels().undo == labels.undo);
    CHECK(p.historyLabels().redo == labels.redo);

    // The same range again is no edit at all: no new undo step.
    REQUIRE(p.requestSetCueRange(a, seconds(5), seconds(25), 2));
    REQUIRE(p.undo());
    CHECK(p.cue(a)->in == seconds(0));
    CHECK(p.cue(a)->out == seconds(10));
}

TEST_CASE("moving cues shifts each by the same delta in one step") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    const CueId a = add(p, 0, 10, "A");
    const CueId b = add(p, 30, 40, "B", std::nullopt, 1);
    const CueId c = add(p, 50, 60, "C");
    const ProjectData before = p.data();

    const Time delta = seconds(2) + Time::fromFrames(3, FrameRate(24, 1));
    REQUIRE(p.requestMoveCues({a, b}, delta));
    CHECK(p.cue(a)->in == seconds(0) + delta);
    CHECK(p.cue(a)->out == seconds(10) + delta);
    CHECK(p.cue(b)->in == seconds(30) + delta);
    CHECK(p.cue(b)->lane == 1);
    CHECK(p.cue(c)->in == seconds(50));
    REQUIRE(p.undo());
    CHECK(p.data() == before);

    REQUIRE(p.requestMoveCues({c}, -seconds(45)));
    CHECK(p.cue(c)->in == seconds(5));
}

TEST_CASE("a bulk tag of several cues is one undo step") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    const CueId a = add(p, 0, 10, "A");
    const CueId b = add(p, 10, 20, "B");
    const CueId c = add(p, 20, 30, "C");
    const CueId untouched = add(p, 30, 40, "D");
    const ProjectData before = p.data();

    REQUIRE(p.requestUpdateCues({a, b, c}, "Tag 3 cues diegetic", [](Cue& cue) {
        cue.tags.diegesis = Diegesis::Diegetic;
        cue.tags.visual = true;
    }));
    for (CueId id : {a, b, c}) {
        CHECK(p.cue(id)->tags.diegesis == Diegesis::Diegetic);
        CHECK(p.cue(id)->tags.visual);
    }
    CHECK(p.cue(untouched)->tags.diegesis == Diegesis::Unknown);
    CHECK(p.historyLabels().undo == "Tag 3 cues diegetic");
    const ProjectData tagged = p.data();

    REQUIRE(p.undo());
    CHECK(p.data() == before);
    CHECK(p.historyLabels().undo == "Add cue \"D\"");
    CHECK(p.historyLabels().redo == "Tag 3 cues diegetic");
    REQUIRE(p.redo());
    CHECK(p.data() == tagged);

    SECTION("an edit cannot change a cue's id or its work") {
        REQUIRE(p.requestUpdateCues({a}, "Notes", [](Cue& cue) {
            cue.id = 1000;
            cue.workId = 1000;
            cue.notes = "n";
        }));
        CHECK(p.cue(a)->notes == "n");
        CHECK(p.cue(a)->workId == before.cues.at(a).workId);
        CHECK_FALSE(p.cue(1000));
    }
    SECTION("an edit that changes nothing adds no undo step") {
        REQUIRE(p.requestUpdateCues({a, b}, "Tag again",
                                    [](Cue& cue) { cue.tags.diegesis = Diegesis::Diegetic; }));
        CHECK(p.historyLabels().undo == "Tag 3 cues diegetic");
    }
    SECTION("an edit that breaks a cue is refused as a whole") {
        CHECK_FALSE(p.requestUpdateCues({a, b}, "Break", [&](Cue& cue) {
            if (cue.id == b)
                cue.out = cue.in;
            cue.notes = "changed";
        }));
        CHECK(p.data() == tagged);
    }
}

TEST_CASE("retitling a cue") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);

    SECTION("joins the work of an existing title") {
        const CueId a = add(p, 0, 10, "Alpha", kJane);
        const CueId b = add(p, 10, 20, "Beta", kJohn);
        const WorkId beta = p.cue(b)->workId;
        REQUIRE(p.requestSetTitle(b, " alpha "));
        CHECK(p.cue(b)->workId == p.cue(a)->workId);
        CHECK(p.workOf(*p.cue(b))->writers == kJane);
        // The Beta work is left as it was (no use now), not renamed.
        CHECK(p.work(beta)->title == "Beta");
    }
    SECTION("renames the work of its only use, keeping the parties") {
        const CueId g = add(p, 0, 10, "Gama", kJane);
        const WorkId work = p.cue(g)->workId;
        REQUIRE(p.requestSetTitle(g, "Gamma"));
        CHECK(p.cue(g)->workId == work);
        CHECK(p.work(work)->title == "Gamma");
        CHECK(p.work(work)->writers == kJane);
        CHECK(p.works().size() == 1);
    }
    SECTION("gives a shared use a new work of the new title") {
        const CueId d1 = add(p, 0, 10, "Delta", kJane);
        const CueId d2 = add(p, 10, 20, "Delta");
        const WorkId delta = p.cue(d1)->workId;
        REQUIRE(p.cue(d2)->workId == delta);
        REQUIRE(p.requestSetTitle(d2, "Epsilon"));
        CHECK(p.cue(d1)->workId == delta);
        CHECK(p.work(delta)->title == "Delta");
        CHECK(p.work(delta)->writers == kJane);
        const Work* epsilon = p.workOf(*p.cue(d2));
        REQUIRE(epsilon);
        CHECK(epsilon->id != delta);
        CHECK(epsilon->title == "Epsilon");
        CHECK(epsilon->writers.empty());
    }
    SECTION("an empty title or an unknown cue is refused") {
        const CueId a = add(p, 0, 10, "Alpha");
        const ProjectData before = p.data();
        CHECK_FALSE(p.requestSetTitle(a, "  "));
        CHECK(p.lastError().contains("title"));
        CHECK_FALSE(p.requestSetTitle(a + 1, "Other"));
        CHECK(p.data() == before);
    }
}

TEST_CASE("updating a work changes it for every use") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    const CueId a = add(p, 0, 10, "Theme", kJane);
    const CueId b = add(p, 20, 30, "Theme");
    const WorkId work = p.cue(a)->workId;
    const ProjectData before = p.data();

    REQUIRE(p.requestUpdateWork(work, "Edit parties", [](Work& w) {
        w.writers.push_back(party("John Doe", PartyRole::Author, 0));
        w.publishers = {party("Rail Music", PartyRole::Publisher, 10000, "PRS")};
        w.iswc = "T0345246801";
        w.id = 77; // ignored
    }));
    CHECK(p.workOf(*p.cue(b))->writers.size() == 2);
    CHECK(p.workOf(*p.cue(b))->publishers.size() == 1);
    CHECK(p.work(work)->iswc == "T0345246801");
    CHECK_FALSE(p.work(77));
    REQUIRE(p.undo());
    CHECK(p.data() == before);

    CHECK_FALSE(p.requestUpdateWork(work, "Clear title", [](Work& w) { w.title = " "; }));
    CHECK_FALSE(p.requestUpdateWork(work + 50, "Nothing", [](Work&) {}));
    CHECK(p.data() == before);
}

TEST_CASE("updating the header") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    REQUIRE(p.requestUpdateHeader("Set title", [](ProjectHeader& h) {
        h.productionTitle = "Day Train";
        h.runningTime = seconds(3000);
    }));
    CHECK(p.header().productionTitle == "Day Train");
    CHECK(p.header().runningTime == seconds(3000));

    const ProjectData before = p.data();
    CHECK_FALSE(p.requestUpdateHeader("Drop-frame at 25", [](ProjectHeader& h) {
        h.timecode = {FrameRate(25, 1), true};
    }));
    CHECK(p.lastError().contains("drop-frame"));
    CHECK(p.data() == before);
    REQUIRE(p.undo());
    CHECK(p.data() == emptyProject());
}

TEST_CASE("a prepared change (an import) applies as one step") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    const CueId existing = add(p, 0, 10, "Existing");
    const ProjectData before = p.data();

    ChangeSet import;
    import.label = "Import reel 1";
    Work work;
    work.id = p.nextWorkId();
    work.title = "Imported";
    import.works.push_back({work.id, std::nullopt, work});
    for (int i = 0; i < 3; ++i) {
        Cue c = cueAt(100 + 10 * i, 105 + 10 * i);
        c.id = p.nextCueId() + i;
        c.workId = work.id;
        import.cues.push_back({c.id, std::nullopt, c});
    }
    REQUIRE(p.requestApply(import));
    CHECK(p.cues().size() == 4);
    CHECK(p.work(work.id)->title == "Imported");
    const ProjectData imported = p.data();
    REQUIRE(p.undo());
    CHECK(p.data() == before);
    REQUIRE(p.redo());
    CHECK(p.data() == imported);

    SECTION("a change that does not start from the current state is refused") {
        ChangeSet stale;
        Cue old = before.cues.at(existing);
        old.notes = "what the file said an hour ago";
        Cue changed = old;
        changed.notes = "new";
        stale.cues.push_back({existing, old, changed});
        CHECK_FALSE(p.requestApply(stale));
        CHECK(p.lastError().contains("current state"));
        CHECK(p.data() == imported);
    }
    SECTION("a change that leaves a cue without its work is refused") {
        ChangeSet orphan;
        Cue c = cueAt(200, 210);
        c.id = p.nextCueId();
        c.workId = p.nextWorkId() + 5;
        orphan.cues.push_back({c.id, std::nullopt, c});
        CHECK_FALSE(p.requestApply(orphan));
        CHECK(p.lastError().contains("work"));
        ChangeSet deleteUsedWork;
        deleteUsedWork.works.push_back({work.id, p.data().works.at(work.id), std::nullopt});
        CHECK_FALSE(p.requestApply(deleteUsedWork));
        CHECK(p.lastError().contains("still used"));
        CHECK(p.data() == imported);
    }
}

TEST_CASE("a compound edit (copy, modify, diff) is one step") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    const CueId a = add(p, 0, 10, "Alpha");
    const ProjectData before = p.data();
    REQUIRE(p.requestEdit("Edit cue", [&](ProjectData& d) {
        d.cues.at(a).notes = "loud";
        REQUIRE(retitleCue(d, a, "Alpha Prime"));
        d.works.at(d.cues.at(a).workId).writers = kJane;
    }));
    CHECK(p.cue(a)->notes == "loud");
    CHECK(p.titleOf(*p.cue(a)) == "Alpha Prime");
    CHECK(p.workOf(*p.cue(a))->writers == kJane);
    REQUIRE(p.undo());
    CHECK(p.data() == before);
}

TEST_CASE("undo and redo of every request restore the exact states") {
    using Request = std::function<bool(Project&)>;
    const std::vector<std::pair<const char*, Request>> requests{
        {"add with a new title",
         [](Project& p) { return p.requestAddCue(newCue(200, 210, "New", kJohn)).has_value(); }},
        {"add with a known title and new parties",
         [](Project& p) { return p.requestAddCue(newCue(200, 210, "B", kJohn)).has_value(); }},
        {"remove",
         [](Project& p) {
             return p.requestRemoveCues({1, 3});
         }},
        {"set range",
         [](Project& p) { return p.requestSetCueRange(2, seconds(1), seconds(3), 4); }},
        {"move",
         [](Project& p) {
             return p.requestMoveCues({1, 2, 3}, seconds(7));
         }},
        {"bulk tag",
         [](Project& p) {
             return p.requestUpdateCues({1, 3}, "Tag", [](Cue& c) {
                 c.tags.theme = ThemeRole::EndTitle;
                 c.tags.vocal = Vocal::Vocal;
             });
         }},
        {"title joins", [](Project& p) { return p.requestSetTitle(1, "B"); }},
        {"title renames", [](Project& p) { return p.requestSetTitle(2, "Bee"); }},
        {"title makes a new work", [](Project& p) { return p.requestSetTitle(3, "Sea"); }},
        {"update work",
         [](Project& p) {
             return p.requestUpdateWork(p.cue(1)->workId, "Parties",
                                        [](Work& w) { w.writers = kJohn; });
         }},
        {"update header",
         [](Project& p) {
             return p.requestUpdateHeader("Header", [](ProjectHeader& h) { h.year = 2025; });
         }},
        {"apply",
         [](Project& p) {
             ChangeSet change;
             change.label = "Import";
             Cue c = cueAt(300, 301);
             c.id = p.nextCueId();
             c.workId = p.cue(2)->workId;
             change.cues.push_back({c.id, std::nullopt, c});
             Cue moved = *p.cue(1);
             moved.lane = 9;
             change.cues.push_back({1, *p.cue(1), moved});
             return p.requestApply(change);
         }},
    };
    for (const auto& [name, request] : requests) {
        INFO(name);
        InMemoryJournal journal;
        Project p(emptyProject(), journal);
        // Cues 1 and 3 share work "A"; cue 2 is the only use of "B".
        REQUIRE(add(p, 0, 10, "A", kJane) == 1);
        REQUIRE(add(p, 10, 20, "B") == 2);
        REQUIRE(add(p, 20, 30, "A") == 3);
        const ProjectData before = p.data();
        REQUIRE(request(p));
        const ProjectData after = p.data();
        REQUIRE_FALSE(after == before);
        REQUIRE(p.undo());
        CHECK(p.data() == before);
        REQUIRE(p.redo());
        CHECK(p.data() == after);
        REQUIRE(p.undo());
        CHECK(p.data() == before);
        // The three adds undo too, back to the empty project.
        REQUIRE(p.undo());
        REQUIRE(p.undo());
        REQUIRE(p.undo());
        CHECK(p.data() == emptyProject());
        CHECK_FALSE(p.canUndo());
        CHECK_FALSE(p.undo());
        CHECK(p.lastError().contains("nothing to undo"));
    }
}

TEST_CASE("a new edit after undo drops the redo branch") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    add(p, 0, 10, "A");
    add(p, 10, 20, "B");
    REQUIRE(p.undo());
    CHECK(p.canRedo());
    CHECK(p.historyLabels().redo == "Add cue \"B\"");
    add(p, 30, 40, "C");
    CHECK_FALSE(p.canRedo());
    CHECK_FALSE(p.historyLabels().redo.has_value());
    CHECK_FALSE(p.redo());
    CHECK(p.lastError().contains("nothing to redo"));
    CHECK(p.historyLabels().undo == "Add cue \"C\"");
    REQUIRE(p.undo());
    REQUIRE(p.undo());
    CHECK(p.cues().empty());
}

TEST_CASE("sequence numbers follow in-time order and renumber after moves") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    const CueId late = add(p, 100, 110, "Late");
    const CueId early = add(p, 0, 10, "Early");
    const CueId middle = add(p, 50, 60, "Middle");
    const CueId sameTimeLane1 = add(p, 50, 55, "Other", std::nullopt, 1);
    CHECK(p.sequence() == std::vector<CueId>{early, middle, sameTimeLane1, late});
    CHECK(p.sequenceNumber(early) == 1);
    CHECK(p.sequenceNumber(middle) == 2);
    CHECK(p.sequenceNumber(sameTimeLane1) == 3);
    CHECK(p.sequenceNumber(late) == 4);
    CHECK(p.sequenceNumber(late + 100) == 0);

    REQUIRE(p.requestMoveCues({early}, seconds(200)));
    CHECK(p.sequence() == std::vector<CueId>{middle, sameTimeLane1, late, early});
    CHECK(p.sequenceNumber(early) == 4);
    CHECK(p.sequenceNumber(middle) == 1);
    REQUIRE(p.requestRemoveCues({middle}));
    CHECK(p.sequenceNumber(sameTimeLane1) == 1);
    REQUIRE(p.undo());
    REQUIRE(p.undo());
    CHECK(p.sequenceNumber(early) == 1);
}

TEST_CASE("changed() carries the applied change in the direction taken") {
    qRegisterMetaType<cuesheet::ChangeSet>();
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    QSignalSpy changed(&p, &Project::changed);
    QSignalSpy history(&p, &Project::historyChanged);
    REQUIRE(changed.isValid());

    const CueId a = add(p, 0, 10, "A");
    REQUIRE(changed.count() == 1);
    const auto added = changed.at(0).at(0).value<ChangeSet>();
    REQUIRE(added.cues.size() == 1);
    CHECK(added.cues[0].id == a);
    CHECK_FALSE(added.cues[0].before.has_value());
    CHECK(added.cues[0].after == *p.cue(a));
    REQUIRE(added.works.size() == 1);
    CHECK(added.works[0].after->title == "A");
    CHECK(history.count() == 1);

    const Cue cue = *p.cue(a);
    REQUIRE(p.undo());
    REQUIRE(changed.count() == 2);
    const auto undone = changed.at(1).at(0).value<ChangeSet>();
    REQUIRE(undone.cues.size() == 1);
    CHECK(undone.cues[0].before == cue);
    CHECK_FALSE(undone.cues[0].after.has_value());
    CHECK(undone == added.reversed());

    REQUIRE(p.redo());
    REQUIRE(changed.count() == 3);
    CHECK(changed.at(2).at(0).value<ChangeSet>() == added);

    // A refused request signals nothing.
    CHECK_FALSE(p.requestSetCueRange(a, seconds(5), seconds(5), 0));
    CHECK(changed.count() == 3);
    CHECK(history.count() == 3);
}

TEST_CASE("a journal that cannot write leaves the project unchanged") {
    test::SwitchableJournal journal;
    Project p(emptyProject(), journal);
    const CueId a = add(p, 0, 10, "A", kJane);
    const CueId b = add(p, 10, 20, "B");
    REQUIRE(p.undo()); // B can be redone
    const ProjectData before = p.data();
    const auto labels = p.historyLabels();
    QSignalSpy changed(&p, &Project::changed);

    journal.failing = true;
    CHECK_FALSE(p.requestAddCue(newCue(30, 40, "C")));
    CHECK(p.lastError().contains("disk full"));
    CHECK_FALSE(p.requestRemoveCues({a}));
    CHECK_FALSE(p.requestSetCueRange(a, seconds(1), seconds(2), 0));
    CHECK_FALSE(p.requestMoveCues({a}, seconds(1)));
    CHECK_FALSE(p.requestUpdateCues({a}, "Tag", [](Cue& c) { c.tags.visual = true; }));
    CHECK_FALSE(p.requestSetTitle(a, "Renamed"));
    CHECK_FALSE(p.requestUpdateWork(p.cue(a)->workId, "W", [](Work& w) { w.iswc = "x"; }));
    CHECK_FALSE(p.requestUpdateHeader("H", [](ProjectHeader& h) { h.year = 1999; }));
    CHECK_FALSE(p.undo());
    CHECK_FALSE(p.redo());
    CHECK(p.lastError().contains("disk full"));
    CHECK(p.data() == before);
    CHECK(p.historyLabels().undo == labels.undo);
    CHECK(p.historyLabels().redo == labels.redo);
    CHECK(changed.count() == 0);

    journal.failing = false;
    REQUIRE(p.redo());
    CHECK(p.cue(b));
    CHECK(p.lastError().isEmpty());
}

TEST_CASE("text fields refuse control characters; notes keep their line breaks") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    const QString escape = QStringLiteral("\x1b]0;PWNED\x07");
    CHECK_FALSE(p.requestAddCue(newCue(0, 10, "Main" + escape)));
    CHECK(p.lastError().contains("title: holds the control character U+001b at position 5"));
    CHECK(p.cues().empty());

    const CueId id = add(p, 0, 10, "Main Title", kJane);
    CHECK_FALSE(p.requestUpdateCues({id}, "Notes", [&](Cue& c) { c.notes = "bell\ahere"; }));
    CHECK(p.lastError().contains("notes: holds the control character U+0007"));
    CHECK(p.requestUpdateCues({id}, "Notes",
                              [](Cue& c) { c.notes = "line one\nline\ttwo\r\n"; }));
    CHECK(p.cue(id)->notes == "line one\nline\ttwo\r\n");
    CHECK_FALSE(p.requestSetTitle(id, "Main\tTitle")); // a tab only where text has lines
    CHECK(p.lastError().contains("title"));
    CHECK_FALSE(
        p.requestUpdateCues({id}, "ISRC", [](Cue& c) { c.isrc = QStringLiteral("GB\u0085"); }));
    CHECK(p.lastError().contains("ISRC"));

    CHECK_FALSE(p.requestUpdateWork(p.cue(id)->workId, "Writer",
                                    [&](Work& w) { w.writers.front().name = "Jane" + escape; }));
    CHECK(p.lastError().contains("party name"));
    CHECK_FALSE(p.requestUpdateHeader("Director", [&](ProjectHeader& h) { h.director = escape; }));
    CHECK(p.lastError().contains("director"));
    CHECK(p.header().director.isEmpty());
}
