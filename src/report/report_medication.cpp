#include "report_sections.h"

#include <viparita/core/measurement.h>

#include <QFontMetricsF>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace viparita::detail {

namespace {

const QColor systolicColour{0xb0, 0x30, 0x30};
const QColor diastolicColour{0x2a, 0x5d, 0xa8};
const QColor barColour{0xd9, 0xe4, 0xf2};
const QColor barEdge{0x5b, 0x7d, 0xb1};

/// Each day's mean systolic and diastolic in [first, last].
QMap<qint64, std::pair<double, double>> dailyMeans(const QList<Reading> &readings,
                                                   const QDate &first, const QDate &last)
{
    QMap<qint64, std::array<double, 3>> sums;
    for (const Reading &reading : readings) {
        const QDate day = reading.takenAt.date();
        if (day < first || day > last)
            continue;
        auto &sum = sums[day.toJulianDay()];
        sum[0] += reading.systolic;
        sum[1] += reading.diastolic;
        sum[2] += 1;
    }
    QMap<qint64, std::pair<double, double>> means;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        means.insert(it.key(), {it.value()[0] / it.value()[2], it.value()[1] / it.value()[2]});
    return means;
}

/// A round step for an axis of `span` with about `count` ticks.
double niceStep(double span, int count)
{
    const double raw = span / std::max(count, 1);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= factor * power)
            return factor * power;
    }
    return 10.0 * power;
}

} // namespace

QDate ReportSections::periodStart(const QList<Reading> &readings) const
{
    if (m_options.from)
        return *m_options.from;
    return readings.isEmpty() ? QDate() : readings.constFirst().takenAt.date();
}

QDate ReportSections::periodEnd(const QList<Reading> &readings, const QDateTime &generatedAt) const
{
    if (m_options.to)
        return *m_options.to;
    return readings.isEmpty() ? generatedAt.date() : readings.constLast().takenAt.date();
}

QString ReportSections::medicationSummary(const QList<Reading> &readings, bool changesBelow) const
{
    if (m_options.medications.isEmpty())
        return tr("none recorded for this period");
    const QDate last =
        periodEnd(readings, m_options.generatedAt.isValid() ? m_options.generatedAt
                                                            : QDateTime::currentDateTime());
    QStringList taken;
    for (const Medication &medication : m_options.medications) {
        if (const auto dose = medication.doseOn(last))
            taken.append(u"%1 %2"_s.arg(medication.name, dose->toString()));
        else
            taken.append(tr("%1 (stopped)").arg(medication.name));
    }
    //: The medicines at the end of the report's period: "Amlodipine 2.5 mg, Ramipril
    //: (stopped); its changes below".
    if (changesBelow)
        return tr("%1 at the end of the period; its changes below").arg(taken.join(u", "_s));
    return tr("%1 at the end of the period").arg(taken.join(u", "_s));
}

void ReportSections::medication(const QList<Medication> &medications,
                                const QList<Reading> &readings, const QDateTime &generatedAt)
{
    if (medications.isEmpty())
        return; // the summary says none was recorded
    m_layout.heading(tr("Medication in this period"));
    QDate first = periodStart(readings);
    QDate last = periodEnd(readings, generatedAt);
    if (!first.isValid()) {
        first = medications.constFirst().firstDay();
        for (const Medication &medication : medications)
            first = std::min(first, medication.firstDay());
    }
    if (!last.isValid() || last <= first)
        last = first.addDays(1);
    timeline(medications, readings, first, last);
    m_layout.skip(6.0);

    // The table: each dose a medicine was taken at, with the days it began and ended and why.
    QList<QStringList> rows;
    for (const Medication &medication : medications) {
        const auto periods = medication.periods();
        for (const DosePeriod &period : periods) {
            if (period.to && *period.to <= period.from)
                continue; // corrected on its first day: never taken at that dose
            QString change = period.beganWithStart ? tr("started") : tr("dose changed");
            if (!period.reason.trimmed().isEmpty() && m_options.includeNotes)
                change += u": "_s + period.reason.trimmed();
            QString until = tr("ongoing");
            if (period.to) {
                until = period.to->addDays(-1).toString(Qt::ISODate);
                if (period.endedByStop) {
                    until += u", "_s + tr("stopped");
                    if (!period.endReason.trimmed().isEmpty() && m_options.includeNotes)
                        until += u": "_s + period.endReason.trimmed();
                }
            }
            QString dose = period.dose.toString();
            if (!medication.times.isEmpty())
                dose += u", "_s + medication.timesText();
            QString name = medication.name;
            if (!medication.forBloodPressure)
                name += u" "_s + tr("(not for blood pressure)");
            rows.append({name, dose, period.from.toString(Qt::ISODate), until, change});
        }
    }
    // A short table is kept whole on one page, with its title.
    if (rows.size() <= 8)
        m_layout.ensure(44.0 + 26.0 * qreal(rows.size()));
    m_layout.table(tr("Doses and changes"),
                   {{tr("Medicine"), 0.3, Qt::AlignLeft, true},
                    {tr("Dose"), 0.3},
                    {tr("From")},
                    {tr("Until")},
                    {tr("Change"), 0.5}},
                   rows);
}

void ReportSections::timeline(const QList<Medication> &medications, const QList<Reading> &readings,
                              const QDate &first, const QDate &last)
{
    const auto means = dailyMeans(readings, first, last);
    constexpr qreal plotHeight = 110.0;
    constexpr qreal laneHeight = 15.0;
    constexpr qreal axisHeight = 14.0;
    constexpr qreal labelWidth = 116.0;
    const qreal height = plotHeight + 6.0 + laneHeight * qreal(medications.size()) + axisHeight;
    // The pressures' range, in steps of 10 or 20, with the readings inside it.
    double low = 60;
    double high = 160;
    for (auto it = means.cbegin(); it != means.cend(); ++it) {
        low = std::min(low, it.value().second - 5);
        high = std::max(high, it.value().first + 5);
    }
    const double step = niceStep(high - low, 4);
    low = std::floor(low / step) * step;
    high = std::ceil(high / step) * step;

    // Each medicine's changes, for the lines across the pressures.
    QList<QDate> changeDays;
    for (const Medication &medication : medications) {
        for (const MedicationChange &change : medication.changes) {
            if (change.date > first && change.date <= last && !changeDays.contains(change.date))
                changeDays.append(change.date);
        }
    }
    const QString systolicWord = tr("systolic");
    const QString diastolicWord = tr("diastolic");
    const QString noReadings = tr("No readings in this period.");
    const QString dayMeans = tr("Each day's mean, mmHg");
    QList<std::pair<QString, QList<DosePeriod>>> lanes;
    for (const Medication &medication : medications)
        lanes.append({medication.name, medication.periods()});

    m_layout.block(height, [=](QPainter &painter, const QRectF &rect) {
        painter.save();
        const QRectF plot(rect.left() + labelWidth, rect.top() + 4.0, rect.width() - labelWidth,
                          plotHeight - 4.0);
        const double days = double(first.daysTo(last));
        const auto xOf = [&](const QDate &day) {
            const double at = double(first.daysTo(day)) / days;
            return plot.left() + std::clamp(at, 0.0, 1.0) * plot.width();
        };
        const auto yOf = [&](double value) {
            return plot.bottom() - (value - low) / (high - low) * plot.height();
        };
        const QFont small = ReportStyle::font(ReportStyle::smallSize);
        painter.setFont(small);
        const QFontMetricsF metrics(small, painter.device());

        // The pressure axis: its values and light lines across.
        painter.setPen(QPen(ReportStyle::rowShade, 0.8));
        for (double value = low; value <= high + 0.01; value += step) {
            painter.setPen(QPen(ReportStyle::rowShade.darker(110), 0.6));
            painter.drawLine(QPointF(plot.left(), yOf(value)), QPointF(plot.right(), yOf(value)));
            painter.setPen(ReportStyle::muted);
            painter.drawText(QRectF(plot.left() - 30.0, yOf(value) - 6.0, 26.0, 12.0),
                             Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
        }
        painter.setPen(ReportStyle::muted);
        painter.drawText(QRectF(rect.left(), plot.top(), labelWidth - 34.0, 40.0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, dayMeans);

        // Each change of medication, a dashed line down through the pressures and the lanes.
        painter.setPen(QPen(ReportStyle::ruleColour, 0.8, Qt::DashLine));
        for (const QDate &day : changeDays)
            painter.drawLine(QPointF(xOf(day), plot.top()),
                             QPointF(xOf(day), rect.bottom() - axisHeight));

        // The pressures: each day's mean, joined.
        if (means.isEmpty()) {
            painter.setPen(ReportStyle::muted);
            painter.drawText(plot, Qt::AlignCenter, noReadings);
        }
        for (const bool systolic : {true, false}) {
            const QColor colour = systolic ? systolicColour : diastolicColour;
            QPainterPath path;
            bool started = false;
            for (auto it = means.cbegin(); it != means.cend(); ++it) {
                const QPointF point(xOf(QDate::fromJulianDay(it.key())),
                                    yOf(systolic ? it.value().first : it.value().second));
                if (started)
                    path.lineTo(point);
                else
                    path.moveTo(point);
                started = true;
                painter.setPen(Qt::NoPen);
                painter.setBrush(colour);
                painter.drawEllipse(point, 1.6, 1.6);
            }
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(colour, 1.0));
            if (means.size() > 1)
                painter.drawPath(path);
        }
        // The legend, at the plot's top right.
        qreal legendX = plot.right();
        for (const bool systolic : {false, true}) {
            const QString word = systolic ? systolicWord : diastolicWord;
            const qreal width = metrics.horizontalAdvance(word);
            legendX -= width;
            painter.setPen(ReportStyle::ink);
            painter.drawText(QPointF(legendX, plot.top() + 8.0), word);
            legendX -= 12.0;
            painter.setPen(QPen(systolic ? systolicColour : diastolicColour, 2.0));
            painter.drawLine(QPointF(legendX, plot.top() + 5.0),
                             QPointF(legendX + 9.0, plot.top() + 5.0));
            legendX -= 10.0;
        }

        // One lane a medicine: a bar for each dose, its dose written in it where it fits.
        qreal y = rect.top() + plotHeight + 6.0;
        for (const auto &[name, periods] : lanes) {
            painter.setPen(ReportStyle::ink);
            painter.drawText(QRectF(rect.left(), y, labelWidth - 6.0, laneHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(name, Qt::ElideRight, labelWidth - 8.0));
            for (const DosePeriod &period : periods) {
                const QDate end = period.to.value_or(last.addDays(1));
                if (end <= first || period.from > last || end <= period.from)
                    continue;
                const qreal left = xOf(std::max(period.from, first));
                const qreal right = end > last ? plot.right() : xOf(end);
                const QRectF bar(left, y + 2.0, std::max(right - left, 1.5), laneHeight - 4.0);
                painter.setPen(QPen(barEdge, 0.6));
                painter.setBrush(barColour);
                painter.drawRect(bar);
                const QString dose = period.dose.toString();
                if (metrics.horizontalAdvance(dose) + 4.0 < bar.width()) {
                    painter.setPen(ReportStyle::ink);
                    painter.drawText(bar, Qt::AlignCenter, dose);
                }
            }
            y += laneHeight;
        }

        // The days: the first and the last, and between them as many as fit.
        painter.setPen(QPen(ReportStyle::ruleColour, 0.6));
        const qreal axisY = rect.bottom() - axisHeight;
        painter.drawLine(QPointF(plot.left(), axisY), QPointF(plot.right(), axisY));
        painter.setPen(ReportStyle::muted);
        const qreal labelSpace = metrics.horizontalAdvance(u"2026-11-01"_s) + 16.0;
        const int labels = std::max(2, int(plot.width() / labelSpace));
        const int stride = std::max(1, int(std::ceil(days / (labels - 1))));
        for (int day = 0; day <= int(days); day += stride) {
            const QDate date = first.addDays(day);
            const qreal x = xOf(date);
            const QString text = date.toString(Qt::ISODate);
            const qreal width = metrics.horizontalAdvance(text);
            const qreal textLeft = std::clamp(x - width / 2.0, plot.left(), plot.right() - width);
            if (day > 0 && day + stride > int(days) && x + width / 2 > plot.right() - width)
                break; // the last day is written below
            painter.drawText(QPointF(textLeft, axisY + 10.0), text);
        }
        const QString lastText = last.toString(Qt::ISODate);
        painter.drawText(QPointF(plot.right() - metrics.horizontalAdvance(lastText), axisY + 10.0),
                         lastText);
        painter.restore();
    });
}

} // namespace viparita::detail
