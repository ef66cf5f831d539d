#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QTreeWidget;

namespace cuesheet {

// One row of Help > Keyboard Shortcuts.
struct ShortcutEntry {
    QString group; // "Playback", "Timeline" ...
    QString keys;  // as shown: "Ctrl+Z", "J / K / L", "Ctrl+wheel"
    QString description;
};

// The entries for the window's actions: every action with a shortcut, under `group`.
QList<ShortcutEntry> shortcutEntriesFor(const QString& group, const QList<QAction*>& actions);

// Help > Keyboard Shortcuts: every shortcut of the editor, grouped, with a filter field.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<ShortcutEntry>& entries, QWidget* parent = nullptr);
    QTreeWidget* tree() const { return tree_; }
    // Wide enough for the longest description.
    QSize sizeHint() const override { return preferredSize_; }

private:
    QTreeWidget* tree_ = nullptr;
    QSize preferredSize_;
};

} // namespace cuesheet
