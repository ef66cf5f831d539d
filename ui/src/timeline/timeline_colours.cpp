#include "cuesheet/ui/timeline/timeline_colours.h"

namespace cuesheet {

namespace {
constexpr int kScoreHue = 212; // blue
constexpr int kSongHue = 36;   // amber

QColor mixed(const QColor& a, const QColor& b, double bShare) {
    const double aShare = 1.0 - bShare;
    return QColor::fromRgbF(static_cast<float>(a.redF() * aShare + b.redF() * bShare),
                            static_cast<float>(a.greenF() * aShare + b.greenF() * bShare),
                            static_cast<float>(a.blueF() * aShare + b.blueF() * bShare));
}

// Black or white, whichever reads better on `background` (relative luminance, sRGB weights).
QColor textOn(const QColor& background) {
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(0, 0, 0) : QColor(255, 255, 255);
}
} // namespace

TimelineColours TimelineColours::fromPalette(const QPalette& palette) {
    TimelineColours c;
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    c.dark = window.lightness() < 128;
    c.background = base;
    c.rulerBackground = palette.color(QPalette::Button);
    c.rulerText = palette.color(QPalette::ButtonText);
    c.tick = mixed(c.rulerBackground, c.rulerText, 0.55);
    c.stripBackground = mixed(window, text, 0.06);
    c.stripText = mixed(window, text, 0.45);
    c.waveform = mixed(base, text, c.dark ? 0.62 : 0.55);
    c.waveformAxis = mixed(base, text, 0.25);
    c.laneBackground[0] = base;
    c.laneBackground[1] = mixed(base, palette.color(QPalette::AlternateBase), 1.0);
    if (c.laneBackground[1] == c.laneBackground[0])
        c.laneBackground[1] = mixed(base, text, 0.04);
    c.laneSeparator = mixed(base, text, 0.15);
    c.highlight = palette.color(QPalette::Highlight);
    c.highlightFill = c.highlight;
    c.highlightFill.setAlpha(60);
    c.playhead = c.dark ? QColor(255, 90, 80) : QColor(215, 30, 30);
    c.mark = c.dark ? QColor(120, 220, 120) : QColor(20, 140, 40);
    c.markRegion = c.mark;
    c.markRegion.setAlpha(50);
    c.snapLine = c.dark ? QColor(255, 230, 90) : QColor(200, 120, 0);
    return c;
}

CueAppearance TimelineColours::cue(MusicKind kind, Diegesis diegesis) const {
    const int hue = kind == MusicKind::Score ? kScoreHue : kSongHue;
    const QColor strong = QColor::fromHsl(hue, 170, dark ? 110 : 150);
    CueAppearance a;
    a.border = QColor::fromHsl(hue, 190, dark ? 175 : 75);
    switch (diegesis) {
    case Diegesis::NonDiegetic:
        a.fill = strong;
        break;
    case Diegesis::Diegetic:
        a.fill = strong;
        a.hatched = true;
        a.hatch = a.border;
        break;
    case Diegesis::Unknown:
        a.fill = mixed(laneBackground[0], strong, 0.25);
        break;
    }
    a.text = diegesis == Diegesis::Unknown ? textOn(a.fill) : textOn(strong);
    return a;
}

QColor TimelineColours::dense(MusicKind dominantKind) const {
    const int hue = dominantKind == MusicKind::Score ? kScoreHue : kSongHue;
    return QColor::fromHsl(hue, 120, dark ? 95 : 165);
}

QString cueLegendHtml() {
    return QStringLiteral(
        "<b>Cue blocks</b><br>"
        "Colour: <span style='color:#3d7fd1'>&#9632;</span> score, "
        "<span style='color:#d99a2b'>&#9632;</span> song<br>"
        "Fill: solid = non-diegetic, hatched = diegetic, outline = diegesis unknown<br>"
        "Label: sequence number, title, US usage code");
}

} // namespace cuesheet
