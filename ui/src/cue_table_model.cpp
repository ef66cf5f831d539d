#include "cuesheet/ui/cue_table_model.h"

#include "cuesheet/model/cue_fields.h"
#include "cuesheet/model/in_out_text.h"
#include "cuesheet/model/usage.h"
#include "cuesheet/ui/cue_display_text.h"
#include "cuesheet/ui/project_session.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace cuesheet {

namespace {

QString usageCodes() {
    return "BI BV VI VV MT ET L";
}

} // namespace

CueTableModel::CueTableModel(ProjectSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , session_(session)
    , project_(session.project()) {
    rows_ = project_.sequence();
    connect(&project_, &Project::changed, this, &CueTableModel::onProjectChanged);
    indexFindings();
    connect(&session_, &ProjectSession::findingsChanged, this, [this] {
        indexFindings();
        if (!rows_.empty())
            emit dataChanged(index(0, Validation), index(rowCount() - 1, Validation));
    });
}

int CueTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CueTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void CueTableModel::indexFindings() {
    findingsByCue_.clear();
    for (const Finding& f : session_.findings())
        if (f.cue != 0)
            findingsByCue_[f.cue].push_back(f);
}

const std::vector<Finding>& CueTableModel::findingsOf(CueId id) const {
    static const std::vector<Finding> none;
    const auto it = findingsByCue_.find(id);
    return it == findingsByCue_.end() ? none : it->second;
}

CueId CueTableModel::cueAt(int row) const {
    return row >= 0 && row < rowCount() ? rows_[static_cast<std::size_t>(row)] : 0;
}

int CueTableModel::rowOf(CueId id) const {
    // The project's sequence index answers in O(1) whenever the rows are in sync with it.
    const int number = project_.sequenceNumber(id);
    if (number > 0 && cueAt(number - 1) == id)
        return number - 1;
    const auto it = std::find(rows_.begin(), rows_.end(), id);
    return it == rows_.end() ? -1 : static_cast<int>(it - rows_.begin());
}

QVariant CueTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Number:
            return tr("#");
        case In:
            return tr("In");
        case Out:
            return tr("Out");
        case Duration:
            return tr("Duration");
        case Title:
            return tr("Title");
        case Kind:
            return tr("Kind");
        case Diegesis:
            return tr("Diegesis");
        case Usage:
            return tr("Usage");
        case Writers:
            return tr("Writers");
        case Publishers:
            return tr("Publishers");
        case Validation:
            return tr("Check");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Number:
            return tr("Sequence number: cues are numbered in order of their in time");
        case Usage:
            return tr("US usage code (BI background instrumental, BV background vocal, VI/VV "
                      "visual, MT/ET main/end title, L logo); italic when overridden");
        case Validation:
            return tr("Problems the validation found in this cue");
        default:
            return {};
        }
    }
    return {};
}

QVariant CueTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CueId id = cueAt(index.row());
    const Cue* cue = project_.cue(id);
    if (!cue)
        return {};
    const ProjectHeader& header = project_.header();
    const Work* work = project_.workOf(*cue);
    const int column = index.column();

    if (role == CueIdRole)
        return QVariant::fromValue<qlonglong>(id);

    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Number:
            return project_.sequenceNumber(id);
        case In:
            return timecodeOfProgrammeTime(cue->in, header);
        case Out:
            return timecodeOfProgrammeTime(cue->out, header);
        case Duration:
            return timecodeOfDuration(cue->duration(), header);
        case Title:
            return work ? work->title : QString();
        case Kind:
            return role == Qt::EditRole ? toKey(cue->tags.kind) : displayName(cue->tags.kind);
        case Diegesis:
            return role == Qt::EditRole ? toKey(cue->tags.diegesis)
                                        : displayName(cue->tags.diegesis);
        case Usage:
            if (role == Qt::EditRole)
                return cue->usageOverride.isEmpty() ? QString("auto") : cue->usageOverride;
            return effectiveUsage(*cue, UsageVocabulary::Us);
        case Writers:
            return work ? partiesForDisplay(work->writers) : QString();
        case Publishers:
            return work ? partiesForDisplay(work->publishers) : QString();
        case Validation: {
            const QString summary = findingsSummary(findingsOf(id));
            return summary.isEmpty() ? tr("OK") : summary;
        }
        default:
            return {};
        }
    }

    if (role == SortRole) {
        switch (column) {
        case Number:
            return project_.sequenceNumber(id);
        case In:
            return QVariant::fromValue<qlonglong>(cue->in.ticks());
        case Out:
            return QVariant::fromValue<qlonglong>(cue->out.ticks());
        case Duration:
            return QVariant::fromValue<qlonglong>(cue->duration().ticks());
        case Validation: {
            // Errors first, then warnings, then clean cues.
            int weight = 0;
            for (const Finding& f : findingsOf(id))
                weight += f.severity == Severity::Error ? 1000 : 1;
            return weight;
        }
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }

    if (role == ChoicesRole) {
        switch (column) {
        case Kind:
            return QStringList{"score", "song"};
        case Diegesis:
            return QStringList{"diegetic", "non-diegetic", "unknown"};
        case Usage:
            return (QStringList{"auto"} + usageCodes().split(' '));
        default:
            return {};
        }
    }

    if (role == Qt::ToolTipRole) {
        if (column == Validation)
            return findingsDetail(findingsOf(id));
        if (column == Usage && !cue->usageOverride.isEmpty())
            return tr("Overridden; derived from the tags: %1").arg(usUsageCode(cue->tags));
        if (column == Writers || column == Publishers || column == Title)
            return data(index, Qt::DisplayRole);
        return {};
    }

    if (role == Qt::FontRole && column == Usage && !cue->usageOverride.isEmpty()) {
        QFont font;
        font.setItalic(true);
        return font;
    }

    if (role == Qt::DecorationRole && column == Validation) {
        const auto& findings = findingsOf(id);
        if (findings.empty())
            return {};
        const bool error = std::any_of(findings.begin(), findings.end(), [](const Finding& f) {
            return f.severity == Severity::Error;
        });
        if (auto* style = QApplication::style())
            return style->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                             : QStyle::SP_MessageBoxWarning);
        return {};
    }

    if (role == Qt::TextAlignmentRole) {
        if (column == Number || column == In || column == Out || column == Duration)
            return QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue<int>(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

Qt::ItemFlags CueTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case In:
    case Out:
    case Duration:
    case Title:
    case Kind:
    case Diegesis:
    case Usage:
        if (!session_.isReadOnly())
            f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

bool CueTableModel::refuse(const QString& message) {
    lastError_ = message;
    emit editRefused(message);
    return false;
}

bool CueTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (!(flags(index) & Qt::ItemIsEditable))
        return false;
    const CueId id = cueAt(index.row());
    if (!project_.cue(id))
        return false;
    lastError_.clear();
    const QString text = value.toString();
    // The view learns of the result through Project::changed, like every other view: the
    // model does not emit dataChanged itself.
    switch (index.column()) {
    case Title:
        if (text.trimmed() == project_.titleOf(*project_.cue(id)))
            return true;
        return project_.requestSetTitle(id, text) || refuse(project_.lastError());
    case In:
    case Out:
    case Duration:
        return setTimeField(id, index.column(), text);
    case Kind:
    case Diegesis:
    case Usage:
        return setTagField(id, index.column(), text);
    default:
        return false;
    }
}

bool CueTableModel::setTimeField(CueId id, int column, const QString& text) {
    const Cue& cue = *project_.cue(id);
    const ProjectHeader& header = project_.header();
    Cue edited = cue;
    const QString key = column == Duration ? "duration" : column == In ? "in" : "out";
    if (const QString error = setCueTimeFromText(edited, key, text, header); !error.isEmpty())
        return refuse(error);
    return project_.requestSetCueRange(id, edited.in, edited.out, edited.lane) ||
           refuse(project_.lastError());
}

bool CueTableModel::setTagField(CueId id, int column, const QString& text) {
    const QString key = column == Kind ? "kind" : column == Diegesis ? "diegesis" : "usage";
    Cue probe = *project_.cue(id);
    const QString error = setCueFieldFromText(probe, key, text, project_.header());
    if (!error.isEmpty())
        return refuse(error);
    const QString label = tr("Set %1 of cue %2 to %3")
                              .arg(cueFieldName(key))
                              .arg(project_.sequenceNumber(id))
                              .arg(text.trimmed());
    const ProjectHeader header = project_.header();
    return project_.requestUpdateCues({id}, label, [&](Cue& c) {
        setCueFieldFromText(c, key, text, header);
    }) || refuse(project_.lastError());
}

void CueTableModel::onProjectChanged(const ChangeSet& change) {
    const std::vector<CueId>& sequence = project_.sequence();
    const bool structureChanged = sequence != rows_;
    if (structureChanged)
        syncRows();

    std::unordered_set<CueId> touched;
    for (const auto& c : change.cues)
        if (c.after)
            touched.insert(c.id);
    if (!change.works.empty()) {
        std::unordered_set<WorkId> works;
        for (const auto& w : change.works)
            works.insert(w.id);
        for (const auto& [id, cue] : project_.cues())
            if (works.count(cue.workId))
                touched.insert(id);
    }
    std::vector<int> rows;
    if (change.header) {
        // The timecode format labels every in and out.
        for (int r = 0; r < rowCount(); ++r)
            rows.push_back(r);
    } else {
        for (CueId id : touched)
            if (const int r = rowOf(id); r >= 0)
                rows.push_back(r);
    }
    emitRowsChanged(rows);
    if (structureChanged && rowCount() > 0)
        emit dataChanged(index(0, Number), index(rowCount() - 1, Number));
}

void CueTableModel::syncRows() {
    const std::vector<CueId>& target = project_.sequence();
    const std::unordered_set<CueId> wanted(target.begin(), target.end());

    // 1. Removals, from the bottom so row numbers above stay valid.
    for (int r = rowCount() - 1; r >= 0; --r) {
        if (wanted.count(rows_[static_cast<std::size_t>(r)]))
            continue;
        beginRemoveRows({}, r, r);
        rows_.erase(rows_.begin() + r);
        endRemoveRows();
    }

    // 2. Reorder of the cues that stay (a moved cue changes its sequence number).
    const std::unordered_set<CueId> present(rows_.begin(), rows_.end());
    std::vector<CueId> keptInTargetOrder;
    for (CueId id : target)
        if (present.count(id))
            keptInTargetOrder.push_back(id);
    if (keptInTargetOrder != rows_) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        std::unordered_map<CueId, int> newRow;
        for (std::size_t i = 0; i < keptInTargetOrder.size(); ++i)
            newRow[keptInTargetOrder[i]] = static_cast<int>(i);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex& old : before) {
            const CueId id = rows_[static_cast<std::size_t>(old.row())];
            after << index(newRow[id], old.column());
        }
        rows_ = keptInTargetOrder;
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 3. Insertions at their place in the target order.
    for (std::size_t i = 0; i < target.size(); ++i) {
        if (i < rows_.size() && rows_[i] == target[i])
            continue;
        const int r = static_cast<int>(i);
        beginInsertRows({}, r, r);
        rows_.insert(rows_.begin() + r, target[i]);
        endInsertRows();
    }
}

void CueTableModel::emitRowsChanged(const std::vector<int>& rows) {
    if (rows.empty())
        return;
    std::vector<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    // One signal per run of adjacent rows.
    std::size_t start = 0;
    for (std::size_t i = 1; i <= sorted.size(); ++i) {
        if (i < sorted.size() && sorted[i] <= sorted[i - 1] + 1)
            continue;
        emit dataChanged(index(sorted[start], 0), index(sorted[i - 1], ColumnCount - 1));
        start = i;
    }
}

} // namespace cuesheet
