#pragma once

#include "cuesheet/model/project_header.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QWidget;

namespace cuesheet {

// The cue sheet's header: production, episode, company, country, year, director, release
// date, the timecode format (rate, drop-frame, start), the running time and the shares
// model. Every field goes through the model's text rules (header_fields.h), so it says what
// the `cuesheet set` command says; the fields changed become one undoable request.
class ProjectHeaderDialog : public QDialog {
    Q_OBJECT
public:
    ProjectHeaderDialog(const ProjectHeader& header, QWidget* parent = nullptr);

    // The edited header; valid after accept().
    const ProjectHeader& header() const { return edited_; }
    // Field keys the user changed, in the order applied.
    QStringList changedKeys() const;
    QWidget* editorFor(const QString& key) const { return editors_.value(key); }

    void accept() override;

private:
    QString valueOf(const QString& key) const;
    void setValue(const QString& key, const QString& value);
    // Applies every field to a copy of the original; the first refusal is shown and returned.
    QString apply(ProjectHeader* out) const;

    ProjectHeader original_;
    ProjectHeader edited_;
    QMap<QString, QWidget*> editors_;
    QLabel* error_ = nullptr;
};

} // namespace cuesheet
