#include <viparita/report/trend_charts.h>

#include <viparita/report/category_colours.h>

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

struct TrendChartsText {
    Q_DECLARE_TR_FUNCTIONS(viparita::TrendCharts)
};

struct Band {
    BpCategory category;
    double from;
    double to;
};

/// The stretch of one pressure that each category covers (Low below the lowest), read
/// from the classifier itself, so the bands always match the rules.
QList<Band> bandsOf(Guideline guideline, TrendCharts::Pressure which)
{
    QList<Band> bands;
    constexpr double step = 0.5;
    for (double value = 30.0; value <= 320.0; value += step) {
        const BpCategory category = which == TrendCharts::Pressure::Systolic
                                        ? BpClassifier::bySystolic(value, guideline)
                                        : BpClassifier::byDiastolic(value, guideline);
        if (bands.isEmpty() || bands.last().category != category)
            bands.append({category, value, value + step});
        else
            bands.last().to = value + step;
    }
    return bands;
}

/// Puts points in time order. They mostly come in order already (the statistics list
/// sessions and measurements by time), and a check costs far less than a sort.
void sortByTime(QList<QPointF> &points)
{
    auto byTime = [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); };
    if (!std::is_sorted(points.cbegin(), points.cend(), byTime))
        std::sort(points.begin(), points.end(), byTime);
}

/// At most `buckets` points: when there are more, the mean of each equal
/// stretch of time, so a chart of ten years draws as fast as one of a month
/// and a line stays a line.
QList<QPointF> thinned(const QList<QPointF> &points, int buckets)
{
    if (points.size() <= buckets * 2)
        return points;
    const qreal first = points.first().x();
    const qreal width = (points.last().x() - first) / buckets;
    QList<QPointF> result;
    result.reserve(buckets);
    qreal sumX = 0;
    qreal sumY = 0;
    int count = 0;
    int bucket = 0;
    for (const QPointF &point : points) {
        const int index = std::min(buckets - 1, static_cast<int>((point.x() - first) / width));
        if (index != bucket && count > 0) {
            result.append(QPointF(sumX / count, sumY / count));
            sumX = sumY = 0;
            count = 0;
        }
        bucket = index;
        sumX += point.x();
        sumY += point.y();
        ++count;
    }
    if (count > 0)
        result.append(QPointF(sumX / count, sumY / count));
    return result;
}

QString dateFormat(qint64 spanDays)
{
    return spanDays > 400 ? u"MMM yyyy"_s : u"d MMM"_s;
}

void style(QChart *chart, const QString &title)
{
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

QLineSeries *line(const QString &name, const QColor &colour, qreal width, bool markers)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(colour, width);
    pen.setCapStyle(Qt::RoundCap);
    series->setPen(pen);
    series->setPointsVisible(markers);
    return series;
}

QDateTimeAxis *timeAxis(qint64 fromMs, qint64 toMs)
{
    auto *axis = new QDateTimeAxis;
    const qint64 spanDays = (toMs - fromMs) / (24LL * 3600 * 1000);
    axis->setFormat(dateFormat(spanDays));
    axis->setTickCount(6);
    axis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    return axis;
}

/// Keeps the dates under `axis` whole as the chart is laid out (fitDateLabels).
void keepDateLabelsWhole(QChart *chart, QDateTimeAxis *axis)
{
    QObject::connect(chart, &QChart::plotAreaChanged, axis, [chart](const QRectF &plot) {
        TrendCharts::fitDateLabels(chart, plot.width());
    });
}

} // namespace

void TrendCharts::fitDateLabels(QChart *chart, qreal plotWidth)
{
    for (QAbstractAxis *abstract : chart->axes(Qt::Horizontal)) {
        auto *axis = qobject_cast<QDateTimeAxis *>(abstract);
        if (!axis)
            continue;
        const QFontMetricsF metrics(axis->labelsFont());
        // The widest a label of this format can be, with room on either side.
        const QDateTime widest(QDate(2026, 9, 28), QTime(23, 59));
        const qreal label = metrics.horizontalAdvance(widest.toString(axis->format())) +
                            4.0 * metrics.averageCharWidth();
        const int count = std::clamp(static_cast<int>(plotWidth / label) + 1, 2, 6);
        if (count != axis->tickCount())
            axis->setTickCount(count);
    }
}

QChart *TrendCharts::pressure(const QList<SessionChange> &sessions, Pressure which,
                              Guideline guideline, const QList<Medication> &medications)
{
    auto *chart = new QChart;
    const bool systolic = which == Pressure::Systolic;
    style(chart, systolic ? TrendChartsText::tr("Systolic, before and after each session (mmHg)")
                          : TrendChartsText::tr("Diastolic, before and after each session (mmHg)"));

    QList<QPointF> before;
    QList<QPointF> after;
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (const SessionChange &session : sessions) {
        for (const auto &[measurement, points] :
             {std::pair{&session.before, &before}, std::pair{&session.after, &after}}) {
            if (!*measurement)
                continue;
            const double value = systolic ? (*measurement)->systolic : (*measurement)->diastolic;
            points->append(
                QPointF(static_cast<qreal>((*measurement)->at.toMSecsSinceEpoch()), value));
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    qint64 fromMs = 0;
    qint64 toMs = 0;
    if (before.isEmpty() && after.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTime();
        fromMs = now.addDays(-30).toMSecsSinceEpoch();
        toMs = now.toMSecsSinceEpoch();
        low = systolic ? 100 : 60;
        high = systolic ? 150 : 95;
    } else {
        sortByTime(before);
        sortByTime(after);
        const qreal first =
            std::min(before.isEmpty() ? std::numeric_limits<qreal>::max() : before.first().x(),
                     after.isEmpty() ? std::numeric_limits<qreal>::max() : after.first().x());
        const qreal last = std::max(before.isEmpty() ? 0.0 : before.last().x(),
                                    after.isEmpty() ? 0.0 : after.last().x());
        const qint64 margin = 12LL * 3600 * 1000;
        fromMs = static_cast<qint64>(first) - margin;
        toMs = static_cast<qint64>(last) + margin;
    }
    const double threshold = systolic ? BpClassifier::homeHypertensionSystolic(guideline)
                                      : BpClassifier::homeHypertensionDiastolic(guideline);
    const double yLow = std::floor((std::min(low, threshold) - 10.0) / 10.0) * 10.0;
    const double yHigh = std::ceil((std::max(high, threshold) + 10.0) / 10.0) * 10.0;

    auto *xAxis = timeAxis(fromMs, toMs);
    keepDateLabelsWhole(chart, xAxis);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(yLow, yHigh);
    yAxis->setLabelFormat(u"%d"_s);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickInterval(yHigh - yLow > 60 ? 20 : 10);
    yAxis->setTickAnchor(0);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    // The category bands, behind everything.
    for (const Band &band : bandsOf(guideline, which)) {
        const double from = std::max(band.from, yLow);
        const double to = std::min(band.to, yHigh);
        if (to <= from)
            continue;
        auto *lower = new QLineSeries(chart);
        auto *upper = new QLineSeries(chart);
        lower->append(
            {QPointF(static_cast<qreal>(fromMs), from), QPointF(static_cast<qreal>(toMs), from)});
        upper->append(
            {QPointF(static_cast<qreal>(fromMs), to), QPointF(static_cast<qreal>(toMs), to)});
        auto *area = new QAreaSeries(upper, lower);
        area->setName(BpClassifier::name(band.category));
        QColor colour = CategoryColours::of(band.category);
        colour.setAlphaF(0.16f);
        area->setBrush(colour);
        area->setPen(Qt::NoPen);
        chart->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
        for (QLegendMarker *marker : chart->legend()->markers(area))
            marker->setVisible(false);
    }

    auto *home = line(TrendChartsText::tr("Home threshold %1").arg(threshold),
                      QColor(0x6b, 0x5b, 0x95), 1.5, false);
    home->setObjectName(u"homeThreshold"_s);
    QPen dashed = home->pen();
    dashed.setStyle(Qt::DashLine);
    home->setPen(dashed);
    home->append({QPointF(static_cast<qreal>(fromMs), threshold),
                  QPointF(static_cast<qreal>(toMs), threshold)});
    chart->addSeries(home);
    home->attachAxis(xAxis);
    home->attachAxis(yAxis);

    // Each change of medication: an upright dashed line at noon of its day, one legend entry
    // for all of them.
    QList<QDate> changeDays;
    for (const Medication &medication : medications) {
        for (const MedicationChange &change : medication.changes) {
            if (!changeDays.contains(change.date))
                changeDays.append(change.date);
        }
    }
    std::sort(changeDays.begin(), changeDays.end());
    bool named = false;
    for (const QDate &day : std::as_const(changeDays)) {
        const qint64 at = QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
        if (at < fromMs || at > toMs)
            continue;
        auto *mark =
            line(TrendChartsText::tr("Medication changed"), QColor(0x55, 0x55, 0x55), 1.5, false);
        mark->setObjectName(u"medicationChange"_s);
        QPen pen = mark->pen();
        pen.setStyle(Qt::DashDotLine);
        mark->setPen(pen);
        mark->append(
            {QPointF(static_cast<qreal>(at), yLow), QPointF(static_cast<qreal>(at), yHigh)});
        chart->addSeries(mark);
        mark->attachAxis(xAxis);
        mark->attachAxis(yAxis);
        if (named) {
            for (QLegendMarker *marker : chart->legend()->markers(mark))
                marker->setVisible(false);
        }
        named = true;
    }

    const bool markers = before.size() + after.size() <= maxMarkedPoints;
    const bool thin = before.size() > maxDrawnPoints * 2 || after.size() > maxDrawnPoints * 2;
    auto *beforeSeries =
        line(thin ? TrendChartsText::tr("Before (means over time)") : TrendChartsText::tr("Before"),
             QColor(0x8c, 0x4a, 0x2f), 2.0, markers);
    beforeSeries->setObjectName(u"before"_s);
    beforeSeries->replace(thinned(before, maxDrawnPoints));
    auto *afterSeries =
        line(thin ? TrendChartsText::tr("After (means over time)") : TrendChartsText::tr("After"),
             QColor(0x2f, 0x6f, 0x6a), 2.0, markers);
    afterSeries->setObjectName(u"after"_s);
    afterSeries->replace(thinned(after, maxDrawnPoints));
    for (QLineSeries *series : {beforeSeries, afterSeries}) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    return chart;
}

QChart *TrendCharts::changes(const QList<SessionChange> &sessions, int maxBars)
{
    auto *chart = new QChart;
    QList<const SessionChange *> paired;
    for (const SessionChange &session : sessions) {
        if (session.systolic && session.diastolic)
            paired.append(&session);
    }
    if (paired.size() > maxBars)
        paired = paired.mid(paired.size() - maxBars);
    style(chart,
          paired.size() == maxBars
              ? TrendChartsText::tr("Change per session, after minus before (mmHg), the last %1")
                    .arg(maxBars)
              : TrendChartsText::tr("Change per session, after minus before (mmHg)"));
    auto *systolic = new QBarSet(TrendChartsText::tr("Systolic"));
    systolic->setColor(QColor(0x8c, 0x4a, 0x2f));
    auto *diastolic = new QBarSet(TrendChartsText::tr("Diastolic"));
    diastolic->setColor(QColor(0x2f, 0x6f, 0x6a));
    QStringList labels;
    double low = -5.0;
    double high = 5.0;
    for (const SessionChange *session : std::as_const(paired)) {
        *systolic << *session->systolic;
        *diastolic << *session->diastolic;
        low = std::min({low, *session->systolic, *session->diastolic});
        high = std::max({high, *session->systolic, *session->diastolic});
        labels.append(session->startedAt.toString(u"d MMM"_s));
    }
    // A category axis drops a label it already has, and the bars after it slide under the
    // wrong dates: two sessions of one day are told apart by their time (and a third of the
    // same minute by its number).
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (labels.count(labels.at(i)) > 1) {
            const QString day = labels.at(i);
            for (qsizetype j = i; j < labels.size(); ++j) {
                if (labels.at(j) == day)
                    labels[j] = paired.at(j)->startedAt.toString(u"d MMM HH:mm"_s);
            }
        }
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        int copy = 1;
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            if (labels.at(j) == labels.at(i))
                labels[j] += u" (%1)"_s.arg(++copy);
        }
    }
    auto *series = new QBarSeries;
    series->setObjectName(u"changes"_s);
    series->append(systolic);
    series->append(diastolic);
    chart->addSeries(series);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(labels);
    // Dates under many bars would overlap: then the title says which they are.
    xAxis->setLabelsVisible(labels.size() <= 16);
    if (labels.size() > 16)
        xAxis->setTitleText(TrendChartsText::tr("%1 to %2").arg(labels.first(), labels.last()));
    auto *yAxis = new QValueAxis;
    yAxis->setRange(std::floor(low / 5.0) * 5.0, std::ceil(high / 5.0) * 5.0);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(yAxis->max() - yAxis->min() > 40 ? 10 : 5);
    yAxis->setLabelFormat(u"%+d"_s);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    return chart;
}

QChart *TrendCharts::pulse(const QList<Measurement> &measurements)
{
    auto *chart = new QChart;
    style(chart, TrendChartsText::tr("Pulse (beats a minute)"));
    QList<QPointF> points;
    double low = 60;
    double high = 80;
    for (const Measurement &measurement : measurements) {
        if (!measurement.pulse)
            continue;
        points.append(
            QPointF(static_cast<qreal>(measurement.at.toMSecsSinceEpoch()), *measurement.pulse));
        low = std::min(low, *measurement.pulse);
        high = std::max(high, *measurement.pulse);
    }
    sortByTime(points);
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 margin = 12LL * 3600 * 1000;
    const qint64 fromMs = points.isEmpty() ? now.addDays(-30).toMSecsSinceEpoch()
                                           : static_cast<qint64>(points.first().x()) - margin;
    const qint64 toMs = points.isEmpty() ? now.toMSecsSinceEpoch()
                                         : static_cast<qint64>(points.last().x()) + margin;
    auto *series = line(TrendChartsText::tr("Pulse"), QColor(0x6b, 0x5b, 0x95), 1.5,
                        points.size() <= maxMarkedPoints);
    series->setObjectName(u"pulse"_s);
    series->replace(thinned(points, maxDrawnPoints));
    chart->addSeries(series);
    auto *xAxis = timeAxis(fromMs, toMs);
    keepDateLabelsWhole(chart, xAxis);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(std::floor((low - 5) / 5.0) * 5.0, std::ceil((high + 5) / 5.0) * 5.0);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(yAxis->max() - yAxis->min() > 50 ? 10 : 5);
    yAxis->setLabelFormat(u"%d"_s);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    chart->legend()->hide();
    return chart;
}

} // namespace viparita
