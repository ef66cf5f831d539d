#include "cuesheet/ui/library_panel.h"

#include "cuesheet/media/library_scan.h"
#include "cuesheet/model/project.h"
#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/project_session.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>
#include <memory>

namespace cuesheet {

namespace {
constexpr int kFileIdRole = Qt::UserRole + 1;

enum Column { Title, Artists, Composers, Duration, Isrc, Cues, FileName, ColumnCount };

LibraryFile libraryFileFrom(const media::ScannedAudioFile& scanned) {
    const media::AudioFileTags& t = scanned.tags;
    LibraryFile f;
    f.path = scanned.path;
    f.fileName = scanned.fileName;
    f.title = t.title;
    f.artists = t.artists;
    f.composers = t.composers;
    f.lyricists = t.lyricists;
    f.album = t.album;
    f.label = t.label;
    f.isrc = t.isrc;
    f.comment = t.comment;
    f.duration = t.duration;
    f.format = t.format;
    return f;
}

// "4:05": minutes and seconds, rounded to the nearest second (for reading; 0 is unknown).
QString durationText(Time duration) {
    if (duration == Time())
        return QString();
    const std::int64_t seconds = duration.toRational(1, 1, Rounding::Nearest);
    return QString("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar('0'));
}

// The words for the keys requestLinkCue reports (library_link.h).
QString filledFieldName(const QString& key) {
    if (key == "title")
        return QObject::tr("title");
    if (key == "writers")
        return QObject::tr("writers");
    if (key == "isrc")
        return QObject::tr("ISRC");
    if (key == "source-file")
        return QObject::tr("source file");
    if (key == "label")
        return QObject::tr("library label");
    return key;
}
} // namespace

LibraryPanel::LibraryPanel(ProjectSession& session, CueSelection& selection, QWidget* parent)
    : QWidget(parent)
    , session_(session)
    , selection_(selection) {
    list_ = new QTreeWidget(this);
    list_->setColumnCount(ColumnCount);
    list_->setHeaderLabels({tr("Title"), tr("Artists"), tr("Composers"), tr("Duration"), tr("ISRC"),
                            tr("Cues"), tr("File")});
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setAlternatingRowColors(true);
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list_->header()->setStretchLastSection(true);
    list_->setColumnWidth(Title, fontMetrics().horizontalAdvance("M") * 18);

    addFiles_ = new QPushButton(tr("Add Files…"), this);
    addFolder_ = new QPushButton(tr("Add Folder…"), this);
    remove_ = new QPushButton(tr("Remove"), this);
    link_ = new QPushButton(tr("Link to Selected Cue"), this);
    link_->setToolTip(tr("Link the selected cue to this file and fill the cue's empty fields "
                         "from its tags. What you typed is never overwritten."));
    busy_ = new QProgressBar(this);
    busy_->setRange(0, 0); // the scan does not know how many files a folder holds
    busy_->setMaximumWidth(120);
    busy_->setTextVisible(false);
    busy_->hide();
    status_ = new QLabel(this);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 4, 6, 2);
    for (QPushButton* b : {addFiles_, addFolder_, remove_, link_})
        buttons->addWidget(b);
    buttons->addWidget(busy_);
    buttons->addWidget(status_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(buttons);
    layout->addWidget(list_);

    connect(addFiles_, &QPushButton::clicked, this, &LibraryPanel::chooseFiles);
    connect(addFolder_, &QPushButton::clicked, this, &LibraryPanel::chooseFolder);
    connect(remove_, &QPushButton::clicked, this, &LibraryPanel::removeSelected);
    connect(link_, &QPushButton::clicked, this, &LibraryPanel::linkSelectedCue);
    connect(list_, &QTreeWidget::itemSelectionChanged, this, &LibraryPanel::updateButtons);
    connect(&selection_, &CueSelection::selectionChanged, this, &LibraryPanel::updateButtons);
    connect(&session_.project(), &Project::changed, this, &LibraryPanel::rebuild);
    rebuild();
}

LibraryPanel::~LibraryPanel() = default;

QString LibraryPanel::statusText() const {
    return status_->text();
}

void LibraryPanel::setStatus(const QString& text, const QString& details) {
    status_->setText(text);
    status_->setToolTip(details);
}

void LibraryPanel::rebuild() {
    const LibraryFileId selected = selectedFileId();
    const Project& project = session_.project();
    std::map<LibraryFileId, int> uses;
    for (const auto& [id, cue] : project.cues())
        if (cue.libraryFileId != 0)
            ++uses[cue.libraryFileId];
    list_->clear();
    for (const auto& [id, file] : project.libraryFiles()) {
        auto* item = new QTreeWidgetItem(list_);
        item->setData(Title, kFileIdRole, static_cast<qlonglong>(id));
        item->setText(Title, file.title.isEmpty() ? file.fileName : file.title);
        item->setText(Artists, file.artists.join(", "));
        item->setText(Composers, file.composers.join(", "));
        item->setText(Duration, durationText(file.duration));
        item->setTextAlignment(Duration, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(Isrc, file.isrc);
        item->setText(Cues, QString::number(uses[id]));
        item->setTextAlignment(Cues, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(FileName, file.fileName);
        item->setToolTip(FileName, file.path);
        item->setToolTip(Title, file.path);
    }
    if (selected)
        selectFile(selected);
    updateButtons();
}

void LibraryPanel::updateButtons() {
    const bool writable = !session_.isReadOnly();
    const bool fileSelected = !list_->selectedItems().isEmpty();
    addFiles_->setEnabled(writable && !isScanning());
    addFolder_->setEnabled(writable && !isScanning());
    remove_->setEnabled(writable && fileSelected);
    link_->setEnabled(writable && list_->selectedItems().size() == 1 && !selection_.isEmpty());
}

LibraryFileId LibraryPanel::selectedFileId() const {
    const auto items = list_->selectedItems();
    return items.size() == 1 ? items.front()->data(Title, kFileIdRole).toLongLong() : 0;
}

void LibraryPanel::selectFile(LibraryFileId id) {
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list_->topLevelItem(i);
        if (item->data(Title, kFileIdRole).toLongLong() == id) {
            list_->setCurrentItem(item);
            return;
        }
    }
}

void LibraryPanel::chooseFiles() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Files to the Music Library"), QString(),
        tr("Audio files (*.wav *.aif *.aiff *.mp3 *.flac *.ogg *.oga *.opus *.m4a *.mp4 "
           "*.aac);;All files (*)"));
    if (!paths.isEmpty())
        addPaths(paths);
}

void LibraryPanel::chooseFolder() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Add a Folder to the Music Library"));
    if (!folder.isEmpty())
        addPaths({folder});
}

bool LibraryPanel::addPaths(const QStringList& paths) {
    if (isScanning()) {
        setStatus(tr("Still reading the files added before; try again when it is done."));
        return false;
    }
    // TagLib opens every file: a folder of a few thousand songs takes seconds, which the
    // window must not freeze for. The result is applied here, on the GUI thread.
    scanJob_.start([paths] { return media::scanAudioFiles(paths); },
                   [this](const media::LibraryScan& scan) {
                       busy_->hide();
                       applyScan(scan);
                       updateButtons();
                   });
    busy_->show();
    setStatus(tr("Reading tags…"));
    updateButtons();
    return true;
}

void LibraryPanel::applyScan(const media::LibraryScan& scan) {
    Project& project = session_.project();
    std::vector<LibraryFile> files;
    int alreadyThere = 0;
    for (const media::ScannedAudioFile& scanned : scan.files) {
        bool known = false;
        for (const auto& [id, f] : project.libraryFiles())
            known = known || f.path == scanned.path;
        if (known)
            ++alreadyThere;
        else
            files.push_back(libraryFileFrom(scanned));
    }
    int added = 0;
    QStringList parts;
    if (!files.empty()) {
        const auto ids = project.requestAddLibraryFiles(files);
        if (!ids) {
            setStatus(tr("Nothing added: %1").arg(project.lastError()));
            emit addFinished(0);
            return;
        }
        added = static_cast<int>(ids->size());
    }
    parts << (added == 1 ? tr("Added 1 file") : tr("Added %1 files").arg(added));
    if (alreadyThere)
        parts << tr("%1 already in the library").arg(alreadyThere);
    if (!scan.problems.isEmpty())
        parts << tr("%1 skipped (see the tooltip)").arg(scan.problems.size());
    setStatus(parts.join(", ") + '.', scan.problems.join('\n'));
    if (added)
        selectFile(project.libraryFiles().rbegin()->first);
    emit addFinished(added);
}

bool LibraryPanel::removeSelected() {
    std::vector<LibraryFileId> ids;
    for (QTreeWidgetItem* item : list_->selectedItems())
        ids.push_back(item->data(Title, kFileIdRole).toLongLong());
    if (ids.empty()) {
        setStatus(tr("Select the files to remove."));
        return false;
    }
    Project& project = session_.project();
    if (!project.requestRemoveLibraryFiles(ids)) {
        setStatus(tr("Not removed: %1").arg(project.lastError()));
        return false;
    }
    setStatus(ids.size() == 1 ? tr("Removed 1 file from the library.")
                              : tr("Removed %1 files from the library.").arg(ids.size()));
    return true;
}

bool LibraryPanel::linkSelectedCue() {
    const LibraryFileId fileId = selectedFileId();
    if (!fileId) {
        setStatus(tr("Select one file of the library to link."));
        return false;
    }
    CueId cueId = selection_.current();
    if (!cueId && selection_.ids().size() == 1)
        cueId = *selection_.ids().begin();
    if (!cueId) {
        setStatus(tr("Select one cue (on the timeline or in the cue table) to link."));
        return false;
    }
    Project& project = session_.project();
    QStringList filled;
    if (!project.requestLinkCue(cueId, fileId, &filled)) {
        setStatus(tr("Not linked: %1").arg(project.lastError()));
        return false;
    }
    QStringList names;
    for (const QString& key : filled)
        names << filledFieldName(key);
    const QString cue = tr("cue %1").arg(project.sequenceNumber(cueId));
    setStatus(names.isEmpty()
                  ? tr("Linked %1; no empty field to fill.").arg(cue)
                  : tr("Linked %1; filled %2 from the tags.").arg(cue, names.join(", ")));
    return true;
}

} // namespace cuesheet
