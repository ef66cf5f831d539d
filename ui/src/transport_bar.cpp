#include "cuesheet/ui/transport_bar.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>

#include <cstdlib>

namespace cuesheet {

namespace {
QToolButton* buttonFor(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setIconSize({20, 20});
    return button;
}
} // namespace

TransportBar::TransportBar(const Actions& actions, QWidget* parent)
    : QWidget(parent)
    , playPause_(actions.playPause) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(2);
    for (QAction* a : {actions.previousEdge, actions.stepBack, actions.playPause,
                       actions.stepForward, actions.nextEdge})
        if (a)
            layout->addWidget(buttonFor(a, this));
    layout->addSpacing(12);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.35);
    mono.setBold(true);

    timecodeStack_ = new QStackedWidget(this);
    timecodeButton_ = new QPushButton("00:00:00:00", timecodeStack_);
    timecodeButton_->setFlat(true);
    timecodeButton_->setFont(mono);
    timecodeButton_->setCursor(Qt::IBeamCursor);
    timecodeButton_->setToolTip(tr("Current position. Click (or Ctrl+G) to type a timecode "
                                   "and go there."));
    timecodeButton_->setFocusPolicy(Qt::NoFocus);
    timecodeEdit_ = new QLineEdit(timecodeStack_);
    timecodeEdit_->setFont(mono);
    timecodeEdit_->setAlignment(Qt::AlignCenter);
    timecodeEdit_->setPlaceholderText("01:00:00:00");
    timecodeEdit_->installEventFilter(this);
    timecodeStack_->addWidget(timecodeButton_);
    timecodeStack_->addWidget(timecodeEdit_);
    const int tcWidth = QFontMetrics(mono).horizontalAdvance("00:00:00:00") + 28;
    timecodeStack_->setFixedWidth(tcWidth);
    layout->addWidget(timecodeStack_);
    connect(timecodeButton_, &QPushButton::clicked, this, &TransportBar::beginTimecodeEntry);
    connect(timecodeEdit_, &QLineEdit::returnPressed, this, [this] { finishEntry(true); });
    connect(timecodeEdit_, &QLineEdit::editingFinished, this, [this] {
        if (isEnteringTimecode() && !timecodeEdit_->hasFocus())
            finishEntry(false);
    });

    duration_ = new QLabel(this);
    duration_->setToolTip(tr("Running time of the film"));
    layout->addWidget(duration_);
    layout->addStretch(1);
    shuttle_ = new QLabel(this);
    shuttle_->setMinimumWidth(QFontMetrics(font()).horizontalAdvance("Paused") + 12);
    shuttle_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    shuttle_->setToolTip(tr("Playback rate (J / K / L)"));
    layout->addWidget(shuttle_);
    layout->addSpacing(12);
    rate_ = new QLabel(this);
    rate_->setToolTip(tr("The project's timecode format"));
    layout->addWidget(rate_);
    setShuttle(0);
}

void TransportBar::setTimecode(const QString& timecode) {
    timecodeButton_->setText(timecode);
}

void TransportBar::setDuration(const QString& duration) {
    duration_->setText(duration.isEmpty() ? QString() : tr("/ %1").arg(duration));
}

void TransportBar::setShuttle(int rate) {
    if (rate == 0)
        shuttle_->setText(tr("Paused"));
    else if (rate == 1)
        shuttle_->setText(tr("Playing"));
    else
        shuttle_->setText(QString("%1%2×").arg(rate < 0 ? "◀ " : "▶ ").arg(std::abs(rate)));
    if (playPause_)
        playPause_->setChecked(rate != 0);
}

void TransportBar::setRateText(const QString& text) {
    rate_->setText(text);
}

void TransportBar::beginTimecodeEntry() {
    timecodeEdit_->setText(timecodeButton_->text());
    timecodeStack_->setCurrentWidget(timecodeEdit_);
    timecodeEdit_->setFocus(Qt::ShortcutFocusReason);
    timecodeEdit_->selectAll();
}

bool TransportBar::isEnteringTimecode() const {
    return timecodeStack_->currentWidget() == timecodeEdit_;
}

void TransportBar::showEntryError(const QString& message) {
    beginTimecodeEntry();
    QToolTip::showText(timecodeEdit_->mapToGlobal(QPoint(0, timecodeEdit_->height())), message,
                       timecodeEdit_);
}

void TransportBar::finishEntry(bool accept) {
    if (!isEnteringTimecode())
        return;
    const QString text = timecodeEdit_->text().trimmed();
    timecodeStack_->setCurrentWidget(timecodeButton_);
    if (accept && !text.isEmpty())
        emit timecodeEntered(text);
}

bool TransportBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == timecodeEdit_ && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        finishEntry(false);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cuesheet
