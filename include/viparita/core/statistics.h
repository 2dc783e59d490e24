#pragma once

#include <viparita/core/bp_classifier.h>
#include <viparita/core/estimate.h>
#include <viparita/core/home_average.h>
#include <viparita/core/measurement.h>
#include <viparita/core/reading.h>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
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
    /// After minus before; empty unless both are there (pulse: unless both have a pulse), and
    /// taken in the same position (or in one not stated).
    std::optional<double> systolic, diastolic, pulse;
    /// Both are there, but taken in different positions (sitting before, lying after): not
    /// compared, and left out of the change statistics.
    bool positionsDiffer = false;
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
    /// Readings on standing up after sessions (the standing check), and how many of them fell
    /// on standing (SafetyFlag::Orthostatic, each against the last one of its session lying
    /// or sitting).
    int standingReadings = 0;
    int fellOnStanding = 0;
};

/// The statistics of a journal's readings (docs/statistics.md). Deleted readings are ignored.
class Statistics final {
public:
    static constexpr int reliableSessions = 5;

    /// Everything at once; the home average is HomeAverage::of.
    [[nodiscard]] static StatisticsReport compute(const QList<Reading> &readings,
                                                  Guideline guideline);
    /// What a change before and after a session cannot show, each point in plain words.
    [[nodiscard]] static QStringList caveats();
    /// The same as one sentence, to set next to a change.
    [[nodiscard]] static QString caveatsText();
    /// The OLS trend of (time in days, value) points, per 30 days.
    [[nodiscard]] static Trend trend(const QList<std::pair<double, double>> &daysAndValues);
    /// Every session with readings, in time order, with its change.
    [[nodiscard]] static QList<SessionChange> sessionChanges(const QList<Reading> &readings);
};

} // namespace viparita
