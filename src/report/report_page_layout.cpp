#include "report_page_layout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <memory>
#include <numeric>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace viparita::detail {

QFont ReportStyle::font(qreal points, bool bold)
{
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s, u"Liberation Sans"_s, u"Noto Sans"_s});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures, so "coffee" is copied (and searched) out of the PDF as typed; but the
    // letters of a script that joins them (Arabic) must be shaped to be read at all.
    if (QLocale().textDirection() == Qt::LeftToRight)
        font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

PageLayout::PageLayout(QPaintDevice *device, const QRectF &content)
    : m_device(device)
    , m_content(content)
    , m_placement{content, QLocale().textDirection()}
    , m_y(content.top())
{}

QRectF PagePlacement::operator()(const QRectF &rect) const
{
    if (direction == Qt::LeftToRight)
        return rect;
    return {content.left() + content.right() - rect.right(), rect.top(), rect.width(),
            rect.height()};
}

Qt::Alignment PagePlacement::visual(Qt::Alignment alignment) const
{
    if (alignment & Qt::AlignAbsolute)
        return alignment;
    if (!(alignment & Qt::AlignHorizontal_Mask))
        alignment |= Qt::AlignLeft;
    if (direction == Qt::RightToLeft && alignment & (Qt::AlignLeft | Qt::AlignRight))
        alignment ^= Qt::AlignLeft | Qt::AlignRight;
    return alignment | Qt::AlignAbsolute;
}

void PageLayout::newPage()
{
    m_pages.append(QList<PaintStep>());
    m_y = m_content.top();
}
void PageLayout::ensure(qreal height)
{
    if (m_y + height > m_content.bottom() && m_y > m_content.top())
        newPage();
}

qreal PageLayout::textHeight(const QString &text, const QFont &font, qreal width) const
{
    const QFontMetricsF metrics(font, m_device);
    if (text.isEmpty())
        return metrics.height();
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void PageLayout::paragraph(const QString &text, const QFont &font, const QColor &colour,
                           qreal spaceAfter)
{
    const qreal height = textHeight(text, font, width());
    ensure(height);
    const QRectF rect(left(), m_y, width(), height);
    const Qt::Alignment alignment = m_placement.visual(Qt::AlignLeft);
    add([=](QPainter &painter) {
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(rect, Qt::TextWordWrap | alignment, text);
    });
    m_y += height + spaceAfter;
}

void PageLayout::heading(const QString &text)
{
    const QFont font = ReportStyle::font(ReportStyle::headingSize, true);
    // A heading never stands alone at the foot of a page.
    ensure(textHeight(text, font, width()) + 40.0);
    m_y += 6.0;
    paragraph(text, font, ReportStyle::ink, 4.0);
}

void PageLayout::keyValue(const QString &key, const QString &value)
{
    const qreal keyWidth = 150.0;
    const QFont keyFont = ReportStyle::font(ReportStyle::bodySize, true);
    const QFont valueFont = ReportStyle::font(ReportStyle::bodySize);
    const qreal height = std::max(textHeight(key, keyFont, keyWidth - 8.0),
                                  textHeight(value, valueFont, width() - keyWidth));
    ensure(height);
    const QRectF keyRect = m_placement({left(), m_y, keyWidth - 8.0, height});
    const QRectF valueRect = m_placement({left() + keyWidth, m_y, width() - keyWidth, height});
    const Qt::Alignment alignment = m_placement.visual(Qt::AlignLeft);
    add([=](QPainter &painter) {
        painter.setPen(ReportStyle::muted);
        painter.setFont(keyFont);
        painter.drawText(keyRect, Qt::TextWordWrap | alignment, key);
        painter.setPen(ReportStyle::ink);
        painter.setFont(valueFont);
        painter.drawText(valueRect, Qt::TextWordWrap | alignment, value);
    });
    m_y += height + 3.0;
}

void PageLayout::rule(qreal spaceAfter)
{
    const QLineF line(left(), m_y, left() + width(), m_y);
    add([=](QPainter &painter) {
        painter.setPen(QPen(ReportStyle::ruleColour, 0.5));
        painter.drawLine(line);
    });
    m_y += spaceAfter;
}

void PageLayout::block(qreal height, const std::function<void(QPainter &, const QRectF &)> &paint)
{
    ensure(height);
    const QRectF rect(left(), m_y, width(), height);
    add([=](QPainter &painter) { paint(painter, rect); });
    m_y += height;
}

namespace {

/// A table cell's text laid out once on a single line: its width, height, glyphs, and the
/// width of its widest word (for a column that wraps).
struct CellLine {
    qreal width = 0;
    qreal height = 0;
    qreal widestWord = -1; ///< -1 until asked for
    QList<QGlyphRun> runs;
};

/// The single-line layouts of a table's cells, by text: a table of ten years repeats its
/// dates, times, pressures and words tens of thousands of times, and each distinct text is
/// shaped once, measured once and then drawn from its glyphs.
class CellLines {
public:
    CellLines(const QFont &font, QPaintDevice *device, Qt::LayoutDirection direction)
        : m_font(font)
        , m_device(device)
        , m_metrics(font, device)
        , m_direction(direction)
    {}

    /// The one-line layout of `text`; nothing for a text of several lines.
    const CellLine *line(const QString &text, bool words)
    {
        if (text.contains(QLatin1Char('\n')))
            return nullptr;
        auto found = m_lines.find(text);
        if (found == m_lines.end()) {
            QTextLayout layout(text, m_font, m_device);
            QTextOption option;
            option.setWrapMode(QTextOption::NoWrap);
            option.setTextDirection(m_direction);
            layout.setTextOption(option);
            layout.beginLayout();
            QTextLine line = layout.createLine();
            line.setPosition(QPointF(0, 0));
            layout.endLayout();
            found = m_lines.insert(
                text, std::make_shared<CellLine>(CellLine{line.naturalTextWidth(), line.height(),
                                                          -1.0, layout.glyphRuns()}));
        }
        CellLine &cell = **found;
        if (words && cell.widestWord < 0) {
            cell.widestWord = 0;
            for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                cell.widestWord = std::max(cell.widestWord, m_metrics.horizontalAdvance(word));
        }
        return &cell;
    }

private:
    QFont m_font;
    QPaintDevice *m_device;
    QFontMetricsF m_metrics;
    Qt::LayoutDirection m_direction;
    QHash<QString, std::shared_ptr<CellLine>> m_lines;
};

/// The widths of a table's columns in `available` points: each its natural width when they
/// fit; else the widest-sharing column (a note) gives way first, down to its longest word;
/// else each column shrinks towards its longest word. `measured` holds each cell's one-line
/// layout, row after row (nothing for an empty cell or one of several lines).
QList<qreal> columnWidths(const QList<TableColumn> &columns, const QList<QStringList> &rows,
                          const QList<const CellLine *> &measured, const QFont &headerFont,
                          const QFont &cellFont, QPaintDevice *device, qreal available)
{
    const QFontMetricsF header(headerFont, device);
    const QFontMetricsF cell(cellFont, device);
    const auto widestWord = [](const QFontMetricsF &metrics, const QString &text) {
        qreal result = 0;
        for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            result = std::max(result, metrics.horizontalAdvance(word));
        return result;
    };
    const auto columnCount = columns.size();
    QList<qreal> natural;
    QList<qreal> minimum;
    for (qsizetype i = 0; i < columnCount; ++i) {
        const bool wraps = columns.at(i).share > 0.0;
        qreal full = header.horizontalAdvance(columns.at(i).title);
        qreal word = full;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (const CellLine *line = measured.at(r * columnCount + i)) {
                full = std::max(full, line->width);
                word = std::max(word, line->widestWord);
            } else if (i < rows.at(r).size() && !rows.at(r).at(i).isEmpty()) {
                full = std::max(full, cell.horizontalAdvance(rows.at(r).at(i)));
                word = std::max(word, widestWord(cell, rows.at(r).at(i)));
            }
        }
        natural.append(full + 2 * ReportStyle::cellPadding + 1.0);
        // Columns without a share (dates, numbers, fixed words) keep their width; the others
        // wrap.
        minimum.append((wraps ? word : full) + 2 * ReportStyle::cellPadding + 1.0);
    }
    const qreal naturalSum = std::accumulate(natural.begin(), natural.end(), 0.0);
    QList<qreal> widths;
    if (naturalSum <= available) {
        qreal shares = 0;
        for (const TableColumn &column : columns)
            shares += column.share;
        for (int i = 0; i < columns.size(); ++i)
            widths.append(natural.at(i) +
                          (available - naturalSum) * columns.at(i).share / std::max(shares, 0.01));
        return widths;
    }
    // Too wide: the widest-sharing column (a note) gives way first, so that short words such
    // as a category stay on one line, as long as it keeps its own longest word.
    qreal widestShare = 0;
    for (const TableColumn &column : columns)
        widestShare = std::max(widestShare, column.share);
    if (widestShare > 0.0) {
        qreal fixed = 0;
        qreal giving = 0;
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).share == widestShare)
                giving += minimum.at(i);
            else
                fixed += natural.at(i);
        }
        if (fixed + giving <= available) {
            const qreal room = available - fixed - giving;
            const qreal wanted = naturalSum - fixed - giving;
            for (int i = 0; i < columns.size(); ++i)
                widths.append(columns.at(i).share == widestShare
                                  ? minimum.at(i) + room * (natural.at(i) - minimum.at(i)) /
                                                        std::max(wanted, 0.01)
                                  : natural.at(i));
            return widths;
        }
    }
    const qreal minimumSum = std::accumulate(minimum.begin(), minimum.end(), 0.0);
    const qreal wanted = naturalSum - minimumSum;
    for (int i = 0; i < columns.size(); ++i)
        widths.append(minimum.at(i) + std::max(0.0, available - minimumSum) *
                                          (natural.at(i) - minimum.at(i)) / std::max(wanted, 0.01));
    return widths;
}

} // namespace

void PageLayout::table(const QString &title, const QList<TableColumn> &columns,
                       const QList<QStringList> &rows)
{
    const QFont headerFont = ReportStyle::font(ReportStyle::tableSize, true);
    const QFont cellFont = ReportStyle::font(ReportStyle::tableSize);
    // Each cell measured once, for the column widths and the rows' heights; shared with the
    // paint steps, which run after the layout is done.
    const auto lines = std::make_shared<CellLines>(cellFont, m_device, m_placement.direction);
    const auto columnCount = columns.size();
    QList<const CellLine *> measured(rows.size() * columnCount, nullptr);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r);
        for (qsizetype i = 0; i < columnCount && i < cells.size(); ++i) {
            if (!cells.at(i).isEmpty())
                measured[r * columnCount + i] = lines->line(cells.at(i), columns.at(i).share > 0);
        }
    }
    const QList<qreal> widths =
        columnWidths(columns, rows, measured, headerFont, cellFont, m_device, width());
    const qreal emptyHeight = textHeight(QString(), cellFont, 1e6);

    // A row's cells, each either laid out on one line or left for drawText to wrap.
    using Laid = QList<const CellLine *>;
    const auto layOut = [&](qsizetype row, Laid &laid) {
        const QStringList &cells = rows.at(row);
        laid.resize(cells.size());
        qreal height = 0;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            const qreal width = widths.at(i) - 2 * ReportStyle::cellPadding;
            const CellLine *line = measured.at(row * columnCount + i);
            if (line && line->width > width)
                line = nullptr;
            laid[i] = line;
            height = std::max(height, cells.at(i).isEmpty() ? emptyHeight
                                      : line                ? line->height
                                             : textHeight(cells.at(i), cellFont, width));
        }
        return height + 2 * ReportStyle::cellPadding;
    };
    const auto rowHeight = [&](const QStringList &cells, const QFont &font) {
        qreal height = 0;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i)
            height = std::max(
                height, textHeight(cells.at(i), font, widths.at(i) - 2 * ReportStyle::cellPadding));
        return height + 2 * ReportStyle::cellPadding;
    };
    QStringList titles;
    for (const TableColumn &column : columns)
        titles.append(column.title);
    const qreal headerHeight = rowHeight(titles, headerFont);
    const QFont titleFont = ReportStyle::font(ReportStyle::headingSize, true);
    const qreal titleHeight = textHeight(title, titleFont, width()) + 10.0;

    const auto paintHeader = [=, this](const QStringList &cells, qreal top, qreal height) {
        const qreal x0 = left();
        const qreal fullWidth = width();
        const PagePlacement place = m_placement;
        add([=](QPainter &painter) {
            painter.setFont(headerFont);
            painter.setPen(ReportStyle::ink);
            qreal x = x0;
            for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
                const QRectF cell =
                    place({x + ReportStyle::cellPadding, top + ReportStyle::cellPadding,
                           widths.at(i) - 2 * ReportStyle::cellPadding,
                           height - 2 * ReportStyle::cellPadding});
                painter.drawText(
                    cell, Qt::TextWordWrap | place.visual(columns.at(i).alignment) | Qt::AlignTop,
                    cells.at(i));
                x += widths.at(i);
            }
            painter.setPen(QPen(ReportStyle::ink, 0.8));
            painter.drawLine(QLineF(x0, top + height, x0 + fullWidth, top + height));
        });
    };
    const auto startPage = [&](bool continued) {
        const QString text = continued ? tr("%1 (continued)").arg(title) : title;
        const qreal top = m_y + 6.0;
        const qreal x0 = left();
        const qreal fullWidth = width();
        const Qt::Alignment alignment = m_placement.visual(Qt::AlignLeft);
        add([=](QPainter &painter) {
            painter.setFont(titleFont);
            painter.setPen(ReportStyle::ink);
            painter.drawText(QRectF(x0, top, fullWidth, titleHeight), Qt::TextWordWrap | alignment,
                             text);
        });
        m_y += titleHeight;
        paintHeader(titles, m_y, headerHeight);
        m_y += headerHeight;
    };

    // The rows of a page are painted in one step: the shading, then the text of every
    // single-line cell as one run of glyphs a font (a PDF then holds each glyph once, not a
    // text object a cell), then the cells that wrap.
    struct PageRow {
        QStringList cells;
        Laid laid;
        qreal top = 0;
        qreal height = 0;
        bool shaded = false;
    };
    QList<PageRow> pageRows;
    const auto paintPageRows = [&] {
        if (pageRows.isEmpty())
            return;
        const qreal x0 = left();
        const qreal fullWidth = width();
        const PagePlacement place = m_placement;
        add([=, rows = std::exchange(pageRows, {})](QPainter &painter) {
            for (const PageRow &row : rows) {
                if (row.shaded)
                    painter.fillRect(QRectF(x0, row.top, fullWidth, row.height),
                                     ReportStyle::rowShade);
            }
            painter.setFont(cellFont);
            painter.setPen(ReportStyle::ink);
            QList<QGlyphRun> merged;
            QList<QList<quint32>> indexes;
            QList<QList<QPointF>> positions;
            for (const PageRow &row : rows) {
                qreal x = x0;
                for (int i = 0; i < row.cells.size() && i < widths.size(); ++i) {
                    const QRectF cell =
                        place({x + ReportStyle::cellPadding, row.top + ReportStyle::cellPadding,
                               widths.at(i) - 2 * ReportStyle::cellPadding,
                               row.height - 2 * ReportStyle::cellPadding});
                    x += widths.at(i);
                    const Qt::Alignment alignment = place.visual(columns.at(i).alignment);
                    const CellLine *line = i < row.laid.size() ? row.laid.at(i) : nullptr;
                    if (!line) {
                        if (!row.cells.at(i).isEmpty())
                            painter.drawText(cell, Qt::TextWordWrap | alignment | Qt::AlignTop,
                                             row.cells.at(i));
                        continue;
                    }
                    const qreal start = alignment & Qt::AlignRight ? cell.right() - line->width
                                        : alignment & Qt::AlignHCenter
                                            ? cell.left() + (cell.width() - line->width) / 2
                                            : cell.left();
                    for (const QGlyphRun &run : line->runs) {
                        qsizetype at = 0;
                        while (at < merged.size() && !(merged.at(at).rawFont() == run.rawFont() &&
                                                       merged.at(at).flags() == run.flags()))
                            ++at;
                        if (at == merged.size()) {
                            merged.append(run);
                            indexes.append(QList<quint32>());
                            positions.append(QList<QPointF>());
                        }
                        indexes[at] += run.glyphIndexes();
                        for (const QPointF &point : run.positions())
                            positions[at].append(point + QPointF(start, cell.top()));
                    }
                }
            }
            for (qsizetype at = 0; at < merged.size(); ++at) {
                QGlyphRun run = merged.at(at);
                run.setGlyphIndexes(indexes.at(at));
                run.setPositions(positions.at(at));
                painter.drawGlyphRun(QPointF(0, 0), run);
            }
            (void)lines; // keeps the cells' layouts alive while the pages are painted
        });
    };

    Laid laid;
    const qreal firstRow = rows.isEmpty() ? 0 : layOut(0, laid);
    ensure(titleHeight + headerHeight + firstRow);
    startPage(false);
    QList<int> repeatsBlank;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).onlyWhenChanged)
            repeatsBlank.append(i);
    }
    for (int index = 0; index < rows.size(); ++index) {
        QStringList cells = rows.at(index);
        const qreal height = layOut(index, laid);
        const bool pageFull = m_y + height > m_content.bottom();
        if (pageFull) {
            paintPageRows();
            newPage();
            startPage(true);
        }
        // Blank where the row above on this page says the same; blank cells are never taller.
        if (!pageRows.isEmpty() && !repeatsBlank.isEmpty()) {
            for (const int i : std::as_const(repeatsBlank)) {
                if (i < cells.size() && cells.at(i) == rows.at(index - 1).value(i)) {
                    cells[i].clear();
                    laid[i] = nullptr;
                }
            }
        }
        pageRows.append({cells, laid, m_y, height, index % 2 == 1});
        m_y += height;
    }
    paintPageRows();
    const QLineF bottom(left(), m_y, left() + width(), m_y);
    add([=](QPainter &painter) {
        painter.setPen(QPen(ReportStyle::ruleColour, 0.5));
        painter.drawLine(bottom);
    });
    m_y += 10.0;
}

} // namespace viparita::detail
