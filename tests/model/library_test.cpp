// The music library in the model: library files as values (JSON, change sets), the requests
// that add, remove and link them, the rules of linking (fill empty fields, never overwrite),
// and the automatic link of imported cues.
#include "cuesheet/model/change_between.h"
#include "cuesheet/model/in_memory_journal.h"
#include "cuesheet/model/library_link.h"
#include "cuesheet/model/library_match.h"
#include "cuesheet/model/project.h"
#include "cuesheet/model/society.h"
#include "cuesheet/model/validation.h"
#include "cuesheet/model/work_assignment.h"

#include "model_test_support.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace cuesheet;
using test::cueAt;
using test::party;
using test::seconds;

namespace {

ProjectData emptyProject() {
    ProjectData data;
    data.header = test::header24();
    return data;
}

// A tagged file: a song with a composer who also wrote the words, a lyricist, an ISRC written
// with hyphens, a label.
LibraryFile rainFile() {
    LibraryFile f;
    f.path = "/music/library/rain_v2.flac";
    f.fileName = "rain_v2.flac";
    f.title = "Rain Over Water";
    f.artists = {"The Drops", "The Drops"}; // repeated values are kept
    f.composers = {"Ann Smith", "Bob Jones"};
    f.lyricists = {"Bob Jones", "Cy Lee"};
    f.album = "Weather";
    f.label = "Cloud Records";
    f.isrc = "gb-aye-24-00001";
    f.comment = "stem mix";
    f.duration = Time::fromRational(4'135'500, 1, 48'000, Rounding::Nearest);
    f.format = "FLAC";
    return f;
}

// An untagged file: its title is its file name without the extension.
LibraryFile untaggedFile() {
    LibraryFile f;
    f.path = "/music/library/Sting 3.wav";
    f.fileName = "Sting 3.wav";
    f.title = "Sting 3";
    f.format = "WAV";
    return f;
}

CueId addCue(Project& p, std::int64_t in, std::int64_t out, const QString& title) {
    NewCue n;
    n.cue = cueAt(in, out);
    n.title = title;
    const auto id = p.requestAddCue(n);
    INFO(p.lastError().toStdString());
    REQUIRE(id.has_value());
    return *id;
}

std::vector<LibraryFileId> addFiles(Project& p, const std::vector<LibraryFile>& files) {
    const auto ids = p.requestAddLibraryFiles(files);
    INFO(p.lastError().toStdString());
    REQUIRE(ids.has_value());
    return *ids;
}

} // namespace

TEST_CASE("library: a library file and a change of it round-trip through JSON") {
    QString error;
    LibraryFile f = rainFile();
    f.id = 4;
    const auto back = libraryFileFromJson(toJson(f), &error);
    REQUIRE(back.has_value());
    CHECK(*back == f);
    CHECK(toJson(f).value("artists").toArray().size() == 2);

    ChangeSet change;
    change.label = "Add";
    change.libraryFiles = {{4, std::nullopt, f}};
    Cue linked = cueAt(1, 2);
    linked.id = 1;
    linked.libraryFileId = 4;
    change.cues = {{1, cueAt(1, 2), linked}};
    change.cues[0].before->id = 1;
    const auto backChange = changeSetFromJson(toJson(change), &error);
    REQUIRE(backChange.has_value());
    CHECK(*backChange == change);
    CHECK(backChange->cues[0].after->libraryFileId == 4);
}

TEST_CASE("library: history written before the library (file format 1) still reads") {
    // Exactly the JSON a version-1 program wrote for "Edit cue 2": no `library_file` key on
    // the cue and no `library_files` array.
    const QByteArray v1 =
        R"({"cues":[{"after":{"diegesis":"unknown","id":"2","in":"42336000000","isrc":"",)"
        R"("kind":"score","lane":0,"library_catalogue":"","library_label":"",)"
        R"("library_track":"","notes":"Clip: chimes","out":"63856800000","source_file":"",)"
        R"("theme":"none","usage_override":"","visual":false,"work":"2"}, "id":"2"}],)"
        R"("label":"Edit cue 2","works":[]})";
    QString error;
    const auto change = changeSetFromJson(QJsonDocument::fromJson(v1).object(), &error);
    INFO(error.toStdString());
    REQUIRE(change.has_value());
    REQUIRE(change->cues.size() == 1);
    CHECK(change->cues[0].after->libraryFileId == 0);
    CHECK(change->cues[0].after->notes == "Clip: chimes");
    CHECK(change->libraryFiles.empty());
    // And a step without library changes is written without the array, as version 1 did.
    CHECK_FALSE(toJson(*change).contains("library_files"));
    CHECK_FALSE(toJson(*change->cues[0].after).contains("library_file"));
}

TEST_CASE("library: malformed library files in the history are refused") {
    QString error;
    LibraryFile f = rainFile();
    f.id = 2;
    QJsonObject o = toJson(f);
    o.insert("composers", "Ann Smith"); // a string, not a list
    CHECK_FALSE(libraryFileFromJson(o, &error));
    CHECK(error.contains("library file 2"));
    o = toJson(f);
    o.insert("artists", QJsonArray{"A", 3});
    CHECK_FALSE(libraryFileFromJson(o, &error));
    o = toJson(f);
    o.insert("duration", "long");
    CHECK_FALSE(libraryFileFromJson(o, &error));
    o = toJson(f);
    o.remove("path");
    CHECK_FALSE(libraryFileFromJson(o, &error));
}

TEST_CASE("library: adding files is one step; a path already there is skipped") {
    qRegisterMetaType<cuesheet::ChangeSet>();
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    QSignalSpy changed(&p, &Project::changed);

    LibraryFile withId = rainFile();
    withId.id = 77; // ignored: the project chooses ids
    const auto ids = addFiles(p, {withId, untaggedFile(), rainFile()});
    CHECK(ids == std::vector<LibraryFileId>{1, 2}); // the second rain_v2.flac is skipped
    REQUIRE(p.libraryFile(1));
    CHECK(p.libraryFile(1)->path == "/music/library/rain_v2.flac");
    CHECK(p.libraryFile(1)->id == 1);
    CHECK(p.libraryFile(1)->artists == QStringList{"The Drops", "The Drops"});
    CHECK(p.libraryFile(2)->fileName == "Sting 3.wav");
    CHECK(p.historyLabels().undo == QString("Add 2 files to the library"));
    REQUIRE(changed.count() == 1);
    const auto applied = changed.at(0).at(0).value<ChangeSet>();
    CHECK(applied.libraryFiles.size() == 2);
    CHECK(applied.cues.empty());

    SECTION("nothing new: no step") {
        const auto again = addFiles(p, {rainFile()});
        CHECK(again.empty());
        CHECK(p.historyLabels().undo == QString("Add 2 files to the library"));
    }
    SECTION("one new file is labelled by its name") {
        LibraryFile other = untaggedFile();
        other.path = "/music/other/Sting 3.wav"; // same name, another path: another file
        CHECK(addFiles(p, {other}) == std::vector<LibraryFileId>{3});
        CHECK(p.historyLabels().undo == QString("Add \"Sting 3.wav\" to the library"));
    }
    SECTION("a file without a path is refused and nothing is added") {
        LibraryFile noPath = untaggedFile();
        noPath.path.clear();
        LibraryFile fine = untaggedFile();
        fine.path = "/music/fine.wav";
        CHECK_FALSE(p.requestAddLibraryFiles({fine, noPath}).has_value());
        CHECK(p.lastError().contains("path"));
        CHECK(p.libraryFiles().size() == 2);
    }
    SECTION("undo and redo restore the exact states") {
        const ProjectData after = p.data();
        REQUIRE(p.undo());
        CHECK(p.data() == emptyProject());
        REQUIRE(p.redo());
        CHECK(p.data() == after);
    }
}

TEST_CASE("library: linking fills the empty fields from the tags in one step") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    // An imported cue: titled from its clip name, which is the library file's name.
    const CueId cue = addCue(p, 10, 40, "rain_v2");
    const auto ids = addFiles(p, {rainFile()});
    const ProjectData before = p.data();

    QStringList filled;
    REQUIRE(p.requestLinkCue(cue, ids[0], &filled));
    CHECK(filled == QStringList{"title", "writers", "isrc", "source-file", "label"});
    const Cue& c = *p.cue(cue);
    CHECK(c.libraryFileId == ids[0]);
    CHECK(p.titleOf(c) == "Rain Over Water");
    // Bob Jones is composer and lyricist: one writer, CA. Shares 0: the user enters them.
    CHECK(p.workOf(c)->writers == PartyList{party("Ann Smith", PartyRole::Composer, 0),
                                            party("Bob Jones", PartyRole::ComposerAuthor, 0),
                                            party("Cy Lee", PartyRole::Author, 0)});
    CHECK(p.workOf(c)->publishers.empty()); // a label is not a publisher
    CHECK(c.isrc == "GBAYE2400001");
    CHECK(c.sourceFile == "/music/library/rain_v2.flac");
    CHECK(c.libraryLabel == "Cloud Records");
    CHECK(p.historyLabels().undo == QString("Link cue \"rain_v2\" to \"rain_v2.flac\""));

    // The zero shares are what validation then asks for.
    const auto findings = validateProject(p.data(), SocietyTable::builtIn());
    const bool asksForShares = std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
        return f.cue == cue && f.field == "writers" && f.message.contains("total 0 %");
    });
    CHECK(asksForShares);

    // One undo step restores everything, the title included.
    REQUIRE(p.undo());
    CHECK(p.data() == before);
    REQUIRE(p.redo());
    CHECK(p.titleOf(*p.cue(cue)) == "Rain Over Water");
}

TEST_CASE("library: linking never overwrites what the user typed") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    const CueId cue = addCue(p, 10, 40, "Storm Song"); // a typed title, not a file name
    REQUIRE(p.requestUpdateWork(p.cue(cue)->workId, "Writers", [](Work& w) {
        w.writers = {party("Dee Typed", PartyRole::Composer, 10000)};
    }));
    REQUIRE(p.requestUpdateCues({cue}, "Fields", [](Cue& c) {
        c.isrc = "USRC17607839";
        c.sourceFile = "/typed/storm.wav";
        c.libraryLabel = "Typed Label";
    }));
    const auto ids = addFiles(p, {rainFile()});
    const ProjectData before = p.data();

    QStringList filled{"stale"};
    REQUIRE(p.requestLinkCue(cue, ids[0], &filled));
    CHECK(filled.isEmpty());
    const Cue& c = *p.cue(cue);
    CHECK(c.libraryFileId == ids[0]); // only the link changed
    CHECK(p.titleOf(c) == "Storm Song");
    CHECK(p.workOf(c)->writers == PartyList{party("Dee Typed", PartyRole::Composer, 10000)});
    CHECK(c.isrc == "USRC17607839");
    CHECK(c.sourceFile == "/typed/storm.wav");
    CHECK(c.libraryLabel == "Typed Label");
    Cue expected = before.cues.at(cue);
    expected.libraryFileId = ids[0];
    CHECK(c == expected);
    CHECK(p.data().works == before.works);
}

TEST_CASE("library: link details") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);

    SECTION("an untagged file's file-name title does not retitle; a bad ISRC is not copied") {
        const CueId cue = addCue(p, 0, 5, "sting 3");
        LibraryFile f = untaggedFile();
        f.isrc = "not an isrc";
        f.composers = {"  Eve   Ray "}; // trimmed, inner runs of space made one
        const auto ids = addFiles(p, {f});
        QStringList filled;
        REQUIRE(p.requestLinkCue(cue, ids[0], &filled));
        CHECK(filled == QStringList{"writers", "source-file"});
        CHECK(p.titleOf(*p.cue(cue)) == "sting 3");
        CHECK(p.cue(cue)->isrc.isEmpty());
        CHECK(p.workOf(*p.cue(cue))->writers ==
              PartyList{party("Eve Ray", PartyRole::Composer, 0)});
    }
    SECTION("a title equal only to the cue's own source file name is kept") {
        const CueId cue = addCue(p, 0, 5, "TAKE 7 MIX");
        REQUIRE(p.requestUpdateCues({cue}, "Source",
                                    [](Cue& c) { c.sourceFile = "S:\\Audio\\take 7 mix.wav"; }));
        const auto ids = addFiles(p, {rainFile()});
        QStringList filled;
        REQUIRE(p.requestLinkCue(cue, ids[0], &filled));
        CHECK(filled == QStringList{"writers", "isrc", "label"});
        CHECK(p.titleOf(*p.cue(cue)) == "TAKE 7 MIX");
        CHECK(p.cue(cue)->sourceFile == "S:\\Audio\\take 7 mix.wav"); // kept
    }
    SECTION("the file name with its extension, any case and spacing, is a placeholder") {
        CHECK(isPlaceholderTitle("RAIN_V2.FLAC", rainFile()));
        CHECK(isPlaceholderTitle("  rain_v2 ", rainFile()));
        CHECK(isPlaceholderTitle("", rainFile()));
        CHECK_FALSE(isPlaceholderTitle("rain", rainFile()));
        CHECK_FALSE(isPlaceholderTitle("rain_v2.flac (edit)", rainFile()));
    }
    SECTION("a placeholder shared by several uses: the linked use gets the tag title's work") {
        const CueId a = addCue(p, 0, 5, "rain_v2");
        const CueId b = addCue(p, 10, 15, "rain_v2");
        const WorkId shared = p.cue(a)->workId;
        const auto ids = addFiles(p, {rainFile()});
        REQUIRE(p.requestLinkCue(a, ids[0]));
        CHECK(p.titleOf(*p.cue(a)) == "Rain Over Water");
        CHECK(p.cue(a)->workId != shared);
        CHECK(p.cue(b)->workId == shared); // the other use is untouched until linked
        CHECK(p.work(shared)->writers.empty());
        // Linking the second use joins the work of the tag title, with its writers.
        REQUIRE(p.requestLinkCue(b, ids[0]));
        CHECK(p.cue(b)->workId == p.cue(a)->workId);
        CHECK(p.workOf(*p.cue(b))->writers.size() == 3);
    }
    SECTION("linking to an unknown file or cue is refused; 0 unlinks and keeps the values") {
        const CueId cue = addCue(p, 0, 5, "rain_v2");
        const auto ids = addFiles(p, {rainFile()});
        CHECK_FALSE(p.requestLinkCue(cue, 99));
        CHECK(p.lastError().contains("no library file 99"));
        CHECK_FALSE(p.requestLinkCue(42, ids[0]));
        CHECK(p.lastError().contains("no cue 42"));
        REQUIRE(p.requestLinkCue(cue, ids[0]));
        const Cue linked = *p.cue(cue);
        REQUIRE(p.requestLinkCue(cue, 0));
        Cue expected = linked;
        expected.libraryFileId = 0;
        CHECK(*p.cue(cue) == expected);
    }
}

TEST_CASE("library: removing files unlinks their cues in the same step") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    const CueId cue = addCue(p, 0, 5, "rain_v2");
    const auto ids = addFiles(p, {rainFile(), untaggedFile()});
    REQUIRE(p.requestLinkCue(cue, ids[0]));
    const ProjectData linked = p.data();

    REQUIRE(p.requestRemoveLibraryFiles({ids[0]}));
    CHECK_FALSE(p.libraryFile(ids[0]));
    CHECK(p.libraryFile(ids[1]));
    CHECK(p.cue(cue)->libraryFileId == 0);
    CHECK(p.cue(cue)->isrc == "GBAYE2400001"); // what the link filled in stays
    REQUIRE(p.undo());
    CHECK(p.data() == linked);

    CHECK_FALSE(p.requestRemoveLibraryFiles({99}));
    CHECK(p.data() == linked);
}

TEST_CASE("library: a change that breaks a link is refused") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    const CueId cue = addCue(p, 0, 5, "rain_v2");
    const auto ids = addFiles(p, {rainFile()});
    REQUIRE(p.requestLinkCue(cue, ids[0]));
    const ProjectData before = p.data();

    ChangeSet removeFile;
    removeFile.label = "Remove";
    removeFile.libraryFiles = {{ids[0], *p.libraryFile(ids[0]), std::nullopt}};
    CHECK_FALSE(p.requestApply(removeFile));
    CHECK(p.lastError().contains("still linked to cue"));

    CHECK_FALSE(p.requestUpdateCues({cue}, "Relink", [](Cue& c) { c.libraryFileId = 55; }));
    CHECK(p.lastError().contains("library file 55"));

    ChangeSet noPath;
    LibraryFile bad = rainFile();
    bad.id = 9;
    bad.path.clear();
    noPath.libraryFiles = {{9, std::nullopt, bad}};
    CHECK_FALSE(p.requestApply(noPath));
    CHECK(p.data() == before);
}

TEST_CASE("library: imported cues link to the file their clip or title names") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    LibraryFile chimes;
    chimes.path = "/music/Chimes They Fade.ogg";
    chimes.fileName = "Chimes They Fade.ogg";
    chimes.title = "Chimes They Fade";
    chimes.artists = {"Maxstack"};
    LibraryFile rainWav = untaggedFile();
    rainWav.path = "/music/a/Drizzle.wav";
    rainWav.fileName = "Drizzle.wav";
    rainWav.title = "Drizzle";
    LibraryFile rainFlac = rainWav;
    rainFlac.path = "/music/b/Drizzle.flac";
    rainFlac.fileName = "Drizzle.flac";
    const auto ids = addFiles(p, {rainFile(), chimes, rainWav, rainFlac});
    REQUIRE(ids.size() == 4);
    const CueId typedLinked = addCue(p, 0, 1, "Storm");
    REQUIRE(p.requestLinkCue(typedLinked, ids[1]));

    // An import's change: five new cues; a title names its work case-insensitively, as
    // importChangeSet does.
    ProjectData imported = p.data();
    auto newCue = [&](std::int64_t in, const QString& title, const QString& source) {
        WorkId work = workIdTitled(imported, title);
        if (work == 0) {
            work = nextFreeWorkId(imported);
            imported.works.emplace(work, Work{work, title, "", {}, {}});
        }
        Cue c = cueAt(in, in + 5);
        c.id = nextFreeCueId(imported);
        c.workId = work;
        c.sourceFile = source;
        imported.cues.emplace(c.id, c);
        return c.id;
    };
    const CueId byName = newCue(10, "RAIN_V2", "");                              // rule 2
    const CueId bySource = newCue(20, "Reel 4", "X:\\Mx\\chimes they fade.ogg"); // rule 1
    const CueId byTagTitle = newCue(30, "rain over water", "");                  // rule 3
    const CueId ambiguous = newCue(40, "Drizzle", ""); // Drizzle.wav and Drizzle.flac
    const CueId none = newCue(50, "Dialogue 12", "");
    const ChangeSet import = changeBetween(p.data(), imported, "Import 5 cues from reel.edl");

    AutoLinkSummary summary;
    const ChangeSet linked = withLibraryLinks(p.data(), import, &summary);
    CHECK(linked.label == import.label);
    CHECK(summary.linked == std::vector<std::pair<CueId, LibraryFileId>>{
                                {byName, ids[0]}, {bySource, ids[1]}, {byTagTitle, ids[0]}});
    CHECK(summary.ambiguous == std::vector<CueId>{ambiguous});
    REQUIRE(p.requestApply(linked));
    CHECK(p.cue(byName)->libraryFileId == ids[0]);
    // The placeholder took the tag title, and so joined the work the import made of that
    // title: both uses of the recording share one work, with the writers of its tags.
    CHECK(p.cue(byName)->workId == p.cue(byTagTitle)->workId);
    CHECK(p.titleOf(*p.cue(byName)).compare("Rain Over Water", Qt::CaseInsensitive) == 0);
    CHECK(p.workOf(*p.cue(byName))->writers.size() == 3);
    CHECK(p.cue(bySource)->libraryFileId == ids[1]);
    CHECK(p.titleOf(*p.cue(bySource)) == "Reel 4"); // not a file name: kept
    CHECK(p.cue(byTagTitle)->libraryFileId == ids[0]);
    CHECK(p.cue(ambiguous)->libraryFileId == 0);
    CHECK(p.cue(none)->libraryFileId == 0);
    CHECK(p.cue(typedLinked)->libraryFileId == ids[1]); // not part of the import: untouched
    CHECK(p.historyLabels().undo == QString("Import 5 cues from reel.edl"));

    // The import and its links are one step.
    REQUIRE(p.undo());
    CHECK(p.cues().size() == 1);
}

TEST_CASE("library: without a library, an import's change is left as it is") {
    InMemoryJournal journal;
    Project p(emptyProject(), journal);
    ProjectData imported = p.data();
    imported.works.emplace(1, Work{1, "Rain", "", {}, {}});
    Cue c = cueAt(0, 5);
    c.id = 1;
    c.workId = 1;
    imported.cues.emplace(1, c);
    const ChangeSet import = changeBetween(p.data(), imported, "Import");
    AutoLinkSummary summary;
    summary.ambiguous = {7};
    CHECK(withLibraryLinks(p.data(), import, &summary) == import);
    CHECK(summary.linked.empty());
    CHECK(summary.ambiguous.empty());
}

TEST_CASE("library: file names without extension") {
    CHECK(fileNameWithoutExtension("Rain.SUB.wav") == "Rain.SUB");
    CHECK(fileNameWithoutExtension("/a/b/Op. 2 Waltz.flac") == "Op. 2 Waltz");
    CHECK(fileNameWithoutExtension("C:\\Mx\\take.wav") == "take");
    CHECK(fileNameWithoutExtension(".hidden") == ".hidden");
    CHECK(fileNameWithoutExtension("noext") == "noext");
}
