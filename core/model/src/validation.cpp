#include "cuesheet/model/validation.h"

#include "cuesheet/model/identifiers.h"
#include "cuesheet/model/in_out_text.h"

#include <algorithm>
#include <map>

namespace cuesheet {

QString toKey(Severity severity) {
    return severity == Severity::Error ? "error" : "warning";
}

namespace {

class FindingCollector {
public:
    void error(CueId cue, const QString& field, const QString& message) {
        findings.push_back({Severity::Error, cue, field, message});
    }
    void warning(CueId cue, const QString& field, const QString& message) {
        findings.push_back({Severity::Warning, cue, field, message});
    }
    std::vector<Finding> findings;
};

Share total(const PartyList& parties) {
    Share sum;
    for (const auto& p : parties)
        sum = sum + p.share;
    return sum;
}

void checkParties(const Work& work, CueId cue, const SocietyTable& societies,
                  FindingCollector& out) {
    for (const auto* side : {&work.writers, &work.publishers}) {
        const QString field = side == &work.writers ? "writers" : "publishers";
        for (const auto& party : *side) {
            if (!party.ipiNameNumber.isEmpty())
                if (const QString problem = checkIpiNameNumber(party.ipiNameNumber);
                    !problem.isEmpty())
                    out.error(cue, field, party.name + ": " + problem);
            if (!party.society.isEmpty() && !societies.find(party.society))
                out.warning(cue, field,
                            party.name + ": society '" + party.society +
                                "' is not in the society table");
            if (party.name.trimmed().isEmpty())
                out.error(cue, field, "a party has no name");
        }
    }
}

void checkShares(const Work& work, CueId cue, SharesModel model, FindingCollector& out) {
    const Share writers = total(work.writers);
    const Share publishers = total(work.publishers);
    if (model == SharesModel::CombinedWhole) {
        const Share sum = writers + publishers;
        if (!work.writers.empty() && sum != Share::whole())
            out.error(cue, "shares",
                      QString("writer and publisher shares together total %1 %, expected 100 % "
                              "(the project uses the 100 % model)")
                          .arg(sum.toText()));
        return;
    }
    if (!work.writers.empty() && writers != Share::whole())
        out.error(cue, "writers",
                  QString("writer shares total %1 %, expected 100 %").arg(writers.toText()));
    if (!work.publishers.empty() && publishers != Share::whole())
        out.error(cue, "publishers",
                  QString("publisher shares total %1 %, expected 100 %").arg(publishers.toText()));
}

} // namespace

std::vector<Finding> validateProject(const ProjectData& data, const SocietyTable& societies) {
    FindingCollector out;
    const ProjectHeader& header = data.header;
    const Time running = header.runningTime;

    if (header.productionTitle.trimmed().isEmpty())
        out.warning(0, "title", "the production has no title");
    if (running <= Time())
        out.warning(0, "running-time",
                    "the running time is not set, so cues cannot be checked "
                    "against it");

    Time totalMusic;
    std::map<int, std::vector<const Cue*>> lanes;
    for (const auto& [id, cue] : data.cues) {
        lanes[cue.lane].push_back(&cue);
        if (cue.out <= cue.in)
            out.error(id, "out", "out must be after in");
        else
            totalMusic += cue.duration();
        if (cue.in < Time())
            out.error(id, "in",
                      "the cue starts before the programme (" +
                          timecodeOfProgrammeTime(cue.in, header) + ")");
        if (running > Time() && cue.out > running)
            out.error(id, "out",
                      "the cue ends after the running time (" +
                          timecodeOfProgrammeTime(running, header) + ")");
        if (!cue.isrc.isEmpty())
            if (const QString problem = checkIsrc(cue.isrc); !problem.isEmpty())
                out.error(id, "isrc", problem);

        const auto work = data.works.find(cue.workId);
        if (work == data.works.end() || work->second.title.trimmed().isEmpty()) {
            out.error(id, "title", "the cue has no title");
            continue;
        }
        const Work& w = work->second;
        if (w.writers.empty())
            out.error(id, "writers", "no writers are given");
        if (!w.iswc.isEmpty())
            if (const QString problem = checkIswc(w.iswc); !problem.isEmpty())
                out.error(id, "iswc", problem);
        checkShares(w, id, header.sharesModel, out);
        checkParties(w, id, societies, out);
    }

    if (running > Time() && totalMusic > running)
        out.error(0, "running-time",
                  "the cues total " + timecodeOfDuration(totalMusic, header) +
                      " of music, more than the running time " +
                      timecodeOfDuration(running, header));

    for (auto& [lane, cues] : lanes) {
        std::sort(cues.begin(), cues.end(), [](const Cue* a, const Cue* b) {
            return a->in != b->in ? a->in < b->in : a->id < b->id;
        });
        // Sweep: compare each cue with the latest-ending cue before it.
        const Cue* reach = nullptr;
        for (const Cue* cue : cues) {
            if (reach && cue->range().overlaps(reach->range()))
                out.warning(cue->id, "in",
                            QString("overlaps cue %1 on lane %2").arg(reach->id).arg(lane));
            if (!reach || cue->out > reach->out)
                reach = cue;
        }
    }
    return out.findings;
}

std::vector<Finding> findingsForCue(const std::vector<Finding>& all, CueId cue) {
    std::vector<Finding> result;
    std::copy_if(all.begin(), all.end(), std::back_inserter(result),
                 [cue](const Finding& f) { return f.cue == cue; });
    return result;
}

} // namespace cuesheet
