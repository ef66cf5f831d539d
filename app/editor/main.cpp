// cuesheet-editor: the editor's composition root. It builds the services (settings, society
// table, cache folder), the main window, and the demo when asked, and wires them together;
// nothing in the program is global.
//
//   cuesheet-editor [PROJECT | --demo] [--screenshot FILE.png [--size WxH] [--at TC]
//                    [--select N] [--part NAME]]
#include "cuesheet/model/in_out_text.h"
#include "cuesheet/model/society.h"
#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/demo_builder.h"
#include "cuesheet/ui/editor_settings.h"
#include "cuesheet/ui/main_window.h"
#include "cuesheet/ui/project_session.h"
#include "cuesheet/ui/window_capture.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

using namespace cuesheet;

constexpr int kExitUsage = 2;
constexpr int kExitFailure = 1;
constexpr int kMediaTimeoutMs = 120000;

void printErr(const QString& text) {
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

bool hasArgument(int argc, char* argv[], const char* name) {
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]) == name || QByteArray(argv[i]).startsWith(QByteArray(name) + '='))
            return true;
    return false;
}

bool displayAvailable() {
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        if (!qEnvironmentVariableIsEmpty(name))
            return true;
    return false;
}

// The demo recordings: installed beside the program, or the source tree's resources/.
QString demoMusicFolder() {
    QStringList candidates;
    if (!qEnvironmentVariableIsEmpty("CUESHEET_RESOURCES_DIR"))
        candidates << qEnvironmentVariable("CUESHEET_RESOURCES_DIR") + "/demo/music";
    const QString appDir = QCoreApplication::applicationDirPath();
    candidates << appDir + "/../share/cuesheet-editor/demo/music";
    candidates << QStringLiteral(CUESHEET_SOURCE_RESOURCES_DIR) + "/demo/music";
    for (const QString& c : candidates)
        if (QFileInfo::exists(c + "/Chimes They Fade.ogg"))
            return QDir::cleanPath(c);
    return QDir::cleanPath(candidates.last());
}

struct Options {
    QString project;
    bool demo = false;
    QString demoFolder;
    QString screenshot;
    QSize size{1600, 1000};
    QString at;
    int select = 0;
    QString part = "window";
};

std::optional<Options> parse(QApplication& app, int* exitCode) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Cue Sheet Editor: mark the music cues of a film, tag them, credit writers and "
        "publishers, export cue sheets.");
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument("PROJECT", "A project file (.cuesheet) to open.", "[PROJECT]");
    p.addOption({"demo", "Open the bundled demo (made on first use in the user's data folder)."});
    p.addOption(
        {"demo-dir", "Where to make and find the demo (default: the user's data folder).", "DIR"});
    p.addOption({"screenshot",
                 "Render the window (offscreen unless QT_QPA_PLATFORM is set) once the film, its "
                 "waveform and thumbnails are ready, write it as PNG and exit.",
                 "FILE.png"});
    p.addOption({"size", "Window size for --screenshot (default 1600x1000).", "WxH"});
    p.addOption({"at", "Position the player at this timecode before the screenshot.", "TC"});
    p.addOption({"select", "Select the cue with this number before the screenshot.", "N"});
    p.addOption(
        {"part",
         "What --screenshot renders: " + capturableParts().join(", ") + " (default window).",
         "NAME"});
    p.process(app);
    Options o;
    const QStringList positional = p.positionalArguments();
    if (positional.size() > 1) {
        printErr("cuesheet-editor: give at most one project file");
        *exitCode = kExitUsage;
        return std::nullopt;
    }
    o.project = positional.value(0);
    o.demo = p.isSet("demo");
    if (o.demo && !o.project.isEmpty()) {
        printErr("cuesheet-editor: give a project or --demo, not both");
        *exitCode = kExitUsage;
        return std::nullopt;
    }
    o.demoFolder =
        p.isSet("demo-dir")
            ? p.value("demo-dir")
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/demo";
    o.screenshot = p.value("screenshot");
    if (p.isSet("size")) {
        const QStringList wh = p.value("size").toLower().split('x');
        bool okW = false, okH = false;
        const int w = wh.value(0).toInt(&okW);
        const int h = wh.value(1).toInt(&okH);
        if (wh.size() != 2 || !okW || !okH || w < 320 || h < 240 || w > 8000 || h > 8000) {
            printErr("cuesheet-editor: --size expects WIDTHxHEIGHT, e.g. 1600x1000 (320x240 to "
                     "8000x8000), not '" +
                     p.value("size") + "'");
            *exitCode = kExitUsage;
            return std::nullopt;
        }
        o.size = QSize(w, h);
    }
    o.at = p.value("at");
    if (p.isSet("select")) {
        bool ok = false;
        o.select = p.value("select").toInt(&ok);
        if (!ok || o.select < 1) {
            printErr("cuesheet-editor: --select expects a cue number (1, 2, ...)");
            *exitCode = kExitUsage;
            return std::nullopt;
        }
    }
    if (p.isSet("part")) {
        o.part = p.value("part");
        if (!capturableParts().contains(o.part)) {
            printErr("cuesheet-editor: --part expects one of: " + capturableParts().join(", "));
            *exitCode = kExitUsage;
            return std::nullopt;
        }
    }
    if (o.screenshot.isEmpty() && (p.isSet("size") || p.isSet("part")))
        printErr("cuesheet-editor: --size and --part apply to --screenshot only; ignored");
    return o;
}

// After the project is open: position, selection, then (for --screenshot) the picture.
int finishOpening(MainWindow& window, const Options& o) {
    if (!o.at.isEmpty()) {
        QString error;
        const auto time =
            programmeTimeOfTimecode(o.at, window.session()->project().header(), &error);
        if (!time) {
            printErr("cuesheet-editor: --at: " + error);
            return kExitUsage;
        }
        window.seek(*time);
    }
    if (o.select > 0) {
        const auto& sequence = window.session()->project().sequence();
        if (o.select > static_cast<int>(sequence.size())) {
            printErr(QString("cuesheet-editor: --select %1: the project has %2 cues")
                         .arg(o.select)
                         .arg(sequence.size()));
            return kExitUsage;
        }
        window.selection()->selectOnly(sequence[static_cast<std::size_t>(o.select - 1)]);
    }
    return 0;
}

int takeScreenshot(MainWindow& window, const Options& o) {
    if (!waitUntilMediaSettled(window, kMediaTimeoutMs))
        printErr("cuesheet-editor: the film's waveform or thumbnails were not ready after " +
                 QString::number(kMediaTimeoutMs / 1000) + " s; taking the screenshot anyway");
    QString error;
    const QImage image = capturePart(window, o.part, &error);
    if (image.isNull()) {
        printErr("cuesheet-editor: " + error);
        return kExitFailure;
    }
    QDir().mkpath(QFileInfo(o.screenshot).absolutePath());
    if (!image.save(o.screenshot, "PNG")) {
        printErr("cuesheet-editor: cannot write '" + o.screenshot + "'");
        return kExitFailure;
    }
    std::printf("%s (%dx%d)\n", qPrintable(o.screenshot), image.width(), image.height());
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    const bool screenshot = hasArgument(argc, argv, "--screenshot");
    const bool help = hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h") ||
                      hasArgument(argc, argv, "--version");
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!screenshot && !help && !displayAvailable()) {
        printErr("cuesheet-editor: no display is available (DISPLAY and WAYLAND_DISPLAY are not "
                 "set), so the editor window cannot open.\n"
                 "\n"
                 "  - Run it in a desktop session, or under a virtual display:\n"
                 "      xvfb-run cuesheet-editor --demo\n"
                 "  - Render a picture of the window without a display:\n"
                 "      cuesheet-editor --demo --screenshot window.png\n"
                 "  - Work on cue sheets from the command line with the `cuesheet` command:\n"
                 "      cuesheet new film.cuesheet --rate 24000/1001 --start 01:00:00:00\n"
                 "      cuesheet add-cue film.cuesheet --in 01:00:10:00 --out 01:00:42:12 \\\n"
                 "          --title \"Main Theme\" --kind score --diegesis non-diegetic\n"
                 "      cuesheet list film.cuesheet\n"
                 "      cuesheet validate film.cuesheet\n"
                 "      cuesheet export film.cuesheet --profile us --out cue-sheet.csv\n"
                 "    (`cuesheet --help` lists every command.)");
        return kExitUsage;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName("cuesheet");
    QApplication::setApplicationName("cuesheet-editor");
    QApplication::setApplicationDisplayName("Cue Sheet Editor");
    QApplication::setApplicationVersion("0.1.0");

    int exitCode = 0;
    const auto options = parse(app, &exitCode);
    if (!options)
        return exitCode;
    const Options& o = *options;

    // Screenshots neither read nor change the user's settings: a scratch file each time.
    QTemporaryDir scratch;
    std::unique_ptr<EditorSettings> settings =
        screenshot ? std::make_unique<EditorSettings>(scratch.filePath("settings.ini"))
                   : std::make_unique<EditorSettings>();
    const SocietyTable societies = SocietyTable::builtIn();
    const QString cacheDirectory =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/media";

    MainWindow window(*settings, societies, cacheDirectory);
    if (screenshot) {
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.resize(o.size);
    }
    window.show();

    auto openAndRun = [&](const QString& path) -> int {
        QString error;
        if (!window.openProject(path, &error)) {
            printErr("cuesheet-editor: " + error);
            if (!screenshot)
                QMessageBox::critical(&window, "Cue Sheet Editor", error);
            return kExitFailure;
        }
        if (const int code = finishOpening(window, o))
            return code;
        return 0;
    };

    if (!o.demo) {
        if (!o.project.isEmpty())
            if (const int code = openAndRun(o.project); code != 0 && screenshot)
                return code;
        if (screenshot)
            return takeScreenshot(window, o);
        return app.exec();
    }

    // --demo: make it if needed (child processes; the window stays responsive), then open.
    DemoBuilder builder(o.demoFolder, demoMusicFolder());
    std::unique_ptr<QProgressDialog> progress;
    if (!builder.isReady() && !screenshot) {
        progress = std::make_unique<QProgressDialog>("Making the demo film (first run only)…",
                                                     "Cancel", 0, 1000, &window);
        progress->setWindowTitle("Cue Sheet Editor");
        progress->setMinimumDuration(0);
        progress->setWindowModality(Qt::WindowModal);
        QObject::connect(progress.get(), &QProgressDialog::canceled, &builder,
                         &DemoBuilder::cancel);
    }
    QObject::connect(
        &builder, &DemoBuilder::progress, &window, [&](int permille, const QString& step) {
            if (progress) {
                progress->setLabelText(step);
                progress->setValue(permille);
            } else if (screenshot) {
                std::fprintf(stderr, "demo: %s (%d%%)\n", qPrintable(step), permille / 10);
            }
        });
    QObject::connect(&builder, &DemoBuilder::finished, &window,
                     [&](bool ok, const QString& message) {
                         if (progress)
                             progress->reset();
                         if (!ok) {
                             printErr("cuesheet-editor: the demo could not be made: " + message);
                             if (!screenshot)
                                 QMessageBox::critical(&window, "Cue Sheet Editor",
                                                       "The demo could not be made:\n" + message);
                             app.exit(kExitFailure);
                             return;
                         }
                         if (const int code = openAndRun(builder.projectPath())) {
                             app.exit(code);
                             return;
                         }
                         if (screenshot)
                             app.exit(takeScreenshot(window, o));
                     });
    QTimer::singleShot(0, &builder, &DemoBuilder::start);
    return app.exec();
}
