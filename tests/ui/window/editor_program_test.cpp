// The real `cuesheet-editor` program, run as a user or the docs run it: the demo made on first
// use and rendered with --screenshot/--size/--at/--part, the message without a display, and
// bad arguments or files refused with exit codes and messages that say why.
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

struct EditorRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the editor with the user's folders (settings, data, cache) inside `home`, so nothing
// outside the test's scratch folder is read or written. `withDisplay` false removes every
// variable that tells Qt where to draw.
EditorRun runEditor(const QStringList& arguments, const QString& home, bool withDisplay = true) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HOME", home);
    env.insert("XDG_CONFIG_HOME", home + "/config");
    env.insert("XDG_DATA_HOME", home + "/data");
    env.insert("XDG_CACHE_HOME", home + "/cache");
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    if (withDisplay)
        env.insert("QT_QPA_PLATFORM", "offscreen");
    else
        env.remove("QT_QPA_PLATFORM");
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(CUESHEET_EDITOR_PATH, arguments);
    process.waitForFinished(180000);
    EditorRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Share of pixels that differ between two images of the same size.
double differingShare(const QImage& a, const QImage& b) {
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    std::int64_t differing = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col)
            differing += x.pixel(col, row) != y.pixel(col, row);
    return static_cast<double>(differing) / (static_cast<double>(x.width()) * x.height());
}

} // namespace

TEST_CASE("without a display the editor says so and shows how to use the command line") {
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const EditorRun run = runEditor({"--demo", "--demo-dir", home.filePath("demo")}, home.path(),
                                    /*withDisplay=*/false);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("no display is available"));
    CHECK(run.err.contains("--screenshot"));
    CHECK(run.err.contains("cuesheet --help"));
    // Nothing was made: the demo waits for a window to show its progress in.
    CHECK_FALSE(QFileInfo::exists(home.filePath("demo/demo.cuesheet")));
}

TEST_CASE("bad arguments are refused with exit code 2 and a message naming the option") {
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString shot = home.filePath("w.png");

    EditorRun run = runEditor({"--screenshot", shot, "--size", "10x10"}, home.path());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("--size expects WIDTHxHEIGHT"));
    CHECK(run.err.contains("'10x10'"));

    run = runEditor({"--screenshot", shot, "--part", "toolbar"}, home.path());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("--part expects one of"));

    run = runEditor({"a.cuesheet", "b.cuesheet", "--screenshot", shot}, home.path());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("at most one project"));
    CHECK_FALSE(QFileInfo::exists(shot));
}

TEST_CASE("a file that is not a project is refused, named, and left as it was") {
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString notProject = home.filePath("notes.cuesheet");
    {
        QFile f(notProject);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a database\n");
    }
    const EditorRun run =
        runEditor({notProject, "--screenshot", home.filePath("w.png")}, home.path());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("notes.cuesheet"));
    QFile f(notProject);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "these are my notes, not a database\n");
    CHECK_FALSE(QFileInfo::exists(home.filePath("w.png")));
}

TEST_CASE("--demo --screenshot makes the demo on first use and renders it at the asked size") {
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString demo = home.filePath("demo");
    const QString early = home.filePath("early.png");
    const QString late = home.filePath("late.png");

    const EditorRun first = runEditor({"--demo", "--demo-dir", demo, "--screenshot", early,
                                       "--size", "1280x720", "--at", "01:00:02:00"},
                                      home.path());
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains("early.png (1280x720)"));
    CHECK(QFileInfo::exists(demo + "/demo.cuesheet"));
    CHECK(QFileInfo::exists(demo + "/demo-film.mp4"));
    const QImage earlyImage(early);
    REQUIRE(earlyImage.size() == QSize(1280, 720));

    // The second run finds the demo made and opens it; --at moves the player, so the same
    // window shows another frame and another playhead position.
    const qint64 filmModified =
        QFileInfo(demo + "/demo-film.mp4").lastModified().toMSecsSinceEpoch();
    const EditorRun second = runEditor({"--demo", "--demo-dir", demo, "--screenshot", late,
                                        "--size", "1280x720", "--at", "01:00:20:00"},
                                       home.path());
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(QFileInfo(demo + "/demo-film.mp4").lastModified().toMSecsSinceEpoch() == filmModified);
    const QImage lateImage(late);
    REQUIRE(lateImage.size() == QSize(1280, 720));
    CHECK(differingShare(earlyImage, lateImage) > 0.01);

    // A project path works as well as --demo, and --part renders one panel.
    const QString inspector = home.filePath("inspector.png");
    const EditorRun part = runEditor({demo + "/demo.cuesheet", "--screenshot", inspector,
                                      "--select", "1", "--part", "inspector"},
                                     home.path());
    INFO(part.err.toStdString());
    REQUIRE(part.exitCode == 0);
    const QImage inspectorImage(inspector);
    REQUIRE_FALSE(inspectorImage.isNull());
    CHECK(inspectorImage.width() < 1600);

    // A timecode that does not exist at the demo's rate is refused with the reason.
    const EditorRun badAt = runEditor(
        {demo + "/demo.cuesheet", "--screenshot", home.filePath("bad.png"), "--at", "01:00:99:00"},
        home.path());
    CHECK(badAt.exitCode == 2);
    CHECK(badAt.err.contains("--at:"));
}
