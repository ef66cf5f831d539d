#pragma once

// Small builders shared by the model tests (and the store tests, which include this file):
// readable cue sheets in a few lines, and Catch printers that show whole values as JSON when
// a comparison fails.

#include "cuesheet/model/model_json.h"
#include "cuesheet/model/project_journal.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

#include <string>

namespace cuesheet::test {

// 24 fps keeps hand arithmetic simple: one frame is 705 600 000 / 24 = 29 400 000 ticks.
inline ProjectHeader header24() {
    ProjectHeader h;
    h.productionTitle = "Night Train";
    h.timecode = {FrameRate(24, 1), false};
    h.startFrame = 86400; // 01:00:00:00 = 3600 s * 24 frames
    h.runningTime = Time::fromWholeSeconds(600);
    return h;
}

inline Time seconds(std::int64_t s) {
    return Time::fromWholeSeconds(s);
}

inline Cue cueAt(std::int64_t inSeconds, std::int64_t outSeconds, int lane = 0) {
    Cue c;
    c.in = seconds(inSeconds);
    c.out = seconds(outSeconds);
    c.lane = lane;
    return c;
}

inline Party party(const QString& name, PartyRole role, std::int64_t hundredths,
                   const QString& society = {}, const QString& ipi = {}) {
    return Party{name, role, society, ipi, Share::fromHundredths(hundredths)};
}

// A journal whose writes fail on demand (a full disk, a file gone read-only), recording
// into an in-memory history otherwise.
class SwitchableJournal final : public ProjectJournal {
public:
    bool failing = false;
    int records = 0;

    bool record(const ChangeSet& change, HistoryStep step, QString* error) override {
        if (failing) {
            if (error)
                *error = "disk full (test journal)";
            return false;
        }
        ++records;
        switch (step) {
        case HistoryStep::Do:
            steps_.resize(applied_);
            steps_.push_back(change);
            applied_ = steps_.size();
            break;
        case HistoryStep::Undo:
            --applied_;
            break;
        case HistoryStep::Redo:
            ++applied_;
            break;
        }
        return true;
    }
    std::optional<ChangeSet> undoCandidate(QString*) override {
        return applied_ > 0 ? std::optional(steps_[applied_ - 1]) : std::nullopt;
    }
    std::optional<ChangeSet> redoCandidate(QString*) override {
        return applied_ < steps_.size() ? std::optional(steps_[applied_]) : std::nullopt;
    }
    HistoryLabels historyLabels() override {
        HistoryLabels labels;
        if (applied_ > 0)
            labels.undo = steps_[applied_ - 1].label;
        if (applied_ < steps_.size())
            labels.redo = steps_[applied_].label;
        return labels;
    }

private:
    std::vector<ChangeSet> steps_;
    std::size_t applied_ = 0;
};

inline std::string jsonText(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Indented).toStdString();
}

inline QJsonObject dataToJson(const ProjectData& data) {
    // Reuse the change-set form: every entity as "created".
    ChangeSet all;
    for (const auto& [id, w] : data.works)
        all.works.push_back({id, std::nullopt, w});
    for (const auto& [id, c] : data.cues)
        all.cues.push_back({id, std::nullopt, c});
    for (const auto& [id, f] : data.libraryFiles)
        all.libraryFiles.push_back({id, std::nullopt, f});
    QJsonObject o = toJson(all);
    o.insert("header", toJson(data.header));
    return o;
}

} // namespace cuesheet::test

namespace Catch {
template <> struct StringMaker<cuesheet::ProjectData> {
    static std::string convert(const cuesheet::ProjectData& d) {
        return cuesheet::test::jsonText(cuesheet::test::dataToJson(d));
    }
};
template <> struct StringMaker<cuesheet::ChangeSet> {
    static std::string convert(const cuesheet::ChangeSet& c) {
        return cuesheet::test::jsonText(cuesheet::toJson(c));
    }
};
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<cuesheet::Share> {
    static std::string convert(const cuesheet::Share& s) {
        return std::to_string(s.hundredths()) + " hundredths";
    }
};
} // namespace Catch
