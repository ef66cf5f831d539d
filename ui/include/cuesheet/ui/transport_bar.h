#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace cuesheet {

// The row under the picture: previous cue edge, frame back, play/pause, frame forward, next
// cue edge, the current timecode (click it, or press Ctrl+G, to type a timecode and go
// there), the shuttle rate and the film's frame rate.
//
// The bar holds no state of its own beyond what it shows: its buttons trigger the window's
// actions (so a button, a menu item and a shortcut do the same thing), and the window tells
// it what to display.
class TransportBar : public QWidget {
    Q_OBJECT
public:
    struct Actions {
        QAction* previousEdge = nullptr;
        QAction* stepBack = nullptr;
        QAction* playPause = nullptr;
        QAction* stepForward = nullptr;
        QAction* nextEdge = nullptr;
    };
    TransportBar(const Actions& actions, QWidget* parent = nullptr);

    void setTimecode(const QString& timecode);
    void setDuration(const QString& duration);
    // 0 paused, 1 play, +-2..8 shuttle.
    void setShuttle(int rate);
    void setRateText(const QString& text);
    // Shows the timecode entry with the current timecode selected.
    void beginTimecodeEntry();
    bool isEnteringTimecode() const;
    // Shown beside the entry when a typed timecode was refused.
    void showEntryError(const QString& message);

signals:
    void timecodeEntered(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void finishEntry(bool accept);

    QStackedWidget* timecodeStack_ = nullptr;
    QPushButton* timecodeButton_ = nullptr;
    QLineEdit* timecodeEdit_ = nullptr;
    QLabel* duration_ = nullptr;
    QLabel* shuttle_ = nullptr;
    QLabel* rate_ = nullptr;
    QAction* playPause_ = nullptr;
};

} // namespace cuesheet
