#include "cuesheet/interchange/edl_parser.h"

#include "cuesheet/interchange/cue_merge.h"
#include "cuesheet/time/timecode.h"

#include <QRegularExpression>

#include <map>
#include <optional>

namespace cuesheet {

namespace {

// A note line this long may have been cut by an exporter that wraps at the 80 columns of a
// CMX3600 line; only then may the next unlabelled '*' line continue a clip name. Shorter
// name lines are followed by unrelated '*' lines in real lists (otio_25fps.edl repeats the
// name there; otio_timecode_mismatch.edl event 014 names another shot), which must not be
// glued onto the name.
constexpr int kWrappedNoteMinimumLength = 70;

// Past this many malformed lines the list is not an EDL; listing more helps nobody and costs
// memory on hostile input.
constexpr int kMaxListedErrors = 200;

const QString kExpectedLine = QStringLiteral(
    "expected an event line (event number, reel, channel, edit, four timecodes), a note "
    "starting with '*', TITLE:, FCM:, M2 or AUD");

bool isAllDigits(QStringView text) {
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (!c.isDigit() || c.unicode() > 0x7f)
            return false;
    return true;
}

bool looksLikeTimecode(QStringView text) {
    static const QRegularExpression shape(
        QStringLiteral("^\\d\\d[:;.,]\\d\\d[:;.,]\\d\\d[:;.,]\\d\\d$"));
    return shape.match(text).hasMatch();
}

QString valueAfter(const QString& body, qsizetype keywordLength) {
    return body.mid(keywordLength).trimmed();
}

// Whether `body` (a note without its '*') starts with `keyword`, ignoring case.
bool startsWithKeyword(const QString& body, QLatin1String keyword) {
    return body.startsWith(keyword, Qt::CaseInsensitive);
}

enum class NoteKind { FromClipName, ToClipName, SourceFile, Other };

struct ClassifiedNote {
    NoteKind kind = NoteKind::Other;
    QString value;
    bool known = false; // a keyword we recognise (LOC, PATCH, AUDIO LEVEL...)
};

ClassifiedNote classifyNote(const QString& body) {
    struct Keyword {
        QLatin1String text;
        NoteKind kind;
    };
    // Longest first where one keyword starts another ("FROM CLIP NAME" before "FROM CLIP").
    static const Keyword valued[] = {
        {QLatin1String("FROM CLIP NAME:"), NoteKind::FromClipName},
        {QLatin1String("TO CLIP NAME:"), NoteKind::ToClipName},
        {QLatin1String("SOURCE FILE:"), NoteKind::SourceFile},
        {QLatin1String("FROM FILE:"), NoteKind::SourceFile},
        {QLatin1String("FROM CLIP:"), NoteKind::SourceFile},
    };
    for (const auto& keyword : valued)
        if (startsWithKeyword(body, keyword.text)) {
            QString value = valueAfter(body, keyword.text.size());
            if (keyword.kind == NoteKind::SourceFile &&
                value.compare(QLatin1String("(NULL)"), Qt::CaseInsensitive) == 0)
                value.clear(); // Avid's "no file", e.g. for black (pycmx_TEST.edl event 040)
            return {keyword.kind, value, true};
        }
    static const QLatin1String otherKeywords[] = {
        QLatin1String("LOC:"),         QLatin1String("PATCH"),   QLatin1String("AUDIO LEVEL"),
        QLatin1String("EFFECTS NAME"), QLatin1String("BLEND"),   QLatin1String("ASC_"),
        QLatin1String("TIMEWARP"),     QLatin1String("AVX"),     QLatin1String("KEY CLIP NAME"),
        QLatin1String("FREEZE FRAME"), QLatin1String("SPLIT"),   QLatin1String("REEL"),
        QLatin1String("CLIP FILTER"),  QLatin1String("COMMENT"), QLatin1String("MOTION EFFECT"),
    };
    for (const auto& keyword : otherKeywords)
        if (startsWithKeyword(body, keyword))
            return {NoteKind::Other, body, true};
    // "A12 VOL = +3.0 DB PAN L100" (pycmx_TEST.edl event 027): a level note.
    static const QRegularExpression level(QStringLiteral("^A\\d+\\s+VOL\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (level.match(body).hasMatch())
        return {NoteKind::Other, body, true};
    return {NoteKind::Other, body, false};
}

// Lines some exporters write without the leading '*' (otio_gap_test.edl: "FROM CLIP NAME:").
bool isUnstarredNote(const QString& trimmed) {
    static const QLatin1String keywords[] = {
        QLatin1String("FROM CLIP NAME:"), QLatin1String("TO CLIP NAME:"),
        QLatin1String("SOURCE FILE:"),    QLatin1String("EFFECTS NAME IS"),
        QLatin1String("SPLIT:"),          QLatin1String("LOC:"),
        QLatin1String("AUDIO LEVEL"),     QLatin1String(">>>"),
    };
    for (const auto& keyword : keywords)
        if (trimmed.startsWith(keyword, Qt::CaseInsensitive))
            return true;
    return false;
}

// The white-space separated fields of a line (tabs occur in hand-edited lists).
QStringList splitFields(const QString& line) {
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return line.split(whitespace, Qt::SkipEmptyParts);
}

QString trackForAudioNumber(int n) {
    return QStringLiteral("A%1").arg(n);
}

void addTrack(QStringList* tracks, const QString& track) {
    if (!tracks->contains(track))
        tracks->append(track);
}

class EdlReader {
public:
    EdlReader(const ImportText& text, const EdlParseSettings& settings)
        : text_(text)
        , settings_(settings)
        , dropFrame_(settings.dropFrameWithoutFcm && settings.frameRate.supportsDropFrame()) {
        list_.encoding = text.encoding;
    }

    EdlList read() {
        if (settings_.dropFrameWithoutFcm && !settings_.frameRate.supportsDropFrame())
            warn(0, QStringLiteral("drop-frame was asked for lists without FCM, but %1 fps has "
                                   "no drop-frame counting; such lists are read as non-drop")
                        .arg(QString::fromStdString(settings_.frameRate.toFraction())));
        for (const TextLine& line : text_.lines)
            readLine(line);
        return std::move(list_);
    }

private:
    void finding(int line, FindingSeverity severity, const QString& message) {
        list_.findings.push_back({line, severity, message});
    }
    void warn(int line, const QString& message) {
        finding(line, FindingSeverity::Warning, message);
    }
    void malformed(int line, const QString& message) {
        ++errorCount_;
        if (errorCount_ <= kMaxListedErrors)
            finding(line, FindingSeverity::Error, message);
        else if (errorCount_ == kMaxListedErrors + 1)
            finding(line, FindingSeverity::Error,
                    QStringLiteral("more than %1 malformed lines; the rest are not listed")
                        .arg(kMaxListedErrors));
    }

    void readLine(const TextLine& line) {
        if (line.tooLong) {
            continuation_.reset();
            malformed(line.number, QStringLiteral("the line is longer than any EDL line can be; "
                                                  "skipped"));
            return;
        }
        const QString& raw = line.text;
        const QString trimmed = raw.trimmed();
        if (trimmed.isEmpty()) {
            continuation_.reset();
            return;
        }
        if (trimmed.startsWith(QLatin1String("TITLE:"), Qt::CaseInsensitive)) {
            continuation_.reset();
            if (list_.title.isEmpty())
                list_.title = trimmed.mid(6).trimmed();
            return;
        }
        if (trimmed.startsWith(QLatin1String("FCM:"), Qt::CaseInsensitive)) {
            continuation_.reset();
            readFcm(line.number, trimmed.mid(4).simplified().toUpper());
            return;
        }
        if (trimmed.front().isDigit()) {
            continuation_.reset();
            readEvent(line.number, trimmed);
            return;
        }
        const QStringList tokens = splitFields(trimmed);
        const QString first = tokens.front().toUpper();
        if (first == QLatin1String("M2")) {
            continuation_.reset();
            readMotion(line.number, trimmed);
            return;
        }
        if (first == QLatin1String("AUD")) {
            continuation_.reset();
            readAud(line.number, trimmed);
            return;
        }
        if (first == QLatin1String("REM"))
            return; // a remark, not about any event
        if (trimmed.front() == QLatin1Char('*')) {
            readNote(line.number, raw, trimmed.mid(1).trimmed());
            return;
        }
        if (isUnstarredNote(trimmed)) {
            readNote(line.number, raw, trimmed);
            return;
        }
        continuation_.reset();
        malformed(line.number, QStringLiteral("not an EDL line: ") + kExpectedLine);
    }

    void readFcm(int lineNumber, const QString& mode) {
        list_.sawFcm = true;
        if (mode == QLatin1String("NON-DROP FRAME") || mode == QLatin1String("NON DROP FRAME") ||
            mode == QLatin1String("NON-DROP") || mode == QLatin1String("NDF")) {
            dropFrame_ = false;
            return;
        }
        if (mode == QLatin1String("DROP FRAME") || mode == QLatin1String("DROP") ||
            mode == QLatin1String("DF")) {
            if (!settings_.frameRate.supportsDropFrame()) {
                malformed(lineNumber,
                          QStringLiteral("FCM: DROP FRAME, but drop-frame exists only at 29.97 "
                                         "and 59.94 fps and this list is read at %1 fps; choose "
                                         "the project's real frame rate. Read as non-drop")
                              .arg(QString::fromStdString(settings_.frameRate.toFraction())));
                dropFrame_ = false;
                return;
            }
            dropFrame_ = true;
            return;
        }
        malformed(lineNumber, QStringLiteral("unknown frame counting 'FCM: %1': expected "
                                             "'FCM: DROP FRAME' or 'FCM: NON-DROP FRAME'")
                                  .arg(mode));
    }

    // Reads one of the four timecodes of an event line in the counting in force. A list that
    // says NON-DROP but writes ';' (the drop-frame mark) is read as drop-frame where the rate
    // has it, with a warning: the separator is the more specific statement.
    std::optional<std::int64_t> readTimecode(int lineNumber, const QString& token, const char* what,
                                             bool* warnedSeparator) {
        TimecodeFormat format{settings_.frameRate, dropFrame_};
        auto parsed = parseTimecode(token.toStdString(), format);
        if (!parsed && !dropFrame_ && token.contains(QLatin1Char(';')) &&
            settings_.frameRate.supportsDropFrame()) {
            format.dropFrame = true;
            parsed = parseTimecode(token.toStdString(), format);
            if (parsed && !*warnedSeparator) {
                *warnedSeparator = true;
                warn(lineNumber, QStringLiteral("timecode '%1' is written drop-frame (';') under "
                                                "FCM: NON-DROP FRAME; read as drop-frame")
                                     .arg(token));
            }
        }
        if (!parsed) {
            malformed(lineNumber, QStringLiteral("%1: %2").arg(
                                      QLatin1String(what), QString::fromStdString(parsed.error())));
            return std::nullopt;
        }
        return *parsed;
    }

    void readEvent(int lineNumber, const QString& trimmed) {
        const QStringList t = splitFields(trimmed);
        const qsizetype n = t.size();
        if (!isAllDigits(t[0])) {
            malformed(lineNumber, QStringLiteral("event number '%1' is not a number: ").arg(t[0]) +
                                      kExpectedLine);
            return;
        }
        if (n < 8) {
            malformed(lineNumber,
                      QStringLiteral("an event line needs an event number, reel, channel, edit "
                                     "and four timecodes (source in/out, record in/out); found "
                                     "%1 fields")
                          .arg(n));
            return;
        }
        for (qsizetype k = n - 4; k < n; ++k)
            if (!looksLikeTimecode(t[k])) {
                malformed(lineNumber, QStringLiteral("'%1' is not a timecode: an event line ends "
                                                     "with four timecodes HH:MM:SS:FF (source "
                                                     "in/out, record in/out)")
                                          .arg(t[k]));
                return;
            }

        EdlEvent event;
        event.lineNumber = lineNumber;
        event.eventNumber = t[0];
        event.dropFrame = dropFrame_;

        // Right to left: [length] edit, channel, then the reel (which may hold spaces).
        qsizetype k = n - 5;
        QString lengthText;
        if (isAllDigits(t[k])) {
            lengthText = t[k];
            --k;
        }
        if (k < 1) {
            malformed(lineNumber, QStringLiteral("no edit field (C, D nnn, W nnn, K)"));
            return;
        }
        const QString code = t[k].toUpper();
        const QString before = k >= 1 ? t[k - 1].toUpper() : QString();
        static const QRegularExpression wipe(QStringLiteral("^W\\d{0,3}$"));
        if (code == QLatin1String("B") && before == QLatin1String("K")) {
            event.editType = EdlEditType::KeyBackground;
            --k;
        } else if (code == QLatin1String("O") && before == QLatin1String("K")) {
            event.editType = EdlEditType::Key;
            --k;
        } else if (code == QLatin1String("C")) {
            event.editType = EdlEditType::Cut;
        } else if (code == QLatin1String("D")) {
            event.editType = EdlEditType::Dissolve;
        } else if (wipe.match(code).hasMatch()) {
            event.editType = EdlEditType::Wipe;
        } else if (code == QLatin1String("K") || code == QLatin1String("KO")) {
            event.editType = EdlEditType::Key;
        } else if (code == QLatin1String("KB")) {
            event.editType = EdlEditType::KeyBackground;
        } else {
            malformed(lineNumber, QStringLiteral("unknown edit '%1': expected C (cut), D nnn "
                                                 "(dissolve), W nnn (wipe) or K (key)")
                                      .arg(t[k]));
            return;
        }
        if (event.isTransition() && lengthText.isEmpty()) {
            malformed(lineNumber,
                      QStringLiteral("a %1 needs its length in frames after the "
                                     "edit code, e.g. 'D 030'")
                          .arg(event.editType == EdlEditType::Dissolve ? QStringLiteral("dissolve")
                                                                       : QStringLiteral("wipe")));
            return;
        }
        if (lengthText.size() > 6) {
            malformed(
                lineNumber,
                QStringLiteral("transition length '%1' is not a frame count").arg(lengthText));
            return;
        }
        event.transitionFrames = lengthText.isEmpty() ? 0 : lengthText.toInt();

        if (k < 3) {
            malformed(lineNumber, QStringLiteral("an event line needs a reel and a channel "
                                                 "before the edit"));
            return;
        }
        event.channel = t[k - 1];
        event.reel = t.mid(1, k - 2).join(QLatin1Char(' '));
        if (!edlTracksForChannel(event.channel, &event.tracks)) {
            malformed(lineNumber, QStringLiteral("unknown channel '%1': expected V, A, A2..A99, "
                                                 "AA, B, AA/V or NONE")
                                      .arg(event.channel));
            return;
        }

        bool warnedSeparator = false;
        // One error per line: the first timecode that does not read.
        const char* const names[] = {"source in", "source out", "record in", "record out"};
        std::int64_t frames[4] = {};
        for (int f = 0; f < 4; ++f) {
            const auto frame = readTimecode(lineNumber, t[n - 4 + f], names[f], &warnedSeparator);
            if (!frame)
                return;
            frames[f] = *frame;
        }
        event.sourceIn = frames[0];
        event.sourceOut = frames[1];
        event.recordIn = frames[2];
        event.recordOut = frames[3];
        if (event.recordOut < event.recordIn) {
            malformed(lineNumber, QStringLiteral("record out %1 is before record in %2: a "
                                                 "negative duration")
                                      .arg(t[n - 1], t[n - 2]));
            return;
        }

        checkOrder(event);
        const bool joinsGroup =
            !list_.events.empty() && lastEventLine_ == previousContentLine_ &&
            list_.events.back().eventNumber.toLongLong() == event.eventNumber.toLongLong();
        if (!joinsGroup)
            groupStart_ = list_.events.size();
        list_.events.push_back(std::move(event));
        lastEventLine_ = lineNumber;
        previousContentLine_ = lineNumber;
    }

    // Events on one track normally run forward in record time. One that starts before its
    // predecessor there is still merged by time, but the user should know.
    void checkOrder(const EdlEvent& event) {
        for (const QString& track : event.tracks) {
            auto found = lastRecordIn_.find(track);
            if (found != lastRecordIn_.end() && event.recordIn < found->second)
                warn(event.lineNumber,
                     QStringLiteral("event %1 on %2 starts before the event above it there: the "
                                    "list is out of order (cues are merged by time anyway)")
                         .arg(event.eventNumber, track));
            lastRecordIn_[track] = event.recordIn;
        }
    }

    bool haveGroup() const { return groupStart_ < list_.events.size(); }

    std::vector<EdlEvent*> groupLines() {
        std::vector<EdlEvent*> lines;
        for (std::size_t i = groupStart_; i < list_.events.size(); ++i)
            lines.push_back(&list_.events[i]);
        return lines;
    }

    // A transition pair: the from side first, the transition (or key foreground) last.
    bool groupIsTransitionPair() {
        const auto lines = groupLines();
        if (lines.size() < 2)
            return false;
        const EdlEvent& last = *lines.back();
        return last.isTransition() || last.editType == EdlEditType::Key;
    }

    void readMotion(int lineNumber, const QString& trimmed) {
        const QStringList t = splitFields(trimmed);
        static const QRegularExpression speed(QStringLiteral("^[-+]?\\d+(\\.\\d+)?$"));
        if (t.size() < 3 || !looksLikeTimecode(t.back()) ||
            !speed.match(t[t.size() - 2]).hasMatch()) {
            malformed(lineNumber, QStringLiteral("an M2 line is 'M2 reel speed timecode', e.g. "
                                                 "'M2   AX   048.0   01:00:10:00'"));
            return;
        }
        if (!haveGroup()) {
            malformed(lineNumber, QStringLiteral("an M2 line before any event"));
            return;
        }
        const QString reel = t.mid(1, t.size() - 3).join(QLatin1Char(' '));
        auto lines = groupLines();
        EdlEvent* target = lines.back();
        for (EdlEvent* line : lines)
            if (!reel.isEmpty() && line->reel == reel)
                target = line;
        target->motionSpeed = t[t.size() - 2];
        previousContentLine_ = lineNumber;
    }

    void readAud(int lineNumber, const QString& trimmed) {
        const QStringList t = splitFields(trimmed);
        QStringList tracks;
        for (qsizetype i = 1; i < t.size(); ++i) {
            const int n = isAllDigits(t[i]) && t[i].size() <= 2 ? t[i].toInt() : 0;
            if (n < 1) {
                malformed(lineNumber, QStringLiteral("an AUD line names audio tracks by number, "
                                                     "e.g. 'AUD 3 4'; '%1' is not one")
                                          .arg(t[i]));
                return;
            }
            tracks.append(trackForAudioNumber(n));
        }
        if (tracks.isEmpty()) {
            malformed(lineNumber, QStringLiteral("an AUD line names audio tracks by number, e.g. "
                                                 "'AUD 3 4'"));
            return;
        }
        if (!haveGroup()) {
            malformed(lineNumber, QStringLiteral("an AUD line before any event"));
            return;
        }
        for (EdlEvent* line : groupLines()) {
            for (const QString& track : tracks)
                addTrack(&line->tracks, track);
            std::sort(line->tracks.begin(), line->tracks.end(), trackNameLess);
        }
        previousContentLine_ = lineNumber;
    }

    void readNote(int lineNumber, const QString& raw, const QString& body) {
        previousContentLine_ = lineNumber;
        if (!haveGroup())
            return; // notes above the first event describe the list, not a clip
        const ClassifiedNote note = classifyNote(body);
        auto lines = groupLines();
        const bool pair = groupIsTransitionPair();
        EdlEvent* first = lines.front();
        EdlEvent* last = lines.back();

        if (!note.known && continuation_ && continueName(body))
            return;
        continuation_.reset();

        switch (note.kind) {
        case NoteKind::FromClipName:
            if (pair) {
                setName(first, &first->clipName, note.value, raw);
            } else if (lines.size() == 1 && first->isTransition()) {
                setName(first, &first->transitionFromClipName, note.value, raw);
            } else {
                for (EdlEvent* line : lines)
                    if (line->clipName.isEmpty())
                        setName(line, &line->clipName, note.value, raw);
            }
            return;
        case NoteKind::ToClipName:
            if (pair || (lines.size() == 1 && last->isTransition())) {
                setName(last, &last->clipName, note.value, raw);
                return;
            }
            last->notes.append(body); // a cut's TO CLIP NAME names nothing it plays
            return;
        case NoteKind::SourceFile:
            if (pair) {
                if (first->sourceFile.isEmpty())
                    first->sourceFile = note.value;
            } else {
                for (EdlEvent* line : lines)
                    if (line->sourceFile.isEmpty())
                        line->sourceFile = note.value;
            }
            return;
        case NoteKind::Other:
            last->notes.append(body);
            return;
        }
    }

    // Remembers a clip name and whether its line looks wrapped, for a following '*' line.
    void setName(EdlEvent* event, QString* field, const QString& value, const QString& raw) {
        *field = value;
        Continuation c;
        c.eventIndex = static_cast<std::size_t>(event - list_.events.data());
        c.isTransitionFromName = field == &event->transitionFromClipName;
        c.wrapped = raw.size() >= kWrappedNoteMinimumLength;
        c.separator = raw.size() > 0 && raw.back().isSpace() ? QStringLiteral(" ") : QString();
        continuation_ = c;
    }

    bool continueName(const QString& body) {
        if (!continuation_->wrapped)
            return false;
        EdlEvent& event = list_.events[continuation_->eventIndex];
        QString* field =
            continuation_->isTransitionFromName ? &event.transitionFromClipName : &event.clipName;
        if (body.compare(*field, Qt::CaseInsensitive) == 0)
            return false; // a repeat of the name, as some exporters write
        *field += continuation_->separator + body;
        continuation_.reset(); // a name wraps onto one more line at most
        return true;
    }

    struct Continuation {
        std::size_t eventIndex = 0;
        bool isTransitionFromName = false;
        bool wrapped = false;
        QString separator;
    };

    const ImportText& text_;
    EdlParseSettings settings_;
    EdlList list_;
    bool dropFrame_ = false;
    int errorCount_ = 0;
    std::size_t groupStart_ = static_cast<std::size_t>(-1);
    int lastEventLine_ = -1;
    int previousContentLine_ = -2;
    std::map<QString, std::int64_t> lastRecordIn_;
    std::optional<Continuation> continuation_;
};

} // namespace

bool edlTracksForChannel(const QString& channel, QStringList* tracks) {
    tracks->clear();
    const QString upper = channel.toUpper();
    if (upper == QLatin1String("NONE"))
        return true;
    static const QRegularExpression audio(QStringLiteral("^A(\\d{1,2})$"));
    static const QRegularExpression video(QStringLiteral("^V(\\d{1,2})?$"));
    for (const QString& part : upper.split(QLatin1Char('/'))) {
        if (part == QLatin1String("A")) {
            addTrack(tracks, trackForAudioNumber(1));
        } else if (part == QLatin1String("AA")) {
            addTrack(tracks, trackForAudioNumber(1));
            addTrack(tracks, trackForAudioNumber(2));
        } else if (part == QLatin1String("B")) {
            addTrack(tracks, QStringLiteral("V"));
            addTrack(tracks, trackForAudioNumber(1));
        } else if (const auto m = audio.match(part); m.hasMatch() && m.captured(1).toInt() >= 1) {
            addTrack(tracks, trackForAudioNumber(m.captured(1).toInt()));
        } else if (const auto v = video.match(part); v.hasMatch()) {
            const int number = v.captured(1).isEmpty() ? 1 : v.captured(1).toInt();
            addTrack(tracks, number <= 1 ? QStringLiteral("V") : QStringLiteral("V%1").arg(number));
        } else {
            tracks->clear();
            return false;
        }
    }
    std::sort(tracks->begin(), tracks->end(), trackNameLess);
    return true;
}

EdlList parseEdl(const ImportText& text, const EdlParseSettings& settings) {
    return EdlReader(text, settings).read();
}

} // namespace cuesheet
