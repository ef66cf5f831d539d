#include "cuesheet/model/change_set.h"

namespace cuesheet {

namespace {

template <typename T>
std::vector<EntityChange<T>> swapped(const std::vector<EntityChange<T>>& changes) {
    std::vector<EntityChange<T>> result;
    result.reserve(changes.size());
    for (const auto& c : changes)
        result.push_back({c.id, c.after, c.before});
    return result;
}

template <typename T>
void applyChanges(const std::vector<EntityChange<T>>& changes, std::map<std::int64_t, T>& into) {
    for (const auto& c : changes) {
        if (c.after)
            into.insert_or_assign(c.id, *c.after);
        else
            into.erase(c.id);
    }
}

template <typename T>
bool matches(const std::vector<EntityChange<T>>& changes, const std::map<std::int64_t, T>& state) {
    for (const auto& c : changes) {
        const auto it = state.find(c.id);
        if (c.before) {
            if (it == state.end() || !(it->second == *c.before))
                return false;
        } else if (it != state.end()) {
            return false;
        }
    }
    return true;
}

} // namespace

ChangeSet ChangeSet::reversed() const {
    ChangeSet result;
    result.label = label;
    result.works = swapped(works);
    result.cues = swapped(cues);
    result.libraryFiles = swapped(libraryFiles);
    if (header)
        result.header = std::make_pair(header->second, header->first);
    return result;
}

void ChangeSet::applyTo(ProjectData& data) const {
    applyChanges(works, data.works);
    applyChanges(cues, data.cues);
    applyChanges(libraryFiles, data.libraryFiles);
    if (header)
        data.header = header->second;
}

bool ChangeSet::startsFrom(const ProjectData& data) const {
    if (header && !(header->first == data.header))
        return false;
    return matches(works, data.works) && matches(cues, data.cues) &&
           matches(libraryFiles, data.libraryFiles);
}

} // namespace cuesheet
