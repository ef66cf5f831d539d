#include "cuesheet/ui/demo_content.h"

#include "cuesheet/model/share.h"

namespace cuesheet::demo {

namespace {

FrameRate filmRate() {
    return FrameRate(24000, 1001);
}

Party party(const QString& name, PartyRole role, const QString& society, const QString& ipi,
            std::int64_t sharePercent) {
    Party p;
    p.name = name;
    p.role = role;
    p.society = society;
    p.ipiNameNumber = ipi;
    p.share = Share::fromHundredths(sharePercent * 100);
    return p;
}

} // namespace

const std::vector<MusicUse>& musicUses() {
    // Frames at 23.976: 288 = 0:12, 432 = 0:18, 672 = 0:28, 1128 = 0:47, 1440 = 1:00.
    static const std::vector<MusicUse> uses{
        {"Chimes They Fade", "Chimes They Fade.ogg", 0.0, 0, 288},
        {"Radio Jingle", "raceintro-ks.ogg", 0.0, 432, 576},
        {"March Thee to Dis", "March Thee to Dis.ogg", 5.0, 672, 1104},
        {"Credits Ballad", "credits1-cp.ogg", 0.0, 1128, 1392},
        {"Chimes They Fade", "Chimes They Fade.ogg", 20.0, 1440, kFrameCount},
    };
    return uses;
}

const std::vector<Line>& dialogue() {
    static const std::vector<Line> lines{
        {"Where were you last night?", "en-us", 312},
        {"At the harbour. The lighthouse was dark again.", "en+m3", 360},
        {"Turn that radio off. I can't think.", "en-us", 590},
        {"Listen. Do you hear that? A band, on the pier.", "en+m3", 1105},
        {"It's over. Go home.", "en-us", 1400},
    };
    return lines;
}

const std::vector<Scene>& scenes() {
    static const std::vector<Scene> list{
        {"SC 1  MAIN TITLES", 0, 288},           {"SC 2  KITCHEN - NIGHT", 288, 648},
        {"SC 3  THE MARCH", 648, 1104},          {"SC 4  THE PIER", 1104, 1416},
        {"SC 5  END TITLES", 1416, kFrameCount},
    };
    return list;
}

ProjectHeader header() {
    ProjectHeader h;
    h.productionTitle = "The Lighthouse Keeper";
    h.episodeTitle = "Demo reel";
    h.episodeNumber = "1";
    h.productionCompany = "Cue Sheet Editor Demo Films";
    h.productionNumber = "DEMO-001";
    h.country = "GB";
    h.year = 2024;
    h.director = "A. N. Example";
    h.timecode = TimecodeFormat{filmRate(), false};
    h.startFrame = kStartTimecodeFrames;
    h.runningTime = Time::fromFrames(kFrameCount, filmRate());
    h.mediaPath = "demo-film.mp4";
    return h;
}

ProjectData content() {
    // Writers and publishers: the composers are the recordings' real authors; societies,
    // IPI numbers and publishers are invented for the demonstration (resources/README.md).
    ProjectData d;
    Work chimes{1,
                "Chimes They Fade",
                "T9000000011",
                {party("Max McCracken", PartyRole::Composer, "PRS", "00000000199", 100)},
                {party("Singularity Music Ltd", PartyRole::Publisher, "PRS", "00000000297", 100)}};
    Work jingle{2,
                "Radio Jingle",
                "",
                // Deliberately incomplete (50 %): the demo shows a validation finding.
                {party("Extreme Tux Racer Team", PartyRole::Composer, "", "", 50)},
                {}};
    Work march{3,
               "March Thee to Dis",
               "T9000000022",
               {party("Max McCracken", PartyRole::Composer, "PRS", "00000000199", 100)},
               {party("Singularity Music Ltd", PartyRole::Publisher, "PRS", "00000000297", 100)}};
    Work ballad{
        4,
        "Credits Ballad",
        "",
        {party("Kristian Picon", PartyRole::ComposerAuthor, "ASCAP", "00000000395", 100)},
        {party("Tux Racer Songs", PartyRole::Publisher, "BMI", "00000000493", 50),
         party("Harbour Lights Publishing", PartyRole::SubPublisher, "PRS", "00000000591", 50)}};
    for (const Work& w : {chimes, jingle, march, ballad})
        d.works[w.id] = w;

    const FrameRate rate = filmRate();
    auto cue = [&](CueId id, WorkId work, std::size_t use) {
        Cue c;
        c.id = id;
        c.workId = work;
        c.in = Time::fromFrames(musicUses()[use].inFrame, rate);
        c.out = Time::fromFrames(musicUses()[use].outFrame, rate);
        c.sourceFile = musicUses()[use].file;
        return c;
    };
    Cue mainTitle = cue(1, 1, 0);
    mainTitle.tags.kind = MusicKind::Score;
    mainTitle.tags.diegesis = Diegesis::NonDiegetic;
    mainTitle.tags.theme = ThemeRole::MainTitle;

    Cue radio = cue(2, 2, 1);
    radio.tags.kind = MusicKind::Song;
    radio.tags.diegesis = Diegesis::Diegetic;
    radio.tags.vocal = Vocal::Instrumental;
    radio.notes = "Off-screen kitchen radio: diegetic, but no performer is seen (background).";

    Cue parade = cue(3, 3, 2);
    parade.tags.kind = MusicKind::Score;
    parade.tags.diegesis = Diegesis::Unknown;
    parade.notes = "Is the march the parade outside, or score? Ask the director.";

    Cue band = cue(4, 4, 3);
    band.tags.kind = MusicKind::Song;
    band.tags.diegesis = Diegesis::Diegetic;
    band.tags.visual = true;
    band.isrc = "GBXYZ2400001";
    band.notes = "The band is seen playing on the pier.";

    Cue endTitle = cue(5, 1, 4);
    endTitle.tags.kind = MusicKind::Score;
    endTitle.tags.diegesis = Diegesis::NonDiegetic;
    endTitle.tags.theme = ThemeRole::EndTitle;

    for (const Cue& c : {mainTitle, radio, parade, band, endTitle})
        d.cues[c.id] = c;
    return d;
}

} // namespace cuesheet::demo
