#include "plugins/reports/chart_report_backend.h"

#include <viparita/core/display_format.h>

#include <viparita/report/trend_charts.h>

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHash>
#include <QLineSeries>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QToolTip>
#include <QXYSeries>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

/// The words of the Trends page and of the export dialog, in their translation contexts.
struct TrendsText {
    Q_DECLARE_TR_FUNCTIONS(viparita::app::TrendsPage)
};
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(viparita::app::ExportDialog)
};

/// What `chart` shows, in words a screen reader can say: each line with its number of
/// points, its first and last value and its lowest and highest.
QString chartInWords(QChart *chart)
{
    const DisplayFormat format;
    QStringList lines;
    const auto describe = [&](const QString &name, const QList<QPointF> &points) {
        if (points.isEmpty() || name.isEmpty())
            return;
        const auto [lowest, highest] =
            std::minmax_element(points.cbegin(), points.cend(),
                                [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        lines.append(TrendsText::tr("%1: %n point(s), first %2, last %3, lowest %4, highest %5",
                                    nullptr, int(points.size()))
                         .arg(name, format.number(points.first().y()),
                              format.number(points.last().y()), format.number(lowest->y()),
                              format.number(highest->y())));
    };
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *each : series) {
        if (auto *line = qobject_cast<QXYSeries *>(each)) {
            // The lines drawn for orientation are said by their name alone, once.
            if (line->objectName() == u"homeThreshold"_s ||
                line->objectName() == u"medicationChange"_s) {
                if (!lines.contains(line->name()))
                    lines.append(line->name());
                continue;
            }
            describe(line->name(), line->points());
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(each)) {
            // Each set of bars, its values in order.
            for (QBarSet *set : bars->barSets()) {
                QList<QPointF> values;
                for (int i = 0; i < set->count(); ++i)
                    values.append(QPointF(i, set->at(i)));
                describe(set->label(), values);
            }
        }
    }
    if (lines.isEmpty())
        return TrendsText::tr("No data in this period.");
    return lines.join(u". "_s) + u'.';
}

/// The data of `chart` as a table (see chartTableProperty): a row a day (or a session, for
/// bars), a column a line or set of bars; the lines drawn for orientation are left out.
QVariantList chartAsTable(QChart *chart)
{
    const DisplayFormat format;
    QStringList titles;
    QList<QString> rowKeys;                    // in order of first appearance
    QHash<QString, QHash<int, QString>> cells; // row key -> column -> value
    QList<qreal> rowOrder;                     // a sort key for each row key
    const auto put = [&](const QString &key, qreal order, int column, const QString &value) {
        if (!cells.contains(key)) {
            rowKeys.append(key);
            rowOrder.append(order);
        }
        cells[key][column] = value;
    };
    const bool byDate = !chart->axes(Qt::Horizontal).isEmpty() &&
                        qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).first());
    QStringList categories;
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
        if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis))
            categories = bars->categories();
    }
    // The lines with data; when they have a point each for the same sessions (before and
    // after), a row holds a session's points, named by the first one's time.
    QList<QXYSeries *> lines;
    for (QAbstractSeries *each : chart->series()) {
        auto *line = qobject_cast<QXYSeries *>(each);
        if (line != nullptr && line->objectName() != u"homeThreshold"_s &&
            line->objectName() != u"medicationChange"_s && !line->name().isEmpty())
            lines.append(line);
    }
    const bool paired = lines.size() > 1 && std::all_of(lines.cbegin(), lines.cend(), [&](auto *l) {
                            return l->count() == lines.first()->count();
                        });
    titles.append(byDate ? TrendsText::tr("Time") : TrendsText::tr("Session"));
    for (QXYSeries *line : std::as_const(lines)) {
        const int column = int(titles.size());
        titles.append(line->name());
        const QList<QPointF> points = line->points();
        for (qsizetype i = 0; i < points.size(); ++i) {
            const qreal x = paired ? lines.first()->at(int(i)).x() : points.at(i).x();
            const QString key = byDate ? format.dateTime(QDateTime::fromMSecsSinceEpoch(qint64(x)))
                                       : format.number(x);
            put(key, x, column, format.number(points.at(i).y()));
        }
    }
    for (QAbstractSeries *each : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(each)) {
            for (QBarSet *set : bars->barSets()) {
                const int column = int(titles.size());
                titles.append(set->label());
                for (int i = 0; i < set->count(); ++i)
                    put(categories.value(i, format.count(i + 1)), i, column,
                        format.number(set->at(i)));
            }
        }
    }
    QList<qsizetype> order(rowKeys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return rowOrder.at(a) < rowOrder.at(b); });
    QVariantList table{titles};
    for (const qsizetype index : std::as_const(order)) {
        QStringList row{rowKeys.at(index)};
        for (int column = 1; column < titles.size(); ++column)
            row.append(cells.value(rowKeys.at(index)).value(column));
        table.append(row);
    }
    return table;
}

/// A tooltip for each point of the before, after and pulse lines of `chart`.
void addPointTips(QChart *chart)
{
    const auto series = chart->series();
    for (QAbstractSeries *each : series) {
        auto *line = qobject_cast<QLineSeries *>(each);
        if (!line || line->objectName().isEmpty())
            continue;
        const QString name = line->name();
        QObject::connect(line, &QLineSeries::hovered, line, [name](const QPointF &point, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x()));
            const DisplayFormat format;
            QToolTip::showText(QCursor::pos(),
                               TrendsText::tr("%1: %2 on %3")
                                   .arg(name, format.number(point.y()), format.dateTime(when)));
        });
    }
}

} // namespace

QWidget *ChartReportBackend::createChartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

void ChartReportBackend::showTrends(const QList<QWidget *> &views,
                                    const QList<SessionChange> &sessions,
                                    const QList<Measurement> &measurements,
                                    const QList<Medication> &medications, Guideline guideline,
                                    bool dark)
{
    const QList<QChart *> charts{
        TrendCharts::pressure(sessions, TrendCharts::Pressure::Systolic, guideline, medications),
        TrendCharts::pressure(sessions, TrendCharts::Pressure::Diastolic, guideline, medications),
        TrendCharts::changes(sessions), TrendCharts::pulse(measurements)};
    for (qsizetype i = 0; i < charts.size(); ++i) {
        QChart *chart = charts.at(i);
        auto *view = i < views.size() ? qobject_cast<QChartView *>(views.at(i)) : nullptr;
        if (view == nullptr) {
            delete chart;
            continue;
        }
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        addPointTips(chart);
        // Its text alternative: the data in words, as its description (the page names it).
        view->setAccessibleDescription(chartInWords(chart));
        view->setProperty(chartTableProperty, chartAsTable(chart));
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    }
}

std::optional<ReportPreview> ChartReportBackend::preview(const QList<Reading> &readings,
                                                         const QList<SessionRecord> &sessions,
                                                         const PdfReport::Options &options,
                                                         int width, QString *error)
{
    const auto report = PdfReport::layOut(readings, sessions, options, error);
    if (!report)
        return std::nullopt;
    return ReportPreview{report->pageImage(0, width), report->pageCount()};
}

bool ChartReportBackend::writePdf(QIODevice &out, const QList<Reading> &readings,
                                  const QList<SessionRecord> &sessions,
                                  const PdfReport::Options &options, QString *error)
{
    return PdfReport::write(out, readings, sessions, options, error);
}

PrintOutcome ChartReportBackend::print(const QList<Reading> &readings,
                                       const QList<SessionRecord> &sessions,
                                       PdfReport::Options options, QWidget *parent,
                                       const QString &outputFile)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(options.pageSize);
    printer.setDocName(ExportText::tr("Blood pressure report"));
    if (outputFile.isEmpty()) {
        QPrintDialog dialog(&printer, parent);
        dialog.setWindowTitle(ExportText::tr("Print the report"));
        if (dialog.exec() != QDialog::Accepted)
            return {PrintOutcome::Status::Cancelled, {}, {}};
    } else {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(outputFile);
    }
    // Laid out for the paper the printer has.
    options.pageSize = printer.pageLayout().pageSize();
    QString error;
    const auto report = PdfReport::layOut(readings, sessions, options, &error);
    if (!report || !report->print(printer, &error))
        return {PrintOutcome::Status::Failed, {}, error};
    return {PrintOutcome::Status::Printed,
            printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName(),
            {}};
}

} // namespace viparita::app
