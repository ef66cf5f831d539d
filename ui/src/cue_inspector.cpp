#include "cuesheet/ui/cue_inspector.h"

#include "cuesheet/model/cue_fields.h"
#include "cuesheet/model/identifiers.h"
#include "cuesheet/model/in_out_text.h"
#include "cuesheet/model/usage.h"
#include "cuesheet/model/work_assignment.h"
#include "cuesheet/ui/cue_display_text.h"
#include "cuesheet/ui/cue_selection.h"
#include "cuesheet/ui/party_list_editor.h"
#include "cuesheet/ui/project_session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <map>
#include <optional>
#include <set>

namespace cuesheet {

namespace {

const char* const kMixed = "(mixed)";
const char* const kOriginalLabel = "originalLabel";

QComboBox* makeCombo(const QList<std::pair<QString, QString>>& items, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    for (const auto& [key, label] : items)
        combo->addItem(label, key);
    return combo;
}

// Selects the item whose data is `key`, or shows "(mixed)" when there is no single value.
void setComboValue(QComboBox* combo, const std::optional<QString>& key) {
    const int mixedIndex = combo->findData(QString(kMixed));
    if (!key) {
        if (mixedIndex < 0)
            combo->insertItem(0, QObject::tr("(mixed)"), QString(kMixed));
        combo->setCurrentIndex(combo->findData(QString(kMixed)));
        return;
    }
    if (mixedIndex >= 0)
        combo->removeItem(mixedIndex);
    const int i = combo->findData(*key, Qt::UserRole, Qt::MatchFixedString);
    if (i >= 0)
        combo->setCurrentIndex(i);
    else if (combo->isEditable())
        combo->setEditText(*key);
}

// Shows a value unless the user is typing in the field right now.
void setLineValue(QLineEdit* edit, const std::optional<QString>& value) {
    if (edit->hasFocus() && edit->isModified())
        return;
    edit->setText(value.value_or(QString()));
    edit->setPlaceholderText(value ? QString() : QObject::tr("(mixed)"));
    edit->setModified(false);
}

// The value all `cues` share, or nullopt when they differ.
std::optional<QString> common(const std::vector<const Cue*>& cues,
                              const std::function<QString(const Cue&)>& value) {
    if (cues.empty())
        return QString();
    const QString first = value(*cues.front());
    for (const Cue* c : cues)
        if (value(*c) != first)
            return std::nullopt;
    return first;
}

} // namespace

CueInspector::CueInspector(ProjectSession& session, CueSelection& selection, QWidget* parent)
    : QWidget(parent)
    , session_(session)
    , selection_(selection) {
    buildForm();
    connect(&selection_, &CueSelection::selectionChanged, this, &CueInspector::refresh);
    connect(&session_.project(), &Project::changed, this, &CueInspector::onProjectChanged);
    connect(&session_, &ProjectSession::findingsChanged, this, &CueInspector::refreshValidation);
    refresh();
}

void CueInspector::buildForm() {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    // The form follows the dock's width (fields grow and shrink); it scrolls only vertically.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);

    heading_ = new QLabel(content);
    QFont headingFont = heading_->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading_->setFont(headingFont);
    heading_->setWordWrap(true);
    layout->addWidget(heading_);

    emptyNote_ = new QLabel(tr("Select a cue in the timeline or the table to see and edit its "
                               "fields. Select several to edit their shared fields at once."),
                            content);
    emptyNote_->setWordWrap(true);
    emptyNote_->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(emptyNote_);

    form_ = new QWidget(content);
    auto* formLayout = new QVBoxLayout(form_);
    formLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(form_);

    validation_ = new QLabel(content);
    validation_->setWordWrap(true);
    validation_->setTextFormat(Qt::RichText);
    validation_->setObjectName("inspectorValidation");
    formLayout->addWidget(validation_);

    // --- the cue (this use of the music)
    auto* cueBox = new QGroupBox(tr("Cue"), form_);
    cueLayout_ = new QFormLayout(cueBox);
    cueLayout_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [](QFormLayout* form, const QString& key, const QString& text, QWidget* w) {
        auto* label = new QLabel(text);
        label->setObjectName("label-" + key);
        label->setProperty(kOriginalLabel, text);
        label->setBuddy(w);
        form->addRow(label, w);
    };

    title_ = new QLineEdit(cueBox);
    addRow(cueLayout_, "title", tr("&Title"), title_);
    in_ = new QLineEdit(cueBox);
    addRow(cueLayout_, "in", tr("&In"), in_);
    out_ = new QLineEdit(cueBox);
    addRow(cueLayout_, "out", tr("&Out"), out_);
    duration_ = new QLineEdit(cueBox);
    addRow(cueLayout_, "duration", tr("Duration"), duration_);
    lane_ = new QSpinBox(cueBox);
    lane_->setRange(0, kLastLane);
    lane_->setKeyboardTracking(false);
    addRow(cueLayout_, "lane", tr("Lane"), lane_);

    kind_ = makeCombo(
        {{"score", displayName(MusicKind::Score)}, {"song", displayName(MusicKind::Song)}}, cueBox);
    addRow(cueLayout_, "kind", tr("&Kind"), kind_);
    diegesis_ = makeCombo({{"non-diegetic", displayName(Diegesis::NonDiegetic)},
                           {"diegetic", displayName(Diegesis::Diegetic)},
                           {"unknown", displayName(Diegesis::Unknown)}},
                          cueBox);
    diegesis_->setToolTip(tr("Diegetic: the characters can hear it (source music). "
                             "Non-diegetic: only the audience hears it."));
    addRow(cueLayout_, "diegesis", tr("&Diegesis"), diegesis_);
    visual_ = new QCheckBox(tr("Performer seen on screen"), cueBox);
    addRow(cueLayout_, "visual", tr("Visual"), visual_);
    vocal_ = makeCombo({{"auto", tr("Auto (from the kind)")},
                        {"vocal", displayName(Vocal::Vocal)},
                        {"instrumental", displayName(Vocal::Instrumental)}},
                       cueBox);
    addRow(cueLayout_, "vocal", tr("Vocal"), vocal_);
    theme_ = makeCombo({{"none", displayName(ThemeRole::None)},
                        {"main", displayName(ThemeRole::MainTitle)},
                        {"end", displayName(ThemeRole::EndTitle)},
                        {"logo", displayName(ThemeRole::Logo)}},
                       cueBox);
    addRow(cueLayout_, "theme", tr("Theme"), theme_);
    origin_ = makeCombo({{"auto", tr("Auto (from the kind)")},
                         {"commissioned", displayName(Origin::Commissioned)},
                         {"commercial", displayName(Origin::Commercial)},
                         {"library", displayName(Origin::Library)},
                         {"public-domain", displayName(Origin::PublicDomain)}},
                        cueBox);
    addRow(cueLayout_, "origin", tr("Origin"), origin_);
    usage_ = makeCombo({{"auto", tr("Auto (derived)")},
                        {"BI", "BI"},
                        {"BV", "BV"},
                        {"VI", "VI"},
                        {"VV", "VV"},
                        {"MT", "MT"},
                        {"ET", "ET"},
                        {"L", "L"}},
                       cueBox);
    usage_->setEditable(true);
    usage_->setInsertPolicy(QComboBox::NoInsert);
    derivedUsage_ = new QLabel(cueBox);
    derivedUsage_->setForegroundRole(QPalette::PlaceholderText);
    // Under the combo and wrapped, so the inspector stays as narrow as its dock.
    derivedUsage_->setWordWrap(true);
    auto* usageRow = new QWidget(cueBox);
    auto* usageLayout = new QVBoxLayout(usageRow);
    usageLayout->setContentsMargins(0, 0, 0, 0);
    usageLayout->setSpacing(2);
    usageLayout->addWidget(usage_);
    usageLayout->addWidget(derivedUsage_);
    addRow(cueLayout_, "usage", tr("&Usage"), usageRow);
    isrc_ = new QLineEdit(cueBox);
    isrc_->setPlaceholderText("CCXXX0000000");
    addRow(cueLayout_, "isrc", tr("ISRC"), isrc_);
    sourceFile_ = new QLineEdit(cueBox);
    addRow(cueLayout_, "source-file", tr("Source file"), sourceFile_);
    libraryLabel_ = new QLineEdit(cueBox);
    addRow(cueLayout_, "label", tr("Library label"), libraryLabel_);
    catalogue_ = new QLineEdit(cueBox);
    addRow(cueLayout_, "catalogue", tr("Catalogue no."), catalogue_);
    track_ = new QLineEdit(cueBox);
    addRow(cueLayout_, "track", tr("Track no."), track_);
    notes_ = new QPlainTextEdit(cueBox);
    notes_->setTabChangesFocus(true);
    notes_->setFixedHeight(fontMetrics().height() * 4);
    notes_->installEventFilter(this);
    addRow(cueLayout_, "notes", tr("Notes"), notes_);
    formLayout->addWidget(cueBox);

    // --- the work (shared by every use of the title)
    auto* workBox = new QGroupBox(tr("Work (every use of this title)"), form_);
    auto* workOuter = new QVBoxLayout(workBox);
    workLayout_ = new QFormLayout;
    workLayout_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    iswc_ = new QLineEdit(workBox);
    iswc_->setPlaceholderText("T-000.000.000-0");
    addRow(workLayout_, "iswc", tr("ISWC"), iswc_);
    workOuter->addLayout(workLayout_);
    auto* writersLabel = new QLabel(tr("Writers"), workBox);
    writersLabel->setObjectName("label-writers");
    writersLabel->setProperty(kOriginalLabel, writersLabel->text());
    workOuter->addWidget(writersLabel);
    writers_ = new PartyListEditor(PartySide::Writer, session_.societies(), workBox);
    workOuter->addWidget(writers_);
    auto* publishersLabel = new QLabel(tr("Publishers"), workBox);
    publishersLabel->setObjectName("label-publishers");
    publishersLabel->setProperty(kOriginalLabel, publishersLabel->text());
    workOuter->addWidget(publishersLabel);
    publishers_ = new PartyListEditor(PartySide::Publisher, session_.societies(), workBox);
    workOuter->addWidget(publishers_);
    workNote_ = new QLabel(workBox);
    workNote_->setWordWrap(true);
    workNote_->setForegroundRole(QPalette::PlaceholderText);
    workOuter->addWidget(workNote_);
    formLayout->addWidget(workBox);
    layout->addStretch(1);

    // --- edits
    auto onLine = [this](QLineEdit* edit, auto commit) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, commit] {
            if (refreshing_ || !edit->isModified())
                return;
            edit->setModified(false);
            commit(edit->text());
        });
    };
    onLine(title_, [this](const QString& t) { editTitle(t); });
    onLine(in_, [this](const QString& t) { editTime("in", t); });
    onLine(out_, [this](const QString& t) { editTime("out", t); });
    onLine(duration_, [this](const QString& t) { editTime("duration", t); });
    onLine(isrc_, [this](const QString& t) { editField("isrc", t); });
    onLine(sourceFile_, [this](const QString& t) { editField("source-file", t); });
    onLine(libraryLabel_, [this](const QString& t) { editField("label", t); });
    onLine(catalogue_, [this](const QString& t) { editField("catalogue", t); });
    onLine(track_, [this](const QString& t) { editField("track", t); });
    onLine(iswc_, [this](const QString& t) {
        const QString value = t.trimmed();
        if (!value.isEmpty())
            if (const QString problem = checkIswc(value); !problem.isEmpty()) {
                emit editRefused(tr("ISWC: %1").arg(problem));
                refresh();
                return;
            }
        editWork(tr("Set ISWC"), [&](Work& w) { w.iswc = normalizedIswc(value); });
    });

    auto onCombo = [this](QComboBox* combo, const QString& key) {
        connect(combo, &QComboBox::activated, this, [this, combo, key] {
            if (refreshing_)
                return;
            const QString value = combo->currentData().toString();
            if (value == kMixed)
                return;
            editField(key, value);
        });
    };
    onCombo(kind_, "kind");
    onCombo(diegesis_, "diegesis");
    onCombo(vocal_, "vocal");
    onCombo(theme_, "theme");
    onCombo(origin_, "origin");
    connect(usage_, &QComboBox::activated, this, [this] {
        if (refreshing_)
            return;
        QString value = usage_->currentData().toString();
        if (value == kMixed)
            return;
        if (value.isEmpty() || usage_->currentText() != usage_->itemText(usage_->currentIndex()))
            value = usage_->currentText().trimmed();
        editField("usage", value);
    });
    connect(visual_, &QCheckBox::clicked, this, [this](bool on) {
        if (!refreshing_)
            editField("visual", on ? "yes" : "no");
    });
    connect(lane_, &QSpinBox::valueChanged, this, [this](int lane) {
        if (!refreshing_)
            editField("lane", QString::number(lane));
    });
    connect(writers_, &PartyListEditor::partiesEdited, this, [this](const PartyList& parties) {
        editWork(tr("Edit writers"), [&](Work& w) { w.writers = parties; });
    });
    connect(publishers_, &PartyListEditor::partiesEdited, this, [this](const PartyList& parties) {
        editWork(tr("Edit publishers"), [&](Work& w) { w.publishers = parties; });
    });
    connect(writers_, &PartyListEditor::editRefused, this, &CueInspector::editRefused);
    connect(publishers_, &PartyListEditor::editRefused, this, &CueInspector::editRefused);
}

bool CueInspector::eventFilter(QObject* watched, QEvent* event) {
    if (watched == notes_ && event->type() == QEvent::FocusOut && !refreshing_ &&
        notes_->document()->isModified()) {
        notes_->document()->setModified(false);
        editField("notes", notes_->toPlainText());
    }
    return QWidget::eventFilter(watched, event);
}

std::vector<CueId> CueInspector::selectedCues() const {
    std::vector<CueId> ids;
    for (CueId id : selection_.ids())
        if (session_.project().cue(id))
            ids.push_back(id);
    return ids;
}

QWidget* CueInspector::editorFor(const QString& key) const {
    const std::map<QString, QWidget*> editors{{"title", title_},
                                              {"in", in_},
                                              {"out", out_},
                                              {"duration", duration_},
                                              {"lane", lane_},
                                              {"kind", kind_},
                                              {"diegesis", diegesis_},
                                              {"visual", visual_},
                                              {"vocal", vocal_},
                                              {"theme", theme_},
                                              {"origin", origin_},
                                              {"usage", usage_},
                                              {"isrc", isrc_},
                                              {"source-file", sourceFile_},
                                              {"label", libraryLabel_},
                                              {"catalogue", catalogue_},
                                              {"track", track_},
                                              {"notes", notes_},
                                              {"iswc", iswc_},
                                              {"writers", writers_},
                                              {"publishers", publishers_}};
    const auto it = editors.find(key);
    return it == editors.end() ? nullptr : it->second;
}

QString CueInspector::validationText() const {
    return validation_->isVisible() || !validation_->text().isEmpty()
               ? QTextDocumentFragment::fromHtml(validation_->text()).toPlainText()
               : QString();
}

QLabel* CueInspector::labelFor(const QString& key) const {
    return findChild<QLabel*>("label-" + key);
}

void CueInspector::onProjectChanged(const ChangeSet& change) {
    const auto& ids = selection_.ids();
    bool touches = change.header.has_value() || !change.works.empty();
    for (const auto& c : change.cues)
        touches = touches || ids.count(c.id);
    if (touches)
        refresh();
}

void CueInspector::refresh() {
    const Project& project = session_.project();
    std::vector<const Cue*> cues;
    for (CueId id : selectedCues())
        cues.push_back(project.cue(id));

    refreshing_ = true;
    const bool none = cues.empty();
    const bool single = cues.size() == 1;
    const bool readOnly = session_.isReadOnly();
    form_->setVisible(!none);
    emptyNote_->setVisible(none);
    if (none) {
        heading_->setText(tr("No cue selected"));
        refreshing_ = false;
        refreshValidation();
        return;
    }
    const Cue& first = *cues.front();
    if (single)
        heading_->setText(
            tr("Cue %1 — %2").arg(project.sequenceNumber(first.id)).arg(project.titleOf(first)));
    else
        heading_->setText(tr("%1 cues selected").arg(cues.size()));

    const ProjectHeader& header = project.header();
    setLineValue(title_, common(cues, [&](const Cue& c) { return project.titleOf(c); }));
    setLineValue(in_,
                 common(cues, [&](const Cue& c) { return timecodeOfProgrammeTime(c.in, header); }));
    setLineValue(
        out_, common(cues, [&](const Cue& c) { return timecodeOfProgrammeTime(c.out, header); }));
    setLineValue(duration_, common(cues, [&](const Cue& c) {
                     return timecodeOfDuration(c.duration(), header);
                 }));
    for (QLineEdit* e : {in_, out_, duration_})
        e->setReadOnly(!single || readOnly);
    const auto lane = common(cues, [](const Cue& c) { return QString::number(c.lane); });
    lane_->setValue(lane ? lane->toInt() : 0);
    lane_->setSpecialValueText(lane ? QString() : tr("(mixed)"));

    setComboValue(kind_, common(cues, [](const Cue& c) { return toKey(c.tags.kind); }));
    setComboValue(diegesis_, common(cues, [](const Cue& c) { return toKey(c.tags.diegesis); }));
    const auto visual =
        common(cues, [](const Cue& c) { return c.tags.visual ? QString("yes") : QString("no"); });
    visual_->setTristate(!visual);
    visual_->setCheckState(!visual ? Qt::PartiallyChecked
                                   : (*visual == "yes" ? Qt::Checked : Qt::Unchecked));
    setComboValue(vocal_, common(cues, [](const Cue& c) {
                      return c.tags.vocal ? toKey(*c.tags.vocal) : QString("auto");
                  }));
    setComboValue(theme_, common(cues, [](const Cue& c) { return toKey(c.tags.theme); }));
    setComboValue(origin_, common(cues, [](const Cue& c) {
                      return c.tags.origin ? toKey(*c.tags.origin) : QString("auto");
                  }));
    setComboValue(usage_, common(cues, [](const Cue& c) {
                      return c.usageOverride.isEmpty() ? QString("auto") : c.usageOverride;
                  }));
    const auto derived = common(cues, [](const Cue& c) { return usUsageCode(c.tags); });
    derivedUsage_->setText(derived ? tr("derived: %1 · %2").arg(*derived, cisacUsage(first.tags))
                                   : QString());
    setLineValue(isrc_, common(cues, [](const Cue& c) { return c.isrc; }));
    setLineValue(sourceFile_, common(cues, [](const Cue& c) { return c.sourceFile; }));
    setLineValue(libraryLabel_, common(cues, [](const Cue& c) { return c.libraryLabel; }));
    setLineValue(catalogue_, common(cues, [](const Cue& c) { return c.libraryCatalogue; }));
    setLineValue(track_, common(cues, [](const Cue& c) { return c.libraryTrack; }));
    if (!notes_->hasFocus()) {
        const auto notes = common(cues, [](const Cue& c) { return c.notes; });
        notes_->setPlainText(notes.value_or(QString()));
        notes_->setPlaceholderText(notes ? QString() : tr("(mixed)"));
        notes_->document()->setModified(false);
    }

    std::set<WorkId> works;
    for (const Cue* c : cues)
        works.insert(c->workId);
    const Work* work = works.size() == 1 ? project.work(*works.begin()) : nullptr;
    iswc_->setEnabled(work != nullptr);
    writers_->setEnabled(work != nullptr);
    publishers_->setEnabled(work != nullptr);
    writers_->setReadOnly(readOnly);
    publishers_->setReadOnly(readOnly);
    if (work) {
        setLineValue(iswc_, work->iswc);
        writers_->setParties(work->writers);
        publishers_->setParties(work->publishers);
        int uses = 0;
        for (const auto& [id, c] : project.cues())
            uses += c.workId == work->id;
        workNote_->setText(uses > 1 ? tr("\"%1\" is used by %2 cues: writers and publishers "
                                         "apply to all of them.")
                                          .arg(work->title)
                                          .arg(uses)
                                    : QString());
    } else {
        setLineValue(iswc_, std::nullopt);
        writers_->setParties({});
        publishers_->setParties({});
        workNote_->setText(tr("The selected cues use different titles: select the uses of one "
                              "title to edit its writers and publishers."));
    }
    // A read-only file shows its values but takes no edits.
    form_->setEnabled(!readOnly);
    refreshing_ = false;
    refreshValidation();
}

void CueInspector::refreshValidation() {
    // Reset every marked label.
    for (QLabel* label : findChildren<QLabel*>()) {
        const QVariant original = label->property(kOriginalLabel);
        if (original.isValid()) {
            label->setText(original.toString());
            label->setToolTip({});
        }
    }
    std::vector<Finding> findings;
    for (CueId id : selectedCues())
        for (const Finding& f : findingsForCue(session_.findings(), id))
            findings.push_back(f);
    if (findings.empty()) {
        validation_->setText({});
        validation_->hide();
        return;
    }
    const bool several = selection_.ids().size() > 1;
    QStringList lines;
    std::map<QString, QStringList> byField;
    for (const Finding& f : findings) {
        const QColor colour =
            f.severity == Severity::Error ? QColor(0xd0, 0x30, 0x30) : QColor(0xc0, 0x80, 0x00);
        QString prefix;
        if (several)
            prefix = tr("Cue %1: ").arg(session_.project().sequenceNumber(f.cue));
        lines << QString("<span style='color:%1'>%2</span> %3%4")
                     .arg(colour.name(), f.severity == Severity::Error ? "●" : "▲",
                          prefix.toHtmlEscaped(), f.message.toHtmlEscaped());
        const QStringList keys =
            f.field == "shares" ? QStringList{"writers", "publishers"} : QStringList{f.field};
        for (const QString& key : keys)
            byField[key] << f.message;
    }
    for (const auto& [key, messages] : byField) {
        if (QLabel* label = labelFor(key)) {
            label->setText("⚠ " + label->property(kOriginalLabel).toString());
            label->setToolTip(messages.join('\n'));
        }
    }
    validation_->setText(lines.join("<br>"));
    validation_->show();
}

void CueInspector::report(bool ok) {
    if (!ok) {
        emit editRefused(session_.project().lastError());
        refresh();
    }
}

void CueInspector::editCues(const QString& what, const std::function<void(Cue&)>& edit) {
    const std::vector<CueId> ids = selectedCues();
    if (ids.empty())
        return;
    const QString label =
        ids.size() == 1
            ? tr("%1 (cue %2)").arg(what).arg(session_.project().sequenceNumber(ids.front()))
            : tr("%1 (%2 cues)").arg(what).arg(ids.size());
    report(session_.project().requestUpdateCues(ids, label, edit));
}

void CueInspector::editField(const QString& key, const QString& value) {
    const std::vector<CueId> ids = selectedCues();
    if (ids.empty())
        return;
    const ProjectHeader header = session_.project().header();
    // Parse once against the first cue, so a bad value is refused before anything changes.
    Cue probe = *session_.project().cue(ids.front());
    if (const QString error = setCueFieldFromText(probe, key, value, header); !error.isEmpty()) {
        emit editRefused(error);
        refresh();
        return;
    }
    const QString shown = key == "notes" ? QString() : " " + value.trimmed();
    editCues(tr("Set %1%2").arg(cueFieldName(key), shown.isEmpty() ? QString() : " to" + shown),
             [&](Cue& c) { setCueFieldFromText(c, key, value, header); });
}

void CueInspector::editTitle(const QString& title) {
    const std::vector<CueId> ids = selectedCues();
    if (ids.empty())
        return;
    if (title.trimmed().isEmpty()) {
        emit editRefused(tr("A cue needs a title."));
        refresh();
        return;
    }
    if (ids.size() == 1) {
        report(session_.project().requestSetTitle(ids.front(), title));
        return;
    }
    report(session_.project().requestEdit(
        tr("Retitle %1 cues \"%2\"").arg(ids.size()).arg(title.trimmed()), [&](ProjectData& d) {
            for (CueId id : ids)
                retitleCue(d, id, title);
        }));
}

void CueInspector::editTime(const QString& key, const QString& text) {
    const std::vector<CueId> ids = selectedCues();
    if (ids.size() != 1)
        return;
    const Project& project = session_.project();
    const Cue& cue = *project.cue(ids.front());
    const ProjectHeader& header = project.header();
    Cue edited = cue;
    if (const QString error = setCueTimeFromText(edited, key, text, header); !error.isEmpty()) {
        emit editRefused(error);
        refresh();
        return;
    }
    report(session_.project().requestSetCueRange(cue.id, edited.in, edited.out, edited.lane));
}

void CueInspector::editWork(const QString& what, const std::function<void(Work&)>& edit) {
    std::set<WorkId> works;
    for (CueId id : selectedCues())
        works.insert(session_.project().cue(id)->workId);
    if (works.size() != 1)
        return;
    const Work* work = session_.project().work(*works.begin());
    if (!work)
        return;
    report(session_.project().requestUpdateWork(work->id, tr("%1 of \"%2\"").arg(what, work->title),
                                                edit));
}

} // namespace cuesheet
