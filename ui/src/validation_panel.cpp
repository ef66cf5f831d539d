#include "cuesheet/ui/validation_panel.h"

#include "cuesheet/ui/cue_display_text.h"
#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/project_session.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cuesheet {

namespace {
constexpr int kCueIdRole = Qt::UserRole + 1;
}

ValidationPanel::ValidationPanel(ProjectSession& session, CueSelection& selection, QWidget* parent)
    : QWidget(parent)
    , session_(session)
    , selection_(selection) {
    summary_ = new QLabel(this);
    summary_->setContentsMargins(6, 4, 6, 2);
    list_ = new QTreeWidget(this);
    list_->setColumnCount(3);
    list_->setHeaderLabels({tr("Cue"), tr("Field"), tr("Problem")});
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setAlternatingRowColors(true);
    list_->header()->setStretchLastSection(true);
    list_->setColumnWidth(0, fontMetrics().horizontalAdvance("Header") + 48);
    list_->setColumnWidth(1, fontMetrics().horizontalAdvance("running-time") + 16);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(summary_);
    layout->addWidget(list_);
    connect(list_, &QTreeWidget::itemClicked, this, &ValidationPanel::onItemActivated);
    connect(list_, &QTreeWidget::itemActivated, this, &ValidationPanel::onItemActivated);
    connect(&session_, &ProjectSession::findingsChanged, this, &ValidationPanel::rebuild);
    rebuild();
}

int ValidationPanel::findingCount() const {
    return list_->topLevelItemCount();
}

void ValidationPanel::rebuild() {
    std::vector<Finding> findings = session_.findings();
    const Project& project = session_.project();
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity == Severity::Error;
        return project.sequenceNumber(a.cue) < project.sequenceNumber(b.cue);
    });
    list_->clear();
    QStyle* style = QApplication::style();
    QList<QTreeWidgetItem*> items;
    for (const Finding& f : findings) {
        auto* item = new QTreeWidgetItem;
        item->setText(0,
                      f.cue == 0 ? tr("Header") : QString::number(project.sequenceNumber(f.cue)));
        item->setIcon(0, style->standardIcon(f.severity == Severity::Error
                                                 ? QStyle::SP_MessageBoxCritical
                                                 : QStyle::SP_MessageBoxWarning));
        item->setText(1, f.field);
        item->setText(2, f.message);
        item->setToolTip(2, f.message);
        item->setData(0, kCueIdRole, QVariant::fromValue<qlonglong>(f.cue));
        items << item;
    }
    list_->addTopLevelItems(items);
    const QString summary = findingsSummary(findings);
    summary_->setText(summary.isEmpty() ? tr("No problems found: the cue sheet is complete.")
                                        : summary);
}

void ValidationPanel::onItemActivated(QTreeWidgetItem* item) {
    if (!item)
        return;
    const CueId id = item->data(0, kCueIdRole).toLongLong();
    if (id == 0) {
        emit headerFindingActivated();
        return;
    }
    if (!session_.project().cue(id))
        return;
    selection_.selectOnly(id);
    emit cueFindingActivated(id);
}

} // namespace cuesheet
