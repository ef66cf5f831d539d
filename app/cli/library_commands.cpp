// cuesheet library add | library list | link
#include "command_line.h"
#include "commands.h"

#include "cuesheet/media/library_scan.h"
#include "cuesheet/model/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace cuesheet::cli {

namespace {

LibraryFile libraryFileFrom(const media::ScannedAudioFile& scanned) {
    const media::AudioFileTags& t = scanned.tags;
    LibraryFile f;
    f.path = scanned.path;
    f.fileName = scanned.fileName;
    f.title = t.title;
    f.artists = t.artists;
    f.composers = t.composers;
    f.lyricists = t.lyricists;
    f.album = t.album;
    f.label = t.label;
    f.isrc = t.isrc;
    f.comment = t.comment;
    f.duration = t.duration;
    f.format = t.format;
    return f;
}

// "4:05.250": minutes, seconds and milliseconds (rounded to the nearest), for reading only.
QString durationText(Time duration) {
    const std::int64_t ms = duration.toRational(1, 1000, Rounding::Nearest);
    return QString("%1:%2.%3")
        .arg(ms / 60000)
        .arg((ms / 1000) % 60, 2, 10, QChar('0'))
        .arg(ms % 1000, 3, 10, QChar('0'));
}

bool parseId(const QString& text, std::int64_t* id, bool zeroAllowed) {
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && (*id > 0 || (zeroAllowed && *id == 0));
}

int runLibraryAdd(const QStringList& args) {
    CommandLine cl("library add",
                   "Add audio files to the project's music library (one undoable step) and print "
                   "their new ids, one per line. A folder is searched recursively for .wav .aif "
                   ".aiff .mp3 .flac .ogg .oga .opus .m4a .mp4 .aac files. Files already in the "
                   "library (same path) are skipped; unreadable ones are reported and skipped.",
                   {"FILE", "PATH..."});
    if (auto exit = cl.parse(args))
        return *exit;
    auto file = openProject(cl.positional()[0]);
    if (!file)
        return kDataError;
    const media::LibraryScan scan = media::scanAudioFiles(cl.positional().mid(1));
    for (const QString& problem : scan.problems)
        printError(problem + "; skipped");
    if (scan.files.empty()) {
        printError("nothing added: no readable audio file among the paths given");
        return kDataError;
    }

    Project project(file->loadedData(), *file);
    std::map<QString, LibraryFileId> known;
    for (const auto& [id, f] : project.libraryFiles())
        known.emplace(f.path, id);
    std::vector<LibraryFile> files;
    for (const auto& scanned : scan.files) {
        if (const auto it = known.find(scanned.path); it != known.end()) {
            printError(QString("%1: already in the library as %2; skipped")
                           .arg(scanned.path)
                           .arg(it->second));
            continue;
        }
        files.push_back(libraryFileFrom(scanned));
    }
    const auto added = project.requestAddLibraryFiles(files);
    if (!added) {
        printError(cl.positional()[0] + ": " + project.lastError());
        return kDataError;
    }
    for (LibraryFileId id : *added)
        printOut(QString::number(id));
    return kOk;
}

QJsonObject libraryFileJson(const LibraryFile& f, const ProjectData& data) {
    QJsonArray cues;
    for (const auto& [id, cue] : data.cues)
        if (cue.libraryFileId == f.id)
            cues.append(static_cast<qint64>(id));
    return {{"id", static_cast<qint64>(f.id)},
            {"path", f.path},
            {"file_name", f.fileName},
            {"title", f.title},
            {"artists", QJsonArray::fromStringList(f.artists)},
            {"composers", QJsonArray::fromStringList(f.composers)},
            {"lyricists", QJsonArray::fromStringList(f.lyricists)},
            {"album", f.album},
            {"label", f.label},
            {"isrc", f.isrc},
            {"comment", f.comment},
            {"duration_seconds", f.duration.toSecondsForDisplay()},
            {"format", f.format},
            {"cues", cues}};
}

int runLibraryList(const QStringList& args) {
    CommandLine cl("library list", "List the project's music library.", {"FILE"});
    cl.parser().addOption({"json", "Print JSON: {\"files\": [...]} (docs/cli.md)."});
    if (auto exit = cl.parse(args))
        return *exit;
    auto file = openProject(cl.positional()[0]);
    if (!file)
        return kDataError;
    const ProjectData& data = file->loadedData();
    if (cl.isSet("json")) {
        QJsonArray files;
        for (const auto& [id, f] : data.libraryFiles)
            files.append(libraryFileJson(f, data));
        printOut(
            QString::fromUtf8(QJsonDocument(QJsonObject{{"files", files}}).toJson()).trimmed());
        return kOk;
    }
    printOut(QString("%1 %2 %3 %4 %5")
                 .arg("id", 4)
                 .arg("duration", 10)
                 .arg("format", -10)
                 .arg("title", -30)
                 .arg("artists / composers  file"));
    for (const auto& [id, f] : data.libraryFiles) {
        const QString people = (f.artists + f.composers).join(", ");
        printOut(QString("%1 %2 %3 %4 %5  %6")
                     .arg(id, 4)
                     .arg(durationText(f.duration), 10)
                     .arg(f.format, -10)
                     .arg(f.title, -30)
                     .arg(people.isEmpty() ? "-" : people, f.path));
    }
    return kOk;
}

} // namespace

int runLibrary(const QStringList& args) {
    const QString action = args.value(0);
    if (action == "add")
        return runLibraryAdd(args.mid(1));
    if (action == "list")
        return runLibraryList(args.mid(1));
    if (action == "--help" || action == "-h") {
        printOut("usage: cuesheet library add FILE PATH...   add audio files or folders\n"
                 "       cuesheet library list FILE [--json] list the music library");
        return kOk;
    }
    printError("library: expected 'add' or 'list', not '" + action +
               "'; see cuesheet library --help");
    return kUsageError;
}

int runLink(const QStringList& args) {
    CommandLine cl("link",
                   "Link a cue to a file of the music library (one undoable step) and fill the "
                   "cue's empty fields from the file's tags: a placeholder title (a file name), "
                   "writers (composers C, lyricists A, shares 0 for you to enter), ISRC, source "
                   "file, label. Values already there are never overwritten. LIBRARY_ID 0 "
                   "removes the link.",
                   {"FILE", "CUE_ID", "LIBRARY_ID"});
    if (auto exit = cl.parse(args))
        return *exit;
    CueId cueId = 0;
    LibraryFileId fileId = 0;
    if (!parseId(cl.positional()[1], &cueId, false))
        return cl.usageError("CUE_ID '" + cl.positional()[1] + "': expected a cue id (1, 2 ...)");
    if (!parseId(cl.positional()[2], &fileId, true))
        return cl.usageError("LIBRARY_ID '" + cl.positional()[2] +
                             "': expected a library file id (see cuesheet library list), or 0");
    auto file = openProject(cl.positional()[0]);
    if (!file)
        return kDataError;
    Project project(file->loadedData(), *file);
    QStringList filled;
    if (!project.requestLinkCue(cueId, fileId, &filled)) {
        printError(cl.positional()[0] + ": " + project.lastError());
        return kDataError;
    }
    if (fileId == 0) {
        printOut(QString("cue %1 is not linked to the library").arg(cueId));
        return kOk;
    }
    printOut(QString("linked cue %1 to library file %2 (%3); filled: %4")
                 .arg(cueId)
                 .arg(fileId)
                 .arg(project.libraryFile(fileId)->fileName)
                 .arg(filled.isEmpty() ? "nothing (every field had a value)" : filled.join(", ")));
    return kOk;
}

} // namespace cuesheet::cli
