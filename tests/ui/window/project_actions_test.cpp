// The File menu's project commands in the window, without their file dialogs: New from Film
// (the probe fills rate, start timecode and running time), Save As (the window goes on with
// the copy), Relink (same content accepted, other content refused unless accepted), and the
// statistics view's PNG and CSV.
#include "window_test_support.h"

#include "cuesheet/model/project.h"
#include "cuesheet/store/project_file.h"
#include "cuesheet/ui/editor_settings.h"
#include "cuesheet/ui/main_window.h"
#include "cuesheet/ui/statistics_dialog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <set>

using namespace cuesheet;
using test::TestProject;

namespace {

// 50 frames at 24 fps, a tmcd track starting at 01:00:00:00 (OpenTimelineIO sample).
const QString kFilm = QStringLiteral(CUESHEET_TEST_DATA_DIR "/media/otio_tc_01000000_1080p24.mov");
// 29.97 fps with AC-3 (OpenShot sample): another film.
const QString kOtherFilm =
    QStringLiteral(CUESHEET_TEST_DATA_DIR "/media/openshot_test1_h264_ac3_2997.mp4");

QByteArray sha256(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct Window {
    QTemporaryDir scratch;
    EditorSettings settings{scratch.filePath("settings.ini")};
    SocietyTable societies = SocietyTable::builtIn();
    MainWindow window{settings, societies, scratch.filePath("cache")};
    QSignalSpy errors{&window, &MainWindow::errorReported};

    Window() {
        window.resize(1280, 800);
        window.show();
    }
    QString path(const QString& name) const { return scratch.filePath(name); }
    // A project for kFilm made through New from Film.
    QString newProjectForFilm(const QString& film, const QString& name) {
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        const QString project = path(name);
        window.newProjectFromFilm(film, project);
        const bool ok = opened.wait(20000);
        const std::string reported =
            errors.isEmpty() ? std::string() : errors.last().first().toString().toStdString();
        INFO(reported);
        REQUIRE(ok);
        return project;
    }
};

} // namespace

TEST_CASE("New from Film makes a project whose rate, start and running time come from the film") {
    Window w;
    const QString project = w.newProjectForFilm(kFilm, "from-film.cuesheet");
    REQUIRE(w.window.session());
    CHECK(QFileInfo(w.window.session()->path()) == QFileInfo(project));
    const ProjectHeader& header = w.window.session()->project().header();
    CHECK(header.timecode.rate == FrameRate(24, 1));
    CHECK_FALSE(header.timecode.dropFrame);
    CHECK(header.startFrame == 3600 * 24); // 01:00:00:00
    CHECK(header.runningTime == Time::fromFrames(50, FrameRate(24, 1)));
    CHECK(header.productionTitle == "otio_tc_01000000_1080p24");
    CHECK(QFileInfo(header.mediaPath) == QFileInfo(kFilm));
    CHECK_FALSE(header.mediaIdentity.isEmpty());
    CHECK(w.window.windowTitle().contains("from-film.cuesheet"));
    // It is on disk: another process sees the same header.
    QString error;
    auto file = ProjectFile::open(project, &error);
    INFO(error.toStdString());
    REQUIRE(file);
    CHECK(file->loadedData().header.startFrame == 3600 * 24);
    CHECK(w.errors.isEmpty());
}

TEST_CASE("New from Film refuses a file that is not a film, and never overwrites a project") {
    Window w;
    const QString notes = w.path("notes.mov");
    {
        QFile f(notes);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a film\n");
    }
    w.window.newProjectFromFilm(notes, w.path("notes.cuesheet"));
    REQUIRE(w.errors.wait(20000));
    CHECK(w.errors.last().first().toString().contains(notes));
    CHECK_FALSE(QFileInfo::exists(w.path("notes.cuesheet")));
    CHECK_FALSE(w.window.session());

    const QString existing = w.newProjectForFilm(kFilm, "film.cuesheet");
    const QByteArray before = sha256(existing);
    w.window.newProjectFromFilm(kOtherFilm, existing);
    REQUIRE(w.errors.wait(20000));
    CHECK(w.errors.last().first().toString().contains("exists already"));
    CHECK(sha256(existing) == before);
}

TEST_CASE("Save As writes a copy with every cue and the window goes on editing the copy") {
    TestProject source;
    source.addCue("Opening", 10, 20);
    source.addCue("Chase", 30, 45, MusicKind::Song, Diegesis::Diegetic);
    Window w;
    QString error;
    REQUIRE(w.window.openProject(source.path(), &error));
    const QString copy = w.path("copy.cuesheet");
    REQUIRE(w.window.saveProjectAs(w.path("copy"), &error)); // the extension is added
    CHECK(QFileInfo(w.window.session()->path()) == QFileInfo(copy));
    CHECK(w.window.windowTitle().contains("copy.cuesheet"));
    CHECK(w.window.session()->project().cues().size() == 2);

    // An edit now lands in the copy, not in the original.
    const QByteArray original = sha256(source.path());
    NewCue n;
    n.title = "Finale";
    n.cue.in = TestProject::at(100);
    n.cue.out = TestProject::at(110);
    REQUIRE(w.window.session()->project().requestAddCue(n));
    CHECK(sha256(source.path()) == original);
    auto reread = ProjectFile::open(copy, &error);
    REQUIRE(reread);
    CHECK(reread->loadedData().cues.size() == 3);

    // A place that cannot be written: an error naming it, and the window keeps the copy.
    CHECK_FALSE(w.window.saveProjectAs(w.path("no-such-folder/x.cuesheet"), &error));
    CHECK(error.contains("no-such-folder"));
    CHECK(QFileInfo(w.window.session()->path()) == QFileInfo(copy));
}

TEST_CASE("the folders of the last film and project are remembered for the next dialogs") {
    Window w;
    REQUIRE(QDir().mkpath(w.path("projects")));
    REQUIRE(QDir().mkpath(w.path("copies")));
    w.newProjectForFilm(kFilm, "projects/new.cuesheet");
    CHECK(QFileInfo(w.settings.lastFolder("film")) == QFileInfo(QFileInfo(kFilm).absolutePath()));
    CHECK(QFileInfo(w.settings.lastFolder("project")) == QFileInfo(w.path("projects")));
    QString error;
    REQUIRE(w.window.saveProjectAs(w.path("copies/copy.cuesheet"), &error));
    CHECK(QFileInfo(w.settings.lastFolder("project")) == QFileInfo(w.path("copies")));
    // Kept in the settings: another settings object on the same file reads them back.
    const EditorSettings next(w.path("settings.ini"));
    CHECK(QFileInfo(next.lastFolder("project")) == QFileInfo(w.path("copies")));
    CHECK(QFileInfo(next.lastFolder("film")) == QFileInfo(QFileInfo(kFilm).absolutePath()));
}

TEST_CASE("Relink accepts the same film moved, and another film only when told to") {
    Window w;
    const QString film = w.path("film.mov");
    REQUIRE(QFile::copy(kFilm, film));
    w.newProjectForFilm(film, "relink.cuesheet");
    Project& project = w.window.session()->project();
    QSignalSpy relinked(&w.window, &MainWindow::filmRelinked);

    const QString moved = w.path("moved.mov");
    REQUIRE(QFile::rename(film, moved));
    w.window.relinkFilmTo(moved, MainWindow::ContentMismatch::Refuse);
    REQUIRE(relinked.wait(20000));
    CHECK(QFileInfo(project.header().mediaPath) == QFileInfo(moved));
    CHECK(w.errors.isEmpty());

    w.window.relinkFilmTo(kOtherFilm, MainWindow::ContentMismatch::Refuse);
    REQUIRE(w.errors.wait(20000));
    CHECK(w.errors.last().first().toString().contains("not the same film as the project's"));
    CHECK(QFileInfo(project.header().mediaPath) == QFileInfo(moved));

    w.window.relinkFilmTo(kOtherFilm, MainWindow::ContentMismatch::Accept);
    REQUIRE(relinked.wait(20000));
    CHECK(QFileInfo(project.header().mediaPath) == QFileInfo(kOtherFilm));
    // One undoable edit: undo points the project back at the moved film.
    REQUIRE(w.window.undoAction()->isEnabled());
    w.window.undoAction()->trigger();
    CHECK(QFileInfo(project.header().mediaPath) == QFileInfo(moved));
}

TEST_CASE("the statistics view saves its figures as CSV and its picture as PNG") {
    TestProject source; // running time 600 s
    source.addCue("Score A", 0, 60, MusicKind::Score, Diegesis::NonDiegetic);
    source.addCue("Song B", 120, 150, MusicKind::Song, Diegesis::Diegetic);
    Window w;
    QString error;
    REQUIRE(w.window.openProject(source.path(), &error));
    std::unique_ptr<StatisticsDialog> dialog(w.window.createStatisticsDialog());
    dialog->show();
    test::settle();

    const QString csvPath = w.path("stats.csv");
    REQUIRE(dialog->saveCsv(csvPath, &error));
    QFile csvFile(csvPath);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(csvFile.readAll());
    CHECK(csv.contains("kind,Score,1,60.000,1:00,10.0"));
    CHECK(csv.contains("kind,Song,1,30.000,0:30,5.0"));
    CHECK(csv.contains("diegesis,Diegetic,1,30.000,0:30,5.0"));
    CHECK(csv.contains("diegesis,Non-diegetic,1,60.000,1:00,10.0"));

    const QString pngPath = w.path("stats.png");
    REQUIRE(dialog->savePng(pngPath, &error));
    const QImage png(pngPath);
    REQUIRE_FALSE(png.isNull());
    const QImage shown = dialog->renderImage();
    CHECK(png.size() == shown.size());
    CHECK(png.width() >= 300);
    std::set<QRgb> colours;
    for (int y = 0; y < png.height(); y += 3)
        for (int x = 0; x < png.width(); x += 3)
            colours.insert(png.pixel(x, y));
    CHECK(colours.size() > 8); // text, table and the density bars, not a blank picture

    CHECK_FALSE(dialog->saveCsv(w.path("no-such-folder/s.csv"), &error));
    CHECK(error.contains("no-such-folder"));
    CHECK_FALSE(dialog->savePng(w.path("no-such-folder/s.png"), &error));
    CHECK(error.contains("no-such-folder"));
}

namespace {

// Runs the real `cuesheet` command; its standard error on failure.
QString runCli(const QStringList& arguments, int expectedExit = 0) {
    QProcess cli;
    cli.start(CUESHEET_CLI_PATH, arguments);
    REQUIRE(cli.waitForFinished(60000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    INFO(arguments.join(' ').toStdString() << "\n" << err.toStdString());
    CHECK(cli.exitCode() == expectedExit);
    return err;
}

ProjectHeader headerOf(const QString& projectPath) {
    QString error;
    const auto file = ProjectFile::open(projectPath, &error);
    INFO(error.toStdString());
    REQUIRE(file);
    return file->loadedData().header;
}

// A 24 fps Matroska film whose sound runs 13 ms past its last frame: its duration (2.013 s,
// which the picture takes from the container) is no whole number of frames.
QString makeUnevenFilm(const QString& path) {
    QProcess ffmpeg;
    ffmpeg.start(
        "ffmpeg",
        {"-nostdin", "-v",      "error",   "-y",
         "-f",       "lavfi",   "-i",      "testsrc=size=160x120:rate=24:duration=2",
         "-f",       "lavfi",   "-i",      "sine=frequency=440:sample_rate=48000:duration=2.013",
         "-c:v",     "libx264", "-preset", "ultrafast",
         "-pix_fmt", "yuv420p", "-c:a",    "flac",
         path});
    REQUIRE(ffmpeg.waitForFinished(120000));
    REQUIRE(ffmpeg.exitCode() == 0);
    return path;
}

} // namespace

TEST_CASE("a project from a film and a relink give the same header through cuesheet and the "
          "editor") {
    Window w;
    const QString film = makeUnevenFilm(w.path("uneven.mkv"));
    const QString fromCli = w.path("cli.cuesheet");
    runCli({"new", fromCli, "--media", film});
    const QString fromEditor = w.newProjectForFilm(film, "editor.cuesheet");

    const ProjectHeader cli = headerOf(fromCli);
    ProjectHeader editor = w.window.session()->project().header();
    CHECK(editor.timecode == cli.timecode);
    CHECK(editor.startFrame == cli.startFrame);
    CHECK(editor.productionTitle == cli.productionTitle);
    CHECK(editor.productionTitle == "uneven");
    CHECK(editor.mediaPath == cli.mediaPath);
    CHECK(editor.mediaIdentity == cli.mediaIdentity);
    // 2.013 s is 48.3 frames: the running time is the next whole frame, 00:00:02:01, in both.
    CHECK(cli.runningTime == Time::fromFrames(49, FrameRate(24, 1)));
    CHECK(editor.runningTime == cli.runningTime);

    // The same film moved: both relink; another film: both refuse with the same sentence.
    const QString moved = w.path("moved.mkv");
    REQUIRE(QFile::copy(film, moved));
    runCli({"relink", fromCli, moved});
    QSignalSpy relinked(&w.window, &MainWindow::filmRelinked);
    w.window.relinkFilmTo(moved, MainWindow::ContentMismatch::Refuse);
    REQUIRE(relinked.wait(20000));
    editor = w.window.session()->project().header();
    CHECK(editor.mediaPath == headerOf(fromCli).mediaPath);
    CHECK(editor.mediaIdentity == headerOf(fromCli).mediaIdentity);

    const QString cliRefusal = runCli({"relink", fromCli, kOtherFilm}, 3);
    w.window.relinkFilmTo(kOtherFilm, MainWindow::ContentMismatch::Refuse);
    REQUIRE(w.errors.wait(20000));
    const QString editorRefusal = w.errors.last().first().toString();
    CHECK(editorRefusal.contains(kOtherFilm + ": not the same film as the project's (" + moved +
                                 ")"));
    CHECK(cliRefusal.contains(editorRefusal));
}
