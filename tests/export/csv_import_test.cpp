// CSV import: the RFC 4180 reader, the generic profile read back (round trip), mapped
// spreadsheets, and hostile input.
#include "rich_project.h"

#include "cuesheet/interchange/csv_cell_values.h"
#include "cuesheet/interchange/csv_export.h"
#include "cuesheet/interchange/csv_import.h"
#include "cuesheet/interchange/csv_reader.h"
#include "cuesheet/model/header_fields.h"
#include "cuesheet/model/sequence.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace cuesheet;

namespace {

std::vector<CsvRecord> readAll(const QString& text, QString* error = nullptr) {
    CsvReader reader(text);
    std::vector<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.push_back(record);
    if (error)
        *error = reader.error();
    return records;
}

ProjectHeader header25(std::int64_t startFrame = 0) {
    ProjectHeader h;
    h.timecode = {FrameRate(25, 1), false};
    h.startFrame = startFrame;
    return h;
}

CsvImportOptions mapped(const QString& spec, CsvTimes times = CsvTimes::Timecode) {
    CsvImportOptions options;
    const auto mapping = parseCsvColumnMapping(spec);
    REQUIRE(mapping.ok());
    options.mapping = mapping.value();
    options.times = times;
    return options;
}

// The project `change` leads to from `data`.
ProjectData applied(ProjectData data, const ChangeSet& change) {
    REQUIRE(change.startsFrom(data));
    change.applyTo(data);
    return data;
}

const Work& workOf(const ProjectData& d, const Cue& c) {
    REQUIRE(d.works.count(c.workId) == 1);
    return d.works.at(c.workId);
}

} // namespace

TEST_CASE("csv reader: RFC 4180 fields, quotes, line ends") {
    QString error;
    auto records = readAll("a,b,c\r\n"
                           "\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                           ",,\n"
                           "last,\"cr\r\nlf\",end",
                           &error);
    CHECK(error.isEmpty());
    REQUIRE(records.size() == 4);
    CHECK(records[0].fields == QStringList{"a", "b", "c"});
    CHECK(records[0].lineNumber == 1);
    CHECK(records[1].fields == QStringList{"x, y", "say \"hi\"", "two\nlines"});
    CHECK(records[1].lineNumber == 2);
    CHECK(records[2].fields == QStringList{"", "", ""});
    CHECK(records[2].isBlank());
    CHECK(records[2].lineNumber == 4); // the quoted newline counted a line
    CHECK(records[3].fields == QStringList{"last", "cr\r\nlf", "end"});
    CHECK(records[3].lineNumber == 5);

    // A line end at the very end starts no record; a trailing comma is one more empty field.
    records = readAll("a,b,\n");
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == QStringList{"a", "b", ""});
    records = readAll("a\rb\r");
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == QStringList{"b"});
    CHECK(records[1].lineNumber == 2);
    // A quote inside an unquoted field is kept as written.
    records = readAll("5'10\",x");
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == QStringList{"5'10\"", "x"});
    CHECK(readAll("").empty());
}

TEST_CASE("csv reader: malformed input names the line") {
    QString error;
    readAll("a,b\nc,\"never closed\nd,e\nf\n", &error);
    CHECK(error.startsWith("line 2: a quoted field starts here and is never closed"));
    readAll("a\n\"closed\"junk,b\n", &error);
    CHECK(error.startsWith("line 2: text after the closing quote of field 1"));
    readAll(QString(2000, ','), &error);
    CHECK(error == "line 1: the row has more than 1024 fields");
}

TEST_CASE("csv text: BOM, encodings and binary data") {
    auto text = decodeCsvText("\xEF\xBB\xBFTitle,In\r\n");
    REQUIRE(text.ok());
    CHECK(text.value().text == "Title,In\r\n");
    CHECK(text.value().encoding == "UTF-8");
    text = decodeCsvText("Zo\xEB,x\n"); // Latin-1
    REQUIRE(text.ok());
    CHECK(text.value().text == QString::fromUtf8("Zoë,x\n"));
    CHECK(text.value().encoding == "ISO-8859-1");
    text = decodeCsvText(QByteArray("\xFF\xFE", 2) + QByteArray("a\0,\0b\0", 6));
    REQUIRE(text.ok());
    CHECK(text.value().text == "a,b");
    CHECK(!decodeCsvText(QByteArray("a,b\0c", 5)).ok());
    CHECK(!decodeCsvText("\xEF\xBB\xBF\xFF\xFE bad").ok());
}

TEST_CASE("cell values: parties and seconds") {
    QString error;
    auto parties = partiesFromCell("Jane Roe (PRS) 50%; John Doe 25.5 %;Pat; Al:A:BMI:123:24.5",
                                   PartySide::Writer, &error);
    REQUIRE(parties);
    REQUIRE(parties->size() == 4);
    CHECK((*parties)[0] ==
          Party{"Jane Roe", PartyRole::Composer, "PRS", "", Share::fromHundredths(5000)});
    CHECK((*parties)[1] ==
          Party{"John Doe", PartyRole::Composer, "", "", Share::fromHundredths(2550)});
    CHECK((*parties)[2] == Party{"Pat", PartyRole::Composer, "", "", Share()});
    CHECK((*parties)[3] ==
          Party{"Al", PartyRole::Author, "BMI", "123", Share::fromHundredths(2450)});
    parties = partiesFromCell("Roe Music (prs) 100%", PartySide::Publisher, &error);
    REQUIRE(parties);
    CHECK((*parties)[0].role == PartyRole::Publisher);
    CHECK((*parties)[0].society == "PRS");
    CHECK(partiesFromCell("", PartySide::Writer, &error)->empty());
    CHECK_FALSE(partiesFromCell("X:E::: 100", PartySide::Writer, &error));
    CHECK(error.contains("publisher role"));
    CHECK_FALSE(partiesFromCell("Y (PRS) 120%", PartySide::Writer, &error));

    CHECK(secondsFromCell("95", &error) == Time::fromWholeSeconds(95));
    CHECK(secondsFromCell(" 1:35 ", &error) == Time::fromWholeSeconds(95));
    CHECK(secondsFromCell("1:01:35.25", &error) ==
          Time::fromWholeSeconds(3695) + Time::fromTicks(Time::kTicksPerSecond / 4));
    // The fraction is exact digits: 0.333333333 s is 235 199 999.76 ticks, rounded to the
    // nearest; 1 ns is 0.7056 ticks, rounded to 1.
    CHECK(secondsFromCell("0.333333333", &error) == Time::fromTicks(235200000));
    CHECK(secondsFromCell("0.000000001", &error) == Time::fromTicks(1));
    CHECK_FALSE(secondsFromCell("1:75", &error));
    CHECK_FALSE(secondsFromCell("-3", &error));
    CHECK_FALSE(secondsFromCell("12,5", &error));
    CHECK(error.contains("'12,5'"));
}

TEST_CASE("column mapping spec") {
    auto m = parseCsvColumnMapping("title=Song Title, in = Start TC ,out=End TC,writers=Composer");
    REQUIRE(m.ok());
    CHECK(m.value().columnOf("title") == "Song Title");
    CHECK(m.value().columnOf("in") == "Start TC");
    CHECK(m.value().columnOf("writers") == "Composer");
    CHECK(m.value().columnOf("notes").isEmpty());
    CHECK(parseCsvColumnMapping("title=T,in=I,duration=D").ok());
    CHECK_THAT(parseCsvColumnMapping("title=T,in=I").error(),
               Catch::Contains("'out' or 'duration'"));
    CHECK_THAT(parseCsvColumnMapping("title=T,in=I,out=O,colour=C").error(),
               Catch::Contains("unknown field 'colour'"));
    CHECK_THAT(parseCsvColumnMapping("title=T,title=U,in=I,out=O").error(),
               Catch::Contains("mapped twice"));
    CHECK_THAT(parseCsvColumnMapping("title=T,in=,out=O").error(),
               Catch::Contains("empty column header"));
    CHECK_THAT(parseCsvColumnMapping("title=T,,in=I,out=O").error(), Catch::Contains("empty item"));
    CHECK_THAT(parseCsvColumnMapping("in=I,out=O").error(), Catch::Contains("'title'"));
}

TEST_CASE("round trip: generic export, then import into a new project, gives the same cues") {
    const ProjectData original = richProject();
    CsvExportOptions exportOptions; // generic
    exportOptions.durations = {DurationFormat::Timecode, Rounding::Nearest};
    const QByteArray csv = exportCsv(original, exportOptions);

    CsvImportOptions options;
    options.applyHeader = true;
    options.strictness = ImportStrictness::Strict;
    const ProjectData fresh; // a new project: 23.976, start 00:00:00:00
    const CsvImport import = importCsv(csv, "sheet.csv", fresh.header, options);
    INFO(import.error.toStdString());
    REQUIRE(import.accepted);
    for (const auto& f : import.findings)
        CHECK(f.severity == FindingSeverity::Info);
    REQUIRE(import.rows.size() == 4);
    const ProjectData result =
        applied(fresh, csvImportChangeSet(fresh, import, "Import 4 cues from sheet.csv"));

    // The header block's fields came along.
    for (const QString key :
         {"title", "episode-title", "episode-number", "company", "production-number", "country",
          "year", "director", "release-date", "rate", "drop-frame", "start", "running-time"}) {
        INFO(key.toStdString());
        CHECK(headerFieldText(result.header, key) == headerFieldText(original.header, key));
    }
    CHECK(result.header.runningTime == original.header.runningTime);

    // Cue by cue in sequence order, every field; works by title, with their parties.
    const auto before = cuesInSequence(original);
    const auto after = cuesInSequence(result);
    REQUIRE(after.size() == before.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        INFO("cue " << i + 1);
        Cue expected = original.cues.at(before[i]);
        Cue actual = result.cues.at(after[i]);
        const Work& expectedWork = workOf(original, expected);
        const Work& actualWork = workOf(result, actual);
        CHECK(actualWork.title == expectedWork.title);
        CHECK(actualWork.iswc == expectedWork.iswc);
        CHECK(actualWork.writers == expectedWork.writers);
        CHECK(actualWork.publishers == expectedWork.publishers);
        CHECK(actual.in == expected.in);
        CHECK(actual.out == expected.out);
        CHECK(actual.tags == expected.tags);
        CHECK(actual.notes == expected.notes);
        // Ids may differ; everything else is equal.
        expected.id = actual.id = 0;
        expected.workId = actual.workId = 0;
        CHECK(actual == expected);
    }
    // Two uses of "Main Theme" share one work; three works in all.
    CHECK(result.works.size() == 3);
    CHECK(result.cues.at(after[0]).workId == result.cues.at(after[2]).workId);

    // And the re-export is byte for byte the first one, but for the cue ids.
    CHECK(exportCsv(result, exportOptions) == QByteArray(csv).replace(",7\r\n", ",4\r\n"));
}

TEST_CASE("generic import without the header option keeps the project's header and places "
          "the sheet's timecodes at the same programme time") {
    const ProjectData original = richProject();
    const QByteArray csv = exportCsv(original, {});
    ProjectData target;
    target.header = header25(10 * 3600 * 25); // 25 fps from 10:00:00:00
    target.header.productionTitle = "Mine";
    const CsvImport import = importCsv(csv, "sheet.csv", target.header, {});
    REQUIRE(import.accepted);
    CHECK(import.header == target.header);
    REQUIRE(import.findings.size() == 1);
    CHECK(import.findings[0].severity == FindingSeverity::Info);
    CHECK(import.findings[0].message.contains("30000/1001 drop-frame from 01:00:00;00"));
    const ProjectData result = applied(target, csvImportChangeSet(target, import, "x"));
    CHECK(result.header.productionTitle == "Mine");
    const auto sequence = cuesInSequence(result);
    REQUIRE(sequence.size() == 4);
    CHECK(result.cues.at(sequence[0]).in == Time());
    // 01:10:00;00 in 29.97 DF is 10 minutes of real frames: 17982 frames * 1001/30000 s.
    CHECK(result.cues.at(sequence[1]).in ==
          Time::fromRational(17982 * 1001, 1, 30000, Rounding::Nearest));
}

TEST_CASE("import joins existing works, sets parties on the work, finds free lanes") {
    ProjectData data;
    data.header = header25();
    Work existing{5, "Opening", "", {}, {}};
    data.works = {{5, existing}};
    Cue old;
    old.id = 9;
    old.workId = 5;
    old.in = Time::fromWholeSeconds(0);
    old.out = Time::fromWholeSeconds(60);
    data.cues = {{9, old}};

    const QByteArray sheet = "Cue sheet for my film\n"
                             "\n"
                             "Song Title,Start,End,Composer,Label\n"
                             "opening ,00:00:30:00,00:01:10:00,Jane Roe (PRS) 100%,\n"
                             "Closing,00:02:00:00,00:02:10:00,,Label X\n"
                             "Closing,00:03:00:00,00:03:10:00,\"Pat (BMI) 100%\",\n";
    const CsvImport import = importCsv(sheet, "mine.csv", data.header,
                                       mapped("title=Song Title,in=Start,out=End,writers=Composer,"
                                              "label=Label"));
    REQUIRE(import.accepted);
    REQUIRE(import.rows.size() == 3);
    const ChangeSet change = csvImportChangeSet(data, import, "Import");
    const ProjectData result = applied(data, change);
    REQUIRE(result.cues.size() == 4);
    REQUIRE(result.works.size() == 2);
    // "opening " names the existing work "Opening": its writers are set there.
    const Work& opening = result.works.at(5);
    CHECK(opening.title == "Opening");
    REQUIRE(opening.writers.size() == 1);
    CHECK(opening.writers[0].name == "Jane Roe");
    CHECK(opening.writers[0].share == Share::whole());
    // The imported use overlaps cue 9 on lane 0, so it goes on lane 1.
    const Cue& imported = result.cues.at(10);
    CHECK(imported.workId == 5);
    CHECK(imported.lane == 1);
    CHECK(imported.in == Time::fromWholeSeconds(30));
    CHECK(result.cues.at(11).libraryLabel == "Label X");
    CHECK(result.cues.at(11).lane == 0);
    // Two uses of "Closing": one new work; the only writers given apply to both.
    CHECK(result.cues.at(11).workId == result.cues.at(12).workId);
    CHECK(result.works.at(result.cues.at(11).workId).writers.size() == 1);
}

TEST_CASE("mapped spreadsheet: seconds, durations, skipped rows, conflicting parties") {
    const ProjectHeader h = header25(3600 * 25); // start 01:00:00:00
    const QByteArray sheet = "\xEF\xBB\xBF"
                             "Cue,Title,Start (s),Length,Writers,Notes\r\n"
                             "1M1,Rain,12.5,1:30,\"Roe, Jane (PRS) 50%; Doe (ASCAP) 50%\",\"wet, "
                             "\"\"very\"\"\"\r\n"
                             ",,,,,\r\n"
                             "1M2,,100,10,,a spacer row\r\n"
                             "1M3,rain,200,0:10.04,Other (GEMA) 100%,\r\n"
                             "Total,,,,,\r\n";
    const CsvImport import =
        importCsv(sheet, "s.csv", h,
                  mapped("title=Title,in=Start (s),duration=Length,writers=Writers,notes=Notes",
                         CsvTimes::Seconds));
    INFO(import.error.toStdString());
    REQUIRE(import.accepted);
    REQUIRE(import.rows.size() == 2);
    const CsvCueRow& rain = import.rows[0];
    CHECK(rain.lineNumber == 2);
    // 12.5 s is frame 312.5 at 25 fps: the nearest frame, halves going later, is 313.
    CHECK(rain.cue.in == Time::fromFrames(313, FrameRate(25, 1)));
    CHECK(rain.cue.out == rain.cue.in + Time::fromWholeSeconds(90));
    CHECK(rain.cue.notes == "wet, \"very\"");
    REQUIRE(rain.writers);
    CHECK(rain.writers->size() == 2);
    CHECK((*rain.writers)[0].name == "Roe, Jane"); // a comma inside a quoted cell
    const CsvCueRow& again = import.rows[1];
    CHECK(again.cue.in == Time::fromWholeSeconds(200));
    CHECK(again.cue.duration() == Time::fromRational(1004, 1, 100, Rounding::Nearest));
    // Its different writers are reported and not applied (the first row's are kept).
    CHECK_FALSE(again.writers);
    int warnings = 0;
    for (const auto& f : import.findings) {
        if (f.severity != FindingSeverity::Warning)
            continue;
        ++warnings;
        const bool known = (f.lineNumber == 4 && f.message.contains("title is empty")) ||
                           (f.lineNumber == 6 && f.message.contains("title is empty")) ||
                           (f.lineNumber == 5 && f.message.contains("differ from line 2"));
        CHECK(known);
    }
    CHECK(warnings == 3);
}

TEST_CASE("mapped spreadsheet: timecodes in the project's format, strict and lenient") {
    const ProjectHeader h = header25(3600 * 25);
    const QByteArray sheet = "Title,TC In,TC Out,Kind\n"
                             "One,01:00:01:00,01:00:02:00,song\n"
                             "Two,01:00:03:00,01:00:0X:00,score\n"
                             "Three,01:00:05:00,01:00:04:00,score\n"
                             "Four,01:00:06:00,01:00:07:00,jazz\n"
                             "Five,00:59:59:00,01:00:09:00,score\n";
    const auto spec = "title=Title,in=TC In,out=TC Out,kind=Kind";
    const CsvImport lenient = importCsv(sheet, "tc.csv", h, mapped(spec));
    REQUIRE(lenient.accepted);
    REQUIRE(lenient.rows.size() == 2);
    CHECK(lenient.rows[0].title == "One");
    CHECK(lenient.rows[0].cue.in == Time::fromWholeSeconds(1));
    CHECK(lenient.rows[0].cue.tags.kind == MusicKind::Song);
    CHECK(lenient.rows[1].cue.in == -Time::fromWholeSeconds(1));
    std::vector<int> errorLines;
    for (const auto& f : lenient.findings)
        if (f.severity == FindingSeverity::Error)
            errorLines.push_back(f.lineNumber);
    CHECK(errorLines == std::vector<int>{3, 4, 5});
    CHECK(describeFinding("tc.csv", lenient.findings[0]).startsWith("tc.csv line 3: 'Two': out:"));
    bool warnedBeforeStart = false;
    for (const auto& f : lenient.findings)
        warnedBeforeStart |= f.lineNumber == 6 && f.severity == FindingSeverity::Warning &&
                             f.message.contains("before the programme start");
    CHECK(warnedBeforeStart);

    CsvImportOptions strict = mapped(spec);
    strict.strictness = ImportStrictness::Strict;
    const CsvImport refused = importCsv(sheet, "tc.csv", h, strict);
    CHECK_FALSE(refused.accepted);
    CHECK(refused.rows.empty());
    CHECK(refused.error.startsWith("tc.csv line 3: 'Two': out:"));
    CHECK(csvImportChangeSet(ProjectData{h, {}, {}}, refused, "x").isEmpty());
}

TEST_CASE("hostile input: a clear refusal, nothing to add") {
    const ProjectHeader h = header25();
    auto refusal = [&](const QByteArray& bytes, const CsvImportOptions& options = {}) {
        const CsvImport import = importCsv(bytes, "bad.csv", h, options);
        CHECK_FALSE(import.accepted);
        CHECK(import.rows.empty());
        CHECK(import.error.startsWith("bad.csv"));
        CHECK(csvImportChangeSet(ProjectData{h, {}, {}}, import, "x").isEmpty());
        return import.error;
    };
    QByteArray garbage(64 * 1024, '\0');
    auto* random = QRandomGenerator::global();
    for (auto& byte : garbage)
        byte = static_cast<char>(random->bounded(256));
    garbage[0] = 'G'; // not a byte-order mark by chance
    garbage[100] = '\0';
    CHECK(refusal(garbage).contains("binary"));
    CHECK(refusal(QByteArray(4096, '\x01')).contains("control characters"));

    CHECK(refusal("Title,In,Out\nA,00:00:01:00,\"00:00:02:00\n")
              .contains("line 2: a quoted field starts here and is never closed"));
    CHECK(refusal("Name,Start,End\nA,1,2\n")
              .contains("no row holds the columns 'Title', 'In' "
                        "and 'Out'"));
    CHECK(refusal("Name,Start,End\nA,1,2\n", mapped("title=Title,in=Start,out=End"))
              .contains("'Title', 'Start', 'End'"));
    CHECK(refusal("").contains("the file has no rows"));
    CHECK(refusal("Title,In,Out\nA,00:00:01:00,nonsense\nB,1,2\n")
              .contains("no row could be read (2 with errors); the first: bad.csv line 2"));
    // The us profile has Title, In and Out but cannot be read back whole.
    CsvExportOptions us;
    us.profile = CsvProfile::Us;
    CHECK(refusal(exportCsv(richProject(), us)).contains("us or cisac profile"));
    // A 10 MB line: a field too long; 10 MB of commas: too many fields.
    CHECK(refusal(QByteArray(10 * 1024 * 1024, 'x'))
              .contains("line 1: a field is longer than 1048576 characters"));
    CHECK(refusal(QByteArray(10 * 1024 * 1024, ',')).contains("more than 1024 fields"));
    CHECK(refusal(QByteArray(33 * 1024 * 1024, 'a')).contains("larger than"));
    // Bad header block values are errors: strict refuses.
    CsvImportOptions strict;
    strict.strictness = ImportStrictness::Strict;
    strict.applyHeader = true;
    CHECK(
        refusal("Field,Value\nFrame Rate,23.9\n\nTitle,In,Out\nA,00:00:01:00,00:00:02:00\n", strict)
            .contains("bad.csv line 2: header block: field 'rate'"));
}

TEST_CASE("an empty generic sheet imports nothing and is accepted") {
    ProjectData empty;
    empty.header = header25();
    const CsvImport import = importCsv(exportCsv(empty, {}), "empty.csv", empty.header, {});
    REQUIRE(import.accepted);
    CHECK(import.rows.empty());
    CHECK(csvImportChangeSet(empty, import, "x").isEmpty());
}

TEST_CASE("rows out of time order import whole and are numbered by their in times") {
    const ProjectHeader h = header25();
    const QByteArray sheet = "Title,In,Out\n"
                             "Late,00:00:30:00,00:00:40:00\n"
                             "Early,00:00:01:00,00:00:05:00\n"
                             "Middle,00:00:10:00,00:00:20:00\n";
    const CsvImport import = importCsv(sheet, "shuffled.csv", h, {});
    INFO(import.error.toStdString());
    REQUIRE(import.accepted);
    REQUIRE(import.rows.size() == 3);
    CHECK(import.rows[0].lineNumber == 2);
    const ProjectData empty{h, {}, {}};
    const ProjectData result = applied(empty, csvImportChangeSet(empty, import, "Import"));
    const auto order = cuesInSequence(result);
    REQUIRE(order.size() == 3);
    const char* const titles[3] = {"Early", "Middle", "Late"};
    const int inSeconds[3] = {1, 10, 30};
    for (std::size_t i = 0; i < 3; ++i) {
        INFO("sequence number " << i + 1);
        const Cue& cue = result.cues.at(order[i]);
        CHECK(workOf(result, cue).title == QString::fromUtf8(titles[i]));
        CHECK(cue.in == Time::fromWholeSeconds(inSeconds[i]));
    }
}
