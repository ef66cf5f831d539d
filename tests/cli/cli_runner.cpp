#include "cli_runner.h"

#include <QProcess>

CliResult runCli(const QStringList& arguments) {
    QProcess process;
    process.start(CUESHEET_CLI_PATH, arguments);
    process.waitForFinished(60000);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
