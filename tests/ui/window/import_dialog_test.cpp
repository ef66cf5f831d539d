// The import dialog: tracks, options and preview on real EDL and Pro Tools fixtures, strict
// mode, a CSV round trip, the change applied as one undo step, and File > Import… in the window.
#include "window_test_support.h"

#include "cuesheet/interchange/csv_export.h"
#include "cuesheet/model/in_out_text.h"
#include "cuesheet/ui/editor_settings.h"
#include "cuesheet/ui/import_dialog.h"
#include "cuesheet/ui/main_window.h"
#include "cuesheet/ui/shortcuts_dialog.h"

#include <QAction>
#include <QFile>
#include <QPushButton>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <memory>
#include <stdexcept>

using namespace cuesheet;
using test::TestProject;

namespace {

const QString kAudioReel = QStringLiteral(CUESHEET_TEST_DATA_DIR "/edl/pycmx_TEST.edl");
const QString kSession =
    QStringLiteral(CUESHEET_TEST_DATA_DIR "/protools/session_23976_timecode.txt");

// A project file in a scratch folder with the given rate, starting at 01:00:00:00 (the
// programme start of both fixtures).
struct ScratchProject {
    QTemporaryDir dir;
    SocietyTable societies = SocietyTable::builtIn();
    std::unique_ptr<ProjectSession> session;

    explicit ScratchProject(const FrameRate& rate) {
        ProjectHeader header;
        header.productionTitle = "Import Test";
        header.timecode = TimecodeFormat{rate, false};
        header.startFrame = Time::fromWholeSeconds(3600).frameAtOrBefore(rate);
        header.runningTime = Time::fromWholeSeconds(3600);
        QString error;
        session =
            ProjectSession::create(dir.filePath("import.cuesheet"), header, societies, &error);
        if (!session)
            throw std::runtime_error(error.toStdString());
    }
    Project& project() { return session->project(); }
};

FrameRate rate(const char* name) {
    return FrameRate::parse(name).value();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// The preview's rows as (title, in, out).
std::vector<QStringList> titleInOut(const ImportDialog& dialog) {
    std::vector<QStringList> rows;
    for (int row = 0; row < dialog.previewRowCount(); ++row) {
        const QStringList cells = dialog.previewRow(row);
        rows.push_back({cells[1], cells[2], cells[3]});
    }
    return rows;
}

bool importButtonEnabled(const ImportDialog& dialog) {
    for (QPushButton* button : dialog.findChildren<QPushButton*>())
        if (button->text() == "Import")
            return button->isEnabled();
    return false;
}

} // namespace

TEST_CASE("import dialog: the music track A12 of a real EDL, as the CLI imports it") {
    ScratchProject p(rate("24"));
    ImportDialog dialog(p.project().data(), kAudioReel);
    CHECK(dialog.kind() == ImportKind::Edl);
    // The channels of pycmx_TEST.edl's event lines, in natural order.
    CHECK(dialog.trackNames() == QStringList{"A1", "A2", "A5", "A7", "A8", "A10", "A11", "A12"});
    CHECK(dialog.checkedTrackNames() == dialog.trackNames());
    const int everyTrack = dialog.previewRowCount();
    CHECK(everyTrack > 3);

    for (const QString& track : dialog.trackNames())
        dialog.setTrackChecked(track, track == "A12");
    // Expected values as in tests/cli/cli_import_test.cpp (worked out by hand from the list).
    const std::vector<QStringList> expected = {
        {"TC R1 V6 TEMP2 ST MX", "01:00:00:00", "01:07:27:01"},
        {"TC R1 V6 TEMP2 ST MX", "01:08:56:00", "01:13:12:00"},
        {"TC R1 V6 TEMP2 ST MX", "01:13:13:19", "01:16:55:17"}};
    CHECK(titleInOut(dialog) == expected);
    CHECK(dialog.previewRow(0) == QStringList{"1", "TC R1 V6 TEMP2 ST MX", "01:00:00:00",
                                              "01:07:27:01", "00:07:27:01", "A12", "0"});
    REQUIRE(dialog.canImport());
    CHECK(importButtonEnabled(dialog));
    CHECK(dialog.importedCueCount() == 3);

    SECTION("the change adds exactly those cues in one undo step") {
        Project& project = p.project();
        REQUIRE(project.requestApply(dialog.changeSet()));
        REQUIRE(project.cues().size() == 3);
        std::vector<QStringList> added;
        for (const auto& [id, cue] : project.cues())
            added.push_back({project.titleOf(cue),
                             timecodeOfProgrammeTime(cue.in, project.header()),
                             timecodeOfProgrammeTime(cue.out, project.header())});
        CHECK(added == expected);
        CHECK(project.works().size() == 1); // one work shared by the three uses
        REQUIRE(project.historyLabels().undo.has_value());
        CHECK(*project.historyLabels().undo == "Import 3 cues from pycmx_TEST.edl");
        REQUIRE(project.undo());
        CHECK(project.cues().empty());
        CHECK(project.works().empty());
    }

    SECTION("a wider merge gap joins the last two uses") {
        dialog.setMergeGapSeconds(2.0);
        REQUIRE(dialog.previewRowCount() == 2);
        CHECK(dialog.previewRow(1)[2] == "01:08:56:00");
        CHECK(dialog.previewRow(1)[3] == "01:16:55:17");
    }

    SECTION("no track chosen: nothing to import") {
        dialog.setTrackChecked("A12", false);
        CHECK(dialog.previewRowCount() == 0);
        CHECK_FALSE(dialog.canImport());
        CHECK_FALSE(importButtonEnabled(dialog));
        CHECK(dialog.changeSet().isEmpty());
    }

    SECTION("every track again is the CLI's default") {
        for (const QString& track : dialog.trackNames())
            dialog.setTrackChecked(track, true);
        CHECK(dialog.importOptions().tracks.isEmpty());
        CHECK(dialog.previewRowCount() == everyTrack);
    }
}

TEST_CASE("import dialog: an EDL read at another frame rate shows other timecodes") {
    ScratchProject p(rate("24"));
    ImportDialog dialog(p.project().data(), kAudioReel);
    for (const QString& track : dialog.trackNames())
        dialog.setTrackChecked(track, track == "A12");
    REQUIRE(dialog.setEdlFrameRate(rate("25")));
    CHECK(dialog.importOptions().frameRate == rate("25"));
    // 01:07:27:01 read at 25 fps is 1 h 7 min 27 s 1/25: at 24 fps its frame is
    // 01:07:27:00 (1/25 s is less than a frame at 24).
    REQUIRE(dialog.previewRowCount() == 3);
    CHECK(dialog.previewRow(0)[3] == "01:07:27:00");
}

TEST_CASE("import dialog: Pro Tools session tracks, muted ones said, and library links") {
    ScratchProject p(rate("23.976"));
    LibraryFile file;
    file.path = "/music/1M1 Opening.wav";
    file.fileName = "1M1 Opening.wav";
    file.isrc = "GBAYE0601498";
    REQUIRE(p.project().requestAddLibraryFiles({file}));

    ImportDialog dialog(p.project().data(), kSession);
    CHECK(dialog.kind() == ImportKind::ProTools);
    CHECK(dialog.trackNames() ==
          QStringList{"Music Stereo", "Source Music", "Temp Music", "Dialog"});
    // As tests/interchange/protools_import_test.cpp works out: stereo pairs count once, fades
    // extend their clips, the muted clip and the muted track are left out (line 56 says so).
    CHECK(dialog.previewTitles() ==
          QStringList{"1M1 Opening", "DX 101", "1M2 Chase", "2M1 Radio Song"});
    CHECK(dialog.previewRow(0)[2] == "01:00:00:00");
    CHECK(dialog.previewRow(0)[3] == "01:00:32:00");
    CHECK(dialog.previewRow(1)[6] == "1"); // DX 101 overlaps 1M1 Opening: the next lane
    CHECK(dialog.findingsText().contains("Line 56 (info)"));
    CHECK(dialog.linkedCueCount() == 1);

    dialog.setTrackChecked("Dialog", false);
    CHECK(dialog.previewTitles() == QStringList{"1M1 Opening", "1M2 Chase", "2M1 Radio Song"});
    CHECK(titleInOut(dialog)[2] == QStringList{"2M1 Radio Song", "01:03:00:00", "01:03:50:00"});
    CHECK(dialog.previewRow(0)[5] == "Music Stereo");
    CHECK(dialog.previewRow(0)[6] == "0");

    Project& project = p.project();
    REQUIRE(project.requestApply(dialog.changeSet()));
    REQUIRE(project.cues().size() == 3);
    const Cue& opening = project.cues().begin()->second;
    CHECK(project.titleOf(opening) == "1M1 Opening");
    CHECK(opening.libraryFileId == project.libraryFiles().begin()->first);
    CHECK(opening.isrc == "GBAYE0601498");
    // The links are part of the import's step.
    REQUIRE(project.undo());
    CHECK(project.cues().empty());
    CHECK(project.libraryFiles().size() == 1);

    SECTION("without linking") {
        ImportDialog unlinked(project.data(), kSession);
        unlinked.setLinkToLibrary(false);
        CHECK(unlinked.linkedCueCount() == 0);
        REQUIRE(project.requestApply(unlinked.changeSet()));
        for (const auto& [id, cue] : project.cues())
            CHECK(cue.libraryFileId == 0);
    }
}

TEST_CASE("import dialog: strict mode refuses a malformed line and names it") {
    ScratchProject p(rate("24"));
    const QString list = p.dir.filePath("bad.edl");
    writeFile(list,
              "TITLE: BAD\r\nFCM: NON-DROP FRAME\r\n"
              "001  MUSIC    A     C        00:00:00:00 00:00:10:00 01:00:00:00 01:00:10:00\r\n"
              "* FROM CLIP NAME: SONG ONE.WAV\r\n"
              "002  MUSIC    A     C        00:00:00:00 00:00:10:00 01:00:20:00 01:00:2X:00\r\n"
              "003  MUSIC    A     C        00:00:00:00 00:00:10:00 01:00:40:00 01:00:50:00\r\n"
              "* FROM CLIP NAME: SONG TWO.WAV\r\n");
    ImportDialog dialog(p.project().data(), list);
    CHECK(dialog.trackNames() == QStringList{"A1"});
    // Lenient: the line is reported and skipped.
    CHECK(dialog.previewTitles() == QStringList{"SONG ONE", "SONG TWO"});
    CHECK(dialog.findingsText().contains("Line 5 (error)"));
    CHECK(dialog.canImport());

    dialog.setStrict(true);
    CHECK_FALSE(dialog.canImport());
    CHECK_FALSE(importButtonEnabled(dialog));
    CHECK(dialog.previewRowCount() == 0);
    CHECK(dialog.changeSet().isEmpty());
    CHECK(dialog.problem().contains("line 5"));
    CHECK(dialog.findingsText().contains("Line 5 (error)"));

    dialog.setStrict(false);
    CHECK(dialog.canImport());
}

TEST_CASE("import dialog: a CSV exported from a project imports back") {
    TestProject source;
    source.addCue("Overture", 10, 20);
    source.addCue("Finale", 30, 45, MusicKind::Song, Diegesis::Diegetic);
    TestProject target;
    const QString sheet = target.folder() + "/sheet.csv";
    writeFile(sheet, exportCsv(source.project().data(), CsvExportOptions{}));

    ImportDialog dialog(target.project().data(), sheet);
    CHECK(dialog.kind() == ImportKind::Csv);
    CHECK(dialog.trackNames().isEmpty());
    CHECK(titleInOut(dialog) ==
          std::vector<QStringList>{{"Overture", TestProject::tc(10), TestProject::tc(20)},
                                   {"Finale", TestProject::tc(30), TestProject::tc(45)}});
    CHECK(dialog.previewRow(1)[4] == "00:00:15:00");
    REQUIRE(dialog.canImport());

    Project& project = target.project();
    REQUIRE(project.requestApply(dialog.changeSet()));
    REQUIRE(project.cues().size() == 2);
    const Cue& finale = std::next(project.cues().begin())->second;
    CHECK(project.titleOf(finale) == "Finale");
    CHECK(finale.in == TestProject::at(30));
    CHECK(finale.out == TestProject::at(45));
    CHECK(finale.tags.kind == MusicKind::Song);
    CHECK(finale.tags.diegesis == Diegesis::Diegetic);
    REQUIRE(project.undo());
    CHECK(project.cues().empty());

    SECTION("read as an EDL instead, it is refused") {
        dialog.setKind(ImportKind::Edl);
        CHECK_FALSE(dialog.canImport());
        CHECK(dialog.previewRowCount() == 0);
        CHECK_FALSE(dialog.problem().isEmpty());
    }
}

TEST_CASE("File > Import… is in the window with Ctrl+Shift+I and applies the dialog's change") {
    TestProject source;
    QTemporaryDir scratch;
    EditorSettings settings(scratch.filePath("settings.ini"));
    MainWindow window(settings, source.societies(), scratch.filePath("cache"));
    QAction* import = nullptr;
    for (QAction* action : window.actions())
        if (action->shortcut() == QKeySequence("Ctrl+Shift+I"))
            import = action;
    REQUIRE(import);
    CHECK(import->text() == "&Import…");
    CHECK_FALSE(import->isEnabled()); // no project yet

    const QString copy = scratch.filePath("window.cuesheet");
    QString error;
    REQUIRE(source.session().file().saveCopyAs(copy, &error));
    REQUIRE(window.openProject(copy, &error));
    CHECK(import->isEnabled());
    std::unique_ptr<ShortcutsDialog> shortcuts(window.createShortcutsDialog());
    const auto found =
        shortcuts->tree()->findItems("Import", Qt::MatchExactly | Qt::MatchRecursive, 1);
    REQUIRE(found.size() == 1);
    CHECK(found.front()->text(0) ==
          QKeySequence("Ctrl+Shift+I").toString(QKeySequence::NativeText));

    const QString sheet = scratch.filePath("sheet.csv");
    source.addCue("Overture", 10, 20);
    writeFile(sheet, exportCsv(source.project().data(), CsvExportOptions{}));
    std::unique_ptr<ImportDialog> dialog(window.createImportDialog(sheet));
    CHECK(dialog->previewTitles() == QStringList{"Overture"});
    Project& project = window.session()->project();
    REQUIRE(project.requestApply(dialog->changeSet()));
    CHECK(project.cues().size() == 1);
}
