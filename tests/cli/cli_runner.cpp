#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
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

QJsonObject jsonOf(const CliResult& r) {
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(r.out, &error);
    INFO(r.outText().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

QJsonArray listedCues(const QString& projectFile) {
    const auto r = runCli({"list", projectFile, "--json"});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    return jsonOf(r).value("cues").toArray();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray sha256(const QString& path) {
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}
