#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

namespace cuesheet {

// Shows the player's current picture, scaled to fit with its aspect ratio kept (letterboxed
// or pillarboxed on black), with an optional timecode overlay burnt in at the bottom.
// High-DPI: the picture is drawn at device pixels (preferredFrameSize() tells the player how
// large to convert).
class VideoView : public QWidget {
    Q_OBJECT
public:
    explicit VideoView(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    bool hasImage() const { return !image_.isNull(); }
    const QImage& image() const { return image_; }
    void setOverlayText(const QString& text);
    void setOverlayVisible(bool visible);
    bool isOverlayVisible() const { return overlayVisible_; }
    // Shown when there is no picture ("No film", "Film not found ...").
    void setPlaceholderText(const QString& text);
    // The picture size worth decoding to: this view's size in device pixels.
    QSize preferredFrameSize() const;
    // Where the picture is drawn (logical pixels).
    QRect pictureRect() const;

    QSize sizeHint() const override { return {480, 270}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

signals:
    void frameSizeChanged(QSize deviceSize);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QImage image_;
    QString overlayText_;
    QString placeholder_;
    bool overlayVisible_ = true;
};

} // namespace cuesheet
