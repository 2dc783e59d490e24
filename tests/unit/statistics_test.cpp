#include <viparita/core/estimate.h>
#include <viparita/core/statistics.h>

#include "catch_qt.h"

#include <algorithm>
#include <optional>
#include <random>

using namespace Qt::Literals::StringLiterals;
using viparita::BpCategory;
using viparita::Estimate;
using viparita::Guideline;
using viparita::Reading;
using viparita::ReadingContext;
using viparita::Statistics;
using viparita::StatisticsReport;
using viparita::Trend;

// Every expected figure below was worked out by hand (the working is in the comments), with the
// Student's t quantiles of a printed table: t(0.975, df) = 12.706205 (df 1), 4.302653 (df 2),
// 2.045230 (df 29).

namespace {

QDateTime at(int month, int day, int hour, int minute, int offsetHours = 1)
{
    return {QDate(2026, month, day), QTime(hour, minute), Qt::OffsetFromUTC, offsetHours * 3600};
}

qint64 nextId = 1;

Reading reading(const QDateTime &takenAt, int systolic, int diastolic,
                std::optional<int> pulse = std::nullopt,
                ReadingContext context = ReadingContext::Standalone,
                std::optional<qint64> sessionId = std::nullopt)
{
    Reading r;
    r.id = nextId++;
    r.takenAt = takenAt;
    r.systolic = systolic;
    r.diastolic = diastolic;
    r.pulse = pulse;
    r.context = context;
    r.sessionId = sessionId;
    return r;
}

Reading before(qint64 session, const QDateTime &takenAt, int systolic, int diastolic,
               std::optional<int> pulse = std::nullopt)
{
    return reading(takenAt, systolic, diastolic, pulse, ReadingContext::Before, session);
}

Reading after(qint64 session, const QDateTime &takenAt, int systolic, int diastolic,
              std::optional<int> pulse = std::nullopt)
{
    return reading(takenAt, systolic, diastolic, pulse, ReadingContext::After, session);
}

void checkInterval(const std::optional<std::pair<double, double>> &interval, double low,
                   double high)
{
    REQUIRE(interval.has_value());
    CHECK(interval->first == Approx(low).margin(1e-5));
    CHECK(interval->second == Approx(high).margin(1e-5));
}

} // namespace

TEST_CASE("Estimate of no value is empty, of one value has a mean only")
{
    const Estimate none = Estimate::of({});
    CHECK(none.n == 0);
    CHECK_FALSE(none.mean.has_value());
    CHECK_FALSE(none.sd.has_value());
    CHECK_FALSE(none.ci95.has_value());

    const Estimate one = Estimate::of({-7.5});
    CHECK(one.n == 1);
    CHECK(one.mean == -7.5);
    CHECK_FALSE(one.sd.has_value());
    CHECK_FALSE(one.ci95.has_value());
}

TEST_CASE("Estimate of two values uses t with 1 degree of freedom")
{
    // -12 and -8: mean -10; deviations -2, 2: sd = sqrt((4 + 4) / 1) = 2.828427.
    // t(0.975, 1) = 12.706205; half width 12.706205 * 2.828427 / sqrt(2) = 12.706205 * 2
    // = 25.412410: CI [-35.412410, 15.412410].
    const Estimate two = Estimate::of({-12.0, -8.0});
    CHECK(two.n == 2);
    CHECK(two.mean == Approx(-10.0));
    REQUIRE(two.sd.has_value());
    CHECK(*two.sd == Approx(2.828427).margin(1e-6));
    checkInterval(two.ci95, -35.412410, 15.412410);
}

TEST_CASE("Estimate of three values: mean, sample sd and the t interval")
{
    // -12, -8, -10: mean -10; squares 4 + 4 + 0 = 8, / (3 - 1) = 4: sd 2.
    // t(0.975, 2) = 4.302653; CI -10 ± 4.302653 * 2 / sqrt(3) = -10 ± 4.968276
    // = [-14.968276, -5.031724].
    const Estimate three = Estimate::of({-12.0, -8.0, -10.0});
    CHECK(three.n == 3);
    CHECK(three.mean == Approx(-10.0));
    CHECK(*three.sd == Approx(2.0));
    checkInterval(three.ci95, -14.968276, -5.031724);
}

TEST_CASE("Estimate of thirty values uses t with 29 degrees of freedom")
{
    // Fifteen 0s and fifteen 2s: mean 1; squares 30 * 1 = 30, / 29: sd = sqrt(30 / 29)
    // = 1.017095. t(0.975, 29) = 2.045230; half width 2.045230 * 1.017095 / sqrt(30) = 0.379790.
    QList<double> values(15, 0.0);
    values += QList<double>(15, 2.0);
    const Estimate thirty = Estimate::of(values);
    CHECK(thirty.n == 30);
    CHECK(thirty.mean == Approx(1.0));
    CHECK(*thirty.sd == Approx(1.017095).margin(1e-6));
    checkInterval(thirty.ci95, 1.0 - 0.379790, 1.0 + 0.379790);
    CHECK(Estimate::tQuantile975(1) == Approx(12.706205).margin(1e-6));
    CHECK(Estimate::tQuantile975(2) == Approx(4.302653).margin(1e-6));
    CHECK(Estimate::tQuantile975(29) == Approx(2.045230).margin(1e-6));
}

TEST_CASE("Estimate of identical values has sd 0 and a CI collapsed to the mean")
{
    const Estimate same = Estimate::of({0.1, 0.1, 0.1});
    CHECK(same.n == 3);
    CHECK(same.mean == 0.1); // exactly, not the sum / 3
    CHECK(same.sd == 0.0);
    REQUIRE(same.ci95.has_value());
    CHECK(same.ci95->first == 0.1);
    CHECK(same.ci95->second == 0.1);
}

TEST_CASE("trend: OLS slope per 30 days and its t interval")
{
    // Days 0, 10, 20; values 130, 128, 123. Means: x 10, y 127.
    // Sxx = 100 + 0 + 100 = 200; Sxy = (-10)(3) + 0 + (10)(-4) = -70; slope -0.35 a day,
    // -10.5 per 30 days. Fitted 130.5, 127, 123.5: residuals -0.5, 1, -0.5, squares 1.5.
    // SE = sqrt(1.5 / (3 - 2) / 200) = 0.0866025; t(0.975, 1) = 12.706205; half width
    // 12.706205 * 0.0866025 * 30 = 33.011689: CI [-43.511689, 22.511689].
    const Trend trend = Statistics::trend({{0.0, 130.0}, {10.0, 128.0}, {20.0, 123.0}});
    CHECK(trend.n == 3);
    REQUIRE(trend.perThirtyDays.has_value());
    CHECK(*trend.perThirtyDays == Approx(-10.5));
    checkInterval(trend.ci95, -43.511689, 22.511689);
}

TEST_CASE("trend: two points give a slope without an interval, one time gives none")
{
    // (0, 120) and (15, 126): 6 mmHg in 15 days, 12 per 30 days.
    const Trend two = Statistics::trend({{15.0, 126.0}, {0.0, 120.0}});
    CHECK(two.n == 2);
    CHECK(two.perThirtyDays == Approx(12.0));
    CHECK_FALSE(two.ci95.has_value());

    // A single day's measurements all at one time: no slope.
    const Trend sameTime = Statistics::trend({{3.25, 120.0}, {3.25, 130.0}, {3.25, 125.0}});
    CHECK(sameTime.n == 3);
    CHECK_FALSE(sameTime.perThirtyDays.has_value());
    CHECK_FALSE(sameTime.ci95.has_value());

    CHECK(Statistics::trend({}).n == 0);
    CHECK_FALSE(Statistics::trend({{0.0, 120.0}}).perThirtyDays.has_value());

    // A perfect line: the interval collapses to the slope.
    const Trend line = Statistics::trend({{0.0, 120.0}, {1.0, 121.0}, {2.0, 122.0}});
    CHECK(line.perThirtyDays == Approx(30.0));
    checkInterval(line.ci95, 30.0, 30.0);
}

TEST_CASE("a single day of before measurements has no trend")
{
    // Time is counted in local days: two sessions on one day (07:00 and 19:00) are two points
    // at the same time, so there is no slope; one session alone is a single point.
    const QList<Reading> oneDay{
        before(1, at(10, 1, 7, 0), 140, 90), after(1, at(10, 1, 7, 30), 130, 85),
        before(2, at(10, 1, 19, 0), 120, 80), after(2, at(10, 1, 19, 30), 115, 75)};
    const StatisticsReport two = Statistics::compute(oneDay, Guideline::Aha2025);
    CHECK(two.systolicTrend.n == 2);
    CHECK_FALSE(two.systolicTrend.perThirtyDays.has_value());
    CHECK_FALSE(two.systolicTrend.ci95.has_value());
    CHECK_FALSE(two.diastolicTrend.perThirtyDays.has_value());
    REQUIRE(two.baseline.size() == 1);
    CHECK(two.baseline.first().day == QDate(2026, 10, 1));
    CHECK(two.baseline.first().systolic == 130.0);
    CHECK(two.baseline.first().n == 2);

    const StatisticsReport one = Statistics::compute(oneDay.mid(0, 2), Guideline::Aha2025);
    CHECK(one.systolicTrend.n == 1);
    CHECK_FALSE(one.systolicTrend.perThirtyDays.has_value());
}

TEST_CASE("session changes: means of before and after, paired only when both are there")
{
    const QList<Reading> readings{
        // Session 1: before 150/95/72 and 148/93/70, mean 149/94/71; after 137/88/67.
        // Change -12/-6, pulse -4.
        before(1, at(10, 1, 20, 0), 150, 95, 72),
        before(1, at(10, 1, 20, 1), 148, 93, 70),
        after(1, at(10, 1, 20, 20), 137, 88, 67),
        // Session 2: 140/90/70 -> 132/86/68: -8/-4, pulse -2.
        before(2, at(10, 2, 20, 0), 140, 90, 70),
        after(2, at(10, 2, 20, 20), 132, 86, 68),
        // Session 3: 145/92 (no pulse) -> 135/87/65: -10/-5, no pulse change.
        before(3, at(10, 3, 20, 0), 145, 92),
        after(3, at(10, 3, 20, 20), 135, 87, 65),
        // Session 4: before only. Session 5: after only. Session 6: during only.
        before(4, at(10, 4, 20, 0), 150, 95),
        after(5, at(10, 5, 20, 20), 120, 80),
        reading(at(10, 6, 20, 10), 125, 82, std::nullopt, ReadingContext::During, 6),
        // Session 7 was saved last but happened first.
        before(7, at(9, 30, 8, 0), 130, 85),
    };
    const auto changes = Statistics::sessionChanges(readings);
    REQUIRE(changes.size() == 7);
    QList<qint64> order;
    for (const auto &change : changes)
        order.append(change.sessionId);
    CHECK(order == QList<qint64>{7, 1, 2, 3, 4, 5, 6});
    CHECK(changes.at(1).startedAt == at(10, 1, 20, 0));
    CHECK(changes.at(1).before->systolic == 149.0);
    CHECK(changes.at(1).before->pulse == 71.0);
    CHECK(changes.at(1).systolic == -12.0);
    CHECK(changes.at(1).diastolic == -6.0);
    CHECK(changes.at(1).pulse == -4.0);
    CHECK(changes.at(3).systolic == -10.0);
    CHECK_FALSE(changes.at(3).pulse.has_value());
    CHECK_FALSE(changes.at(4).after.has_value());
    CHECK_FALSE(changes.at(4).systolic.has_value());
    CHECK_FALSE(changes.at(5).before.has_value());
    CHECK_FALSE(changes.at(5).diastolic.has_value());
    CHECK(changes.at(5).startedAt == at(10, 5, 20, 20)); // no before: its first reading
    CHECK(changes.at(6).startedAt == at(10, 6, 20, 10));

    const StatisticsReport report = Statistics::compute(readings, Guideline::Aha2025);
    CHECK(report.sessions.size() == 7);
    CHECK(report.pairedSessions == 3);
    // Systolic -12, -8, -10: mean -10, sd 2, CI [-14.968276, -5.031724] (worked above).
    CHECK(report.systolicChange.n == 3);
    CHECK(report.systolicChange.mean == Approx(-10.0));
    CHECK(report.systolicChange.sd == Approx(2.0));
    checkInterval(report.systolicChange.ci95, -14.968276, -5.031724);
    // Diastolic -6, -4, -5: mean -5, sd 1; CI -5 ± 4.302653 / sqrt(3) = -5 ± 2.484138.
    CHECK(report.diastolicChange.mean == Approx(-5.0));
    CHECK(report.diastolicChange.sd == Approx(1.0));
    checkInterval(report.diastolicChange.ci95, -7.484138, -2.515862);
    // Pulse -4, -2 (session 3 has no pulse before): mean -3, sd sqrt(2);
    // CI -3 ± 12.706205 * sqrt(2) / sqrt(2) = [-15.706205, 9.706205].
    CHECK(report.pulseChange.n == 2);
    CHECK(report.pulseChange.mean == Approx(-3.0));
    checkInterval(report.pulseChange.ci95, -15.706205, 9.706205);
    CHECK(report.systolicFell == 3);
    CHECK(report.shareSystolicFell == 1.0);
    CHECK_FALSE(report.reliable);
    // Measurements: 7 sessions' before / after / during, one each per context: 3 * 2 + 4.
    CHECK(report.measurements == 10);
}

TEST_CASE("a change of 0 is not a fall, and 5 paired sessions are reliable")
{
    QList<Reading> readings;
    // Changes 0, +2, -4, -6, -2 systolic.
    const int changes[] = {0, 2, -4, -6, -2};
    for (int i = 0; i < 5; ++i) {
        readings.append(before(i + 1, at(10, i + 1, 8, 0), 140, 90));
        readings.append(after(i + 1, at(10, i + 1, 8, 20), 140 + changes[i], 90));
    }
    const StatisticsReport report = Statistics::compute(readings, Guideline::Aha2025);
    CHECK(report.pairedSessions == 5);
    CHECK(report.reliable);
    CHECK(report.systolicFell == 3);
    CHECK(report.shareSystolicFell == Approx(0.6));
    // Mean (0 + 2 - 4 - 6 - 2) / 5 = -2.
    CHECK(report.systolicChange.mean == Approx(-2.0));
    // No pulse anywhere: an empty estimate, never 0.
    CHECK(report.pulseChange.n == 0);
    CHECK_FALSE(report.pulseChange.mean.has_value());
}

TEST_CASE("no readings: every figure is empty")
{
    const StatisticsReport report = Statistics::compute({}, Guideline::Esh2023);
    CHECK(report.sessions.isEmpty());
    CHECK(report.pairedSessions == 0);
    CHECK_FALSE(report.systolicChange.mean.has_value());
    CHECK_FALSE(report.shareSystolicFell.has_value());
    CHECK_FALSE(report.reliable);
    CHECK(report.baseline.isEmpty());
    CHECK_FALSE(report.systolicTrend.perThirtyDays.has_value());
    CHECK(report.morning.n == 0);
    CHECK_FALSE(report.morning.systolic.has_value());
    CHECK_FALSE(report.home.systolic.has_value());
    CHECK_FALSE(report.home.category.has_value());
    CHECK(report.measurements == 0);
    REQUIRE(report.categories.size() == 7); // Low and the six of ESH 2023
    for (const auto &share : report.categories) {
        CHECK(share.count == 0);
        CHECK(share.share == 0.0);
    }
}

TEST_CASE("morning and evening by each reading's own local time across a time-zone change")
{
    // Session 1 at home (UTC+01:00): before at 07:30+01:00.
    // Session 2 while travelling: before at the same instant seen as 06:30+00:00: morning too.
    // Session 3 in UTC-05:00: before at 23:30-05:00, which is 04:30 UTC the next day: evening.
    const QList<Reading> readings{
        before(1, at(10, 1, 7, 30, 1), 140, 90),
        after(1, at(10, 1, 7, 50, 1), 130, 84),
        before(2, at(10, 1, 6, 30, 0), 150, 96),
        after(2, at(10, 1, 6, 50, 0), 136, 88),
        before(3, at(10, 2, 23, 30, -5), 120, 80),
        // After at 00:10-05:00: past midnight, neither morning nor evening.
        after(3, at(10, 3, 0, 10, -5), 110, 70),
        // Edges, standalone, on other days: 04:00 and 11:59 are morning, 03:59 and 12:00
        // are not; 18:00 is evening, 17:59 is not.
        reading(at(10, 10, 4, 0), 100, 60),
        reading(at(10, 11, 11, 59), 102, 62),
        reading(at(10, 12, 3, 59), 200, 100),
        reading(at(10, 13, 12, 0), 200, 100),
        reading(at(10, 14, 18, 0), 130, 90),
        reading(at(10, 15, 17, 59), 200, 100),
    };
    const StatisticsReport report = Statistics::compute(readings, Guideline::Aha2025);
    // Morning: 140/90, 130/84, 150/96, 136/88, 100/60, 102/62: n 6;
    // systolic (140 + 130 + 150 + 136 + 100 + 102) / 6 = 758 / 6 = 126.333333;
    // diastolic (90 + 84 + 96 + 88 + 60 + 62) / 6 = 480 / 6 = 80.
    CHECK(report.morning.n == 6);
    CHECK(report.morning.systolic == Approx(126.333333));
    CHECK(report.morning.diastolic == Approx(80.0));
    // Evening: 120/80 and 130/90: 125/85.
    CHECK(report.evening.n == 2);
    CHECK(report.evening.systolic == Approx(125.0));
    CHECK(report.evening.diastolic == Approx(85.0));

    // Session 3's before measurement counts for its own local day, 2 October.
    REQUIRE(report.baseline.size() == 2);
    CHECK(report.baseline.at(1).day == QDate(2026, 10, 2));
}

TEST_CASE("category shares cover every category of the guideline and sum to 1")
{
    // Standalone readings far apart: one measurement each.
    // AHA/ACC 2025: 118/78 normal, 125/78 elevated, 125/85 stage 1 (diastolic), 150/95
    // stage 2, 116/76 normal, 119/79 normal, 135/79 stage 1, 85/55 low; none severe.
    const QList<Reading> readings{
        reading(at(10, 1, 7, 0), 118, 78), reading(at(10, 2, 7, 0), 125, 78),
        reading(at(10, 3, 7, 0), 125, 85), reading(at(10, 4, 7, 0), 150, 95),
        reading(at(10, 5, 7, 0), 116, 76), reading(at(10, 6, 7, 0), 119, 79),
        reading(at(10, 7, 7, 0), 135, 79), reading(at(10, 8, 7, 0), 85, 55),
    };
    const StatisticsReport aha = Statistics::compute(readings, Guideline::Aha2025);
    CHECK(aha.measurements == 8);
    REQUIRE(aha.categories.size() == 6);
    QList<BpCategory> order;
    QList<int> counts;
    double sum = 0.0;
    for (const auto &share : aha.categories) {
        order.append(share.category);
        counts.append(share.count);
        sum += share.share;
    }
    CHECK(order == viparita::BpClassifier::categories(Guideline::Aha2025));
    CHECK(counts == QList<int>{1, 3, 1, 2, 1, 0});
    CHECK(aha.categories.at(1).share == Approx(3.0 / 8.0));
    CHECK(aha.categories.at(5).share == 0.0);
    CHECK(sum == Approx(1.0));

    // ESH 2023: 85/55 low; 118/78, 116/76, 119/79 optimal; 125/78 normal; 125/85, 135/79
    // high normal; 150/95 grade 1.
    const StatisticsReport esh = Statistics::compute(readings, Guideline::Esh2023);
    REQUIRE(esh.categories.size() == 7);
    QList<int> eshCounts;
    for (const auto &share : esh.categories)
        eshCounts.append(share.count);
    CHECK(eshCounts == QList<int>{1, 3, 1, 2, 1, 0, 0});

    // ESC 2024: 85/55 low; 118/78, 125/78, 116/76, 119/79, 125/85, 135/79 elevated (70-89
    // diastolic); 150/95 hypertension.
    const StatisticsReport esc = Statistics::compute(readings, Guideline::Esc2024);
    QList<int> escCounts;
    for (const auto &share : esc.categories)
        escCounts.append(share.count);
    CHECK(escCounts == QList<int>{1, 0, 6, 1});
}

TEST_CASE("the baseline is a 7-day moving average of the before measurements")
{
    // Before measurements on 1, 2, 8 and 9 October (afters are left out of the baseline).
    // 1 Oct: 140 -> 140/90, n 1.
    // 2 Oct: days 26 Sep to 2 Oct: (140 + 130) / 2 = 135, diastolic (90 + 80) / 2 = 85, n 2.
    // 8 Oct: days 2 to 8 Oct: (130 + 150) / 2 = 140, (80 + 100) / 2 = 90, n 2.
    // 9 Oct: days 3 to 9 Oct: 8 Oct's 150 and 9 Oct's two sessions 120 and 126:
    // (150 + 120 + 126) / 3 = 132, (100 + 80 + 84) / 3 = 88, n 3.
    const QList<Reading> readings{
        before(1, at(10, 1, 7, 0), 140, 90), after(1, at(10, 1, 7, 20), 100, 60),
        before(2, at(10, 2, 7, 0), 130, 80), before(3, at(10, 8, 7, 0), 150, 100),
        before(4, at(10, 9, 7, 0), 120, 80), before(5, at(10, 9, 19, 0), 126, 84),
    };
    const StatisticsReport report = Statistics::compute(readings, Guideline::Aha2025);
    REQUIRE(report.baseline.size() == 4);
    const auto &b = report.baseline;
    CHECK(b.at(0).day == QDate(2026, 10, 1));
    CHECK(b.at(0).systolic == 140.0);
    CHECK(b.at(0).n == 1);
    CHECK(b.at(1).systolic == 135.0);
    CHECK(b.at(1).diastolic == 85.0);
    CHECK(b.at(1).n == 2);
    CHECK(b.at(2).day == QDate(2026, 10, 8));
    CHECK(b.at(2).systolic == 140.0);
    CHECK(b.at(2).diastolic == 90.0);
    CHECK(b.at(2).n == 2);
    CHECK(b.at(3).systolic == Approx(132.0));
    CHECK(b.at(3).diastolic == Approx(88.0));
    CHECK(b.at(3).n == 3);

    // The trend of these 5 before measurements rests on 5 points.
    CHECK(report.systolicTrend.n == 5);
    CHECK(report.systolicTrend.perThirtyDays.has_value());
    CHECK(report.systolicTrend.ci95.has_value());
}

TEST_CASE("the trend of the before measurements is per 30 days of local days")
{
    // Before measurements on 1 Oct (08:00), 11 Oct (21:00) and 21 Oct (06:00-05:00): local
    // days 0, 10, 20, whatever the hour or the offset, with
    // systolic 130, 128, 123: the worked example above, -10.5 per 30 days.
    // Diastolic 80, 82, 84: 0.2 a day, 6 per 30 days; a perfect line, so the CI is [6, 6].
    const QList<Reading> readings{before(1, at(10, 1, 8, 0), 130, 80),
                                  before(2, at(10, 11, 21, 0), 128, 82),
                                  before(3, at(10, 21, 6, 0, -5), 123, 84)};
    const StatisticsReport report = Statistics::compute(readings, Guideline::Aha2025);
    CHECK(report.systolicTrend.n == 3);
    CHECK(report.systolicTrend.perThirtyDays == Approx(-10.5));
    checkInterval(report.systolicTrend.ci95, -43.511689, 22.511689);
    CHECK(report.diastolicTrend.perThirtyDays == Approx(6.0));
    checkInterval(report.diastolicTrend.ci95, 6.0, 6.0);
}

TEST_CASE("deleted readings are ignored everywhere")
{
    Reading deletedAfter = after(1, at(10, 1, 7, 20), 120, 80);
    deletedAfter.deletedAt = at(10, 1, 9, 0);
    const StatisticsReport report = Statistics::compute(
        {before(1, at(10, 1, 7, 0), 140, 90), deletedAfter}, Guideline::Aha2025);
    CHECK(report.measurements == 1);
    CHECK(report.pairedSessions == 0);
    REQUIRE(report.sessions.size() == 1);
    CHECK_FALSE(report.sessions.first().after.has_value());
}
