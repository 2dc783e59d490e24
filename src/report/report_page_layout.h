#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;
class QPaintDevice;

namespace viparita::detail {

/// The look of the report, in points: sizes, colours and the one font.
namespace ReportStyle {
/// One device unit is one point: the report is laid out in points.
constexpr int resolution = 72;
constexpr qreal margin = 48.0;
constexpr qreal footerHeight = 26.0;
constexpr qreal titleSize = 17.0;
constexpr qreal headingSize = 12.5;
constexpr qreal bodySize = 10.5;
constexpr qreal tableSize = 9.0;
constexpr qreal smallSize = 8.5;
constexpr qreal cellPadding = 3.0;
constexpr qreal chartHeight = 200.0;

inline const QColor ink{0x1e, 0x1e, 0x1e};
inline const QColor muted{0x55, 0x55, 0x55};
inline const QColor ruleColour{0x99, 0x99, 0x99};
inline const QColor rowShade{0xf2, 0xf2, 0xf2};

/// The report's sans-serif font at `points`.
[[nodiscard]] QFont font(qreal points, bool bold = false);
} // namespace ReportStyle

/// Something painted on a page, in points from the page's top left corner.
using PaintStep = std::function<void(QPainter &)>;

/// Where things go on a page in the report's direction: a language written right to left
/// (Arabic) has its pages laid out mirrored. A value, kept by the paint steps.
struct PagePlacement {
    QRectF content;
    Qt::LayoutDirection direction = Qt::LeftToRight;

    /// `rect`, laid out from the left, where it belongs on the page: mirrored across the
    /// content area when the report runs right to left.
    [[nodiscard]] QRectF operator()(const QRectF &rect) const;
    /// `alignment` as seen on the page, made absolute: left and right swapped when the
    /// report runs right to left, and no horizontal alignment taken as the start of a line.
    [[nodiscard]] Qt::Alignment visual(Qt::Alignment alignment) const;
};

/// A column of a table: its title, its share of the width left over (0 for a column that
/// keeps its natural width), its alignment, whether a repeated value is shown.
struct TableColumn {
    QString title;
    qreal share = 0.0;
    Qt::Alignment alignment = Qt::AlignLeft;
    /// A value the same as the row above is left blank (as a date in a logbook), except on
    /// the first row of each page.
    bool onlyWhenChanged = false;
};

/// The paged layout engine of the report: paragraphs, headings, key-value rows, rules,
/// blocks and tables placed down the content area, a new page when one is full, text
/// measured on `device`. It records paint steps rather than painting, so that the pages
/// are known (and counted) before any is drawn.
class PageLayout final {
    Q_DECLARE_TR_FUNCTIONS(viparita::PdfReport)

public:
    /// Pages of `content` on `device`, in the direction of the default locale's language.
    PageLayout(QPaintDevice *device, const QRectF &content);

    [[nodiscard]] const QList<QList<PaintStep>> &pages() const { return m_pages; }
    [[nodiscard]] qreal width() const { return m_content.width(); }
    [[nodiscard]] qreal left() const { return m_content.left(); }
    [[nodiscard]] const PagePlacement &placement() const { return m_placement; }

    void newPage();
    /// A new page unless `height` still fits on this one.
    void ensure(qreal height);
    void skip(qreal height) { m_y += height; }

    void paragraph(const QString &text, const QFont &font, const QColor &colour,
                   qreal spaceAfter = 4.0);
    /// A heading, never left alone at the foot of a page.
    void heading(const QString &text);
    /// A label and its value side by side; the value wraps.
    void keyValue(const QString &key, const QString &value);
    void rule(qreal spaceAfter = 8.0);
    /// Reserves `height` and paints there with `paint(painter, rect)`.
    void block(qreal height, const std::function<void(QPainter &, const QRectF &)> &paint);
    /// A table over as many pages as it needs; its title and header are repeated on each.
    void table(const QString &title, const QList<TableColumn> &columns,
               const QList<QStringList> &rows);

private:
    void add(PaintStep step) { m_pages.last().append(std::move(step)); }
    [[nodiscard]] qreal textHeight(const QString &text, const QFont &font, qreal width) const;

    QPaintDevice *m_device;
    QRectF m_content;
    PagePlacement m_placement;
    QList<QList<PaintStep>> m_pages{{}};
    qreal m_y = 0;
};

} // namespace viparita::detail
