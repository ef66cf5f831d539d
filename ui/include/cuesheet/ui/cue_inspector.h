#pragma once

#include "cuesheet/model/cue.h"
#include "cuesheet/model/ids.h"
#include "cuesheet/model/work.h"

#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cuesheet {

class CueSelection;
class PartyListEditor;
class ProjectSession;
struct ChangeSet;

// Every field of the selected cue(s), editable, with the validation messages of the
// selection shown live under the fields (and the offending fields' labels marked).
//
// One cue: all fields. Several cues: the fields they can share (tags, usage, lane, library
// data, notes, title); a field whose value differs between them shows "(mixed)" and setting
// it sets it on all. Writers, publishers and ISWC belong to the work, so they are editable
// when the selected cues are uses of one work.
//
// Each finished edit (Enter or focus out of a line, a choice in a combobox, a checkbox) is
// one Project request: one undo step, written through to the file.
class CueInspector : public QWidget {
    Q_OBJECT
public:
    CueInspector(ProjectSession& session, CueSelection& selection, QWidget* parent = nullptr);

    // For tests and screenshots: the editors by field key ("title", "in", "kind", "writers",
    // ...); null for an unknown key.
    QWidget* editorFor(const QString& key) const;
    // The validation text shown ("" when the selection has no findings).
    QString validationText() const;

signals:
    // A request was refused: the window shows `message` (status bar).
    void editRefused(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildForm();
    void refresh();
    void refreshValidation();
    void onProjectChanged(const ChangeSet& change);
    std::vector<CueId> selectedCues() const;
    // One undoable edit of the selected cues; `what` names it: "Set diegesis to diegetic".
    void editCues(const QString& what, const std::function<void(Cue&)>& edit);
    void editField(const QString& key, const QString& value);
    void editTitle(const QString& title);
    void editTime(const QString& key, const QString& text);
    void editWork(const QString& what, const std::function<void(Work&)>& edit);
    void report(bool ok);
    QLabel* labelFor(const QString& key) const;

    ProjectSession& session_;
    CueSelection& selection_;
    bool refreshing_ = false;

    QLabel* heading_ = nullptr;
    QWidget* form_ = nullptr;
    QLabel* emptyNote_ = nullptr;
    QFormLayout* cueLayout_ = nullptr;
    QFormLayout* workLayout_ = nullptr;
    QLineEdit* title_ = nullptr;
    QLineEdit* in_ = nullptr;
    QLineEdit* out_ = nullptr;
    QLineEdit* duration_ = nullptr;
    QSpinBox* lane_ = nullptr;
    QComboBox* kind_ = nullptr;
    QComboBox* diegesis_ = nullptr;
    QCheckBox* visual_ = nullptr;
    QComboBox* vocal_ = nullptr;
    QComboBox* theme_ = nullptr;
    QComboBox* origin_ = nullptr;
    QComboBox* usage_ = nullptr;
    QLabel* derivedUsage_ = nullptr;
    QLineEdit* isrc_ = nullptr;
    QLineEdit* sourceFile_ = nullptr;
    QLineEdit* libraryLabel_ = nullptr;
    QLineEdit* catalogue_ = nullptr;
    QLineEdit* track_ = nullptr;
    QPlainTextEdit* notes_ = nullptr;
    QLineEdit* iswc_ = nullptr;
    PartyListEditor* writers_ = nullptr;
    PartyListEditor* publishers_ = nullptr;
    QLabel* workNote_ = nullptr;
    QLabel* validation_ = nullptr;
};

} // namespace cuesheet
