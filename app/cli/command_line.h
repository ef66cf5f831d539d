#pragma once

#include "cuesheet/store/project_file.h"

#include "cuesheet/interchange/output_file.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cuesheet::cli {

// Exit codes of every subcommand (docs/cli.md).
enum ExitCode { kOk = 0, kFindings = 1, kUsageError = 2, kDataError = 3 };

void printOut(const QString& text);   // stdout, a newline added
void printError(const QString& text); // stderr, "cuesheet: " prefix and a newline

// A subcommand's command line: `cuesheet NAME [options] POSITIONAL...`.
class CommandLine {
public:
    // A last positional name ending in "..." (e.g. "PATH...") takes one or more arguments.
    CommandLine(QString name, QString summary, QStringList positionalNames);
    QCommandLineParser& parser() { return parser_; }
    // Parses; on --help prints the help and returns kOk; on a mistake prints why and the
    // usage and returns kUsageError; std::nullopt means "go on".
    std::optional<int> parse(const QStringList& arguments);
    const QStringList& positional() const { return positional_; }
    QString value(const QString& option) const { return parser_.value(option); }
    QStringList values(const QString& option) const { return parser_.values(option); }
    bool isSet(const QString& option) const { return parser_.isSet(option); }
    // Reports a usage mistake found after parsing; returns kUsageError.
    int usageError(const QString& message) const;

private:
    QString name_;
    QStringList positionalNames_;
    QCommandLineParser parser_;
    QStringList positional_;
};

// Opens a project file, printing the reason to stderr on failure.
std::unique_ptr<ProjectFile> openProject(const QString& path);

// Writes bytes to stdout when `target.path` is empty, else to the file as writeOutputFile
// does (never over the open project or anything but a regular file; atomically). Reports
// failures, and says "replaced FILE" on stderr when a file was replaced.
bool writeOutput(const QByteArray& bytes, const OutputTarget& target);
// Prints `error` when nothing was written, "replaced PATH" when a file was replaced; true
// when written.
bool reportWritten(const std::optional<OutputWritten>& written, const QString& path,
                   const QString& error);
// The same for writers that need a file name of their own (XLSX, PNG).
bool writeOutputWith(const OutputTarget& target, const OutputWriter& writeTo);

} // namespace cuesheet::cli
