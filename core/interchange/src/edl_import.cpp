#include "cuesheet/interchange/edl_import.h"

#include "cuesheet/interchange/clip_title.h"
#include "cuesheet/interchange/import_start.h"
#include "cuesheet/time/timecode.h"

#include <algorithm>
#include <map>

namespace cuesheet {

namespace {

bool isBlackReel(const QString& reel) {
    const QString upper = reel.toUpper();
    return upper == QLatin1String("BL") || upper == QLatin1String("BLK") ||
           upper == QLatin1String("BLACK");
}

// The chosen tracks: as named (with "A" meaning "A1", case ignored), or every audio track.
QStringList chosenTracks(const EdlEvent& event, const QStringList& wanted) {
    QStringList chosen;
    for (const QString& track : event.tracks) {
        if (wanted.isEmpty()) {
            if (track.startsWith(QLatin1Char('A')))
                chosen.append(track);
            continue;
        }
        for (const QString& name : wanted) {
            // "A" means A1 and "V1" means V, as in the channel field.
            QString normalized = name.trimmed();
            if (normalized.compare(QLatin1String("A"), Qt::CaseInsensitive) == 0)
                normalized = QStringLiteral("A1");
            else if (normalized.compare(QLatin1String("V1"), Qt::CaseInsensitive) == 0)
                normalized = QStringLiteral("V");
            if (normalized.compare(track, Qt::CaseInsensitive) == 0) {
                chosen.append(track);
                break;
            }
        }
    }
    return chosen;
}

// The event after `index` is the transition its zero-length line leads into.
bool isFromSideOfTransition(const std::vector<EdlEvent>& events, std::size_t index) {
    if (index + 1 >= events.size())
        return false;
    const EdlEvent& next = events[index + 1];
    return next.isTransition() && !events[index].isTransition() &&
           next.eventNumber.toLongLong() == events[index].eventNumber.toLongLong();
}

void sortFindings(std::vector<ImportFinding>* findings) {
    std::stable_sort(
        findings->begin(), findings->end(),
        [](const ImportFinding& a, const ImportFinding& b) { return a.lineNumber < b.lineNumber; });
}

} // namespace

std::vector<ClipUse> edlClipUses(const EdlList& list, const ImportOptions& options,
                                 std::vector<ImportFinding>* findings) {
    const FrameRate rate = options.frameRate;
    const Time programmeStart = options.programmeStart();
    auto toProgramme = [&](std::int64_t recordFrame) {
        return Time::fromFrames(recordFrame, rate) - programmeStart;
    };

    std::vector<ClipUse> uses;
    std::map<QString, std::size_t> lastUseOnTrack;
    const auto& events = list.events;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const EdlEvent& event = events[i];
        const QStringList tracks = chosenTracks(event, options.tracks);
        if (tracks.isEmpty())
            continue;

        std::int64_t endFrame = event.recordOut;
        if (isFromSideOfTransition(events, i)) {
            // The outgoing clip is heard until the transition ends.
            const EdlEvent& transition = events[i + 1];
            endFrame =
                std::max(endFrame, std::min(transition.recordIn + transition.transitionFrames,
                                            transition.recordOut));
        } else if (event.isTransition() && !(i > 0 && isFromSideOfTransition(events, i - 1))) {
            // A transition on one line: its from side is whatever played on the track up to it.
            const Time transitionStart = toProgramme(event.recordIn);
            const Time transitionEnd =
                toProgramme(std::min(event.recordIn + event.transitionFrames, event.recordOut));
            for (const QString& track : tracks) {
                auto found = lastUseOnTrack.find(track);
                if (found == lastUseOnTrack.end())
                    continue;
                ClipUse& previous = uses[found->second];
                if (previous.programmeRange.endExclusive() == transitionStart)
                    previous.programmeRange = TimeRange::fromStartAndEndExclusive(
                        previous.programmeRange.start(), transitionEnd);
            }
        }

        // Black (and silence) has the reserved reel BL, whatever the clip is called
        // (Premiere names it "BL" too: pycmx_test_25.edl event 007).
        if (isBlackReel(event.reel))
            continue;
        QString title;
        if (!event.clipName.isEmpty())
            title = clipTitleFromName(event.clipName);
        else if (!event.sourceFile.isEmpty())
            title = clipTitleFromName(event.sourceFile);
        else
            title = event.reel;

        const TimeRange range =
            TimeRange::fromStartAndEndExclusive(toProgramme(event.recordIn), toProgramme(endFrame));
        if (range.isEmpty())
            continue;
        if (range.start() < Time()) {
            const TimecodeFormat format{rate, event.dropFrame};
            findings->push_back(
                {event.lineNumber, FindingSeverity::Warning,
                 QStringLiteral("event %1 starts at %2, before the programme start %3")
                     .arg(event.eventNumber,
                          QString::fromStdString(formatTimecode(event.recordIn, format)),
                          QString::fromStdString(
                              formatTimecode(options.programmeStartFrame, format)))});
        }

        ClipUse use;
        use.title = title;
        use.clipName = event.clipName;
        use.sourceFile = event.sourceFile;
        use.reel = event.reel;
        use.tracks = tracks;
        use.programmeRange = range;
        use.sourceLines = {event.lineNumber};
        uses.push_back(std::move(use));
        for (const QString& track : tracks)
            lastUseOnTrack[track] = uses.size() - 1;
    }
    return uses;
}

EdlImport importEdl(const QByteArray& bytes, const QString& fileName,
                    const ImportOptions& options) {
    EdlImport import;
    const auto text = importTextOf(bytes, fileName, options, &import.result);
    if (!text)
        return import;
    import.list = parseEdl(*text, {options.frameRate, options.dropFrameWithoutFcm});
    std::vector<ImportFinding> findings = import.list.findings;

    if (auto refusal = strictRefusal(fileName, findings, options)) {
        import.result = std::move(*refusal);
        return import;
    }
    if (import.list.events.empty()) {
        import.result = refusedImport(
            fileName,
            fileName + QStringLiteral(": no event lines found (lines like '001  REEL  A  C  "
                                      "01:00:00:00 01:00:10:00 01:00:00:00 01:00:10:00'); is "
                                      "this a CMX3600 EDL?"),
            findings);
        return import;
    }

    std::vector<ClipUse> uses = edlClipUses(import.list, options, &findings);
    if (uses.empty()) {
        QStringList present;
        for (const auto& event : import.list.events)
            for (const auto& track : event.tracks)
                if (!present.contains(track))
                    present.append(track);
        std::sort(present.begin(), present.end(), trackNameLess);
        findings.push_back(
            {0, FindingSeverity::Warning,
             QStringLiteral("no clip on the chosen tracks (%1); the list has %2")
                 .arg(options.tracks.isEmpty() ? QStringLiteral("every audio track")
                                               : options.tracks.join(QStringLiteral(", ")),
                      present.isEmpty() ? QStringLiteral("no tracks")
                                        : present.join(QStringLiteral(", ")))});
    }
    sortFindings(&findings);

    import.result.fileName = fileName;
    import.result.accepted = true;
    import.result.cues = mergeClipUses(std::move(uses), options.mergeGap);
    import.result.findings = std::move(findings);
    return import;
}

EdlImport importEdlFile(const QString& path, const ImportOptions& options) {
    const auto bytes = readImportFile(path);
    if (!bytes) {
        EdlImport import;
        import.result = refusedImport(path, QString::fromStdString(bytes.error()));
        return import;
    }
    return importEdl(*bytes, path, options);
}

} // namespace cuesheet
