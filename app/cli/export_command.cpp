// cuesheet export
#include "command_line.h"
#include "commands.h"

#include "cuesheet/interchange/csv_export.h"

namespace cuesheet::cli {

int runExport(const QStringList& args) {
    CommandLine cl("export", "Write the cue sheet.", {"FILE"});
    auto& p = cl.parser();
    p.addOption({"format", "csv (default csv).", "FORMAT", "csv"});
    p.addOption({"profile", "generic (every field), us (ASCAP/BMI) or cisac (default generic).",
                 "PROFILE", "generic"});
    p.addOption({"durations", "tc, seconds or mmss (default mmss).", "FORMAT", "mmss"});
    p.addOption({"rounding", "nearest or up (default up).", "ROUNDING", "up"});
    p.addOption({"bom", "Start with a UTF-8 byte-order mark (for spreadsheet programs)."});
    p.addOption({"row-per-party", "One row per writer or publisher."});
    p.addOption({"out", "Write to PATH instead of standard output.", "PATH"});
    if (auto exit = cl.parse(args))
        return *exit;

    CsvExportOptions options;
    const auto profile = csvProfileFromKey(cl.value("profile"));
    const auto durations = durationFormatFromKey(cl.value("durations"));
    const auto rounding = roundingFromKey(cl.value("rounding"));
    if (cl.value("format") != "csv")
        return cl.usageError("--format '" + cl.value("format") +
                             "' is not supported; expected csv");
    if (!profile)
        return cl.usageError("--profile '" + cl.value("profile") +
                             "': expected generic, us or cisac");
    if (!durations)
        return cl.usageError("--durations '" + cl.value("durations") +
                             "': expected tc, seconds or mmss");
    if (!rounding)
        return cl.usageError("--rounding '" + cl.value("rounding") + "': expected nearest or up");
    options.profile = *profile;
    options.durations = {*durations, *rounding};
    options.byteOrderMark = cl.isSet("bom");
    options.rowPerParty = cl.isSet("row-per-party");

    auto file = openProject(cl.positional()[0]);
    if (!file)
        return kDataError;
    return writeOutput(exportCsv(file->loadedData(), options), cl.value("out")) ? kOk : kDataError;
}

} // namespace cuesheet::cli
