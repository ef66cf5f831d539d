// The `cuesheet` command: the editor's work, headless. See docs/cli.md.
#include "command_line.h"
#include "commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <array>
#include <cstring>
#include <memory>

#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Subcommand {
    const char* name;
    const char* summary;
    int (*run)(const QStringList&);
};

constexpr std::array<Subcommand, 20> kSubcommands{{
    {"new", "create a project file", cuesheet::cli::runNew},
    {"info", "show the project header", cuesheet::cli::runInfo},
    {"set", "set a header field", cuesheet::cli::runSet},
    {"add-cue", "add a cue (prints its id)", cuesheet::cli::runAddCue},
    {"edit-cue", "change fields of a cue", cuesheet::cli::runEditCue},
    {"remove-cue", "remove a cue", cuesheet::cli::runRemoveCue},
    {"undo", "undo the last change", cuesheet::cli::runUndo},
    {"redo", "redo the last undone change", cuesheet::cli::runRedo},
    {"list", "list the cues", cuesheet::cli::runList},
    {"validate", "check the cue sheet", cuesheet::cli::runValidate},
    {"export", "write the cue sheet (CSV, XLSX or PDF)", cuesheet::cli::runExport},
    {"probe", "describe a media file (streams, rate, start timecode)", cuesheet::cli::runProbe},
    {"frame", "write the exact frame at a time as PNG", cuesheet::cli::runFrame},
    {"peaks", "build or load a film's waveform pyramid", cuesheet::cli::runPeaks},
    {"relink", "point the project at its moved film", cuesheet::cli::runRelink},
    {"import-edl", "import music cues from a CMX3600 EDL", cuesheet::cli::runImportEdl},
    {"import-protools", "import cues from Pro Tools session text",
     cuesheet::cli::runImportProTools},
    {"library", "the music library: add audio files, list them", cuesheet::cli::runLibrary},
    {"link", "link a cue to a music library file (fills empty fields)", cuesheet::cli::runLink},
    {"import-csv", "import cues from a CSV cue sheet or spreadsheet", cuesheet::cli::runImportCsv},
}};

void printUsage() {
    QString text = "usage: cuesheet COMMAND [ARGS] [--help]\n\ncommands:\n";
    for (const auto& s : kSubcommands)
        text += QString("  %1%2\n").arg(QString(s.name).leftJustified(17), s.summary);
    text += "\nExit status: 0 ok, 1 validation findings, 2 usage error, 3 file or data error.";
    cuesheet::cli::printOut(text);
}

// Only the PDF export draws (it lays text out with Qt's fonts) and so needs a
// QGuiApplication; every other command starts faster with a QCoreApplication.
bool drawsPdf(int argc, char* argv[]) {
    if (argc < 2 || std::strcmp(argv[1], "export") != 0)
        return false;
    for (int i = 2; i < argc; ++i)
        if (std::strcmp(argv[i], "--format=pdf") == 0 ||
            (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc &&
             std::strcmp(argv[i + 1], "pdf") == 0))
            return true;
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[]) {
    if (!drawsPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // The command never shows a window: the offscreen platform gives fonts and painting
    // without a display, also where QT_QPA_PLATFORM names one that is not there (ssh, CI).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // QGuiApplication looks up the runtime directory, and Qt warns on stderr when
    // XDG_RUNTIME_DIR is unset (ssh, cron, containers): give it a private one.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = QFile::encodeName(QDir::tempPath()) + "/cuesheet-runtime-" +
                               QByteArray::number(getuid());
        struct stat info {};
        ::mkdir(dir.constData(), 0700);
        if (::lstat(dir.constData(), &info) == 0 && S_ISDIR(info.st_mode) &&
            info.st_uid == getuid() && (info.st_mode & 0777) == 0700)
            qputenv("XDG_RUNTIME_DIR", dir);
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[]) {
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName("cuesheet");
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printUsage();
        return cuesheet::cli::kUsageError;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printUsage();
        return cuesheet::cli::kOk;
    }
    for (const auto& s : kSubcommands)
        if (args[0] == s.name)
            return s.run(args.mid(1));
    cuesheet::cli::printError("unknown command '" + args[0] + "'; see cuesheet --help");
    return cuesheet::cli::kUsageError;
}
