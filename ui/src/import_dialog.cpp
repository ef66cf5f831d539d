#include "cuesheet/ui/import_dialog.h"

#include "cuesheet/interchange/csv_import.h"
#include "cuesheet/interchange/cue_import.h"
#include "cuesheet/interchange/edl_import.h"
#include "cuesheet/interchange/protools_import.h"
#include "cuesheet/model/in_out_text.h"
#include "cuesheet/model/library_match.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cuesheet {

namespace {

// The rates an EDL is commonly cut at (an EDL does not say its rate).
const char* const kEdlRates[] = {"23.976", "24", "25", "29.97", "30",
                                 "47.952", "48", "50", "59.94", "60"};

enum PreviewColumn { Number, Title, In, Out, Duration, Tracks, Lane, ColumnCount };

QString severityText(FindingSeverity s) {
    switch (s) {
    case FindingSeverity::Info:
        return QObject::tr("info");
    case FindingSeverity::Warning:
        return QObject::tr("warning");
    case FindingSeverity::Error:
        break;
    }
    return QObject::tr("error");
}

// "A12" -> 12, so A2 sorts before A10.
int audioTrackNumber(const QString& track) {
    return track.mid(1).toInt();
}

QString rateLabel(const FrameRate& rate) {
    for (const char* name : kEdlRates) {
        const auto parsed = FrameRate::parse(name);
        if (parsed.ok() && parsed.value() == rate)
            return QString::fromLatin1(name);
    }
    return QString::fromStdString(rate.toFraction());
}

} // namespace

ImportKind importKindForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "txt")
        return ImportKind::ProTools;
    if (suffix == "csv")
        return ImportKind::Csv;
    return ImportKind::Edl;
}

ImportDialog::ImportDialog(const ProjectData& data, const QString& path, QWidget* parent)
    : QDialog(parent)
    , data_(data)
    , path_(path) {
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));

    kind_ = new QComboBox(this);
    kind_->addItem(tr("EDL (CMX3600)"), static_cast<int>(ImportKind::Edl));
    kind_->addItem(tr("Pro Tools session info as text"), static_cast<int>(ImportKind::ProTools));
    kind_->addItem(tr("CSV cue table (generic export)"), static_cast<int>(ImportKind::Csv));
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(importKindForPath(path))));

    tracks_ = new QListWidget(this);
    tracks_->setToolTip(tr("The tracks whose clips become cues"));
    tracks_->setMaximumHeight(fontMetrics().height() * 8);

    rate_ = new QComboBox(this);
    rate_->setToolTip(tr("An EDL does not say its frame rate: the project's is assumed"));
    const FrameRate projectRate = data_.header.timecode.rate;
    for (const char* name : kEdlRates)
        if (const auto rate = FrameRate::parse(name); rate.ok())
            rates_.push_back(rate.value());
    if (std::find(rates_.begin(), rates_.end(), projectRate) == rates_.end())
        rates_.push_back(projectRate);
    for (const FrameRate& rate : rates_)
        rate_->addItem(rate == projectRate ? tr("%1 (the project's)").arg(rateLabel(rate))
                                           : rateLabel(rate));
    rate_->setCurrentIndex(
        static_cast<int>(std::find(rates_.begin(), rates_.end(), projectRate) - rates_.begin()));

    mergeGap_ = new QDoubleSpinBox(this);
    mergeGap_->setRange(0, 3600);
    mergeGap_->setDecimals(2);
    mergeGap_->setSingleStep(0.5);
    mergeGap_->setSuffix(tr(" s"));
    mergeGap_->setValue(1.0);
    mergeGap_->setToolTip(tr("Uses of one clip closer than this become one cue"));
    strict_ = new QCheckBox(tr("Strict: refuse the file if any line is malformed"), this);
    link_ = new QCheckBox(tr("Link the cues to music library files whose name matches"), this);
    link_->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format"), kind_);
    form->addRow(tr("&Tracks"), tracks_);
    form->addRow(tr("Frame &rate"), rate_);
    form->addRow(tr("&Merge gap"), mergeGap_);
    form->addRow(QString(), strict_);
    form->addRow(QString(), link_);

    preview_ = new QTableWidget(0, ColumnCount, this);
    preview_->setHorizontalHeaderLabels(
        {tr("#"), tr("Title"), tr("In"), tr("Out"), tr("Duration"), tr("Tracks"), tr("Lane")});
    preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview_->setSelectionMode(QAbstractItemView::NoSelection);
    preview_->verticalHeader()->hide();
    preview_->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    preview_->setMinimumSize(640, fontMetrics().height() * 12);
    findings_ = new QListWidget(this);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);

    auto* lists = new QSplitter(Qt::Vertical, this);
    lists->addWidget(preview_);
    lists->addWidget(findings_);
    lists->setStretchFactor(0, 3);
    lists->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    importButton_ = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Cues to add, and what the importer found"), this));
    layout->addWidget(lists, 1);
    layout->addWidget(summary_);
    layout->addWidget(buttons);

    connect(kind_, &QComboBox::currentIndexChanged, this, [this] {
        rebuildTracks();
        updateKindWidgets();
        updatePreview();
    });
    connect(tracks_, &QListWidget::itemChanged, this, [this] {
        if (!updating_)
            updatePreview();
    });
    connect(rate_, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
    connect(mergeGap_, &QDoubleSpinBox::valueChanged, this, &ImportDialog::updatePreview);
    for (QCheckBox* box : {strict_, link_})
        connect(box, &QCheckBox::toggled, this, &ImportDialog::updatePreview);

    rebuildTracks();
    updateKindWidgets();
    updatePreview();
}

ImportKind ImportDialog::kind() const {
    return static_cast<ImportKind>(kind_->currentData().toInt());
}

void ImportDialog::setKind(ImportKind kind) {
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(kind)));
}

QStringList ImportDialog::trackNames() const {
    QStringList names;
    for (int i = 0; i < tracks_->count(); ++i)
        names << tracks_->item(i)->data(Qt::UserRole).toString();
    return names;
}

QStringList ImportDialog::checkedTrackNames() const {
    QStringList names;
    for (int i = 0; i < tracks_->count(); ++i)
        if (tracks_->item(i)->checkState() == Qt::Checked)
            names << tracks_->item(i)->data(Qt::UserRole).toString();
    return names;
}

void ImportDialog::setTrackChecked(const QString& name, bool checked) {
    for (int i = 0; i < tracks_->count(); ++i)
        if (tracks_->item(i)->data(Qt::UserRole).toString() == name)
            tracks_->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ImportDialog::setStrict(bool strict) {
    strict_->setChecked(strict);
}

void ImportDialog::setMergeGapSeconds(double seconds) {
    mergeGap_->setValue(seconds);
}

void ImportDialog::setLinkToLibrary(bool link) {
    link_->setChecked(link);
}

bool ImportDialog::setEdlFrameRate(const FrameRate& rate) {
    const auto found = std::find(rates_.begin(), rates_.end(), rate);
    if (found == rates_.end())
        return false;
    rate_->setCurrentIndex(static_cast<int>(found - rates_.begin()));
    return true;
}

ImportOptions ImportDialog::importOptions() const {
    // As `cuesheet import-edl | import-protools` builds them (app/cli/import_commands.cpp).
    const ProjectHeader& header = data_.header;
    ImportOptions options;
    options.frameRate = header.timecode.rate;
    options.dropFrameWithoutFcm = header.timecode.dropFrame;
    if (kind() == ImportKind::Edl && rate_->currentIndex() >= 0) {
        options.frameRate = rates_[static_cast<std::size_t>(rate_->currentIndex())];
        if (!options.frameRate.supportsDropFrame())
            options.dropFrameWithoutFcm = false;
    }
    // The programme start, counted at the list's rate (exact for the rates we support).
    options.programmeStartFrame =
        Time::fromFrames(header.startFrame, header.timecode.rate).frameNearest(options.frameRate);
    // Every track checked is the default (every audio track), as without --tracks.
    const QStringList checked = checkedTrackNames();
    if (checked.size() != tracks_->count())
        options.tracks = checked;
    options.mergeGap = Time::fromSecondsRounded(mergeGap_->value());
    options.strictness =
        strict_->isChecked() ? ImportStrictness::Strict : ImportStrictness::Lenient;
    return options;
}

void ImportDialog::rebuildTracks() {
    updating_ = true;
    tracks_->clear();
    ImportOptions options = importOptions();
    options.tracks.clear();
    options.strictness = ImportStrictness::Lenient; // the tracks of every readable line
    auto addTrack = [this](const QString& name, const QString& text) {
        auto* item = new QListWidgetItem(text, tracks_);
        item->setData(Qt::UserRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    };
    if (kind() == ImportKind::Edl) {
        QStringList names;
        for (const EdlEvent& event : importEdlFile(path_, options).list.events)
            for (const QString& track : event.tracks)
                if (track.startsWith('A') && !names.contains(track))
                    names << track;
        std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
            return audioTrackNumber(a) < audioTrackNumber(b);
        });
        for (const QString& name : names)
            addTrack(name, name);
    } else if (kind() == ImportKind::ProTools) {
        const ProToolsImport import = importProToolsTextFile(path_, options);
        if (import.session)
            for (const ProToolsTrack& track : import.session->tracks) {
                QString text = track.name;
                if (track.isInactive())
                    text += tr(" (inactive: not imported)");
                else if (track.isMuted())
                    text += tr(" (muted: not imported)");
                addTrack(track.name, text);
            }
    }
    updating_ = false;
}

void ImportDialog::updateKindWidgets() {
    const bool editList = kind() != ImportKind::Csv;
    tracks_->setEnabled(editList);
    rate_->setEnabled(kind() == ImportKind::Edl);
    mergeGap_->setEnabled(editList);
    // `cuesheet import-csv` does not link: a CSV brings its own source files and fields.
    link_->setEnabled(editList);
}

void ImportDialog::updatePreview() {
    change_ = ChangeSet{};
    problem_.clear();
    hasErrorFinding_ = false;
    addedCueCount_ = 0;
    linkedCount_ = 0;
    preview_->setRowCount(0);
    findings_->clear();

    if (kind() == ImportKind::Csv)
        buildCsvChange();
    else
        buildEditListChange(kind());

    if (problem_.isEmpty() && addedCueCount_ == 0)
        problem_ = tr("The file holds no cue to import with these options.");
    if (problem_.isEmpty() && hasErrorFinding_ && strict_->isChecked())
        problem_ = tr("Strict: the file has malformed lines.");
    if (!problem_.isEmpty()) {
        change_ = ChangeSet{};
        summary_->setText(problem_);
    } else {
        QString text = tr("%n cue(s) will be added as one undoable step.", "", addedCueCount_);
        if (linkedCount_ > 0)
            text += ' ' + tr("%n of them will be linked to the music library.", "", linkedCount_);
        summary_->setText(text);
    }
    importButton_->setEnabled(canImport());
}

void ImportDialog::buildEditListChange(ImportKind kind) {
    if (tracks_->count() > 0 && checkedTrackNames().isEmpty()) {
        problem_ = tr("Choose at least one track.");
        return;
    }
    const ImportOptions options = importOptions();
    const ImportResult result = kind == ImportKind::Edl
                                    ? importEdlFile(path_, options).result
                                    : importProToolsTextFile(path_, options).result;
    fillFindings(result.findings);
    if (!result.accepted) {
        problem_ = result.error;
        return;
    }
    // The same label and calls as `cuesheet import-edl | import-protools`.
    const QString label =
        QString("Import %1 cues from %2").arg(result.cues.size()).arg(QFileInfo(path_).fileName());
    change_ = importChangeSet(data_, result.cues, label);
    if (link_->isChecked()) {
        AutoLinkSummary links;
        change_ = withLibraryLinks(data_, change_, &links);
        linkedCount_ = static_cast<int>(links.linked.size());
    }
    fillPreview(result.cues);
}

void ImportDialog::buildCsvChange() {
    CsvImportOptions options;
    options.strictness =
        strict_->isChecked() ? ImportStrictness::Strict : ImportStrictness::Lenient;
    const CsvImport import = importCsvFile(path_, data_.header, options);
    fillFindings(import.findings);
    if (!import.accepted) {
        problem_ = import.error;
        return;
    }
    // The same label and call as `cuesheet import-csv`.
    const QString label =
        QString("Import %1 cues from %2").arg(import.rows.size()).arg(QFileInfo(path_).fileName());
    change_ = csvImportChangeSet(data_, import, label);
    fillPreview({});
}

QString ImportDialog::workTitle(WorkId id) const {
    for (const auto& work : change_.works)
        if (work.id == id && work.after)
            return work.after->title;
    const auto found = data_.works.find(id);
    return found == data_.works.end() ? QString() : found->second.title;
}

void ImportDialog::fillPreview(const std::vector<CandidateCue>& candidates) {
    const ProjectHeader& header = data_.header;
    std::vector<bool> used(candidates.size(), false);
    for (const auto& entry : change_.cues) {
        if (entry.before || !entry.after)
            continue; // links and work edits change existing entities; only new cues count
        const Cue& cue = *entry.after;
        // The candidate the cue was made from, for its tracks.
        QString tracks;
        for (std::size_t i = 0; i < candidates.size(); ++i)
            if (!used[i] && candidates[i].programmeRange == cue.range()) {
                used[i] = true;
                tracks = candidates[i].tracks.join(", ");
                break;
            }
        const int row = preview_->rowCount();
        preview_->insertRow(row);
        const QString cells[ColumnCount] = {QString::number(row + 1),
                                            workTitle(cue.workId),
                                            timecodeOfProgrammeTime(cue.in, header),
                                            timecodeOfProgrammeTime(cue.out, header),
                                            timecodeOfDuration(cue.duration(), header),
                                            tracks,
                                            QString::number(cue.lane)};
        for (int column = 0; column < ColumnCount; ++column)
            preview_->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    addedCueCount_ = preview_->rowCount();
    preview_->resizeColumnsToContents();
    preview_->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
}

void ImportDialog::fillFindings(const std::vector<ImportFinding>& findings) {
    for (const ImportFinding& f : findings) {
        if (f.severity == FindingSeverity::Error)
            hasErrorFinding_ = true;
        const QString where = f.lineNumber > 0 ? tr("Line %1").arg(f.lineNumber) : tr("File");
        findings_->addItem(QString("%1 (%2): %3").arg(where, severityText(f.severity), f.message));
    }
}

int ImportDialog::previewRowCount() const {
    return preview_->rowCount();
}

QStringList ImportDialog::previewTitles() const {
    QStringList titles;
    for (int row = 0; row < preview_->rowCount(); ++row)
        titles << preview_->item(row, Title)->text();
    return titles;
}

QStringList ImportDialog::previewRow(int row) const {
    QStringList cells;
    if (row < 0 || row >= preview_->rowCount())
        return cells;
    for (int column = 0; column < ColumnCount; ++column)
        cells << preview_->item(row, column)->text();
    return cells;
}

QString ImportDialog::findingsText() const {
    QStringList lines;
    if (!problem_.isEmpty())
        lines << problem_;
    for (int i = 0; i < findings_->count(); ++i)
        lines << findings_->item(i)->text();
    return lines.join('\n');
}

bool ImportDialog::canImport() const {
    return problem_.isEmpty() && addedCueCount_ > 0;
}

} // namespace cuesheet
