#include "rich_project.h"

#include <catch2/catch.hpp>

using namespace cuesheet;

Time at(const ProjectData& data, const QString& label) {
    const auto frame = parseTimecode(label.toStdString(), data.header.timecode);
    REQUIRE(frame.ok());
    return Time::fromFrames(frame.value() - data.header.startFrame, data.header.timecode.rate);
}

ProjectData richProject() {
    ProjectData d;
    ProjectHeader& h = d.header;
    h.productionTitle = "The Long Film, Part \"One\"";
    h.episodeTitle = "Pilot: Arrival";
    h.episodeNumber = "104";
    h.productionCompany = "Acme Pictures Ltd.";
    h.productionNumber = "PN-77";
    h.country = "GB";
    h.year = 2024;
    h.director = "Ada Director";
    h.firstReleaseDate = "2025-03-01";
    h.timecode = {FrameRate(30000, 1001), true};
    h.startFrame = parseTimecode("01:00:00;00", h.timecode).value();
    h.runningTime =
        Time::fromFrames(parseTimecode("01:30:00;00", h.timecode).value(), h.timecode.rate);

    Work theme;
    theme.id = 1;
    theme.title = "Main Theme";
    theme.iswc = "T0345246801";
    theme.writers = {
        {"Jane Roe", PartyRole::Composer, "PRS", "00052210040", Share::fromHundredths(3333)},
        {"O'Brien: The Elder", PartyRole::ComposerAuthor, "IMRO", "", Share::fromHundredths(3333)},
        {"Zoë Ångström", PartyRole::Arranger, "STIM", "", Share::fromHundredths(3334)}};
    theme.publishers = {
        {"Roe Music", PartyRole::Publisher, "PRS", "00014107338", Share::fromHundredths(5000)},
        {"Sub Pub GmbH", PartyRole::SubPublisher, "GEMA", "", Share::fromHundredths(2500)},
        {"Admin Co", PartyRole::Administrator, "ASCAP", "", Share::fromHundredths(2500)}};
    Work song;
    song.id = 2;
    song.title = "Song, \"with\" comma";
    song.writers = {{"Smith, John", PartyRole::Author, "BMI", "", Share::whole()}};
    Work sting;
    sting.id = 3;
    sting.title = "Library Sting";
    d.works = {{1, theme}, {2, song}, {3, sting}};

    Cue a;
    a.id = 1;
    a.workId = 1;
    a.in = at(d, "01:00:00;00");
    a.out = at(d, "01:01:00;02"); // the first label of a minute that drops 00 and 01
    a.tags.theme = ThemeRole::MainTitle;
    a.sourceFile = "/media/music/main theme.wav";

    Cue b;
    b.id = 2;
    b.workId = 2;
    b.in = at(d, "01:10:00;00");
    b.out = at(d, "01:12:30;15");
    b.tags.kind = MusicKind::Song;
    b.tags.diegesis = Diegesis::Diegetic;
    b.tags.visual = true;
    b.tags.vocal = Vocal::Instrumental; // set against the kind's default
    b.tags.origin = Origin::Commercial;
    b.isrc = "USRC17607839";
    b.sourceFile = "/media/music/song, final.wav";
    b.notes = "line one\nline two, \"quoted\"\r\nthird; and: more";

    Cue c;
    c.id = 3;
    c.workId = 1;
    c.lane = 1;
    c.in = at(d, "01:11:00;02");
    c.out = at(d, "01:11:59;29");
    c.tags.diegesis = Diegesis::NonDiegetic;
    c.tags.theme = ThemeRole::EndTitle;
    c.usageOverride = "EE";

    Cue e;
    e.id = 7; // ids need not be dense
    e.workId = 3;
    e.lane = 2;
    e.in = at(d, "01:20:00;00");
    e.out = at(d, "01:20:05;10");
    e.tags.kind = MusicKind::Song;
    e.tags.vocal = Vocal::Vocal;
    e.tags.theme = ThemeRole::Logo;
    e.tags.origin = Origin::Library;
    e.libraryLabel = "KPM";
    e.libraryCatalogue = "KPM 1234";
    e.libraryTrack = "7";
    e.notes = "  leading spaces kept";

    d.cues = {{1, a}, {2, b}, {3, c}, {7, e}};
    return d;
}
