#pragma once

#include <QStringList>

namespace cuesheet::cli {

// Each subcommand takes the arguments after its name and returns an ExitCode.
int runNew(const QStringList& args);
int runInfo(const QStringList& args);
int runSet(const QStringList& args);
int runAddCue(const QStringList& args);
int runEditCue(const QStringList& args);
int runRemoveCue(const QStringList& args);
int runUndo(const QStringList& args);
int runRedo(const QStringList& args);
int runList(const QStringList& args);
int runValidate(const QStringList& args);
int runExport(const QStringList& args);
int runProbe(const QStringList& args);
int runFrame(const QStringList& args);
int runPeaks(const QStringList& args);
int runRelink(const QStringList& args);
int runImportEdl(const QStringList& args);
int runImportProTools(const QStringList& args);
int runLibrary(const QStringList& args);
int runLink(const QStringList& args);
int runImportCsv(const QStringList& args);

} // namespace cuesheet::cli
