// The model's rules that every path of edits shares (core/model work_titles.h and
// lane_occupancy.h): the work a title names and the free lane are the same whether a cue is
// added by hand, imported from an edit list or read from a CSV sheet; lanes stop at kLastLane.
#include "cuesheet/interchange/csv_import.h"
#include "cuesheet/interchange/cue_import.h"
#include "cuesheet/model/in_memory_journal.h"
#include "cuesheet/model/lane_occupancy.h"
#include "cuesheet/model/project.h"

#include "../model/model_test_support.h"

#include <catch2/catch.hpp>

using namespace cuesheet;
using test::seconds;

namespace {

// Works 3 "Main Title" and 5 "main title " (two spellings of one title, as an older import
// could leave them) and 4 "Chase", each used once.
ProjectData projectWithWorks() {
    ProjectData data{test::header24(), {}, {}};
    for (const auto& [id, title] :
         {std::pair<WorkId, QString>{3, "Main Title"}, {4, "Chase"}, {5, "main title "}}) {
        Work w;
        w.id = id;
        w.title = title;
        data.works.emplace(id, w);
        Cue c = test::cueAt(id * 10, id * 10 + 5);
        c.id = id;
        c.workId = id;
        data.cues.emplace(id, c);
    }
    return data;
}

CandidateCue candidate(const QString& title, std::int64_t in, std::int64_t out) {
    CandidateCue c;
    c.title = title;
    c.programmeRange = TimeRange::fromStartAndEndExclusive(seconds(in), seconds(out));
    return c;
}

CsvCueRow row(const QString& title, std::int64_t in, std::int64_t out) {
    CsvCueRow r;
    r.title = title;
    r.cue = test::cueAt(in, out);
    return r;
}

WorkId workOfNewCue(const ChangeSet& change, std::size_t index) {
    REQUIRE(change.cues.size() > index);
    return change.cues[index].after->workId;
}

} // namespace

TEST_CASE("one title rule: by hand, from an edit list and from a CSV sheet") {
    const ProjectData data = projectWithWorks();
    // Spellings of "Main Title": trimmed and case-folded, the lowest id (3) wins.
    const QStringList spellings{"Main Title", "  MAIN TITLE", "main title\t", "mAiN tItLe"};

    for (const QString& title : spellings) {
        INFO(title.toStdString());
        InMemoryJournal journal;
        Project byHand(data, journal);
        NewCue added;
        added.cue = test::cueAt(100, 110);
        added.title = title;
        const auto id = byHand.requestAddCue(added);
        REQUIRE(id);
        CHECK(byHand.cue(*id)->workId == 3);
        CHECK(byHand.data().works.size() == 3);

        const ChangeSet fromEdl = importChangeSet(data, {candidate(title, 100, 110)}, "Import");
        CHECK(workOfNewCue(fromEdl, 0) == 3);
        CHECK(fromEdl.works.empty());

        CsvImport csv;
        csv.accepted = true;
        csv.header = data.header;
        csv.rows = {row(title, 100, 110)};
        const ChangeSet fromCsv = csvImportChangeSet(data, csv, "Import");
        CHECK(workOfNewCue(fromCsv, 0) == 3);
        CHECK(fromCsv.works.empty());
    }

    // A new title used twice in one import is one new work, with the next free id (6).
    const ChangeSet fromEdl = importChangeSet(
        data, {candidate("Love Theme", 100, 110), candidate(" love theme", 120, 130)}, "Import");
    REQUIRE(fromEdl.works.size() == 1);
    CHECK(fromEdl.works[0].id == 6);
    CHECK(fromEdl.works[0].after->title == "Love Theme");
    CHECK(workOfNewCue(fromEdl, 0) == 6);
    CHECK(workOfNewCue(fromEdl, 1) == 6);
    CsvImport csv;
    csv.accepted = true;
    csv.header = data.header;
    csv.rows = {row("Love Theme", 100, 110), row("LOVE THEME ", 120, 130)};
    const ChangeSet fromCsv = csvImportChangeSet(data, csv, "Import");
    REQUIRE(fromCsv.works.size() == 1);
    CHECK(fromCsv.works[0].id == 6);
    CHECK(workOfNewCue(fromCsv, 1) == 6);
}

TEST_CASE("one lane rule: the lowest free lane, never past kLastLane") {
    ProjectData data{test::header24(), {}, {}};
    Work w;
    w.id = 1;
    w.title = "Bed";
    data.works.emplace(1, w);
    // Lanes 0 to kLastLane all hold a cue over 0-100 s.
    for (int lane = 0; lane <= kLastLane; ++lane) {
        Cue c = test::cueAt(0, 100, lane);
        c.id = lane + 1;
        c.workId = 1;
        data.cues.emplace(c.id, c);
    }
    const TimeRange busy = TimeRange::fromStartAndEndExclusive(seconds(50), seconds(60));
    const TimeRange after = TimeRange::fromStartAndEndExclusive(seconds(100), seconds(110));
    CHECK(lowestFreeLane(data, after) == 0);
    CHECK(lowestFreeLane(data, busy) == kLastLane + 1);
    data.cues.erase(43); // lane 42 freed
    CHECK(lowestFreeLane(data, busy) == 42);
    Cue back = test::cueAt(0, 100, 42);
    back.id = 43;
    back.workId = 1;
    data.cues.emplace(43, back);

    // An import that would need lane 100 is refused whole, saying why.
    InMemoryJournal journal;
    Project project(data, journal);
    const ChangeSet change = importChangeSet(data, {candidate("Late", 50, 60)}, "Import");
    REQUIRE(change.cues.size() == 1);
    CHECK(change.cues[0].after->lane == kLastLane + 1);
    CHECK_FALSE(project.requestApply(change));
    CHECK(project.lastError().contains(
        QString("lane %1 is outside 0 to %2").arg(kLastLane + 1).arg(kLastLane)));
    CHECK(project.data().cues.size() == static_cast<std::size_t>(kLastLane + 1));
    // And no edit puts a cue there either.
    CHECK_FALSE(project.requestSetCueRange(1, seconds(0), seconds(100), kLastLane + 1));
    CHECK(project.requestSetCueRange(1, seconds(200), seconds(210), kLastLane));
}
