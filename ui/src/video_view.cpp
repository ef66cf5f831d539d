#include "cuesheet/ui/video_view.h"

#include <QFontDatabase>
#include <QPainter>
#include <QResizeEvent>

namespace cuesheet {

VideoView::VideoView(QWidget* parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    placeholder_ = tr("No film");
}

void VideoView::setImage(const QImage& image) {
    image_ = image;
    update();
}

void VideoView::setOverlayText(const QString& text) {
    if (text == overlayText_)
        return;
    overlayText_ = text;
    if (overlayVisible_)
        update();
}

void VideoView::setOverlayVisible(bool visible) {
    overlayVisible_ = visible;
    update();
}

void VideoView::setPlaceholderText(const QString& text) {
    placeholder_ = text;
    update();
}

QSize VideoView::preferredFrameSize() const {
    const qreal dpr = devicePixelRatioF();
    return QSize(qRound(width() * dpr), qRound(height() * dpr)).expandedTo({16, 16});
}

QRect VideoView::pictureRect() const {
    if (image_.isNull())
        return {};
    // The image carries no device pixel ratio; its aspect is what matters.
    QSize fitted = image_.size().scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

void VideoView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    emit frameSizeChanged(preferredFrameSize());
}

void VideoView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (image_.isNull()) {
        p.setPen(QColor(170, 170, 170));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRect target = pictureRect();
    p.drawImage(target, image_);

    if (overlayVisible_ && !overlayText_.isEmpty()) {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setPixelSize(std::max(12, target.height() / 16));
        font.setBold(true);
        p.setFont(font);
        const QFontMetrics fm(font);
        const QSize textSize(fm.horizontalAdvance(overlayText_) + 16, fm.height() + 6);
        const QRect box(target.center().x() - textSize.width() / 2,
                        target.bottom() - textSize.height() - target.height() / 30,
                        textSize.width(), textSize.height());
        p.fillRect(box, QColor(0, 0, 0, 170));
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, overlayText_);
    }
}

} // namespace cuesheet
