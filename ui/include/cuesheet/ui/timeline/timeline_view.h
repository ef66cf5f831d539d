#pragma once

#include "cuesheet/model/ids.h"
#include "cuesheet/time/time.h"
#include "cuesheet/ui/timeline/cue_drag.h"
#include "cuesheet/ui/timeline/cue_label_cache.h"
#include "cuesheet/ui/timeline/cue_lane_index.h"
#include "cuesheet/ui/timeline/thumbnail_layer.h"
#include "cuesheet/ui/timeline/timeline_colours.h"
#include "cuesheet/ui/timeline/timeline_edits.h"
#include "cuesheet/ui/timeline/timeline_geometry.h"
#include "cuesheet/ui/timeline/timeline_layout.h"
#include "cuesheet/ui/timeline/waveform_layer.h"

#include <QAbstractScrollArea>

#include <memory>
#include <optional>
#include <set>

class QHelpEvent;
class QTimer;

namespace cuesheet {

struct ChangeSet;
class CueSelection;
class Project;
struct TimelinePaintContext;

// The film's timeline: ruler, picture strip, waveform, cue lanes and playhead, painted by
// layers (ruler_layer, thumbnail_layer, waveform_layer, cue_layer, overlay_layer) through one
// TimelineGeometry, and the place where cues are drawn, created, moved, trimmed and tagged.
//
// Contract with the window
//   - setProject(project): the view shows that project and edits it through its request*
//     API only; every edit is ONE request (one undo step), made when a gesture ends (a drag
//     previews and requests at release). Undo/redo are the window's (Project::undo/redo); the
//     view follows Project::changed. The project is not owned; null shows an empty timeline.
//   - setSelection(selection): the selection shared with the table and the inspector (not
//     owned). Without one the view uses its own. The view selects a cue it creates.
//   - setPlayhead(time): the player reports its position (call it at the display rate while
//     playing). The view repaints only the strips the playhead leaves and enters, and, while
//     following (setFollowPlayhead, on by default), scrolls a page when the playhead leaves
//     the view (not during a drag).
//   - seekRequested(time): the user asked to go there (a click or drag on the ruler or on the
//     strips, arrow keys without a selection, Home/End). The view moves its own playhead at
//     once; the player then seeks and reports back through setPlayhead.
//   - Marks: inMark()/outMark(), setMarks(), marksChanged(). Times are frame boundaries;
//     the out mark is exclusive (O includes the frame under the playhead).
//   - Media: setWaveform (a built pyramid; sample 0 = programme time 0), setWaveformProgress
//     while it is built, setThumbnails (a strip). Without them the strips are blank.
//   - Everything runs on the GUI thread.
//
// Mouse gestures and keys (the view takes its keys before window shortcuts while it has the
// focus; J, K, L are left to the transport): keyHelp() and mouseHelp() list them, defined
// beside the code that handles them (timeline_view_keys.cpp, timeline_view_mouse.cpp), and
// the window's shortcuts list shows those lists. Drags snap edges to the playhead, marks and
// other cues' edges within kSnapPixels; Escape cancels a drag; a cue drag held past an edge
// scrolls the view.
class TimelineView : public QAbstractScrollArea {
    Q_OBJECT
public:
    static constexpr double kSnapPixels = 8.0;

    // One line of the view's help: the keys or gesture as shown, and what it does.
    struct Help {
        QString keys;
        QString description;
    };
    static QList<Help> keyHelp();
    static QList<Help> mouseHelp();
    static constexpr double kEdgeGrabPixels = 5.0;
    // One key press zooms by this factor; one wheel notch by its square root.
    static constexpr double kKeyZoomFactor = 2.0;

    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    QSize sizeHint() const override;

    void setProject(Project* project);
    Project* project() const { return project_; }
    void setSelection(CueSelection* selection);
    CueSelection* selection() const { return selection_; }

    void setWaveform(std::shared_ptr<const media::WaveformPeaks> peaks);
    void setWaveform(media::WaveformPeaks peaks);
    void clearWaveform();
    void setThumbnails(media::ThumbnailStrip strip);
    void clearThumbnails();

    Time playhead() const { return playhead_; }
    std::optional<Time> inMark() const { return inMark_; }
    std::optional<Time> outMark() const { return outMark_; }
    void setMarks(std::optional<Time> in, std::optional<Time> out);

    bool followsPlayhead() const { return followPlayhead_; }
    void setFollowPlayhead(bool follow) { followPlayhead_ = follow; }

    // The current view (time at x = 0 of the viewport, scale, width) and the bands; for the
    // window (e.g. remembering the zoom) and for tests that must hit exact pixels.
    const TimelineGeometry& timelineGeometry() const { return geometry_; }
    // True while the view fits the whole content (and refits when resized): until the user
    // zooms, or again after Zoom to Fit.
    bool isFitting() const { return fitMode_; }
    TimelineLayout timelineLayout() const;
    ZoomLimits zoomLimits() const;
    // The end of what can be scrolled to: the running time, the media, or the last cue.
    Time contentEnd() const;
    // Sets the scale (clamped to zoomLimits()) keeping the time at anchorX in place
    // (the middle of the view when not given).
    void setTicksPerPixel(std::int64_t ticksPerPixel, std::optional<double> anchorX = {});
    // Scrolls so that `start` is at x = 0 (clamped to [0, contentEnd() - visible span]).
    void scrollToTime(Time start);

public slots:
    void setPlayhead(cuesheet::Time time);
    void zoomToFit();
    void zoomIn(); // around the playhead (when visible, else the middle)
    void zoomOut();
    // 0..1000 while the waveform is being built; -1 when not.
    void setWaveformProgress(int permille);

signals:
    void seekRequested(cuesheet::Time time);
    void marksChanged();
    // A cue was created on the timeline (it is selected; the window may focus its title).
    void cueCreated(cuesheet::CueId id);
    void cueActivated(cuesheet::CueId id);
    // Scroll or zoom changed.
    void viewChanged();
    // The project refused an edit (its lastError()); nothing was changed.
    void editFailed(const QString& message);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Gesture { None, Scrub, CueDragPending, CueDragging, BandPending, Banding };
    enum class Zone { Ruler, Strip, Lane, BelowLanes };
    struct CueHit {
        CueId id = 0;
        CueDrag::Kind part = CueDrag::Kind::Move; // Move = body, TrimIn / TrimOut = an edge
    };

    const CueLaneIndex& index() const;
    int laneCount() const;
    TimelinePaintContext paintContext(QPainter* painter, const QRect& exposed) const;
    FrameRate frameRate() const;
    Zone zoneAt(QPoint pos) const;
    std::optional<CueHit> cueAt(QPointF pos) const;
    SnapTargets snapTargets(const std::set<CueId>& excluded) const;
    Time snapDistance() const;

    void setGeometryKeepingLimits(const TimelineGeometry& geometry);
    void syncScrollBar();
    void onScrollBarMoved(int value);
    void zoomBy(double factor, double anchorX);
    double playheadAnchorX() const;

    void onProjectChanged(const ChangeSet& change);
    // The lanes whose drawing `change` alters, with their labels forgotten, when nothing else
    // moves (no cue added or removed, no in point moved so no number changes, no header
    // change, the same lanes and extent); nullopt when the whole view must be redrawn.
    std::optional<std::set<int>> lanesRedrawnFor(const ChangeSet& change);
    void onProjectDestroyed();
    void beginCueDrag(QMouseEvent* event, Zone zone);
    void updateDrag(QPointF pos, Qt::KeyboardModifiers modifiers);
    void finishDrag(QPointF pos, Qt::KeyboardModifiers modifiers);
    void updateBand(QPointF pos);
    void cancelGesture();
    void seekTo(Time time);
    void updateHoverCursor(QPointF pos);
    void scrollAtEdge();

    bool handleKey(QKeyEvent* event, bool apply);
    std::vector<CueId> selectedIds() const;
    void reportFailure();
    void setInMarkAtPlayhead();
    void setOutMarkAtPlayhead();
    void createCueFromMarks();
    void nudge(int frames);
    void tagSelection(CueTag tag);
    void removeSelection();
    void showToolTip(QHelpEvent* event);

    Project* project_ = nullptr; // cleared when the project is destroyed
    CueSelection* selection_ = nullptr;
    CueSelection* ownSelection_ = nullptr;
    mutable CueLaneIndex index_;
    mutable bool indexDirty_ = true;
    CueLabelCache labels_;
    WaveformLayer waveform_;
    ThumbnailLayer thumbnails_;
    TimelineColours colours_;

    TimelineGeometry geometry_;
    bool fitMode_ = true; // keep fitting the content when resized until the user zooms
    bool syncingScrollBar_ = false;
    Time playhead_;
    std::optional<Time> inMark_;
    std::optional<Time> outMark_;
    bool followPlayhead_ = true;

    Gesture gesture_ = Gesture::None;
    QPoint pressPos_;
    Qt::KeyboardModifiers pressModifiers_;
    std::optional<CueDrag> drag_;
    // A cue drag past the left or right edge scrolls the view while the pointer stays there.
    QTimer* edgeScroll_ = nullptr;
    QPointF lastPointer_;
    Qt::KeyboardModifiers lastModifiers_;
    CueId clickedCue_ = 0; // a click (no drag) on it selects only it at release
    bool bandAdds_ = false;
    QRect band_;
    std::set<CueId> bandSelection_;
};

} // namespace cuesheet
