#include "cuesheet/model/change_between.h"

namespace cuesheet {

namespace {

template <typename T>
std::vector<EntityChange<T>> differences(const std::map<std::int64_t, T>& before,
                                         const std::map<std::int64_t, T>& after) {
    std::vector<EntityChange<T>> changes;
    auto b = before.begin();
    auto a = after.begin();
    // Both maps are ordered by id: walk them together.
    while (b != before.end() || a != after.end()) {
        if (a == after.end() || (b != before.end() && b->first < a->first)) {
            changes.push_back({b->first, b->second, std::nullopt});
            ++b;
        } else if (b == before.end() || a->first < b->first) {
            changes.push_back({a->first, std::nullopt, a->second});
            ++a;
        } else {
            if (!(b->second == a->second))
                changes.push_back({b->first, b->second, a->second});
            ++b;
            ++a;
        }
    }
    return changes;
}

} // namespace

ChangeSet changeBetween(const ProjectData& before, const ProjectData& after, const QString& label) {
    ChangeSet change;
    change.label = label;
    change.works = differences(before.works, after.works);
    change.cues = differences(before.cues, after.cues);
    change.libraryFiles = differences(before.libraryFiles, after.libraryFiles);
    if (!(before.header == after.header))
        change.header = std::make_pair(before.header, after.header);
    return change;
}

} // namespace cuesheet
