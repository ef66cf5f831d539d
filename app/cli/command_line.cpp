#include "command_line.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace cuesheet::cli {

namespace {
// What reaches the terminal: control characters (an escape sequence stored in an older file,
// a file name) are shown as \xHH instead of being obeyed; line breaks and tabs stay.
QString printable(const QString& text) {
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f))
            shown += QString("\\x%1").arg(static_cast<int>(u), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}
} // namespace

void printOut(const QString& text) {
    const QByteArray bytes = (printable(text) + '\n').toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString& text) {
    const QByteArray bytes = ("cuesheet: " + printable(text) + '\n').toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
}

CommandLine::CommandLine(QString name, QString summary, QStringList positionalNames)
    : name_(std::move(name))
    , positionalNames_(std::move(positionalNames)) {
    parser_.setApplicationDescription(summary);
    parser_.addHelpOption();
    for (const QString& p : positionalNames_)
        parser_.addPositionalArgument(p, p);
}

std::optional<int> CommandLine::parse(const QStringList& arguments) {
    QStringList full{"cuesheet " + name_};
    full << arguments;
    if (!parser_.parse(full))
        return usageError(parser_.errorText());
    if (parser_.isSet("help")) {
        QString help = parser_.helpText();
        // The parser names the binary by its path; users type `cuesheet NAME`.
        help.replace("Usage: " + QCoreApplication::applicationFilePath(),
                     "Usage: cuesheet " + name_);
        printOut(help.trimmed());
        return kOk;
    }
    positional_ = parser_.positionalArguments();
    // A last name ending in "..." ("PATH...") takes one or more arguments.
    const bool lastRepeats = !positionalNames_.isEmpty() && positionalNames_.last().endsWith("...");
    const bool countOk = lastRepeats ? positional_.size() >= positionalNames_.size()
                                     : positional_.size() == positionalNames_.size();
    if (!countOk)
        return usageError(QString("expected %1%2 argument(s): %3")
                              .arg(lastRepeats ? "at least " : "")
                              .arg(positionalNames_.size())
                              .arg(positionalNames_.join(' ')));
    return std::nullopt;
}

int CommandLine::usageError(const QString& message) const {
    printError(name_ + ": " + message);
    printError(QString("usage: cuesheet %1 %2 [options]; see cuesheet %1 --help")
                   .arg(name_, positionalNames_.join(' ')));
    return kUsageError;
}

std::unique_ptr<ProjectFile> openProject(const QString& path) {
    QString error;
    auto file = ProjectFile::open(path, &error);
    if (!file)
        printError(error);
    return file;
}

bool reportWritten(const std::optional<OutputWritten>& written, const QString& path,
                   const QString& error) {
    if (!written) {
        printError(error);
        return false;
    }
    if (*written == OutputWritten::Replaced)
        printError("replaced " + path);
    return true;
}

bool writeOutput(const QByteArray& bytes, const OutputTarget& target) {
    if (target.path.isEmpty()) {
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QString error;
    const auto written = writeOutputFile(target, bytes, &error);
    return reportWritten(written, target.path, error);
}

bool writeOutputWith(const OutputTarget& target, const OutputWriter& writeTo) {
    QString error;
    const auto written = writeOutputFileWith(target, writeTo, &error);
    return reportWritten(written, target.path, error);
}

} // namespace cuesheet::cli
