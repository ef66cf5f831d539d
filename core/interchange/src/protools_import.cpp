#include "cuesheet/interchange/protools_import.h"

#include "cuesheet/interchange/clip_title.h"
#include "cuesheet/interchange/import_start.h"

#include <algorithm>
#include <map>

namespace cuesheet {

namespace {

bool isChosen(const ProToolsTrack& track, const QStringList& wanted) {
    if (wanted.isEmpty())
        return true;
    for (const QString& name : wanted)
        if (name.trimmed().compare(track.name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Adds a fade's range to a clip's use when the two touch or overlap: the fade is part of the
// clip being heard.
void extendByFade(ClipUse* use, const ProToolsClip& fade, Time programmeStart) {
    const TimeRange fadeRange = TimeRange::fromStartAndDuration(
        fade.sessionRange.start() - programmeStart, fade.sessionRange.duration());
    if (!use->programmeRange.isWithin(fadeRange, Time()))
        return;
    use->programmeRange = use->programmeRange.unitedWith(fadeRange);
    use->sourceLines.push_back(fade.lineNumber);
}

// The uses of one channel of one track, fades folded into their clips.
void addChannelUses(const ProToolsTrack& track, const std::vector<const ProToolsClip*>& clips,
                    const QHash<QString, QString>& clipFiles, Time programmeStart,
                    std::vector<ClipUse>* uses, std::vector<ImportFinding>* findings) {
    std::vector<std::ptrdiff_t> useOf(clips.size(), -1); // index into `channelUses`
    std::vector<ClipUse> channelUses;
    for (std::size_t k = 0; k < clips.size(); ++k) {
        const ProToolsClip& clip = *clips[k];
        if (clip.isFade())
            continue;
        if (clip.muted) {
            findings->push_back({clip.lineNumber, FindingSeverity::Info,
                                 QStringLiteral("clip '%1' on track '%2' is muted: not imported")
                                     .arg(clip.clipName, track.name)});
            continue;
        }
        ClipUse use;
        use.title = clipTitleFromProToolsName(clip.clipName);
        use.clipName = clip.clipName;
        use.sourceFile = clipFiles.value(clip.clipName);
        use.tracks = {track.name};
        use.programmeRange = TimeRange::fromStartAndDuration(
            clip.sessionRange.start() - programmeStart, clip.sessionRange.duration());
        use.sourceLines = {clip.lineNumber};
        useOf[k] = static_cast<std::ptrdiff_t>(channelUses.size());
        channelUses.push_back(std::move(use));
    }
    for (std::size_t k = 0; k < clips.size(); ++k) {
        const ProToolsClip& fade = *clips[k];
        if (!fade.isFade())
            continue;
        const QString kind = fade.clipName.trimmed().toLower();
        const bool extendsNext = kind != QLatin1String("(fade out)");
        const bool extendsPrevious = kind != QLatin1String("(fade in)");
        if (extendsPrevious && k > 0 && useOf[k - 1] >= 0)
            extendByFade(&channelUses[static_cast<std::size_t>(useOf[k - 1])], fade,
                         programmeStart);
        if (extendsNext && k + 1 < clips.size() && useOf[k + 1] >= 0)
            extendByFade(&channelUses[static_cast<std::size_t>(useOf[k + 1])], fade,
                         programmeStart);
    }
    for (auto& use : channelUses)
        uses->push_back(std::move(use));
}

} // namespace

std::vector<ClipUse> protoolsClipUses(const ProToolsSession& session, const ImportOptions& options,
                                      std::vector<ImportFinding>* findings) {
    const Time programmeStart = options.programmeStart();
    if (session.timecodeFormat.rate != options.frameRate)
        findings->push_back(
            {session.timecodeFormatLine, FindingSeverity::Warning,
             QStringLiteral("the session runs at %1 fps but the project at %2 fps: cue times are "
                            "exact, but their frame labels will differ from Pro Tools'")
                 .arg(QString::fromStdString(session.timecodeFormat.rate.toFraction()),
                      QString::fromStdString(options.frameRate.toFraction()))});

    std::vector<ClipUse> uses;
    for (const ProToolsTrack& track : session.tracks) {
        if (!isChosen(track, options.tracks))
            continue;
        if (track.isMuted() || track.isInactive()) {
            findings->push_back(
                {track.lineNumber, FindingSeverity::Info,
                 QStringLiteral("track '%1' is %2: its clips are not heard and not imported")
                     .arg(track.name, track.isInactive() ? QStringLiteral("inactive")
                                                         : QStringLiteral("muted"))});
            continue;
        }
        std::map<int, std::vector<const ProToolsClip*>> byChannel;
        for (const ProToolsClip& clip : track.clips)
            byChannel[clip.channel].push_back(&clip);
        for (const auto& [channel, clips] : byChannel)
            addChannelUses(track, clips, session.clipFiles, programmeStart, &uses, findings);
    }
    return uses;
}

ProToolsImport importProToolsText(const QByteArray& bytes, const QString& fileName,
                                  const ImportOptions& options) {
    ProToolsImport import;
    const auto text = importTextOf(bytes, fileName, options, &import.result);
    if (!text)
        return import;
    auto session = parseProToolsText(*text);
    if (!session) {
        import.result = refusedImport(fileName, fileName + QStringLiteral(": ") +
                                                    QString::fromStdString(session.error()));
        return import;
    }
    import.session = *session;
    std::vector<ImportFinding> findings = session.value().findings;
    if (auto refusal = strictRefusal(fileName, findings, options)) {
        import.result = std::move(*refusal);
        return import;
    }
    if (session.value().tracks.empty()) {
        import.result = refusedImport(fileName,
                                      fileName + QStringLiteral(": the session text has no track "
                                                                "listing; export it with the track "
                                                                "list (\"Include Track EDLs\") on"),
                                      findings);
        return import;
    }

    std::vector<ClipUse> uses = protoolsClipUses(session.value(), options, &findings);
    if (uses.empty())
        findings.push_back(
            {0, FindingSeverity::Warning, QStringLiteral("no unmuted clip on the chosen tracks")});
    std::stable_sort(
        findings.begin(), findings.end(),
        [](const ImportFinding& a, const ImportFinding& b) { return a.lineNumber < b.lineNumber; });
    import.result.fileName = fileName;
    import.result.accepted = true;
    import.result.cues = mergeClipUses(std::move(uses), options.mergeGap);
    import.result.findings = std::move(findings);
    return import;
}

ProToolsImport importProToolsTextFile(const QString& path, const ImportOptions& options) {
    const auto bytes = readImportFile(path);
    if (!bytes) {
        ProToolsImport import;
        import.result = refusedImport(path, QString::fromStdString(bytes.error()));
        return import;
    }
    return importProToolsText(*bytes, path, options);
}

} // namespace cuesheet
