#include "cuesheet/model/validation.h"

#include "model_test_support.h"

#include <algorithm>

using namespace cuesheet;
using test::party;
using test::seconds;

namespace {

// A cue sheet with nothing to complain about: every identifier valid (see
// identifiers_society_test.cpp for the hand-checked numbers), shares whole, cues apart.
ProjectData cleanProject() {
    ProjectData d;
    d.header = test::header24(); // running time 600 s
    Work theme;
    theme.id = 1;
    theme.title = "Night Train Theme";
    theme.iswc = "T-034.524.680-1";
    theme.writers = {party("Jane Roe", PartyRole::Composer, 5000, "PRS", "00052210040"),
                     party("John Doe", PartyRole::Author, 5000, "ASCAP", "12345678993")};
    theme.publishers = {party("Rail Music", PartyRole::Publisher, 10000, "PRS")};
    Work song;
    song.id = 2;
    song.title = "Tunnel Song";
    song.writers = {party("Max Muster", PartyRole::ComposerAuthor, 10000, "GEMA")};
    d.works = {{1, theme}, {2, song}};
    Cue a = test::cueAt(0, 60);
    a.id = 1;
    a.workId = 1;
    a.tags.theme = ThemeRole::MainTitle;
    Cue b = test::cueAt(60, 120); // touches a: not an overlap
    b.id = 2;
    b.workId = 2;
    b.isrc = "USRC17607839";
    Cue c = test::cueAt(100, 140, 1); // overlaps b, but on another lane
    c.id = 3;
    c.workId = 1;
    Cue d4 = test::cueAt(540, 600); // ends exactly at the running time
    d4.id = 4;
    d4.workId = 2;
    d.cues = {{1, a}, {2, b}, {3, c}, {4, d4}};
    return d;
}

std::vector<Finding> validate(const ProjectData& d) {
    return validateProject(d, SocietyTable::builtIn());
}

// The findings about (cue, field), for a precise assertion.
std::vector<Finding> about(const std::vector<Finding>& all, CueId cue, const QString& field) {
    std::vector<Finding> result;
    std::copy_if(all.begin(), all.end(), std::back_inserter(result),
                 [&](const Finding& f) { return f.cue == cue && f.field == field; });
    return result;
}

std::string describe(const std::vector<Finding>& all) {
    std::string text;
    for (const auto& f : all)
        text += toKey(f.severity).toStdString() + " cue " + std::to_string(f.cue) + " " +
                f.field.toStdString() + ": " + f.message.toStdString() + "\n";
    return text;
}

} // namespace

TEST_CASE("a clean cue sheet has no findings") {
    const auto findings = validate(cleanProject());
    INFO(describe(findings));
    CHECK(findings.empty());
}

TEST_CASE("writer and publisher shares each total 100 % by default") {
    ProjectData d = cleanProject();
    d.works[1].writers[1].share = Share::fromHundredths(4000); // 50 + 40 = 90
    d.works[1].publishers[0].share = Share::fromHundredths(6000);
    const auto findings = validate(d);
    INFO(describe(findings));
    // Work 1 is used by cues 1 and 3: each use is reported.
    for (CueId cue : {1, 3}) {
        const auto writers = about(findings, cue, "writers");
        REQUIRE(writers.size() == 1);
        CHECK(writers[0].severity == Severity::Error);
        CHECK(writers[0].message.contains("90"));
        const auto publishers = about(findings, cue, "publishers");
        REQUIRE(publishers.size() == 1);
        CHECK(publishers[0].message.contains("60"));
    }
    CHECK(findings.size() == 4);
}

TEST_CASE("the 100 % model totals writers and publishers together") {
    ProjectData d = cleanProject();
    d.header.sharesModel = SharesModel::CombinedWhole;
    // Work 2 has writers only, 100 %: fine in both models. Work 1 totals 200 %.
    auto findings = validate(d);
    INFO(describe(findings));
    REQUIRE(about(findings, 1, "shares").size() == 1);
    CHECK(about(findings, 1, "shares")[0].message.contains("200"));
    CHECK(about(findings, 3, "shares").size() == 1);
    CHECK(findings.size() == 2);

    // 25 + 25 writers and 50 publisher: 100 together (each side alone is not whole).
    d.works[1].writers[0].share = Share::fromHundredths(2500);
    d.works[1].writers[1].share = Share::fromHundredths(2500);
    d.works[1].publishers[0].share = Share::fromHundredths(5000);
    findings = validate(d);
    INFO(describe(findings));
    CHECK(findings.empty());

    d.header.sharesModel = SharesModel::EachSideWhole;
    findings = validate(d);
    CHECK(about(findings, 1, "writers").size() == 1);
    CHECK(about(findings, 1, "publishers").size() == 1);
}

TEST_CASE("identifiers are checked: IPI, ISWC, ISRC") {
    ProjectData d = cleanProject();
    d.works[1].publishers[0].ipiNameNumber = "00052210041"; // check digits should be 40
    d.works[1].iswc = "T-034.524.680-2";                    // check digit should be 1
    d.cues[2].isrc = "USRC1760783";                         // six digits at the end
    const auto findings = validate(d);
    INFO(describe(findings));
    const auto ipi = about(findings, 1, "publishers");
    REQUIRE(ipi.size() == 1);
    CHECK(ipi[0].severity == Severity::Error);
    CHECK(ipi[0].message.contains("Rail Music"));
    CHECK(ipi[0].message.contains("00052210041"));
    REQUIRE(about(findings, 1, "iswc").size() == 1);
    REQUIRE(about(findings, 3, "iswc").size() == 1);
    const auto isrc = about(findings, 2, "isrc");
    REQUIRE(isrc.size() == 1);
    CHECK(isrc[0].severity == Severity::Error);
    CHECK(findings.size() == 5); // IPI and ISWC for both uses of work 1, ISRC once
}

TEST_CASE("a society missing from the table is a warning") {
    ProjectData d = cleanProject();
    d.works[2].writers[0].society = "XYZ";
    const auto findings = validate(d);
    INFO(describe(findings));
    for (CueId cue : {2, 4}) {
        const auto found = about(findings, cue, "writers");
        REQUIRE(found.size() == 1);
        CHECK(found[0].severity == Severity::Warning);
        CHECK(found[0].message.contains("XYZ"));
    }
    CHECK(findings.size() == 2);
}

TEST_CASE("cue times: out after in, inside the programme and the running time") {
    ProjectData d = cleanProject();
    SECTION("out not after in") {
        d.cues[2].out = d.cues[2].in;
        const auto findings = validate(d);
        INFO(describe(findings));
        REQUIRE(about(findings, 2, "out").size() == 1);
        CHECK(about(findings, 2, "out")[0].severity == Severity::Error);
        CHECK(findings.size() == 1);
    }
    SECTION("before the programme start") {
        d.cues[1].in = -seconds(2);
        const auto findings = validate(d);
        INFO(describe(findings));
        REQUIRE(about(findings, 1, "in").size() == 1);
        // The message shows the label: two seconds before 01:00:00:00.
        CHECK(about(findings, 1, "in")[0].message.contains("00:59:58:00"));
        CHECK(findings.size() == 1);
    }
    SECTION("after the running time") {
        d.cues[4].out = seconds(600) + Time::fromTicks(1);
        const auto findings = validate(d);
        INFO(describe(findings));
        REQUIRE(about(findings, 4, "out").size() == 1);
        CHECK(about(findings, 4, "out")[0].severity == Severity::Error);
        CHECK(findings.size() == 1);
    }
    SECTION("no running time: a warning on the header, nothing on the cues") {
        d.header.runningTime = Time();
        d.cues[4].out = seconds(5000);
        const auto findings = validate(d);
        INFO(describe(findings));
        REQUIRE(about(findings, 0, "running-time").size() == 1);
        CHECK(about(findings, 0, "running-time")[0].severity == Severity::Warning);
        CHECK(findings.size() == 1);
    }
}

TEST_CASE("total music above the running time is an error on the header") {
    ProjectData d = cleanProject();
    // Cue 4 moved to [150, 210): the cues total 60 + 60 + 40 + 60 = 220 s, each inside a
    // 220 s programme. Equal is fine; one second more is not.
    d.cues[4].in = seconds(150);
    d.cues[4].out = seconds(210);
    d.header.runningTime = seconds(220);
    auto findings = validate(d);
    INFO(describe(findings));
    CHECK(findings.empty());
    d.cues[4].out = seconds(211); // 221 s of music in a 220 s programme
    findings = validate(d);
    INFO(describe(findings));
    REQUIRE(about(findings, 0, "running-time").size() == 1);
    CHECK(about(findings, 0, "running-time")[0].severity == Severity::Error);
    CHECK(findings.size() == 1);
}

TEST_CASE("overlapping cues on one lane are flagged; touching cues are not") {
    ProjectData d = cleanProject();
    SECTION("touching") {
        // Cues 1 [0, 60) and 2 [60, 120) on lane 0 already touch in the clean project.
        CHECK(validate(d).empty());
    }
    SECTION("one tick of overlap") {
        d.cues[2].in = seconds(60) - Time::fromTicks(1);
        const auto findings = validate(d);
        INFO(describe(findings));
        REQUIRE(about(findings, 2, "in").size() == 1);
        CHECK(about(findings, 2, "in")[0].severity == Severity::Warning);
        CHECK(about(findings, 2, "in")[0].message.contains("cue 1"));
        CHECK(findings.size() == 1);
    }
    SECTION("a long cue overlaps every cue it covers") {
        d.cues[1].out = seconds(300); // covers cue 2 [60, 120) and a new cue 5 [200, 210)
        Cue e = test::cueAt(200, 210);
        e.id = 5;
        e.workId = 2;
        d.cues[5] = e;
        const auto findings = validate(d);
        INFO(describe(findings));
        CHECK(about(findings, 2, "in").size() == 1);
        CHECK(about(findings, 5, "in").size() == 1);
        CHECK(findings.size() == 2);
    }
    SECTION("the same times on another lane do not overlap") {
        d.cues[3].lane = 2;
        d.cues[3].in = seconds(60);
        d.cues[3].out = seconds(120);
        CHECK(validate(d).empty());
    }
}

TEST_CASE("missing title, writers and production title are reported") {
    ProjectData d = cleanProject();
    d.works[2].writers.clear();
    auto findings = validate(d);
    INFO(describe(findings));
    for (CueId cue : {2, 4}) {
        REQUIRE(about(findings, cue, "writers").size() == 1);
        CHECK(about(findings, cue, "writers")[0].severity == Severity::Error);
    }
    CHECK(findings.size() == 2);

    d = cleanProject();
    d.works[1].title = "  ";
    findings = validate(d);
    INFO(describe(findings));
    CHECK(about(findings, 1, "title").size() == 1);
    CHECK(about(findings, 3, "title").size() == 1);
    CHECK(findings.size() == 2);

    d = cleanProject();
    d.header.productionTitle.clear();
    findings = validate(d);
    REQUIRE(about(findings, 0, "title").size() == 1);
    CHECK(about(findings, 0, "title")[0].severity == Severity::Warning);
    CHECK(findings.size() == 1);
}

TEST_CASE("findings of one cue") {
    ProjectData d = cleanProject();
    d.cues[2].isrc = "bad";
    d.cues[4].out = seconds(700);
    const auto all = validate(d);
    const auto ofTwo = findingsForCue(all, 2);
    REQUIRE(ofTwo.size() == 1);
    CHECK(ofTwo[0].field == "isrc");
    CHECK(findingsForCue(all, 1).empty());
    CHECK(findingsForCue(all, 4).size() == 1);
    CHECK(toKey(Severity::Error) == "error");
    CHECK(toKey(Severity::Warning) == "warning");
}
