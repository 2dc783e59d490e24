#include <viparita/report/pdf_report.h>

#include <viparita/core/measurement.h>
#include <viparita/core/statistics.h>
#include <viparita/report/trend_charts.h>

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QHash>
#include <QIODevice>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <numeric>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("viparita::PdfReport", text);
}

// One device unit is one point: the layout below is in points.
constexpr int resolution = 72;
constexpr qreal margin = 48.0;
constexpr qreal footerHeight = 26.0;
constexpr qreal titleSize = 17.0;
constexpr qreal headingSize = 12.5;
constexpr qreal bodySize = 10.5;
constexpr qreal tableSize = 9.0;
constexpr qreal smallSize = 8.5;
constexpr qreal cellPadding = 3.0;
constexpr qreal chartHeight = 132.0;

const QColor ink(0x1e, 0x1e, 0x1e);
const QColor muted(0x55, 0x55, 0x55);
const QColor ruleColour(0x99, 0x99, 0x99);
const QColor rowShade(0xf2, 0xf2, 0xf2);

QFont reportFont(qreal points, bool bold = false)
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

/// At most one decimal, none when it is whole: 131.5, 132.
QString number(double value)
{
    return QString::number(std::round(value * 10.0) / 10.0, 'f',
                           std::fmod(std::round(value * 10.0), 10.0) == 0.0 ? 0 : 1);
}

/// A change with its sign: +2, -5.3, 0.
QString signedNumber(double value)
{
    const QString text = number(value);
    return value > 0.0 && text != u"0"_s ? u"+"_s + text : text;
}

QString pressure(double systolic, double diastolic)
{
    return u"%1/%2"_s.arg(number(systolic), number(diastolic));
}

QString isoDate(const QDate &date)
{
    return date.toString(u"yyyy-MM-dd"_s);
}

QString plural(int count, const char *one, const char *many)
{
    return (count == 1 ? tr(one) : tr(many)).arg(count);
}

QString contextWord(ReadingContext context)
{
    switch (context) {
    case ReadingContext::Standalone:
        return tr("standalone");
    case ReadingContext::Before:
        return tr("before");
    case ReadingContext::During:
        return tr("during");
    case ReadingContext::After:
        return tr("after");
    }
    return {};
}

QString armWord(const std::optional<Arm> &arm)
{
    if (!arm)
        return {};
    return *arm == Arm::Left ? tr("left") : tr("right");
}

QString positionWord(const std::optional<BodyPosition> &position)
{
    if (!position)
        return {};
    switch (*position) {
    case BodyPosition::Sitting:
        return tr("sitting");
    case BodyPosition::Lying:
        return tr("lying");
    case BodyPosition::Standing:
        return tr("standing");
    }
    return {};
}

using PaintStep = std::function<void(QPainter &)>;

struct Column {
    QString title;
    qreal share; ///< of the content width
    Qt::Alignment alignment = Qt::AlignLeft;
};

/// Lays the report out in pages of paint steps first, so every page can say how many there are.
class Layout {
public:
    Layout(QPaintDevice *device, const QRectF &content) : m_device(device), m_content(content)
    {
        m_y = content.top();
    }

    [[nodiscard]] const QList<QList<PaintStep>> &pages() const { return m_pages; }
    [[nodiscard]] qreal width() const { return m_content.width(); }
    [[nodiscard]] qreal left() const { return m_content.left(); }
    [[nodiscard]] qreal y() const { return m_y; }

    void newPage()
    {
        m_pages.append(QList<PaintStep>());
        m_y = m_content.top();
    }
    /// A new page unless `height` still fits on this one.
    void ensure(qreal height)
    {
        if (m_y + height > m_content.bottom() && m_y > m_content.top())
            newPage();
    }
    void add(PaintStep step) { m_pages.last().append(std::move(step)); }
    void skip(qreal height) { m_y += height; }

    [[nodiscard]] qreal textHeight(const QString &text, const QFont &font, qreal width) const
    {
        const QFontMetricsF metrics(font, m_device);
        if (text.isEmpty())
            return metrics.height();
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    }

    void paragraph(const QString &text, const QFont &font, const QColor &colour,
                   qreal spaceAfter = 4.0)
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

    void heading(const QString &text)
    {
        const QFont font = reportFont(headingSize, true);
        // A heading never stands alone at the foot of a page.
        ensure(textHeight(text, font, width()) + 40.0);
        m_y += 6.0;
        paragraph(text, font, ink, 4.0);
    }

    /// A label and its value side by side; the value wraps.
    void keyValue(const QString &key, const QString &value)
    {
        const qreal keyWidth = 150.0;
        const QFont keyFont = reportFont(bodySize, true);
        const QFont valueFont = reportFont(bodySize);
        const qreal height = std::max(textHeight(key, keyFont, keyWidth - 8.0),
                                      textHeight(value, valueFont, width() - keyWidth));
        ensure(height);
        const QRectF keyRect(left(), m_y, keyWidth - 8.0, height);
        const QRectF valueRect(left() + keyWidth, m_y, width() - keyWidth, height);
        add([=](QPainter &painter) {
            painter.setPen(muted);
            painter.setFont(keyFont);
            painter.drawText(keyRect, Qt::TextWordWrap, key);
            painter.setPen(ink);
            painter.setFont(valueFont);
            painter.drawText(valueRect, Qt::TextWordWrap, value);
        });
        m_y += height + 3.0;
    }

    void rule(qreal spaceAfter = 8.0)
    {
        const QLineF line(left(), m_y, left() + width(), m_y);
        add([=](QPainter &painter) {
            painter.setPen(QPen(ruleColour, 0.5));
            painter.drawLine(line);
        });
        m_y += spaceAfter;
    }

    /// Reserves `height` and paints there with `paint(painter, rect)`.
    void block(qreal height, const std::function<void(QPainter &, const QRectF &)> &paint)
    {
        ensure(height);
        const QRectF rect(left(), m_y, width(), height);
        add([=](QPainter &painter) { paint(painter, rect); });
        m_y += height;
    }

    /// Each column as wide as its longest text when they all fit; else at least as wide as its
    /// longest word, the rest shared out by how much more each column would like (the flexible
    /// columns, such as the note, then wrap). Space left over goes by each column's share.
    [[nodiscard]] QList<qreal> columnWidths(const QList<Column> &columns,
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
            natural.append(full + 2 * cellPadding + 1.0);
            // Columns without a share (dates, numbers, fixed words) keep their width; the others
            // wrap.
            minimum.append((columns.at(i).share > 0.0 ? word : full) + 2 * cellPadding + 1.0);
        }
        const qreal naturalSum = std::accumulate(natural.begin(), natural.end(), 0.0);
        QList<qreal> widths;
        if (naturalSum <= width()) {
            qreal shares = 0;
            for (const Column &column : columns)
                shares += column.share;
            for (int i = 0; i < columns.size(); ++i)
                widths.append(natural.at(i) + (width() - naturalSum) * columns.at(i).share /
                                                  std::max(shares, 0.01));
            return widths;
        }
        const qreal minimumSum = std::accumulate(minimum.begin(), minimum.end(), 0.0);
        const qreal wanted = naturalSum - minimumSum;
        for (int i = 0; i < columns.size(); ++i)
            widths.append(minimum.at(i) + std::max(0.0, width() - minimumSum) *
                                              (natural.at(i) - minimum.at(i)) /
                                              std::max(wanted, 0.01));
        return widths;
    }

    /// A table over as many pages as it needs; its title and header are repeated on each.
    void table(const QString &title, const QList<Column> &columns, const QList<QStringList> &rows)
    {
        const QFont headerFont = reportFont(tableSize, true);
        const QFont cellFont = reportFont(tableSize);
        const QList<qreal> widths = columnWidths(columns, rows, headerFont, cellFont);

        const auto rowHeight = [&](const QStringList &cells, const QFont &font) {
            qreal height = 0;
            for (int i = 0; i < cells.size() && i < widths.size(); ++i)
                height =
                    std::max(height, textHeight(cells.at(i), font, widths.at(i) - 2 * cellPadding));
            return height + 2 * cellPadding;
        };
        QStringList titles;
        for (const Column &column : columns)
            titles.append(column.title);
        const qreal headerHeight = rowHeight(titles, headerFont);
        const QFont titleFont = reportFont(headingSize, true);
        const qreal titleHeight = textHeight(title, titleFont, width()) + 10.0;

        const auto paintRow = [=, this](const QStringList &cells, const QFont &font, qreal top,
                                        qreal height, bool shaded, bool header) {
            const qreal x0 = left();
            const qreal fullWidth = width();
            add([=](QPainter &painter) {
                if (shaded)
                    painter.fillRect(QRectF(x0, top, fullWidth, height), rowShade);
                painter.setFont(font);
                painter.setPen(ink);
                qreal x = x0;
                for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
                    const QRectF cell(x + cellPadding, top + cellPadding,
                                      widths.at(i) - 2 * cellPadding, height - 2 * cellPadding);
                    painter.drawText(cell,
                                     Qt::TextWordWrap | columns.at(i).alignment | Qt::AlignTop,
                                     cells.at(i));
                    x += widths.at(i);
                }
                if (header) {
                    painter.setPen(QPen(ink, 0.8));
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
                painter.setPen(ink);
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
            painter.setPen(QPen(ruleColour, 0.5));
            painter.drawLine(bottom);
        });
        m_y += 10.0;
    }

private:
    QPaintDevice *m_device;
    QRectF m_content;
    QList<QList<PaintStep>> m_pages{{}};
    qreal m_y = 0;
};

bool chartsCanBeDrawn()
{
    // QChart is a QGraphicsWidget: it needs a QApplication, not only a QCoreApplication.
    const QCoreApplication *application = QCoreApplication::instance();
    return application && application->inherits("QApplication");
}

/// Draws a chart of TrendCharts, as vectors, into `target`.
void paintChart(QPainter &painter, const QRectF &target, QChart *chart)
{
    // The scene is laid out at screen size (96 units an inch), then scaled into the points of
    // the page, so the chart's fonts keep their proportions.
    const QSizeF sceneSize = target.size() * (96.0 / 72.0);
    // A chart on paper is lower than on screen: at most four value labels fit beside it
    // without Qt eliding them to "...".
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        auto *values = qobject_cast<QValueAxis *>(axis);
        if (!values || values->tickType() != QValueAxis::TicksDynamic ||
            values->tickInterval() <= 0)
            continue;
        while ((values->max() - values->min()) / values->tickInterval() > 3.0)
            values->setTickInterval(values->tickInterval() * 2);
    }
    QGraphicsScene scene;
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setGeometry(QRectF(QPointF(0, 0), sceneSize));
    scene.addItem(chart); // the scene owns the chart now
    scene.setSceneRect(QRectF(QPointF(0, 0), sceneSize));
    scene.render(&painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
}

QString periodText(const PdfReport::Options &options, const QList<Reading> &readings)
{
    std::optional<QDate> from = options.from;
    std::optional<QDate> to = options.to;
    if (!readings.isEmpty()) {
        if (!from)
            from = readings.first().takenAt.date();
        if (!to)
            to = readings.last().takenAt.date();
    }
    if (from && to)
        return tr("%1 to %2").arg(isoDate(*from), isoDate(*to));
    if (from)
        return tr("from %1").arg(isoDate(*from));
    if (to)
        return tr("up to %1").arg(isoDate(*to));
    return tr("no readings");
}

QString averageText(const PeriodAverage &average, Guideline guideline)
{
    if (!average.systolic || !average.diastolic || average.n == 0)
        return tr("no measurements");
    return tr("%1 mmHg (%2), %3")
        .arg(pressure(*average.systolic, *average.diastolic),
             BpClassifier::name(
                 BpClassifier::classify(*average.systolic, *average.diastolic, guideline)),
             plural(average.n, "%1 measurement", "%1 measurements"));
}

QString estimateText(const char *what, const Estimate &estimate)
{
    if (!estimate.mean)
        return {};
    QString text = tr(what) + u" "_s + signedNumber(*estimate.mean) + u" mmHg"_s;
    if (estimate.ci95)
        text += tr(" (95% CI %1 to %2)")
                    .arg(signedNumber(estimate.ci95->first), signedNumber(estimate.ci95->second));
    return text;
}

void addSummary(Layout &layout, const StatisticsReport &report, const QList<Reading> &readings,
                const QList<SessionRecord> &sessions, const PdfReport::Options &options)
{
    layout.heading(tr("Summary"));
    layout.keyValue(tr("Readings"),
                    tr("%1, forming %2")
                        .arg(plural(int(readings.size()), "%1 reading", "%1 readings"),
                             plural(report.measurements, "%1 measurement", "%1 measurements")));
    layout.keyValue(tr("Sessions"),
                    tr("%1; %2 with readings before and after")
                        .arg(plural(int(sessions.size()), "%1 session", "%1 sessions"))
                        .arg(report.pairedSessions));

    PeriodAverage overall;
    if (!report.measurementList.isEmpty()) {
        double systolic = 0;
        double diastolic = 0;
        for (const Measurement &measurement : report.measurementList) {
            systolic += measurement.systolic;
            diastolic += measurement.diastolic;
        }
        overall.n = int(report.measurementList.size());
        overall.systolic = systolic / overall.n;
        overall.diastolic = diastolic / overall.n;
    }
    layout.keyValue(tr("Average, all"), averageText(overall, options.guideline));
    layout.keyValue(tr("Morning (04:00-11:59)"), averageText(report.morning, options.guideline));
    layout.keyValue(tr("Evening (18:00-23:59)"), averageText(report.evening, options.guideline));

    const HomeSummary &home = report.home;
    QString homeText;
    if (!home.systolic || !home.diastolic || !home.from || !home.to) {
        homeText = tr("not enough days with readings (the first of 7 days is left out)");
    } else {
        const bool high = home.category == u"home_hypertension"_s;
        homeText = tr("%1 mmHg over %2 (%3 to %4), %5: %6")
                       .arg(pressure(*home.systolic, *home.diastolic),
                            plural(home.days, "%1 day", "%1 days"), isoDate(*home.from),
                            isoDate(*home.to), plural(home.readings, "%1 reading", "%1 readings"),
                            high ? tr("home hypertension (at or above the home threshold of "
                                      "135/85 mmHg)")
                                 : tr("below the home threshold of 135/85 mmHg"));
        if (home.days < 6)
            homeText += tr("; not yet reliable: the protocol asks for 7 days");
    }
    layout.keyValue(tr("Home average (ESH, 7 days)"), homeText);

    QString changeText;
    if (report.pairedSessions == 0) {
        changeText = tr("no session has readings both before and after");
    } else {
        QStringList parts;
        for (const QString &part : {estimateText("systolic", report.systolicChange),
                                    estimateText("diastolic", report.diastolicChange)})
            if (!part.isEmpty())
                parts.append(part);
        changeText = tr("%1; over %2")
                         .arg(parts.join(u"; "_s),
                              plural(report.pairedSessions, "%1 session", "%1 sessions"));
        if (report.pairedSessions > 0)
            changeText += tr("; systolic fell in %1 of %2")
                              .arg(report.systolicFell)
                              .arg(report.pairedSessions);
        if (!report.reliable)
            changeText += tr("; not yet reliable: fewer than %1 sessions with readings before "
                             "and after")
                              .arg(Statistics::reliableSessions);
    }
    layout.keyValue(tr("Change across sessions (after minus before)"), changeText);

    QStringList shares;
    for (const CategoryShare &share : report.categories)
        if (share.count > 0)
            shares.append(u"%1 %2%"_s.arg(BpClassifier::name(share.category))
                              .arg(std::round(share.share * 100.0)));
    if (!shares.isEmpty())
        layout.keyValue(
            tr("Measurements by category (%1)").arg(BpClassifier::guidelineName(options.guideline)),
            shares.join(u", "_s));
}

void addCharts(Layout &layout, const StatisticsReport &report, Guideline guideline)
{
    layout.heading(tr("Before and after sessions"));
    if (report.sessions.isEmpty()) {
        layout.paragraph(tr("No session has readings in this period."), reportFont(bodySize), ink);
        return;
    }
    if (!chartsCanBeDrawn()) {
        layout.paragraph(tr("The charts are left out: they need the graphical application."),
                         reportFont(bodySize), muted);
        return;
    }
    // Each chart carries its own title, legend and axes, as in the app.
    const QList<SessionChange> changes = report.sessions;
    for (const auto which : {TrendCharts::Pressure::Systolic, TrendCharts::Pressure::Diastolic}) {
        layout.block(chartHeight, [=](QPainter &painter, const QRectF &rect) {
            paintChart(painter, rect, TrendCharts::pressure(changes, which, guideline));
        });
        layout.skip(4.0);
    }
}

QList<QStringList> sessionRows(const QList<SessionRecord> &sessions,
                               const QList<SessionChange> &changes, bool includeNotes)
{
    QHash<qint64, SessionChange> byId;
    for (const SessionChange &change : changes)
        byId.insert(change.sessionId, change);
    QList<SessionRecord> sorted = sessions;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.startedAt.toUTC() < b.startedAt.toUTC();
    });
    QList<QStringList> rows;
    for (const SessionRecord &session : sorted) {
        const SessionChange change = byId.value(session.id);
        const int seconds = session.actualSeconds.value_or(session.plannedSeconds);
        QString difference;
        if (change.systolic && change.diastolic)
            difference =
                u"%1/%2"_s.arg(signedNumber(*change.systolic), signedNumber(*change.diastolic));
        QStringList row{
            session.startedAt.toString(u"yyyy-MM-dd HH:mm"_s),
            session.sequenceTitle.isEmpty() ? session.sequenceId : session.sequenceTitle,
            QString::number(std::lround(seconds / 60.0)),
            change.before ? pressure(change.before->systolic, change.before->diastolic) : QString(),
            change.after ? pressure(change.after->systolic, change.after->diastolic) : QString(),
            difference,
            session.feeling ? tr("%1 of 5").arg(*session.feeling) : QString(),
        };
        if (includeNotes)
            row.append(session.note);
        rows.append(row);
    }
    return rows;
}

QList<QStringList> readingRows(const QList<Reading> &readings, Guideline guideline,
                               bool includeNotes)
{
    QList<QStringList> rows;
    for (const Reading &reading : readings) {
        QString pulse = reading.pulse ? QString::number(*reading.pulse) : QString();
        if (reading.irregular)
            pulse += (pulse.isEmpty() ? QString() : u" "_s) + tr("irregular");
        QStringList row{
            isoDate(reading.takenAt.date()),
            reading.takenAt.time().toString(u"HH:mm"_s),
            contextWord(reading.context),
            u"%1/%2"_s.arg(reading.systolic).arg(reading.diastolic),
            pulse,
            BpClassifier::name(
                BpClassifier::classify(reading.systolic, reading.diastolic, guideline)),
            armWord(reading.arm),
            positionWord(reading.position),
        };
        if (includeNotes)
            row.append(reading.note);
        rows.append(row);
    }
    return rows;
}

} // namespace

QString PdfReport::describeMeasurement(const QList<Reading> &readings)
{
    int total = 0;
    QMap<QString, int> arms;
    QMap<QString, int> positions;
    int noArm = 0;
    int noPosition = 0;
    for (const Reading &reading : readings) {
        if (reading.deletedAt)
            continue;
        ++total;
        if (reading.arm)
            ++arms[armWord(reading.arm)];
        else
            ++noArm;
        if (reading.position)
            ++positions[positionWord(reading.position)];
        else
            ++noPosition;
    }
    if (arms.isEmpty() && positions.isEmpty())
        return {};
    const auto counts = [total](const QMap<QString, int> &found, int missing,
                                const char *unknownWord) {
        QList<std::pair<int, QString>> parts;
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            parts.append({it.value(), it.key()});
        std::stable_sort(parts.begin(), parts.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList words;
        for (const auto &[count, word] : parts)
            words.append(count == total ? tr("%1 (all)").arg(word)
                                        : tr("%1 (%2 of %3)").arg(word).arg(count).arg(total));
        if (missing > 0 && missing < total)
            words.append(tr("%1 (%2 of %3)").arg(tr(unknownWord)).arg(missing).arg(total));
        return words.join(u", "_s);
    };
    QStringList sentences;
    if (!arms.isEmpty())
        sentences.append(tr("Arm: %1.").arg(counts(arms, noArm, "not recorded")));
    if (!positions.isEmpty())
        sentences.append(tr("Position: %1.").arg(counts(positions, noPosition, "not recorded")));
    return sentences.join(u' ');
}

struct PdfReport::Document {
    QList<QList<PaintStep>> pages;
    QPageSize pageSize;
    QString title;
};

PdfReport::PdfReport(std::unique_ptr<Document> document) : d(std::move(document)) {}

PdfReport::~PdfReport() = default;

int PdfReport::pageCount() const
{
    return int(d->pages.size());
}

QPageSize PdfReport::pageSize() const
{
    return d->pageSize;
}

QString PdfReport::title() const
{
    return d->title;
}

std::unique_ptr<PdfReport> PdfReport::layOut(const QList<Reading> &readings,
                                             const QList<SessionRecord> &sessions,
                                             const Options &options, QString *error)
{
    // Fonts need a QGuiApplication; without one, Qt would abort.
    const QCoreApplication *application = QCoreApplication::instance();
    if (!application || !application->inherits("QGuiApplication")) {
        if (error)
            *error = tr("a PDF report needs a QGuiApplication");
        return nullptr;
    }

    QList<Reading> kept;
    for (const Reading &reading : readings)
        if (!reading.deletedAt)
            kept.append(reading);
    std::stable_sort(kept.begin(), kept.end(), [](const Reading &a, const Reading &b) {
        return a.takenAt.toUTC() < b.takenAt.toUTC();
    });
    const StatisticsReport report = Statistics::compute(kept, options.guideline);
    const QString guidelineName = BpClassifier::guidelineName(options.guideline);
    const QDateTime generatedAt =
        options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTime();

    // Text is measured on a PDF device of one unit a point, which every output shares.
    QBuffer nowhere;
    nowhere.open(QIODevice::WriteOnly);
    QPdfWriter measure(&nowhere);
    measure.setResolution(resolution);
    measure.setPageSize(options.pageSize);
    measure.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);

    const QSizeF page = options.pageSize.size(QPageSize::Point);
    const QRectF content(margin, margin, page.width() - 2 * margin,
                         page.height() - 2 * margin - footerHeight);
    Layout layout(&measure, content);

    // The person, the period, when it was made.
    layout.paragraph(tr("Blood pressure report"), reportFont(titleSize, true), ink, 6.0);
    if (!options.name.isEmpty())
        layout.keyValue(tr("Name"), options.name);
    layout.keyValue(tr("Period"), periodText(options, kept));
    layout.keyValue(tr("Made on"), generatedAt.toString(u"yyyy-MM-dd HH:mm"_s));
    layout.skip(4.0);
    layout.rule(2.0);

    addSummary(layout, report, kept, sessions, options);
    layout.heading(tr("How the readings were taken"));
    QStringList how;
    if (!options.howMeasured.trimmed().isEmpty())
        how.append(tr("Usually: %1.").arg(options.howMeasured.trimmed()));
    if (const QString recorded = describeMeasurement(kept); !recorded.isEmpty())
        how.append(tr("As recorded with the readings: %1").arg(recorded));
    if (how.isEmpty())
        how.append(tr("Not stated."));
    how.append(tr("Several readings of one moment form one measurement, their mean; every "
                  "reading is listed below."));
    layout.paragraph(how.join(u' '), reportFont(bodySize), ink);
    addCharts(layout, report, options.guideline);
    layout.skip(4.0);
    layout.rule(4.0);
    layout.paragraph(tr("Viparita informs; it does not diagnose and gives no advice on "
                        "medication. The categories follow the %1 guideline; the home "
                        "threshold of 135/85 mmHg follows the ESH home monitoring protocol.")
                         .arg(guidelineName),
                     reportFont(smallSize), muted);

    // The tables start on a page of their own.
    layout.newPage();
    // Shares: how the space left over is given out, and the widest a column may be forced to.
    QList<Column> sessionColumns{
        {tr("Date"), 0.0},   {tr("Sequence"), 0.2}, {tr("Minutes"), 0.0, Qt::AlignRight},
        {tr("Before"), 0.0}, {tr("After"), 0.0},    {tr("Change"), 0.0},
        {tr("Feeling"), 0.0}};
    if (options.includeNotes)
        sessionColumns.append({tr("Note"), 0.8});
    layout.table(tr("Sessions"), sessionColumns,
                 sessionRows(sessions, report.sessions, options.includeNotes));

    QList<Column> readingColumns{{tr("Date"), 0.0}, {tr("Time"), 0.0},    {tr("Context"), 0.0},
                                 {tr("mmHg"), 0.0}, {tr("Pulse"), 0.0},   {tr("Category"), 0.2},
                                 {tr("Arm"), 0.0},  {tr("Position"), 0.0}};
    if (options.includeNotes)
        readingColumns.append({tr("Note"), 0.8});
    layout.table(tr("Readings"), readingColumns,
                 readingRows(kept, options.guideline, options.includeNotes));

    auto document = std::make_unique<Document>();
    document->pages = layout.pages();
    document->pageSize = options.pageSize;
    document->title = options.name.isEmpty() ? tr("Blood pressure report")
                                             : tr("Blood pressure report: %1").arg(options.name);
    return std::unique_ptr<PdfReport>(new PdfReport(std::move(document)));
}

void PdfReport::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    const QSizeF page = d->pageSize.size(QPageSize::Point);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const PaintStep &step : d->pages.at(index))
        step(painter);
    const qreal top = page.height() - margin - footerHeight + 10.0;
    painter.setPen(QPen(ruleColour, 0.5));
    painter.drawLine(QLineF(margin, top, page.width() - margin, top));
    painter.setFont(reportFont(smallSize));
    painter.setPen(muted);
    const QRectF footer(margin, top + 3.0, page.width() - 2 * margin, footerHeight - 10.0);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, d->title);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                     tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
    painter.restore();
}

bool PdfReport::paintPages(QPagedPaintDevice &device, int first, int last, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("cannot start the document"));
    for (int index = first; index <= last; ++index) {
        if (index > first && !device.newPage()) {
            painter.end();
            return fail(tr("cannot add a page"));
        }
        paintPage(painter, index);
    }
    if (!painter.end())
        return fail(tr("cannot finish the document"));
    return true;
}

bool PdfReport::writePdf(QIODevice &out, QString *error) const
{
    if (!out.isOpen() || !out.isWritable()) {
        if (error)
            *error = tr("the device is not open for writing");
        return false;
    }
    QPdfWriter writer(&out);
    writer.setResolution(resolution);
    writer.setPageSize(d->pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setTitle(d->title);
    writer.setCreator(u"Viparita"_s);
    // QPdfWriter does not report a device that takes fewer bytes than given: write to a
    // buffer and check the one write to the file, as Exporter::writeFile() does.
    return paintPages(writer, 0, pageCount() - 1, error);
}

bool PdfReport::print(QPrinter &printer, QString *error) const
{
    // The report is laid out in points: a printer with one unit a point draws it as laid out.
    printer.setFullPage(true);
    printer.setResolution(resolution);
    printer.setPageSize(d->pageSize);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    printer.setDocName(d->title);
    printer.setCreator(u"Viparita"_s);
    int first = 0;
    int last = pageCount() - 1;
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = std::clamp(printer.fromPage() - 1, 0, last);
        last = std::clamp(printer.toPage() > 0 ? printer.toPage() - 1 : last, first, last);
    }
    return paintPages(printer, first, last, error);
}

QImage PdfReport::pageImage(int index, int width) const
{
    const QSizeF page = d->pageSize.size(QPageSize::Point);
    const qreal scale = qreal(std::max(width, 1)) / page.width();
    QImage image(QSize(std::max(width, 1), std::max(1, qRound(page.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // One unit a point, as the layout was measured, then scaled to the image.
    const int dotsPerMeter = qRound(resolution / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paintPage(painter, index);
    painter.end();
    return image;
}

bool PdfReport::write(QIODevice &out, const QList<Reading> &readings,
                      const QList<SessionRecord> &sessions, const Options &options, QString *error)
{
    if (!out.isOpen() || !out.isWritable()) {
        if (error)
            *error = tr("the device is not open for writing");
        return false;
    }
    const auto report = layOut(readings, sessions, options, error);
    return report && report->writePdf(out, error);
}

} // namespace viparita
