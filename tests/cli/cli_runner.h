#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs the real `cuesheet` binary and captures what it prints.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

CliResult runCli(const QStringList& arguments);

// A temporary folder with a helper to name files in it.
class Scratch {
public:
    QString path(const QString& name) const { return dir_.filePath(name); }

private:
    QTemporaryDir dir_;
};

// What the CLI tests need around a run. Each REQUIREs its own success, so a test that uses
// them fails at the step that went wrong.
QJsonObject jsonOf(const CliResult& r);            // stdout parsed as a JSON object
QJsonArray listedCues(const QString& projectFile); // `cuesheet list --json`'s cues
QByteArray sha256(const QString& path);
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);
