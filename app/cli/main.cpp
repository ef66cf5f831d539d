// The `cuesheet` command: the editor's work, headless. See docs/cli.md.
#include "command_line.h"
#include "commands.h"

#include <QCoreApplication>

#include <array>

namespace {

struct Subcommand {
    const char* name;
    const char* summary;
    int (*run)(const QStringList&);
};

constexpr std::array<Subcommand, 17> kSubcommands{{
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
    {"export", "write the cue sheet (CSV)", cuesheet::cli::runExport},
    {"probe", "describe a media file (streams, rate, start timecode)", cuesheet::cli::runProbe},
    {"frame", "write the exact frame at a time as PNG", cuesheet::cli::runFrame},
    {"peaks", "build or load a film's waveform pyramid", cuesheet::cli::runPeaks},
    {"relink", "point the project at its moved film", cuesheet::cli::runRelink},
    {"import-edl", "import music cues from a CMX3600 EDL", cuesheet::cli::runImportEdl},
    {"import-protools", "import cues from Pro Tools session text",
     cuesheet::cli::runImportProTools},
}};

void printUsage() {
    QString text = "usage: cuesheet COMMAND [ARGS] [--help]\n\ncommands:\n";
    for (const auto& s : kSubcommands)
        text += QString("  %1%2\n").arg(QString(s.name).leftJustified(12), s.summary);
    text += "\nExit status: 0 ok, 1 validation findings, 2 usage error, 3 file or data error.";
    cuesheet::cli::printOut(text);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
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
