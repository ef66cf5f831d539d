// cuesheet export
#include "command_line.h"
#include "commands.h"

#include "cuesheet/workflow/cue_sheet_export.h"

namespace cuesheet::cli {

int runExport(const QStringList& args) {
    CommandLine cl("export", "Write the cue sheet as CSV, XLSX or PDF.", {"FILE"});
    auto& p = cl.parser();
    p.addOption(
        {"format", "csv, xlsx or pdf (default csv); xlsx and pdf need --out.", "FORMAT", "csv"});
    p.addOption({"profile",
                 "generic (every field), us (ASCAP/BMI) or cisac (default generic). For pdf: "
                 "the usage vocabulary (us, cisac, or generic for both; default us).",
                 "PROFILE"});
    p.addOption({"durations", "tc, seconds or mmss (default mmss).", "FORMAT", "mmss"});
    p.addOption({"rounding", "nearest or up (default up).", "ROUNDING", "up"});
    p.addOption({"bom", "csv: start with a UTF-8 byte-order mark (for spreadsheet programs)."});
    p.addOption({"row-per-party", "csv: one row per writer or publisher."});
    p.addOption({"no-formula-guard",
                 "csv: write cells that start with = + - @ as they are (by default they get a "
                 "leading ' so that a spreadsheet does not run them as formulas)."});
    p.addOption({"paper", "pdf: a4 or letter (default a4).", "SIZE", "a4"});
    p.addOption({"out", "Write to PATH instead of standard output.", "PATH"});
    if (auto exit = cl.parse(args))
        return *exit;

    const QString format = cl.value("format");
    if (format != "csv" && format != "xlsx" && format != "pdf")
        return cl.usageError("--format '" + format +
                             "' is not supported; expected csv, xlsx or pdf");
    const QString profileKey =
        cl.isSet("profile") ? cl.value("profile") : (format == "pdf" ? "us" : "generic");
    const auto profile = csvProfileFromKey(profileKey);
    const auto durations = durationFormatFromKey(cl.value("durations"));
    const auto rounding = roundingFromKey(cl.value("rounding"));
    const auto paper = paperSizeFromKey(cl.value("paper"));
    if (!profile)
        return cl.usageError("--profile '" + profileKey + "': expected generic, us or cisac");
    if (!durations)
        return cl.usageError("--durations '" + cl.value("durations") +
                             "': expected tc, seconds or mmss");
    if (!rounding)
        return cl.usageError("--rounding '" + cl.value("rounding") + "': expected nearest or up");
    if (!paper)
        return cl.usageError("--paper '" + cl.value("paper") + "': expected a4 or letter");
    const QString out = cl.value("out");
    if (format != "csv" && out.isEmpty())
        return cl.usageError("--format " + format + " needs --out PATH (it is a binary file)");
    auto onlyFor = [&](const char* option, const QString& formatOfOption) -> std::optional<int> {
        if (cl.isSet(option) && format != formatOfOption)
            return cl.usageError(
                QString("--%1 applies to --format %2 only").arg(option, formatOfOption));
        return std::nullopt;
    };
    for (const auto& [option, formatOfOption] : {std::pair{"bom", "csv"},
                                                 {"row-per-party", "csv"},
                                                 {"no-formula-guard", "csv"},
                                                 {"paper", "pdf"}})
        if (auto exit = onlyFor(option, formatOfOption))
            return *exit;
    const DurationStyle durationStyle{*durations, *rounding};

    auto file = openProject(cl.positional()[0]);
    if (!file)
        return kDataError;
    const ProjectData& data = file->loadedData();

    CueSheetExport job;
    job.format = format == "xlsx"  ? ExportFormat::Xlsx
                 : format == "pdf" ? ExportFormat::Pdf
                                   : ExportFormat::Csv;
    job.csv.profile = *profile;
    job.csv.durations = durationStyle;
    job.csv.byteOrderMark = cl.isSet("bom");
    job.csv.rowPerParty = cl.isSet("row-per-party");
    job.csv.guardFormulas = !cl.isSet("no-formula-guard");
    job.xlsx = {*profile, durationStyle};
    job.pdf = {*paper, *profile, durationStyle};
    if (out.isEmpty()) // only CSV gets here: the binary formats need --out
        return writeOutput(exportCsv(data, job.csv), {}) ? kOk : kDataError;
    QString error;
    const auto written = writeCueSheet(data, job, {out, file->filesOnDisk()}, &error);
    return reportWritten(written, out, error) ? kOk : kDataError;
}

} // namespace cuesheet::cli
