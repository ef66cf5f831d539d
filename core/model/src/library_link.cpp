#include "cuesheet/model/library_link.h"

#include "cuesheet/model/identifiers.h"
#include "cuesheet/model/work_assignment.h"

namespace cuesheet {

namespace {

QString lastComponent(const QString& path) {
    QString p = path.trimmed();
    p.replace('\\', '/');
    return p.mid(p.lastIndexOf('/') + 1);
}

bool sameName(const QString& a, const QString& b) {
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

// Writers from the tags: composers (C), then lyricists (A); one name in both lists is one
// writer with role CA. Repeated names count once. Shares 0: see library_link.h.
PartyList writersFromTags(const LibraryFile& file) {
    PartyList writers;
    auto find = [&](const QString& name) -> Party* {
        for (auto& p : writers)
            if (sameName(p.name, name))
                return &p;
        return nullptr;
    };
    for (const QString& raw : file.composers) {
        const QString name = raw.simplified();
        if (!name.isEmpty() && !find(name))
            writers.push_back({name, PartyRole::Composer, {}, {}, Share{}});
    }
    for (const QString& raw : file.lyricists) {
        const QString name = raw.simplified();
        if (name.isEmpty())
            continue;
        if (Party* existing = find(name)) {
            if (existing->role == PartyRole::Composer)
                existing->role = PartyRole::ComposerAuthor;
        } else {
            writers.push_back({name, PartyRole::Author, {}, {}, Share{}});
        }
    }
    return writers;
}

} // namespace

QString fileNameWithoutExtension(const QString& fileNameOrPath) {
    const QString name = lastComponent(fileNameOrPath);
    const qsizetype dot = name.lastIndexOf('.');
    return dot > 0 ? name.left(dot) : name;
}

bool isPlaceholderTitle(const QString& title, const LibraryFile& file) {
    return title.trimmed().isEmpty() || sameName(title, file.fileName) ||
           sameName(title, fileNameWithoutExtension(file.fileName));
}

QStringList linkCueToLibraryFile(ProjectData& data, CueId cueId, LibraryFileId fileId) {
    const auto cueIt = data.cues.find(cueId);
    const auto fileIt = data.libraryFiles.find(fileId);
    if (cueIt == data.cues.end() || fileIt == data.libraryFiles.end())
        return {};
    const LibraryFile& file = fileIt->second;
    Cue& cue = cueIt->second; // map nodes are stable: retitling below keeps this valid
    cue.libraryFileId = fileId;
    QStringList filled;

    // A TITLE tag, not the file-name fallback of an untagged file.
    const QString tagTitle = file.title.simplified();
    const bool hasTagTitle =
        !tagTitle.isEmpty() && !sameName(tagTitle, fileNameWithoutExtension(file.fileName));
    const auto work = data.works.find(cue.workId);
    const QString currentTitle = work == data.works.end() ? QString() : work->second.title;
    if (hasTagTitle && currentTitle.trimmed() != tagTitle &&
        isPlaceholderTitle(currentTitle, file) && retitleCue(data, cueId, tagTitle))
        filled << "title";

    if (const auto w = data.works.find(cue.workId);
        w != data.works.end() && w->second.writers.empty()) {
        w->second.writers = writersFromTags(file);
        if (!w->second.writers.empty())
            filled << "writers";
    }
    if (cue.isrc.trimmed().isEmpty() && !file.isrc.trimmed().isEmpty()) {
        const QString isrc = normalizedIsrc(file.isrc);
        if (checkIsrc(isrc).isEmpty()) {
            cue.isrc = isrc;
            filled << "isrc";
        }
    }
    if (cue.sourceFile.trimmed().isEmpty()) {
        cue.sourceFile = file.path;
        filled << "source-file";
    }
    if (cue.libraryLabel.trimmed().isEmpty() && !file.label.trimmed().isEmpty()) {
        cue.libraryLabel = file.label.trimmed();
        filled << "label";
    }
    return filled;
}

} // namespace cuesheet
