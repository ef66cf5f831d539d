#include "cuesheet/model/library_match.h"

#include "cuesheet/model/change_between.h"
#include "cuesheet/model/library_link.h"

#include <QHash>

#include <set>

namespace cuesheet {

namespace {

QString key(const QString& name) {
    return name.simplified().toCaseFolded();
}

QString lastComponent(const QString& path) {
    QString p = path.trimmed();
    p.replace('\\', '/');
    return p.mid(p.lastIndexOf('/') + 1);
}

// The library indexed by each rule's key, so matching n cues costs O(n), not O(n x files).
struct LibraryIndex {
    QMultiHash<QString, LibraryFileId> byFileName;
    QMultiHash<QString, LibraryFileId> byPath;
    QMultiHash<QString, LibraryFileId> byBaseName;
    QMultiHash<QString, LibraryFileId> byTagTitle;

    explicit LibraryIndex(const ProjectData& data) {
        for (const auto& [id, file] : data.libraryFiles) {
            byFileName.insert(key(file.fileName), id);
            byPath.insert(file.path, id);
            byBaseName.insert(key(fileNameWithoutExtension(file.fileName)), id);
            if (!file.title.trimmed().isEmpty())
                byTagTitle.insert(key(file.title), id);
        }
    }
};

void collect(const QMultiHash<QString, LibraryFileId>& index, const QString& k,
             std::set<LibraryFileId>& into) {
    if (k.isEmpty())
        return;
    for (auto it = index.constFind(k); it != index.cend() && it.key() == k; ++it)
        into.insert(it.value());
}

LibraryFileId named(const LibraryIndex& index, const ProjectData& data, const Cue& cue,
                    bool* ambiguous) {
    if (ambiguous)
        *ambiguous = false;
    const auto work = data.works.find(cue.workId);
    const QString title = work == data.works.end() ? QString() : key(work->second.title);
    const QString source = cue.sourceFile.trimmed();
    // The rules in order; the first that finds any file decides.
    for (int rule = 1; rule <= 3; ++rule) {
        std::set<LibraryFileId> found;
        if (rule == 1) {
            collect(index.byFileName, key(lastComponent(source)), found);
            collect(index.byPath, source, found);
        } else if (rule == 2) {
            collect(index.byBaseName, title, found);
            collect(index.byBaseName, key(fileNameWithoutExtension(source)), found);
        } else {
            collect(index.byTagTitle, title, found);
        }
        if (found.size() == 1)
            return *found.begin();
        if (found.size() > 1) {
            if (ambiguous)
                *ambiguous = true;
            return 0;
        }
    }
    return 0;
}

} // namespace

LibraryFileId libraryFileNamedBy(const ProjectData& data, const Cue& cue, bool* ambiguous) {
    return named(LibraryIndex(data), data, cue, ambiguous);
}

AutoLinkSummary linkMatchingCues(ProjectData& data, const std::vector<CueId>& cues) {
    AutoLinkSummary summary;
    if (data.libraryFiles.empty())
        return summary;
    const LibraryIndex index(data);
    for (CueId id : cues) {
        const auto it = data.cues.find(id);
        if (it == data.cues.end() || it->second.libraryFileId != 0)
            continue;
        bool ambiguous = false;
        // Matched on the cue as it is now: an earlier link may have retitled its work.
        const LibraryFileId file = named(index, data, it->second, &ambiguous);
        if (file != 0) {
            linkCueToLibraryFile(data, id, file);
            summary.linked.emplace_back(id, file);
        } else if (ambiguous) {
            summary.ambiguous.push_back(id);
        }
    }
    return summary;
}

ChangeSet withLibraryLinks(const ProjectData& data, const ChangeSet& change,
                           AutoLinkSummary* summary) {
    if (summary)
        *summary = {};
    if (data.libraryFiles.empty())
        return change;
    std::vector<CueId> added;
    for (const auto& c : change.cues)
        if (!c.before && c.after)
            added.push_back(c.id);
    ProjectData after = data;
    change.applyTo(after);
    AutoLinkSummary result = linkMatchingCues(after, added);
    if (summary)
        *summary = result;
    if (result.linked.empty())
        return change;
    return changeBetween(data, after, change.label);
}

} // namespace cuesheet
