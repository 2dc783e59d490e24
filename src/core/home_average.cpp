#include <viparita/core/home_average.h>

#include "local_time.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <set>

namespace viparita {

namespace {

struct HomeAverageText {
    Q_DECLARE_TR_FUNCTIONS(viparita::HomeAverage)
};

} // namespace

using detail::isEvening;
using detail::isMorning;
using detail::localTimeOf;

bool HomeAverage::isHomeReading(const Reading &reading)
{
    const bool ownOrBefore =
        reading.context == ReadingContext::Standalone || reading.context == ReadingContext::Before;
    const bool seated = !reading.position || *reading.position == BodyPosition::Sitting;
    return ownOrBefore && seated && !reading.deletedAt;
}

HomeSummary HomeAverage::of(const QList<Reading> &readings, Guideline guideline)
{
    HomeSummary summary;
    std::set<qint64> days;
    for (const Reading &reading : readings) {
        if (isHomeReading(reading))
            days.insert(localTimeOf(reading.takenAt).julianDay);
    }
    summary.missing = {minimumDays, minimumReadings, true, true};
    if (days.empty())
        return summary;

    // The latest run of consecutive days, at most a week of them.
    const qint64 last = *days.rbegin();
    qint64 first = last;
    while (last - first + 1 < windowDays && days.contains(first - 1))
        --first;
    if (last - first + 1 >= leaveOutFirstFrom)
        ++first;

    // Whole-number sums, so that a mean of exactly 135 is exactly 135.
    qint64 systolicSum = 0;
    qint64 diastolicSum = 0;
    for (const Reading &reading : readings) {
        if (!isHomeReading(reading))
            continue;
        const auto local = localTimeOf(reading.takenAt);
        if (local.julianDay < first || local.julianDay > last)
            continue;
        systolicSum += reading.systolic;
        diastolicSum += reading.diastolic;
        ++summary.readings;
        summary.morningReadings += isMorning(local) ? 1 : 0;
        summary.eveningReadings += isEvening(local) ? 1 : 0;
    }
    summary.days = static_cast<int>(last - first + 1);
    summary.from = QDate::fromJulianDay(first);
    summary.to = QDate::fromJulianDay(last);
    const auto count = static_cast<double>(summary.readings);
    summary.systolic = static_cast<double>(systolicSum) / count;
    summary.diastolic = static_cast<double>(diastolicSum) / count;

    summary.missing = {std::max(0, minimumDays - summary.days),
                       std::max(0, minimumReadings - summary.readings),
                       summary.morningReadings == 0, summary.eveningReadings == 0};
    const HomeSummary::Missing &missing = summary.missing;
    if (missing.days == 0 && missing.readings == 0 && !missing.morning && !missing.evening) {
        summary.status = HomeSummary::Status::Enough;
        summary.category =
            BpClassifier::classifyHome(*summary.systolic, *summary.diastolic, guideline);
    }
    return summary;
}

QString HomeAverage::describeMissing(const HomeSummary::Missing &missing)
{
    QStringList parts;
    if (missing.days > 0)
        parts.append(missing.days == 1 ? HomeAverageText::tr("1 more day")
                                       : HomeAverageText::tr("%1 more days").arg(missing.days));
    if (missing.readings > 0)
        parts.append(missing.readings == 1
                         ? HomeAverageText::tr("1 more reading")
                         : HomeAverageText::tr("%1 more readings").arg(missing.readings));
    if (missing.morning)
        parts.append(HomeAverageText::tr("a morning reading"));
    if (missing.evening)
        parts.append(HomeAverageText::tr("an evening reading"));
    if (parts.size() < 2)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return HomeAverageText::tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

QString HomeAverage::describe(const HomeSummary &summary, Guideline guideline,
                              const DisplayFormat &format, bool isoDates)
{
    if (!summary.systolic || !summary.diastolic || !summary.from || !summary.to)
        return HomeAverageText::tr(
            "No home readings yet. Measure sitting, after five minutes' rest: two readings "
            "in the morning and two in the evening, for a week.");
    const auto date = [&](const QDate &day) {
        return isoDates ? DisplayFormat::isoDate(day) : format.date(day);
    };
    const QString span =
        summary.from == summary.to
            ? date(*summary.from)
            : HomeAverageText::tr("%1 to %2").arg(date(*summary.from), date(*summary.to));
    const QString readings = summary.readings == 1
                                 ? HomeAverageText::tr("1 reading")
                                 : HomeAverageText::tr("%1 readings").arg(summary.readings);
    const QString days = summary.days == 1 ? HomeAverageText::tr("over 1 day")
                                           : HomeAverageText::tr("over %1 days").arg(summary.days);
    const QString basis = readings + u' ' + days + u' ' + HomeAverageText::tr("(%1)").arg(span);
    const QString mean =
        HomeAverageText::tr("%1 mmHg").arg(format.pressure(*summary.systolic, *summary.diastolic));
    if (summary.status == HomeSummary::Status::Enough && summary.category) {
        return HomeAverageText::tr("%1: %2 by the home thresholds of %3; from %4.")
            .arg(mean, BpClassifier::name(*summary.category),
                 BpClassifier::guidelineName(guideline), basis);
    }
    return HomeAverageText::tr("Not enough yet for a verdict: %1. So far %2, from %3.")
        .arg(describeMissing(summary.missing), mean, basis);
}

} // namespace viparita
