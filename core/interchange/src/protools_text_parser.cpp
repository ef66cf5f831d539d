#include "cuesheet/interchange/protools_text_parser.h"

#include <QRegularExpression>

#include <optional>

namespace cuesheet {

namespace {

constexpr int kMaxListedErrors = 200;

bool isAllDigits(QStringView text) {
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// Section banners are written with spaces between the letters: "T R A C K  L I S T I N G".
bool isBanner(const QString& trimmed, QLatin1String words) {
    return trimmed.compare(words, Qt::CaseInsensitive) == 0;
}
bool isAnyBanner(const QString& trimmed) {
    static const QRegularExpression banner(
        QStringLiteral("^([A-Z#-] )+[A-Z#-]( +[A-Z#-]( [A-Z#-])*)*$"));
    return banner.match(trimmed).hasMatch();
}

// "23.976 Frame", "29.97 Drop Frame", "25 Frame" (the Pro Tools names; see ptulsconv's
// grammar: 60, 59.94, 30, 29.97, 25, 24, 23.976, each optionally "Drop").
ParseResult<TimecodeFormat> parseTimecodeFormatName(const QString& value) {
    using Result = ParseResult<TimecodeFormat>;
    static const QRegularExpression shape(
        QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s+(Drop\\s+)?Frame$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = shape.match(value.simplified());
    if (!match.hasMatch())
        return Result::failure("TIMECODE FORMAT '" + value.toStdString() +
                               "': expected a rate and 'Frame' or 'Drop Frame', e.g. '23.976 "
                               "Frame' or '29.97 Drop Frame'");
    const auto rate = FrameRate::parse(match.captured(1).toStdString());
    if (!rate)
        return Result::failure("TIMECODE FORMAT '" + value.toStdString() + "': " + rate.error());
    TimecodeFormat format{*rate, !match.captured(2).isEmpty()};
    if (!format.isValid())
        return Result::failure("TIMECODE FORMAT '" + value.toStdString() +
                               "': drop-frame is read only at 29.97 and 59.94");
    return Result::success(format);
}

enum class TimeShape { Timecode, Samples, MinSecs, BarsBeats, FeetFrames, Unknown };

TimeShape shapeOf(const QString& value) {
    static const QRegularExpression timecode(
        QStringLiteral("^\\d{1,2}[:;]\\d\\d[:;.]\\d\\d[:;.,]\\d\\d(\\.\\d{1,2})?$"));
    static const QRegularExpression minSecs(QStringLiteral("^\\d+(:\\d\\d){1,2}(\\.\\d+)?$"));
    static const QRegularExpression feet(QStringLiteral("^\\d+\\+\\d+(\\.\\d+)?$"));
    if (timecode.match(value).hasMatch())
        return TimeShape::Timecode;
    if (isAllDigits(value))
        return TimeShape::Samples;
    if (value.contains(QLatin1Char('|')))
        return TimeShape::BarsBeats;
    if (feet.match(value).hasMatch())
        return TimeShape::FeetFrames;
    if (minSecs.match(value).hasMatch())
        return TimeShape::MinSecs;
    return TimeShape::Unknown;
}

class ProToolsReader {
public:
    explicit ProToolsReader(const ImportText& text)
        : text_(text) {}

    ParseResult<ProToolsSession> read() {
        using Result = ParseResult<ProToolsSession>;
        session_.encoding = text_.encoding;
        std::size_t i = 0;
        // The header: "KEY:<tab>VALUE" lines up to the first section banner.
        bool sawSessionName = false;
        int sessionStartLine = 0;
        QString sessionStartText;
        QString sampleRateText;
        int sampleRateLine = 0;
        for (; i < text_.lines.size(); ++i) {
            const TextLine& line = text_.lines[i];
            if (line.tooLong)
                return Result::failure("line " + std::to_string(line.number) +
                                       ": longer than any session text line can be");
            const QString trimmed = line.text.trimmed();
            if (trimmed.isEmpty())
                continue;
            if (isAnyBanner(trimmed))
                break;
            const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
            if (colon < 0) {
                if (!sawSessionName)
                    break;
                continue;
            }
            const QString key = trimmed.left(colon).trimmed().toUpper();
            const QString value = trimmed.mid(colon + 1).trimmed();
            if (key == QLatin1String("SESSION NAME")) {
                sawSessionName = true;
                session_.sessionName = value;
            } else if (key == QLatin1String("SAMPLE RATE")) {
                sampleRateText = value;
                sampleRateLine = line.number;
            } else if (key == QLatin1String("BIT DEPTH")) {
                session_.bitDepth = value;
            } else if (key == QLatin1String("SESSION START TIMECODE")) {
                sessionStartText = value;
                sessionStartLine = line.number;
            } else if (key == QLatin1String("TIMECODE FORMAT")) {
                const auto format = parseTimecodeFormatName(value);
                if (!format)
                    return Result::failure("line " + std::to_string(line.number) + ": " +
                                           format.error());
                session_.timecodeFormat = *format;
                session_.timecodeFormatLine = line.number;
            } else if (!sawSessionName) {
                break;
            }
        }
        if (!sawSessionName)
            return Result::failure("not a Pro Tools session text: it does not start with a "
                                   "'SESSION NAME:' header (File > Export > Session Info as Text)");
        if (session_.timecodeFormatLine == 0)
            return Result::failure("the header has no 'TIMECODE FORMAT:' line; the times cannot "
                                   "be read without it");
        if (sessionStartLine == 0)
            return Result::failure("the header has no 'SESSION START TIMECODE:' line");
        const auto start = parseTimecodeValue(sessionStartText);
        if (!start)
            return Result::failure("line " + std::to_string(sessionStartLine) +
                                   ": SESSION START TIMECODE: " + start.error());
        session_.sessionStartFrame = start.value().frame;
        if (!sampleRateText.isEmpty()) {
            static const QRegularExpression rate(QStringLiteral("^(\\d+)(\\.0*)?$"));
            const auto match = rate.match(sampleRateText);
            if (!match.hasMatch() || match.captured(1).size() > 7 ||
                match.captured(1).toLongLong() <= 0)
                return Result::failure("line " + std::to_string(sampleRateLine) +
                                       ": SAMPLE RATE '" + sampleRateText.toStdString() +
                                       "': expected a whole number of samples per second, e.g. "
                                       "48000.000000");
            session_.sampleRate = match.captured(1).toLongLong();
        }

        // Up to the track listing only the clip lists matter: they name each clip's file
        // ("Audio 3 Clip1.L<tab>Audio 3 Clip1.wav<tab>[1]"). Files and plug-ins are skipped.
        bool inClipList = false;
        for (; i < text_.lines.size(); ++i) {
            const TextLine& line = text_.lines[i];
            const QString trimmed = line.text.trimmed();
            if (isBanner(trimmed, QLatin1String("T R A C K  L I S T I N G")))
                break;
            if (isAnyBanner(trimmed)) {
                inClipList = trimmed.endsWith(QLatin1String("C L I P S  I N  S E S S I O N")) ||
                             trimmed.endsWith(QLatin1String("R E G I O N S  I N  S E S S I O N"));
                continue;
            }
            if (!inClipList || line.tooLong)
                continue;
            const QStringList fields = line.text.split(QLatin1Char('\t'));
            if (fields.size() < 2)
                continue;
            const QString clip = fields[0].trimmed();
            const QString file = fields[1].trimmed();
            const QString upperClip = clip.toUpper();
            if (clip.isEmpty() || file.isEmpty() || upperClip == QLatin1String("CLIP NAME") ||
                upperClip == QLatin1String("REGION NAME"))
                continue; // the column header
            session_.clipFiles.insert(clip, file);
        }
        for (++i; i < text_.lines.size(); ++i) {
            const TextLine& line = text_.lines[i];
            if (line.tooLong) {
                malformed(line.number, QStringLiteral("the line is longer than any session text "
                                                      "line can be; skipped"));
                continue;
            }
            const QString trimmed = line.text.trimmed();
            if (!inComments_ && isAnyBanner(trimmed))
                break; // markers and anything after them
            if (auto failure = readTrackLine(line))
                return Result::failure(*failure);
        }
        return Result::success(std::move(session_));
    }

private:
    struct TimecodeValue {
        std::int64_t frame = 0;
        int subframes = 0; // hundredths of a frame, when "Show Subframes" was on
    };

    ParseResult<TimecodeValue> parseTimecodeValue(const QString& text) const {
        using Result = ParseResult<TimecodeValue>;
        QString tc = text.trimmed();
        TimecodeValue value;
        static const QRegularExpression subframes(QStringLiteral("^(.*\\d\\d)\\.(\\d{1,2})$"));
        if (const auto m = subframes.match(tc);
            m.hasMatch() && tc.count(QLatin1Char(':')) + tc.count(QLatin1Char(';')) == 3) {
            tc = m.captured(1);
            value.subframes = m.captured(2).toInt() * (m.captured(2).size() == 1 ? 10 : 1);
        }
        const auto frame = parseTimecode(tc.toStdString(), session_.timecodeFormat);
        if (!frame)
            return Result::failure(frame.error());
        value.frame = *frame;
        return Result::success(value);
    }

    void malformed(int lineNumber, const QString& message) {
        ++errorCount_;
        if (errorCount_ <= kMaxListedErrors)
            session_.findings.push_back({lineNumber, FindingSeverity::Error, message});
        else if (errorCount_ == kMaxListedErrors + 1)
            session_.findings.push_back(
                {lineNumber, FindingSeverity::Error,
                 QStringLiteral("more than %1 malformed lines; the rest are not listed")
                     .arg(kMaxListedErrors)});
    }

    // One line of the track listing. Returns a refusal for the whole file (times in a format
    // not read), nothing otherwise.
    std::optional<std::string> readTrackLine(const TextLine& line) {
        const QString& raw = line.text;
        const QString trimmed = raw.trimmed();
        if (trimmed.isEmpty()) {
            inComments_ = false;
            return std::nullopt;
        }
        const QString upper = trimmed.toUpper();
        if (upper.startsWith(QLatin1String("TRACK NAME:"))) {
            ProToolsTrack track;
            track.lineNumber = line.number;
            track.name = trimmed.mid(11).trimmed();
            session_.tracks.push_back(std::move(track));
            columns_.reset();
            inComments_ = false;
            return std::nullopt;
        }
        if (session_.tracks.empty()) {
            malformed(line.number, QStringLiteral("a line before the first 'TRACK NAME:' of the "
                                                  "track listing"));
            return std::nullopt;
        }
        ProToolsTrack& track = session_.tracks.back();
        if (upper.startsWith(QLatin1String("COMMENTS:"))) {
            track.comments = trimmed.mid(9).trimmed();
            inComments_ = true; // comments may hold line breaks, up to USER DELAY
            return std::nullopt;
        }
        if (upper.startsWith(QLatin1String("USER DELAY:")) ||
            upper.startsWith(QLatin1String("PLUG-INS:"))) {
            inComments_ = false;
            return std::nullopt;
        }
        if (upper.startsWith(QLatin1String("STATE:"))) {
            inComments_ = false;
            track.state = trimmed.mid(6).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            return std::nullopt;
        }
        if (upper.startsWith(QLatin1String("CHANNEL")) && raw.contains(QLatin1Char('\t'))) {
            inComments_ = false;
            readColumnHeader(line);
            return std::nullopt;
        }
        if (inComments_) {
            track.comments += QLatin1Char('\n') + trimmed;
            return std::nullopt;
        }
        return readClipRow(line, &track);
    }

    void readColumnHeader(const TextLine& line) {
        Columns columns;
        const QStringList names = line.text.split(QLatin1Char('\t'));
        for (qsizetype k = 0; k < names.size(); ++k) {
            const QString name = names[k].trimmed().toUpper();
            if (name == QLatin1String("CHANNEL"))
                columns.channel = k;
            else if (name == QLatin1String("EVENT"))
                columns.event = k;
            else if (name == QLatin1String("CLIP NAME") || name == QLatin1String("REGION NAME"))
                columns.name = k;
            else if (name == QLatin1String("START TIME"))
                columns.start = k;
            else if (name == QLatin1String("END TIME"))
                columns.end = k;
            else if (name == QLatin1String("STATE"))
                columns.state = k;
        }
        columns.count = names.size();
        if (columns.channel < 0 || columns.event < 0 || columns.name < 0 || columns.start < 0 ||
            columns.end < 0) {
            malformed(line.number, QStringLiteral("the clip table header needs CHANNEL, EVENT, "
                                                  "CLIP NAME (or REGION NAME), START TIME and "
                                                  "END TIME"));
            columns_.reset();
            return;
        }
        columns_ = columns;
    }

    std::optional<std::string> readClipRow(const TextLine& line, ProToolsTrack* track) {
        if (!columns_) {
            malformed(line.number, QStringLiteral("a clip row without a column header above it "
                                                  "(CHANNEL, EVENT, CLIP NAME, ...)"));
            return std::nullopt;
        }
        const Columns& c = *columns_;
        const QStringList fields = line.text.split(QLatin1Char('\t'));
        if (fields.size() < c.count) {
            malformed(line.number, QStringLiteral("a clip row needs %1 tab-separated fields "
                                                  "(CHANNEL, EVENT, CLIP NAME, START TIME, END "
                                                  "TIME, ...); found %2")
                                       .arg(c.count)
                                       .arg(fields.size()));
            return std::nullopt;
        }
        ProToolsClip clip;
        clip.lineNumber = line.number;
        const QString channel = fields[c.channel].trimmed();
        const QString event = fields[c.event].trimmed();
        if (!isAllDigits(channel) || channel.size() > 4 || !isAllDigits(event) ||
            event.size() > 9) {
            malformed(
                line.number,
                QStringLiteral("CHANNEL '%1' and EVENT '%2' must be numbers").arg(channel, event));
            return std::nullopt;
        }
        clip.channel = channel.toInt();
        clip.event = event.toInt();
        clip.clipName = fields[c.name].trimmed();
        if (c.state >= 0) {
            const QString state = fields[c.state].trimmed();
            if (state.compare(QLatin1String("Muted"), Qt::CaseInsensitive) == 0)
                clip.muted = true;
            else if (state.compare(QLatin1String("Unmuted"), Qt::CaseInsensitive) != 0) {
                malformed(line.number,
                          QStringLiteral("clip STATE '%1': expected Muted or Unmuted").arg(state));
                return std::nullopt;
            }
        }

        const QString startText = fields[c.start].trimmed();
        const QString endText = fields[c.end].trimmed();
        if (!timeFormatKnown_) {
            // The first row tells how the whole export writes times.
            const TimeShape shape = shapeOf(startText);
            switch (shape) {
            case TimeShape::Timecode:
                session_.timeFormat = ProToolsTimeFormat::Timecode;
                break;
            case TimeShape::Samples:
                if (session_.sampleRate <= 0)
                    return "line " + std::to_string(line.number) +
                           ": times are in samples but the header has no SAMPLE RATE";
                session_.timeFormat = ProToolsTimeFormat::Samples;
                break;
            case TimeShape::MinSecs:
            case TimeShape::BarsBeats:
            case TimeShape::FeetFrames: {
                const char* name = shape == TimeShape::MinSecs     ? "minutes and seconds"
                                   : shape == TimeShape::BarsBeats ? "bars and beats"
                                                                   : "feet and frames";
                return "line " + std::to_string(line.number) + ": times like '" +
                       startText.toStdString() + "' are in " + name +
                       ", which cannot place a cue exactly; export the session text again with "
                       "Time Format 'Timecode' or 'Samples'";
            }
            case TimeShape::Unknown:
                malformed(line.number, QStringLiteral("START TIME '%1' is neither timecode nor "
                                                      "samples")
                                           .arg(startText));
                return std::nullopt;
            }
            timeFormatKnown_ = true;
        }
        const auto start = readTime(line.number, startText, "START TIME");
        const auto end = readTime(line.number, endText, "END TIME");
        if (!start || !end)
            return std::nullopt;
        if (*end < *start) {
            malformed(line.number, QStringLiteral("END TIME %1 is before START TIME %2: a "
                                                  "negative duration")
                                       .arg(endText, startText));
            return std::nullopt;
        }
        clip.sessionRange = TimeRange::fromStartAndEndExclusive(*start, *end);
        track->clips.push_back(std::move(clip));
        return std::nullopt;
    }

    std::optional<Time> readTime(int lineNumber, const QString& text, const char* what) {
        if (session_.timeFormat == ProToolsTimeFormat::Samples) {
            if (!isAllDigits(text) || text.size() > 15) {
                malformed(lineNumber, QStringLiteral("%1 '%2': expected a sample count like the "
                                                     "other rows")
                                          .arg(QLatin1String(what), text));
                return std::nullopt;
            }
            // Sample positions count from the session start (sample 0 = SESSION START
            // TIMECODE), as Pro Tools' samples ruler does.
            return session_.sessionStart() +
                   Time::fromRational(text.toLongLong(), 1, session_.sampleRate, Rounding::Nearest);
        }
        const auto value = parseTimecodeValue(text);
        if (!value) {
            malformed(lineNumber, QStringLiteral("%1: %2").arg(
                                      QLatin1String(what), QString::fromStdString(value.error())));
            return std::nullopt;
        }
        const FrameRate rate = session_.timecodeFormat.rate;
        const Time frameStart = Time::fromFrames(value.value().frame, rate);
        // Subframes are hundredths of a frame: exact in ticks at every rate we read.
        const Time subframe = Time::fromRational(value.value().subframes * rate.denominator(), 1,
                                                 100 * rate.numerator(), Rounding::Nearest);
        return frameStart + subframe;
    }

    struct Columns {
        qsizetype channel = -1, event = -1, name = -1, start = -1, end = -1, state = -1;
        qsizetype count = 0;
    };

    const ImportText& text_;
    ProToolsSession session_;
    std::optional<Columns> columns_;
    bool inComments_ = false;
    bool timeFormatKnown_ = false;
    int errorCount_ = 0;
};

} // namespace

bool ProToolsClip::isFade() const {
    const QString name = clipName.trimmed().toLower();
    return name == QLatin1String("(fade in)") || name == QLatin1String("(fade out)") ||
           name == QLatin1String("(cross fade)");
}

bool ProToolsTrack::isMuted() const {
    return state.contains(QStringLiteral("Muted"), Qt::CaseInsensitive);
}

bool ProToolsTrack::isInactive() const {
    return state.contains(QStringLiteral("Inactive"), Qt::CaseInsensitive);
}

ParseResult<ProToolsSession> parseProToolsText(const ImportText& text) {
    return ProToolsReader(text).read();
}

} // namespace cuesheet
