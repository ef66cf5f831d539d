#include "cuesheet/ui/timeline/cue_label_cache.h"

#include "timeline_test_support.h"

#include <catch2/catch.hpp>

#include <QFontMetricsF>

using namespace cuesheet;
using namespace cuesheet::test;

TEST_CASE("cue labels: number, title and usage, cut to the room with an ellipsis") {
    Cue cue = cueAtFrames(100, 200, 0);
    cue.tags.kind = MusicKind::Song;
    InMemoryJournal journal;
    Project project(projectData({cueAtFrames(10, 20, 0), cue}), journal);
    REQUIRE(project.requestSetTitle(2, QStringLiteral("A Rather Long Song Title")));
    const Cue& stored = *project.cue(2);
    const QFont font;
    const QFontMetricsF metrics(font);
    CueLabelCache labels;

    const QString full = QStringLiteral("2 A Rather Long Song Title · BV");
    const QStaticText* text = labels.label(project, stored, font, 1000);
    REQUIRE(text);
    CHECK(text->text() == full);

    // Less room: a prefix and an ellipsis, never wider than the room.
    const double room = metrics.horizontalAdvance(QStringLiteral("2 A Rather Lo")) + 1;
    text = labels.label(project, stored, font, room);
    REQUIRE(text);
    CHECK(text->text().endsWith(QStringLiteral("…")));
    CHECK(full.startsWith(text->text().chopped(1)));
    CHECK(metrics.horizontalAdvance(text->text()) <= room + 1);

    // Room for the number only, then for nothing.
    text =
        labels.label(project, stored, font, metrics.horizontalAdvance(QStringLiteral("2")) + 0.5);
    REQUIRE(text);
    CHECK(text->text() == QStringLiteral("2"));
    CHECK(labels.label(project, stored, font, 1) == nullptr);

    // After an edit the cache is cleared by its owner; a renumbered cue shows its new number.
    REQUIRE(project.requestSetCueRange(2, frames24(0), frames24(5), 0));
    labels.clear();
    text = labels.label(project, *project.cue(2), font, 1000);
    REQUIRE(text);
    CHECK(text->text().startsWith(QStringLiteral("1 A Rather")));
}
