#pragma once

#include <viparita/core/bp_classifier.h>
#include <viparita/core/estimate.h>
#include <viparita/core/measurement.h>
#include <viparita/core/reading.h>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace viparita {

/// One session's before and after measurements and the change between them.
struct SessionChange {
    qint64 sessionId = 0;
    QDateTime
        startedAt; ///< the before measurement's time; without one, the session's first reading's
    std::optional<Measurement> before, after; ///< means of the session's before / after readings
    /// After minus before; empty unless both are there (pulse: unless both have a pulse).
    std::optional<double> systolic, diastolic, pulse;
};

/// A straight-line trend fitted by ordinary least squares.
struct Trend {
    int n = 0;                           ///< points (before measurements)
    std::optional<double> perThirtyDays; ///< slope per day × 30; n >= 2, times not all equal
    std::optional<std::pair<double, double>> ci95; ///< (slope ± t(0.975, n - 2) · SE) × 30; n >= 3
};

/// The 7-day moving average of the before measurements on one local day: the mean of the before
/// measurements of that day and the 6 days before it.
struct BaselinePoint {
    QDate day;
    double systolic;
    double diastolic;
    int n; ///< before measurements in the 7 days
};

/// The mean of the means of some measurements.
struct PeriodAverage {
    int n = 0; ///< measurements
    std::optional<double> systolic, diastolic;
};

/// The home average of the ESH protocol: the last 7 local days that have readings, the first of
/// them left out, the mean of all readings of the rest.
struct HomeSummary {
    int days = 0;     ///< days used (after leaving out the first)
    int readings = 0; ///< readings those days hold
    std::optional<double> systolic, diastolic;
    /// "home_hypertension" (mean >= 135 systolic or >= 85 diastolic) or "below_home_threshold";
    /// empty when there is no mean.
    std::optional<QString> category;
    std::optional<QDate> from, to; ///< the first and last day used
};

/// How many measurements fall in one category, and their share of all measurements.
struct CategoryShare {
    BpCategory category;
    int count = 0;
    double share = 0.0; ///< count / all measurements; 0 when there are no measurements
};

/// Everything the History and Trends pages and `viparita-cli stats` show.
struct StatisticsReport {
    QList<SessionChange> sessions; ///< every session with readings, in time order
    int pairedSessions = 0;        ///< sessions with both before and after
    /// Over the paired sessions (pulse: those with a pulse before and after).
    Estimate systolicChange, diastolicChange, pulseChange;
    int systolicFell = 0;                    ///< paired sessions whose systolic change < 0
    std::optional<double> shareSystolicFell; ///< systolicFell / pairedSessions
    bool reliable = false;                   ///< pairedSessions >= Statistics::reliableSessions
    QList<BaselinePoint> baseline;           ///< one point a local day with a before measurement
    Trend systolicTrend, diastolicTrend;     ///< of the before measurements
    /// Measurements whose own local time is 04:00-11:59 / 18:00-23:59.
    PeriodAverage morning, evening;
    HomeSummary home;
    /// Every category of the guideline, lowest first, with shares of all measurements.
    QList<CategoryShare> categories;
    int measurements = 0; ///< MeasurementGrouper::group(readings).size()
    /// The measurements themselves, in time order (for charts; grouped once).
    QList<Measurement> measurementList;
};

/// The statistics of a journal's readings (docs/statistics.md). Deleted readings are ignored.
class Statistics final {
public:
    static constexpr int reliableSessions = 5;

    /// Everything at once. The ESH home summary uses the last 7 distinct local days that have
    /// readings, not calendar days counted back from today.
    [[nodiscard]] static StatisticsReport compute(const QList<Reading> &readings,
                                                  Guideline guideline);
    /// The OLS trend of (time in days, value) points, per 30 days.
    [[nodiscard]] static Trend trend(const QList<std::pair<double, double>> &daysAndValues);
    /// The ESH home summary of these readings (any context).
    [[nodiscard]] static HomeSummary homeSummary(const QList<Reading> &readings);
    /// Every session with readings, in time order, with its change.
    [[nodiscard]] static QList<SessionChange> sessionChanges(const QList<Reading> &readings);
};

} // namespace viparita
