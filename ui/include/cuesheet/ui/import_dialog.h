#pragma once

#include "cuesheet/interchange/import_options.h"
#include "cuesheet/interchange/import_result.h"
#include "cuesheet/model/change_set.h"
#include "cuesheet/model/project_data.h"

#include <QDialog>
#include <QStringList>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace cuesheet {

// What a file to import holds, guessed from its extension and overridable in the dialog.
enum class ImportKind { Edl, ProTools, Csv };

// .edl -> Edl, .txt -> ProTools (Pro Tools "Session Info as Text"), .csv -> Csv; else Edl.
ImportKind importKindForPath(const QString& path);

// Import cues from an EDL, a Pro Tools session text or a CSV cue table.
//
// The options are the ones `cuesheet import-edl | import-protools | import-csv` take (tracks,
// EDL frame rate, merge gap, strict or lenient, link to the music library) and the change is
// built by the same library calls (importChangeSet + withLibraryLinks, csvImportChangeSet),
// so the dialog adds the cues the CLI would. The preview lists the cues the change adds and
// the importer's findings, and follows every option. Accepting changes nothing: the caller
// applies changeSet() with Project::requestApply (one undo step).
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // `data` is copied: the change starts from the state of the moment the dialog opened.
    ImportDialog(const ProjectData& data, const QString& path, QWidget* parent = nullptr);

    QString path() const { return path_; }
    ImportKind kind() const;
    void setKind(ImportKind kind);

    // EDL: the audio tracks the list uses (A1, A2, A10 in natural order); Pro Tools: the
    // session's tracks in file order; CSV: none. All are checked when listed.
    QStringList trackNames() const;
    QStringList checkedTrackNames() const;
    void setTrackChecked(const QString& name, bool checked);
    void setStrict(bool strict);
    void setMergeGapSeconds(double seconds);
    void setLinkToLibrary(bool link);
    // The EDL's frame rate (the project's by default); false if the dialog does not offer it.
    bool setEdlFrameRate(const FrameRate& rate);

    // The options of an EDL or Pro Tools import as chosen now.
    ImportOptions importOptions() const;

    // The preview: one row per cue the change adds, in the change's order.
    int previewRowCount() const;
    QStringList previewTitles() const;
    // The cells of row `row`: number, title, in, out, duration, tracks, lane.
    QStringList previewRow(int row) const;
    // The findings, one per line ("Line 5 (error): ..."), preceded by the refusal if any.
    QString findingsText() const;
    // Why nothing can be imported (a refusal, no track chosen, no cue); empty when it can.
    QString problem() const { return problem_; }

    bool canImport() const;
    // The change to apply (empty when canImport() is false) and the number of cues it adds.
    const ChangeSet& changeSet() const { return change_; }
    int importedCueCount() const { return addedCueCount_; }
    // Cues the change links to music-library files.
    int linkedCueCount() const { return linkedCount_; }

private:
    void rebuildTracks();
    void updateKindWidgets();
    void updatePreview();
    void buildEditListChange(ImportKind kind);
    void buildCsvChange();
    void fillPreview(const std::vector<CandidateCue>& candidates);
    void fillFindings(const std::vector<ImportFinding>& findings);
    QString workTitle(WorkId id) const;

    ProjectData data_;
    QString path_;
    std::vector<FrameRate> rates_; // the items of rate_

    QComboBox* kind_ = nullptr;
    QListWidget* tracks_ = nullptr;
    QComboBox* rate_ = nullptr;
    QDoubleSpinBox* mergeGap_ = nullptr;
    QCheckBox* strict_ = nullptr;
    QCheckBox* link_ = nullptr;
    QTableWidget* preview_ = nullptr;
    QListWidget* findings_ = nullptr;
    QLabel* summary_ = nullptr;
    QPushButton* importButton_ = nullptr;

    ChangeSet change_;
    QString problem_;
    bool hasErrorFinding_ = false;
    int addedCueCount_ = 0;
    int linkedCount_ = 0;
    bool updating_ = false; // while the track list is rebuilt
};

} // namespace cuesheet
