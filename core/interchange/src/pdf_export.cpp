#include "cuesheet/interchange/pdf_export.h"

#include "cuesheet/interchange/cue_sheet_lines.h"
#include "cuesheet/model/header_fields.h"
#include "cuesheet/model/in_out_text.h"
#include "cuesheet/model/sequence.h"
#include "cuesheet/model/usage.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace cuesheet {

std::optional<PaperSize> paperSizeFromKey(const QString& key) {
    if (key.compare("a4", Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (key.compare("letter", Qt::CaseInsensitive) == 0)
        return PaperSize::Letter;
    return std::nullopt;
}

namespace {

// 300 dpi: positions in whole device pixels are then finer than any printer cares about.
constexpr int kResolution = 300;
// A cell of a cue sheet is a title or a name; beyond this, text is cut (with an ellipsis) so
// that one absurd field cannot make a block longer than many pages.
constexpr qsizetype kMaxPrintedCharacters = 1500;
const QColor kInk(0, 0, 0);
const QColor kGrey(90, 90, 90);
const QColor kRule(150, 150, 150);

qreal mm(qreal millimetres) {
    return millimetres * kResolution / 25.4;
}

QFont font(qreal points, bool bold = false, bool italic = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

QString printable(const QString& text) {
    QString shown = text.size() > kMaxPrintedCharacters
                        ? text.left(kMaxPrintedCharacters) + QChar(0x2026)
                        : text;
    shown.replace(QLatin1String("\r\n"), QString(QChar::LineSeparator));
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    shown.replace(QLatin1Char('\r'), QChar::LineSeparator);
    shown.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return shown;
}

// Text laid out for a width (wrapped at word boundaries, or anywhere when a word is wider
// than the box), measured now and drawn later.
class TextBox {
public:
    TextBox() = default;
    TextBox(const QString& text, const QFont& f, const QPaintDevice* device, qreal width,
            const QColor& color = kInk, Qt::Alignment alignment = Qt::AlignLeft)
        : layout_(std::make_shared<QTextLayout>(printable(text), f, device))
        , color_(color) {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setAlignment(alignment);
        layout_->setTextOption(option);
        layout_->beginLayout();
        for (QTextLine line = layout_->createLine(); line.isValid(); line = layout_->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, height_));
            height_ += line.height();
        }
        layout_->endLayout();
    }
    qreal height() const { return height_; }
    void draw(QPainter& painter, qreal x, qreal y) const {
        if (!layout_)
            return;
        painter.setPen(color_);
        layout_->draw(&painter, QPointF(x, y));
    }

private:
    std::shared_ptr<QTextLayout> layout_;
    QColor color_ = kInk;
    qreal height_ = 0;
};

// A piece of a page that is never split: a line of a cue block, a row of the header grid.
struct Row {
    qreal height = 0;
    std::function<void(QPainter&, qreal top)> paint;
};

// Rows kept on one page when they fit on one; `continued` heads the next page when a block
// longer than a page has to be split.
struct Block {
    std::vector<Row> rows;
    std::optional<Row> continued;
    qreal height() const {
        qreal h = 0;
        for (const Row& r : rows)
            h += r.height;
        return h;
    }
};

struct Placed {
    const Row* row;
    qreal top;
};
using Page = std::vector<Placed>;

std::vector<Page> paginate(const std::vector<Block>& blocks, qreal pageHeight) {
    std::vector<Page> pages(1);
    qreal y = 0;
    auto newPage = [&] {
        pages.emplace_back();
        y = 0;
    };
    auto place = [&](const Row& row) {
        pages.back().push_back({&row, y});
        y += row.height;
    };
    for (const Block& block : blocks) {
        const qreal h = block.height();
        if (h <= pageHeight) {
            if (y + h > pageHeight)
                newPage();
            for (const Row& row : block.rows)
                place(row);
            continue;
        }
        // Longer than a page: break between rows, repeating the block's heading.
        for (const Row& row : block.rows) {
            if (y > 0 && y + row.height > pageHeight) {
                newPage();
                if (block.continued)
                    place(*block.continued);
            }
            place(row); // a single row taller than a page is clipped at the page's end
        }
    }
    return pages;
}

// Builds the blocks of one cue sheet for a page width.
class CueSheetLayout {
public:
    CueSheetLayout(const ProjectData& data, const PdfExportOptions& options,
                   const QPaintDevice* device, qreal width)
        : data_(data)
        , options_(options)
        , device_(device)
        , width_(width) {}

    std::vector<Block> blocks() const {
        std::vector<Block> all;
        all.push_back(headerBlock());
        for (const auto& line : cueSheetLines(data_))
            all.push_back(cueBlock(line));
        all.push_back(totalBlock());
        return all;
    }

private:
    TextBox text(const QString& s, const QFont& f, qreal width, const QColor& color = kInk,
                 Qt::Alignment alignment = Qt::AlignLeft) const {
        return TextBox(s, f, device_, width, color, alignment);
    }
    static Row space(qreal height) {
        return {height, [](QPainter&, qreal) {}};
    }
    Row rule(qreal before, qreal after, qreal thickness, qreal indent = 0) const {
        const qreal w = width_;
        return {before + thickness + after, [=](QPainter& p, qreal top) {
                    p.setPen(QPen(kRule, thickness));
                    const qreal y = top + before + thickness / 2;
                    p.drawLine(QPointF(indent, y), QPointF(w, y));
                }};
    }

    QString usageText(const Cue& cue) const {
        if (!cue.usageOverride.isEmpty())
            return cue.usageOverride;
        switch (options_.usage) {
        case CsvProfile::Us:
            return usUsageCode(cue.tags);
        case CsvProfile::Cisac:
            return cisacUsage(cue.tags);
        case CsvProfile::Generic:
            break;
        }
        return usUsageCode(cue.tags) + " / " + cisacUsage(cue.tags);
    }

    QString usageKey() const {
        const QString us = "Usage: BI background instrumental, BV background vocal, VI visual "
                           "instrumental, VV visual vocal, MT main title, ET end title, L logo.";
        const QString cisac = "Usage: Background; Featured (heard by the characters or "
                              "performed on screen); Theme (main title, end title, logo).";
        switch (options_.usage) {
        case CsvProfile::Us:
            return us;
        case CsvProfile::Cisac:
            return cisac;
        case CsvProfile::Generic:
            break;
        }
        return us + " " + cisac;
    }

    QString duration(Time t) const { return formatDuration(t, options_.durations, data_.header); }

    Block headerBlock() const {
        const ProjectHeader& h = data_.header;
        Block block;
        const TextBox heading = text("MUSIC CUE SHEET", font(17, true), width_);
        const TextBox title =
            text(h.productionTitle.isEmpty() ? QString("(untitled production)") : h.productionTitle,
                 font(13, true), width_);
        block.rows.push_back(
            {heading.height() + mm(1.5) + title.height() + mm(4), [=](QPainter& p, qreal top) {
                 heading.draw(p, 0, top);
                 title.draw(p, 0, top + heading.height() + mm(1.5));
             }});
        const QString none = QString(QChar(0x2014)); // an em dash: asked for, not given
        auto orNone = [&](const QString& s) { return s.trimmed().isEmpty() ? none : s; };
        const QList<std::pair<QString, QString>> fields{
            {"Episode title", orNone(h.episodeTitle)},
            {"Episode number", orNone(h.episodeNumber)},
            {"Production company", orNone(h.productionCompany)},
            {"Production number", orNone(h.productionNumber)},
            {"Country of origin", orNone(h.country)},
            {"Year", orNone(headerFieldText(h, "year"))},
            {"Director", orNone(h.director)},
            {"First release / air date", orNone(h.firstReleaseDate)},
            {"Total running time", h.runningTime > Time() ? duration(h.runningTime) : none},
            {"Total music duration", duration(totalMusicDuration(data_))},
            {"Number of cues", QString::number(data_.cues.size())},
            {"Frame rate, start", frameRateText() + ", " + headerFieldText(h, "start")},
        };
        const qreal gap = mm(6);
        const qreal cellWidth = (width_ - gap) / 2;
        for (int i = 0; i < fields.size(); i += 2) {
            std::vector<std::pair<TextBox, TextBox>> cells;
            qreal height = 0;
            for (int c = 0; c < 2 && i + c < fields.size(); ++c) {
                cells.emplace_back(text(fields[i + c].first, font(7.5, true), cellWidth, kGrey),
                                   text(fields[i + c].second, font(10), cellWidth));
                height = std::max(height, cells.back().first.height() + mm(0.5) +
                                              cells.back().second.height());
            }
            block.rows.push_back({height + mm(2.5), [=](QPainter& p, qreal top) {
                                      for (std::size_t c = 0; c < cells.size(); ++c) {
                                          const qreal x = c * (cellWidth + gap);
                                          cells[c].first.draw(p, x, top);
                                          cells[c].second.draw(
                                              p, x, top + cells[c].first.height() + mm(0.5));
                                      }
                                  }});
        }
        const TextBox key = text(usageKey(), font(7.5, false, true), width_, kGrey);
        block.rows.push_back(
            {mm(1) + key.height(), [=](QPainter& p, qreal top) { key.draw(p, 0, top + mm(1)); }});
        block.rows.push_back(rule(mm(3), mm(4), mm(0.5)));
        return block;
    }

    QString frameRateText() const {
        const TimecodeFormat& f = data_.header.timecode;
        return QString::fromStdString(f.rate.toFraction()) + (f.dropFrame ? " drop-frame" : "");
    }

    // Geometry of a cue block: the number, the title, the usage at the right; below, indented
    // under the title, the times, details and the parties table.
    qreal numberWidth() const { return mm(11); }
    qreal usageWidth() const { return mm(38); }
    qreal indentedWidth() const { return width_ - numberWidth(); }

    Block cueBlock(const CueSheetLine& line) const {
        const Cue& cue = *line.cue;
        const QString title = line.work ? line.work->title : QString("(no title)");
        Block block;

        const TextBox number = text(QString::number(line.number), font(10.5, true), numberWidth());
        const qreal titleWidth = indentedWidth() - usageWidth() - mm(3);
        const TextBox titleBox = text(title, font(10.5, true), titleWidth);
        const TextBox usage =
            text(usageText(cue), font(10, true), usageWidth(), kInk, Qt::AlignRight);
        const qreal x0 = numberWidth();
        const qreal usageX = width_ - usageWidth();
        block.rows.push_back({std::max({number.height(), titleBox.height(), usage.height()}),
                              [=](QPainter& p, qreal top) {
                                  number.draw(p, 0, top);
                                  titleBox.draw(p, x0, top);
                                  usage.draw(p, usageX, top);
                              }});
        const TextBox continued = text(QString("%1  %2 (continued)").arg(line.number).arg(title),
                                       font(8.5, false, true), width_, kGrey);
        block.continued = Row{continued.height() + mm(1.5),
                              [=](QPainter& p, qreal top) { continued.draw(p, 0, top); }};

        const QString times =
            QString("In %1     Out %2     Duration %3")
                .arg(timecodeOfProgrammeTime(cue.in, data_.header),
                     timecodeOfProgrammeTime(cue.out, data_.header), duration(cue.duration()));
        const TextBox timesBox = text(times, font(9), indentedWidth());
        QStringList details;
        if (line.work && !line.work->iswc.isEmpty())
            details << "ISWC " + line.work->iswc;
        if (!cue.isrc.isEmpty())
            details << "ISRC " + cue.isrc;
        if (cue.tags.effectiveOrigin() == Origin::Library || !cue.libraryLabel.isEmpty() ||
            !cue.libraryCatalogue.isEmpty() || !cue.libraryTrack.isEmpty()) {
            QStringList library;
            for (const QString& part : {cue.libraryLabel, cue.libraryCatalogue, cue.libraryTrack})
                if (!part.isEmpty())
                    library << part;
            details << "Library music" +
                           (library.isEmpty() ? QString() : ": " + library.join(", "));
        }
        const TextBox detailsBox = text(details.join("     "), font(8), indentedWidth(), kGrey);
        const bool hasDetails = !details.isEmpty();
        block.rows.push_back(
            {mm(1) + timesBox.height() + (hasDetails ? mm(0.5) + detailsBox.height() : 0) + mm(1.5),
             [=](QPainter& p, qreal top) {
                 timesBox.draw(p, x0, top + mm(1));
                 if (hasDetails)
                     detailsBox.draw(p, x0, top + mm(1.5) + timesBox.height());
             }});

        const PartyList none;
        addPartyRows(block, "Writers", line.work ? line.work->writers : none);
        addPartyRows(block, "Publishers", line.work ? line.work->publishers : none);
        block.rows.push_back(rule(mm(2), mm(2.5), mm(0.2)));
        return block;
    }

    // Columns of the parties table, as fractions of the indented width:
    // name, role, society, IPI, share.
    std::array<qreal, 5> partyColumns() const {
        const qreal w = indentedWidth();
        return {w * 0.44, w * 0.10, w * 0.15, w * 0.19, w * 0.12};
    }

    void addPartyRows(Block& block, const QString& side, const PartyList& parties) const {
        const auto widths = partyColumns();
        const qreal x0 = numberWidth();
        auto columnX = [=](int column) {
            qreal x = x0;
            for (int c = 0; c < column; ++c)
                x += widths[c];
            return x;
        };
        const QStringList captions{side, "Role", "Society", "IPI", "Share"};
        std::vector<TextBox> heads;
        qreal headHeight = 0;
        for (int c = 0; c < 5; ++c) {
            heads.push_back(text(captions[c], font(7.5, true), widths[c] - mm(2), kGrey,
                                 c == 4 ? Qt::AlignRight : Qt::AlignLeft));
            headHeight = std::max(headHeight, heads.back().height());
        }
        block.rows.push_back({mm(0.8) + headHeight + mm(0.4), [=](QPainter& p, qreal top) {
                                  for (int c = 0; c < 5; ++c)
                                      heads[c].draw(p, columnX(c), top + mm(0.8));
                              }});
        if (parties.empty()) {
            const TextBox missing = text("none entered", font(8.5, false, true), widths[0], kGrey);
            block.rows.push_back({missing.height() + mm(0.4),
                                  [=](QPainter& p, qreal top) { missing.draw(p, x0, top); }});
            return;
        }
        for (const Party& party : parties) {
            const QStringList cells{party.name, toCode(party.role), party.society,
                                    party.ipiNameNumber, party.share.toText() + " %"};
            std::vector<TextBox> boxes;
            qreal height = 0;
            for (int c = 0; c < 5; ++c) {
                boxes.push_back(text(cells[c], font(9), widths[c] - mm(2), kInk,
                                     c == 4 ? Qt::AlignRight : Qt::AlignLeft));
                height = std::max(height, boxes.back().height());
            }
            block.rows.push_back({height + mm(0.6), [=](QPainter& p, qreal top) {
                                      for (int c = 0; c < 5; ++c)
                                          boxes[c].draw(p, columnX(c), top);
                                  }});
        }
    }

    Block totalBlock() const {
        Block block;
        const ProjectHeader& h = data_.header;
        const qreal labelWidth = mm(55);
        QList<std::pair<QString, QString>> totals{
            {"Total music duration", duration(totalMusicDuration(data_))},
            {"Number of cues", QString::number(data_.cues.size())}};
        if (h.runningTime > Time())
            totals.append({"Total running time", duration(h.runningTime)});
        block.rows.push_back(rule(mm(2), mm(3), mm(0.5)));
        for (const auto& [label, value] : totals) {
            const TextBox l = text(label, font(10, true), labelWidth);
            const TextBox v = text(value, font(10, true), width_ - labelWidth);
            block.rows.push_back(
                {std::max(l.height(), v.height()) + mm(1), [=](QPainter& p, qreal top) {
                     l.draw(p, 0, top);
                     v.draw(p, labelWidth, top);
                 }});
        }
        return block;
    }

    const ProjectData& data_;
    const PdfExportOptions& options_;
    const QPaintDevice* device_;
    qreal width_;
};

} // namespace

QByteArray exportPdf(const ProjectData& data, const PdfExportOptions& options) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(kResolution);
    pdf.setPageLayout(QPageLayout(
        QPageSize(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
        QPageLayout::Portrait, QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter));
    const QString title = data.header.productionTitle;
    pdf.setTitle(title.isEmpty() ? QString("Music cue sheet") : title + " - music cue sheet");
    pdf.setCreator("Cue Sheet Editor");

    // The painter's origin is the top left of the area inside the margins.
    const QRectF area(QPointF(0, 0), pdf.pageLayout().paintRectPixels(kResolution).size());
    const qreal width = area.width();

    // Running head and foot of every page.
    const TextBox head = TextBox(title.isEmpty() ? QString("(untitled production)") : title,
                                 font(9, true), &pdf, width * 0.7);
    const TextBox headRight =
        TextBox("Music cue sheet", font(8), &pdf, width * 0.3, kGrey, Qt::AlignRight);
    const qreal headHeight = std::max(head.height(), headRight.height()) + mm(1.5) + mm(5);
    const qreal footHeight = mm(6) + TextBox("0", font(8), &pdf, width).height();
    const QRectF content(0, headHeight, width, area.height() - headHeight - footHeight);

    const std::vector<Block> blocks = CueSheetLayout(data, options, &pdf, width).blocks();
    const std::vector<Page> pages = paginate(blocks, content.height());

    QPainter painter(&pdf);
    painter.setRenderHint(QPainter::Antialiasing);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0)
            pdf.newPage();
        painter.setClipping(false);
        head.draw(painter, 0, 0);
        headRight.draw(painter, width * 0.7, 0);
        const qreal headRule = std::max(head.height(), headRight.height()) + mm(1.5);
        painter.setPen(QPen(kRule, mm(0.25)));
        painter.drawLine(QPointF(0, headRule), QPointF(width, headRule));
        const qreal footRule = area.height() - footHeight + mm(3);
        painter.drawLine(QPointF(0, footRule), QPointF(width, footRule));
        const TextBox pageNumber(QString("Page %1 of %2").arg(i + 1).arg(pages.size()), font(8),
                                 &pdf, width, kGrey, Qt::AlignHCenter);
        pageNumber.draw(painter, 0, footRule + mm(2));

        painter.setClipRect(content);
        for (const Placed& placed : pages[i])
            placed.row->paint(painter, content.top() + placed.top);
    }
    painter.end();
    return bytes;
}

} // namespace cuesheet
