#include "report_page_layout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace viparita::detail {

QFont ReportStyle::font(qreal points, bool bold)
{
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s, u"Liberation Sans"_s, u"Noto Sans"_s});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures, so "coffee" is copied (and searched) out of the PDF as typed.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

PageLayout::PageLayout(QPaintDevice *device, const QRectF &content)
    : m_device(device)
    , m_content(content)
    , m_y(content.top())
{}

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
    add([=](QPainter &painter) {
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(rect, Qt::TextWordWrap, text);
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
    const QRectF keyRect(left(), m_y, keyWidth - 8.0, height);
    const QRectF valueRect(left() + keyWidth, m_y, width() - keyWidth, height);
    add([=](QPainter &painter) {
        painter.setPen(ReportStyle::muted);
        painter.setFont(keyFont);
        painter.drawText(keyRect, Qt::TextWordWrap, key);
        painter.setPen(ReportStyle::ink);
        painter.setFont(valueFont);
        painter.drawText(valueRect, Qt::TextWordWrap, value);
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

QList<qreal> PageLayout::columnWidths(const QList<TableColumn> &columns,
                                      const QList<QStringList> &rows, const QFont &headerFont,
                                      const QFont &cellFont) const
{
    const QFontMetricsF header(headerFont, m_device);
    const QFontMetricsF cell(cellFont, m_device);
    const auto widest = [](const QFontMetricsF &metrics, const QString &text, bool words) {
        qreal result = 0;
        for (const QString &word :
             words ? text.split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList{text})
            result = std::max(result, metrics.horizontalAdvance(word));
        return result;
    };
    QList<qreal> natural;
    QList<qreal> minimum;
    for (int i = 0; i < columns.size(); ++i) {
        qreal full = widest(header, columns.at(i).title, false);
        qreal word = full;
        for (const QStringList &row : rows) {
            if (i < row.size()) {
                full = std::max(full, widest(cell, row.at(i), false));
                word = std::max(word, widest(cell, row.at(i), true));
            }
        }
        natural.append(full + 2 * ReportStyle::cellPadding + 1.0);
        // Columns without a share (dates, numbers, fixed words) keep their width; the others
        // wrap.
        minimum.append((columns.at(i).share > 0.0 ? word : full) + 2 * ReportStyle::cellPadding +
                       1.0);
    }
    const qreal naturalSum = std::accumulate(natural.begin(), natural.end(), 0.0);
    QList<qreal> widths;
    if (naturalSum <= width()) {
        qreal shares = 0;
        for (const TableColumn &column : columns)
            shares += column.share;
        for (int i = 0; i < columns.size(); ++i)
            widths.append(natural.at(i) +
                          (width() - naturalSum) * columns.at(i).share / std::max(shares, 0.01));
        return widths;
    }
    const qreal minimumSum = std::accumulate(minimum.begin(), minimum.end(), 0.0);
    const qreal wanted = naturalSum - minimumSum;
    for (int i = 0; i < columns.size(); ++i)
        widths.append(minimum.at(i) + std::max(0.0, width() - minimumSum) *
                                          (natural.at(i) - minimum.at(i)) / std::max(wanted, 0.01));
    return widths;
}

void PageLayout::table(const QString &title, const QList<TableColumn> &columns,
                       const QList<QStringList> &rows)
{
    const QFont headerFont = ReportStyle::font(ReportStyle::tableSize, true);
    const QFont cellFont = ReportStyle::font(ReportStyle::tableSize);
    const QList<qreal> widths = columnWidths(columns, rows, headerFont, cellFont);

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

    const auto paintRow = [=, this](const QStringList &cells, const QFont &font, qreal top,
                                    qreal height, bool shaded, bool header) {
        const qreal x0 = left();
        const qreal fullWidth = width();
        add([=](QPainter &painter) {
            if (shaded)
                painter.fillRect(QRectF(x0, top, fullWidth, height), ReportStyle::rowShade);
            painter.setFont(font);
            painter.setPen(ReportStyle::ink);
            qreal x = x0;
            for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
                const QRectF cell(x + ReportStyle::cellPadding, top + ReportStyle::cellPadding,
                                  widths.at(i) - 2 * ReportStyle::cellPadding,
                                  height - 2 * ReportStyle::cellPadding);
                painter.drawText(cell, Qt::TextWordWrap | columns.at(i).alignment | Qt::AlignTop,
                                 cells.at(i));
                x += widths.at(i);
            }
            if (header) {
                painter.setPen(QPen(ReportStyle::ink, 0.8));
                painter.drawLine(QLineF(x0, top + height, x0 + fullWidth, top + height));
            }
        });
    };
    const auto startPage = [&](bool continued) {
        const QString text = continued ? tr("%1 (continued)").arg(title) : title;
        const qreal top = m_y + 6.0;
        const qreal x0 = left();
        const qreal fullWidth = width();
        add([=](QPainter &painter) {
            painter.setFont(titleFont);
            painter.setPen(ReportStyle::ink);
            painter.drawText(QRectF(x0, top, fullWidth, titleHeight), Qt::TextWordWrap, text);
        });
        m_y += titleHeight;
        paintRow(titles, headerFont, m_y, headerHeight, false, true);
        m_y += headerHeight;
    };

    const qreal firstRow = rows.isEmpty() ? 0 : rowHeight(rows.first(), cellFont);
    ensure(titleHeight + headerHeight + firstRow);
    startPage(false);
    for (int index = 0; index < rows.size(); ++index) {
        const QStringList &cells = rows.at(index);
        const qreal height = rowHeight(cells, cellFont);
        if (m_y + height > m_content.bottom()) {
            newPage();
            startPage(true);
        }
        paintRow(cells, cellFont, m_y, height, index % 2 == 1, false);
        m_y += height;
    }
    const QLineF bottom(left(), m_y, left() + width(), m_y);
    add([=](QPainter &painter) {
        painter.setPen(QPen(ReportStyle::ruleColour, 0.5));
        painter.drawLine(bottom);
    });
    m_y += 10.0;
}

} // namespace viparita::detail
