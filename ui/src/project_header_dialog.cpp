#include "cuesheet/ui/project_header_dialog.h"

#include "cuesheet/model/header_fields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cuesheet {

namespace {

QString labelFor(const QString& key) {
    static const QMap<QString, QString> labels{
        {"title", QObject::tr("Production title")},
        {"episode-title", QObject::tr("Episode title")},
        {"episode-number", QObject::tr("Episode number")},
        {"company", QObject::tr("Production company")},
        {"production-number", QObject::tr("Production number")},
        {"country", QObject::tr("Country of origin")},
        {"year", QObject::tr("Year")},
        {"director", QObject::tr("Director")},
        {"release-date", QObject::tr("First release date")},
        {"rate", QObject::tr("Frame rate")},
        {"drop-frame", QObject::tr("Drop-frame")},
        {"start", QObject::tr("Start timecode")},
        {"running-time", QObject::tr("Running time")},
        {"media", QObject::tr("Film")},
        {"shares-model", QObject::tr("Shares")},
    };
    return labels.value(key, key);
}

} // namespace

ProjectHeaderDialog::ProjectHeaderDialog(const ProjectHeader& header, QWidget* parent)
    : QDialog(parent)
    , original_(header)
    , edited_(header) {
    setWindowTitle(tr("Project Header"));
    auto* form = new QFormLayout;
    for (const HeaderFieldInfo& field : headerFields()) {
        QWidget* editor = nullptr;
        const QString value = headerFieldText(header, field.key);
        if (field.key == "rate") {
            auto* combo = new QComboBox(this);
            combo->setEditable(true);
            for (const auto& [text, fraction] :
                 QList<std::pair<QString, QString>>{{"23.976", "24000/1001"},
                                                    {"24", "24/1"},
                                                    {"25", "25/1"},
                                                    {"29.97", "30000/1001"},
                                                    {"30", "30/1"},
                                                    {"48", "48/1"},
                                                    {"50", "50/1"},
                                                    {"59.94", "60000/1001"},
                                                    {"60", "60/1"}})
                combo->addItem(QString("%1 (%2)").arg(text, fraction), fraction);
            editor = combo;
        } else if (field.key == "drop-frame") {
            editor = new QCheckBox(tr("Drop-frame timecode (29.97 and 59.94 only)"), this);
        } else if (field.key == "shares-model") {
            auto* combo = new QComboBox(this);
            combo->addItem(tr("Each side totals 100 % (writers, publishers)"), "each-side");
            combo->addItem(tr("Writers and publishers together total 100 %"), "combined");
            editor = combo;
        } else {
            auto* line = new QLineEdit(this);
            line->setPlaceholderText(field.description);
            if (field.key == "media")
                line->setReadOnly(true); // File > Relink Film changes it, checking the film
            editor = line;
        }
        editor->setToolTip(field.description);
        editors_.insert(field.key, editor);
        form->addRow(labelFor(field.key), editor);
        setValue(field.key, value);
    }
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    QPalette p = error_->palette();
    p.setColor(QPalette::WindowText, QColor(0xd0, 0x30, 0x30));
    error_->setPalette(p);
    error_->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectHeaderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString ProjectHeaderDialog::valueOf(const QString& key) const {
    QWidget* editor = editors_.value(key);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        return line->text();
    if (auto* check = qobject_cast<QCheckBox*>(editor))
        return check->isChecked() ? "yes" : "no";
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int i = combo->currentIndex();
        if (combo->isEditable() && (i < 0 || combo->currentText() != combo->itemText(i)))
            return combo->currentText();
        return combo->currentData().toString();
    }
    return {};
}

void ProjectHeaderDialog::setValue(const QString& key, const QString& value) {
    QWidget* editor = editors_.value(key);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(value);
    } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        check->setChecked(value == "yes");
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int i = combo->findData(value);
        if (i >= 0)
            combo->setCurrentIndex(i);
        else
            combo->setEditText(value);
    }
}

QStringList ProjectHeaderDialog::changedKeys() const {
    QStringList keys;
    for (const HeaderFieldInfo& field : headerFields())
        if (valueOf(field.key) != headerFieldText(original_, field.key))
            keys << field.key;
    return keys;
}

QString ProjectHeaderDialog::apply(ProjectHeader* out) const {
    ProjectHeader h = original_;
    // headerFields() lists the rate and drop-frame before the start, so a new start is read
    // in the new format.
    for (const QString& key : changedKeys())
        if (const QString error = setHeaderFieldFromText(h, key, valueOf(key)); !error.isEmpty())
            return error;
    *out = h;
    return {};
}

void ProjectHeaderDialog::accept() {
    const QString error = apply(&edited_);
    if (!error.isEmpty()) {
        error_->setText(error);
        error_->show();
        return;
    }
    QDialog::accept();
}

} // namespace cuesheet
