#include <viparita/core/statistics.h>

#include "local_time.h"

#include <viparita/core/home_average.h>
#include <viparita/core/safety_rules.h>

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

using detail::isEvening;
using detail::isMorning;
using detail::LocalTime;
using detail::localTimeOf;

namespace {

struct StatisticsText {
    Q_DECLARE_TR_FUNCTIONS(viparita::Statistics)
};

constexpr double daysPerTrendUnit = 30.0;
constexpr int baselineWindowDays = 7;

QList<SessionChange> changesOf(const QList<Measurement> &measurements)
{
    // Where each session's measurements are. Measurements come in time order (of their first
    // readings), so the first one seen of a session holds its first reading; there is one
    // measurement per session and context.
    struct Parts {
        qint64 sessionId = 0;
        qsizetype first = -1, before = -1, after = -1;
        qint64 startMsecs = 0;
    };
    std::vector<Parts> sessions;
    std::unordered_map<qint64, std::size_t> indexOfSession;
    for (qsizetype i = 0; i < measurements.size(); ++i) {
        const Measurement &measurement = measurements.at(i);
        if (!measurement.sessionId)
            continue;
        const auto [found, isNew] =
            indexOfSession.try_emplace(*measurement.sessionId, sessions.size());
        if (isNew)
            sessions.push_back({*measurement.sessionId, i, -1, -1, 0});
        Parts &parts = sessions[found->second];
        if (measurement.context == ReadingContext::Before && parts.before < 0)
            parts.before = i;
        else if (measurement.context == ReadingContext::After && parts.after < 0)
            parts.after = i;
    }

    // In time order of their starts (the before measurement's time, else the first reading's),
    // ties by session id. The starts are nearly always in order already; the keys are worked
    // out once, as comparing QDateTimes is slow.
    for (Parts &parts : sessions) {
        parts.startMsecs =
            measurements.at(parts.before >= 0 ? parts.before : parts.first).at.toMSecsSinceEpoch();
    }
    const auto earlier = [](const Parts &a, const Parts &b) {
        return std::tie(a.startMsecs, a.sessionId) < std::tie(b.startMsecs, b.sessionId);
    };
    if (!std::is_sorted(sessions.cbegin(), sessions.cend(), earlier))
        std::sort(sessions.begin(), sessions.end(), earlier);

    QList<SessionChange> changes;
    changes.reserve(static_cast<qsizetype>(sessions.size()));
    for (const Parts &parts : sessions) {
        SessionChange &change = changes.emplace_back();
        change.sessionId = parts.sessionId;
        change.startedAt = measurements.at(parts.before >= 0 ? parts.before : parts.first).at;
        if (parts.before >= 0)
            change.before = measurements.at(parts.before);
        if (parts.after >= 0)
            change.after = measurements.at(parts.after);
        if (!change.before || !change.after)
            continue;
        // Lying and sitting readings differ: a pair taken differently is not compared.
        if (change.before->position && change.after->position &&
            *change.before->position != *change.after->position) {
            change.positionsDiffer = true;
            continue;
        }
        change.systolic = change.after->systolic - change.before->systolic;
        change.diastolic = change.after->diastolic - change.before->diastolic;
        if (change.before->pulse && change.after->pulse)
            change.pulse = *change.after->pulse - *change.before->pulse;
    }
    return changes;
}

/// The standing check: each reading on standing up against the last one of its session taken
/// lying or sitting.
void countStanding(const QList<Reading> &readings, StatisticsReport &report)
{
    std::unordered_map<qint64, QList<Reading>> sessions;
    for (const Reading &reading : readings) {
        if (reading.context == ReadingContext::Standing && !reading.deletedAt && reading.sessionId)
            sessions.try_emplace(*reading.sessionId);
    }
    if (sessions.empty())
        return;
    for (const Reading &reading : readings) {
        if (!reading.sessionId || reading.deletedAt)
            continue;
        if (const auto found = sessions.find(*reading.sessionId); found != sessions.end())
            found->second.append(reading);
    }
    for (const auto &[id, own] : sessions) {
        const auto reference = SafetyRules::referenceFor(ReadingContext::Standing, own);
        for (const Reading &reading : own) {
            if (reading.context != ReadingContext::Standing)
                continue;
            ++report.standingReadings;
            const auto alerts =
                SafetyRules::check(SafetyCheck{MeasurementGrouper::mean({reading}), reference});
            if (std::any_of(alerts.cbegin(), alerts.cend(), [](const SafetyAlert &alert) {
                    return alert.flag == SafetyFlag::Orthostatic;
                }))
                ++report.fellOnStanding;
        }
    }
}

} // namespace

QStringList Statistics::caveats()
{
    return {StatisticsText::tr("there is no comparison group"),
            StatisticsText::tr(
                "part of any fall comes from resting and measuring again: a second reading is "
                "often lower anyway"),
            StatisticsText::tr("readings taken lying and sitting differ"),
            StatisticsText::tr("the sessions of one person are not independent of each other")};
}

QString Statistics::caveatsText()
{
    const QStringList parts = caveats();
    return StatisticsText::tr("What these numbers cannot show: %1.").arg(parts.join(u"; "_s));
}

namespace {

/// Sums of measurement means: of one local day, or of a time of day.
struct Sums {
    double systolic = 0.0;
    double diastolic = 0.0;
    int n = 0;
};

QList<BaselinePoint> baselineOf(const std::map<qint64, Sums> &days)
{
    // For each day: the days from day - 6 to day. The window's first day only moves forward,
    // and it holds at most 7 days, so this is O(days · 7).
    std::vector<std::pair<qint64, Sums>> ordered(days.cbegin(), days.cend());
    QList<BaselinePoint> baseline;
    baseline.reserve(static_cast<qsizetype>(ordered.size()));
    std::size_t first = 0;
    for (std::size_t last = 0; last < ordered.size(); ++last) {
        const qint64 day = ordered[last].first;
        while (ordered[first].first < day - (baselineWindowDays - 1))
            ++first;
        Sums window;
        for (std::size_t i = first; i <= last; ++i) {
            window.systolic += ordered[i].second.systolic;
            window.diastolic += ordered[i].second.diastolic;
            window.n += ordered[i].second.n;
        }
        baseline.append({QDate::fromJulianDay(day), window.systolic / window.n,
                         window.diastolic / window.n, window.n});
    }
    return baseline;
}

void addTo(PeriodAverage &average, Sums &sums, const Measurement &measurement)
{
    sums.systolic += measurement.systolic;
    sums.diastolic += measurement.diastolic;
    ++sums.n;
    average.n = sums.n;
}

void finish(PeriodAverage &average, const Sums &sums)
{
    if (sums.n == 0)
        return;
    average.systolic = sums.systolic / sums.n;
    average.diastolic = sums.diastolic / sums.n;
}

} // namespace

QList<SessionChange> Statistics::sessionChanges(const QList<Reading> &readings)
{
    return changesOf(MeasurementGrouper::group(readings));
}

Trend Statistics::trend(const QList<std::pair<double, double>> &daysAndValues)
{
    Trend trend;
    trend.n = static_cast<int>(daysAndValues.size());
    if (trend.n < 2)
        return trend;
    const auto [earliest, latest] =
        std::minmax_element(daysAndValues.cbegin(), daysAndValues.cend(),
                            [](const auto &a, const auto &b) { return a.first < b.first; });
    if (earliest->first == latest->first)
        return trend; // all at one time: no slope

    const auto count = static_cast<double>(daysAndValues.size());
    double xSum = 0.0;
    double ySum = 0.0;
    for (const auto &[x, y] : daysAndValues) {
        xSum += x;
        ySum += y;
    }
    const double xMean = xSum / count;
    const double yMean = ySum / count;
    double sxx = 0.0;
    double sxy = 0.0;
    for (const auto &[x, y] : daysAndValues) {
        sxx += (x - xMean) * (x - xMean);
        sxy += (x - xMean) * (y - yMean);
    }
    if (!(sxx > 0.0))
        return trend;
    const double slope = sxy / sxx;
    trend.perThirtyDays = slope * daysPerTrendUnit;
    if (trend.n < 3)
        return trend;

    double residualSquares = 0.0;
    for (const auto &[x, y] : daysAndValues) {
        const double residual = y - yMean - slope * (x - xMean);
        residualSquares += residual * residual;
    }
    const double standardError = std::sqrt(residualSquares / (count - 2.0) / sxx);
    const double halfWidth = Estimate::tQuantile975(trend.n - 2) * standardError;
    trend.ci95 = std::make_pair((slope - halfWidth) * daysPerTrendUnit,
                                (slope + halfWidth) * daysPerTrendUnit);
    return trend;
}

StatisticsReport Statistics::compute(const QList<Reading> &readings, Guideline guideline)
{
    StatisticsReport report;
    report.measurementList = MeasurementGrouper::group(readings);
    const QList<Measurement> &measurements = report.measurementList;
    report.measurements = static_cast<int>(measurements.size());

    // Before and after, session by session.
    report.sessions = changesOf(measurements);
    QList<double> systolicChanges;
    QList<double> diastolicChanges;
    QList<double> pulseChanges;
    for (const SessionChange &change : std::as_const(report.sessions)) {
        if (!change.systolic || !change.diastolic)
            continue;
        systolicChanges.append(*change.systolic);
        diastolicChanges.append(*change.diastolic);
        if (change.pulse)
            pulseChanges.append(*change.pulse);
        if (*change.systolic < 0.0)
            ++report.systolicFell;
    }
    report.pairedSessions = static_cast<int>(systolicChanges.size());
    report.systolicChange = Estimate::of(systolicChanges);
    report.diastolicChange = Estimate::of(diastolicChanges);
    report.pulseChange = Estimate::of(pulseChanges);
    if (report.pairedSessions > 0)
        report.shareSystolicFell = static_cast<double>(report.systolicFell) / report.pairedSessions;
    report.reliable = report.pairedSessions >= reliableSessions;

    // One pass over the measurements: the before ones (baseline, trend), morning and evening,
    // and the categories.
    const QList<BpCategory> categories = BpClassifier::categories(guideline);
    std::vector<int> categoryCounts(static_cast<std::size_t>(categories.size()), 0);
    std::map<qint64, Sums> beforeDays;
    QList<std::pair<double, double>> systolicPoints;
    QList<std::pair<double, double>> diastolicPoints;
    std::optional<qint64> trendOrigin;
    Sums morning;
    Sums evening;
    for (const Measurement &measurement : measurements) {
        const LocalTime local = localTimeOf(measurement.at);
        if (isMorning(local))
            addTo(report.morning, morning, measurement);
        else if (isEvening(local))
            addTo(report.evening, evening, measurement);

        const BpCategory category =
            BpClassifier::classify(measurement.systolic, measurement.diastolic, guideline);
        const auto index = categories.indexOf(category);
        if (index >= 0)
            ++categoryCounts[static_cast<std::size_t>(index)];

        if (measurement.context != ReadingContext::Before)
            continue;
        Sums &day = beforeDays[local.julianDay];
        day.systolic += measurement.systolic;
        day.diastolic += measurement.diastolic;
        ++day.n;
        // Time in whole days: the local day, counted from the first before measurement's.
        if (!trendOrigin)
            trendOrigin = local.julianDay;
        const auto days = static_cast<double>(local.julianDay - *trendOrigin);
        systolicPoints.append({days, measurement.systolic});
        diastolicPoints.append({days, measurement.diastolic});
    }
    finish(report.morning, morning);
    finish(report.evening, evening);
    report.baseline = baselineOf(beforeDays);
    report.systolicTrend = trend(systolicPoints);
    report.diastolicTrend = trend(diastolicPoints);
    report.home = HomeAverage::of(readings, guideline);
    countStanding(readings, report);

    for (qsizetype i = 0; i < categories.size(); ++i) {
        const int count = categoryCounts[static_cast<std::size_t>(i)];
        const double share =
            report.measurements > 0 ? static_cast<double>(count) / report.measurements : 0.0;
        report.categories.append({categories.at(i), count, share});
    }
    return report;
}

} // namespace viparita
