#include "crash_edits.h"

#include <array>
#include <cstdint>

namespace cuesheet::crashtest {

namespace {

constexpr std::uint64_t kSeed = 0x5eed'c0de'2026'1122;
const FrameRate kRate(24000, 1001);

// splitmix64: small, fully specified, the same on every platform.
class EditRandom {
public:
    explicit EditRandom(std::uint64_t seed)
        : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::uint64_t state_;
};

const std::array<QString, 10> kTitles{"Main Title",   "Night Train",   "Tunnel Song", "Rain",
                                      "Station",      "Chase",         "End Credits", "Logo Sting",
                                      "Waltz: Op. 2", "Caf\u00e9 Noir"};

Time frames(std::int64_t count) {
    return Time::fromFrames(count, kRate);
}

QString text(EditRandom& r, int maxLength) {
    QString s;
    const int length = r.below(maxLength + 1);
    for (int i = 0; i < length; ++i)
        s.append(QChar(static_cast<char16_t>(u'a' + r.below(26))));
    return s;
}

PartyList writers(EditRandom& r) {
    // Shares that total exactly 100 %: the last takes what is left.
    const int count = 1 + r.below(3);
    PartyList parties;
    std::int64_t left = 10000;
    for (int i = 0; i < count; ++i) {
        const std::int64_t share = i == count - 1 ? left : r.below(static_cast<int>(left) + 1);
        left -= share;
        const PartyRole role =
            std::array{PartyRole::Composer, PartyRole::Author, PartyRole::ComposerAuthor,
                       PartyRole::Arranger}[r.below(4)];
        parties.push_back({"Writer " + text(r, 8), role, r.chance(50) ? "PRS" : "",
                           r.chance(30) ? "00052210040" : "", Share::fromHundredths(share)});
    }
    return parties;
}

PartyList publishers(EditRandom& r) {
    PartyList parties;
    if (r.chance(70))
        parties.push_back(
            {"Publisher " + text(r, 8), PartyRole::Publisher, "ASCAP", "", Share::whole()});
    return parties;
}

CueTags tags(EditRandom& r) {
    CueTags t;
    t.kind = r.chance(50) ? MusicKind::Song : MusicKind::Score;
    t.diegesis =
        std::array{Diegesis::Unknown, Diegesis::Diegetic, Diegesis::NonDiegetic}[r.below(3)];
    t.visual = r.chance(30);
    if (r.chance(40))
        t.vocal = r.chance(50) ? Vocal::Vocal : Vocal::Instrumental;
    t.theme = std::array{ThemeRole::None,      ThemeRole::None,     ThemeRole::None,
                         ThemeRole::MainTitle, ThemeRole::EndTitle, ThemeRole::Logo}[r.below(6)];
    if (r.chance(30))
        t.origin = std::array{Origin::Commissioned, Origin::Commercial, Origin::Library,
                              Origin::PublicDomain}[r.below(4)];
    return t;
}

std::vector<CueId> someCues(const Project& p, EditRandom& r, int most) {
    std::vector<CueId> pool = p.sequence();
    std::vector<CueId> chosen;
    const int count = 1 + r.below(most);
    for (int i = 0; i < count && !pool.empty(); ++i) {
        const auto at = pool.begin() + r.below(static_cast<int>(pool.size()));
        chosen.push_back(*at);
        pool.erase(at);
    }
    return chosen;
}

bool addCue(Project& p, EditRandom& r) {
    NewCue n;
    n.cue.in = frames(r.below(150'000));
    n.cue.out = n.cue.in + frames(1 + r.below(3'000));
    n.cue.lane = r.below(3);
    n.cue.tags = tags(r);
    n.cue.notes = text(r, 400); // some transactions span more than one page
    n.title = kTitles[static_cast<std::size_t>(r.below(static_cast<int>(kTitles.size())))];
    if (r.chance(40))
        n.writers = writers(r);
    if (r.chance(20))
        n.publishers = publishers(r);
    return p.requestAddCue(n).has_value();
}

} // namespace

ProjectHeader initialHeader() {
    ProjectHeader h;
    h.productionTitle = "Crash Test";
    h.timecode = {kRate, false};
    h.startFrame = 86'400; // 01:00:00:00 at 23.976 (24 labels a second)
    h.runningTime = frames(160'000);
    return h;
}

bool applyEdit(Project& p, int index, QString* error) {
    EditRandom r(kSeed ^ (static_cast<std::uint64_t>(index) * 0x100000001b3ULL));
    int op = r.below(100);
    const bool fewCues = p.cues().size() < 3;
    if (fewCues && op >= 25 && op < 80)
        op = 0;
    if (op >= 80 && op < 90 && !p.canUndo())
        op = 0;
    if (op >= 90 && !p.canRedo())
        op = p.canUndo() ? 80 : 0;

    bool ok = false;
    if (op < 25) {
        ok = addCue(p, r);
    } else if (op < 35) {
        ok = p.requestRemoveCues(someCues(p, r, 2));
    } else if (op < 45) {
        if (r.chance(50)) {
            const Time delta = frames(r.chance(50) ? 1 + r.below(500) : -1 - r.below(500));
            ok = p.requestMoveCues(someCues(p, r, 3), delta);
        } else {
            const CueId id = someCues(p, r, 1).front();
            const Time in = frames(r.below(150'000));
            const Time out = in + frames(1 + r.below(3'000));
            const int lane = r.below(3);
            ok = p.requestSetCueRange(id, in, out, lane);
        }
    } else if (op < 55) {
        const int what = r.below(5);
        const CueTags newTags = tags(r);
        const QString notes = text(r, 200);
        ok = p.requestUpdateCues(someCues(p, r, 4), "Tag", [&](Cue& c) {
            switch (what) {
            case 0:
                c.tags.diegesis = newTags.diegesis;
                break;
            case 1:
                c.tags.visual = !c.tags.visual;
                break;
            case 2:
                c.tags = newTags;
                break;
            case 3:
                c.usageOverride = c.usageOverride.isEmpty() ? "EE" : "";
                break;
            default:
                c.notes = notes;
                break;
            }
        });
    } else if (op < 63) {
        const CueId id = someCues(p, r, 1).front();
        ok = p.requestSetTitle(
            id, kTitles[static_cast<std::size_t>(r.below(static_cast<int>(kTitles.size())))]);
    } else if (op < 73) {
        const CueId id = someCues(p, r, 1).front();
        const PartyList newWriters = writers(r);
        const PartyList newPublishers = publishers(r);
        const bool iswc = r.chance(30);
        ok = p.requestUpdateWork(p.cue(id)->workId, "Edit parties", [&](Work& w) {
            w.writers = newWriters;
            w.publishers = newPublishers;
            if (iswc)
                w.iswc = w.iswc.isEmpty() ? "T0345246801" : "";
        });
    } else if (op < 80) {
        const int what = r.below(3);
        const QString title = "Crash Test " + text(r, 12);
        const int year = 1990 + r.below(40);
        const Time running = frames(150'000 + r.below(20'000));
        ok = p.requestUpdateHeader("Edit header", [&](ProjectHeader& h) {
            if (what == 0)
                h.productionTitle = title;
            else if (what == 1)
                h.year = year;
            else
                h.runningTime = running;
        });
    } else if (op < 90) {
        ok = p.undo();
    } else {
        ok = p.redo();
    }
    if (!ok && error)
        *error = QString("edit %1 (operation %2): %3").arg(index).arg(op).arg(p.lastError());
    return ok;
}

} // namespace cuesheet::crashtest
