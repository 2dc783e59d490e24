#include "test_environment.h"

#include "catch_qt.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using viparita::test::ProcessResult;

namespace {

/// A fresh journal, and `viparita-cli` run against it.
class StatsJournal {
public:
    StatsJournal()
    {
        const QString folder = viparita::test::dataHome() + u"/stats-"_s +
                               QUuid::createUuid().toString(QUuid::WithoutBraces);
        REQUIRE(QDir().mkpath(folder));
        m_path = folder + u"/journal.sqlite"_s;
    }
    [[nodiscard]] ProcessResult run(const QStringList &arguments) const
    {
        return viparita::test::runCli(QStringList{u"--database"_s, m_path} + arguments);
    }
    void logSession(const QString &at, const QStringList &before, const QStringList &after) const
    {
        QStringList arguments{u"session"_s, u"log"_s, u"healing"_s, u"--at"_s, at};
        for (const QString &value : before)
            arguments += QStringList{u"--before"_s, value};
        for (const QString &value : after)
            arguments += QStringList{u"--after"_s, value};
        const auto logged = run(arguments);
        INFO(logged.err.toStdString());
        REQUIRE(logged.exitCode == 0);
    }
    [[nodiscard]] QJsonObject stats(const QStringList &arguments = {}) const
    {
        const auto result = run(QStringList{u"stats"_s, u"--json"_s} + arguments);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(document.isObject());
        return document.object();
    }

private:
    QString m_path;
};

/// The mean, the sample SD and the 95% CI of `values`, worked out here on their own, with
/// t(0.975, n - 1) given from a printed table.
struct Expected {
    double mean = 0, sd = 0, low = 0, high = 0;
};

Expected expectedOf(const QList<double> &values, double tTable)
{
    double sum = 0;
    for (const double value : values)
        sum += value;
    const auto n = static_cast<double>(values.size());
    const double mean = sum / n;
    double squares = 0;
    for (const double value : values)
        squares += (value - mean) * (value - mean);
    const double sd = std::sqrt(squares / (n - 1));
    const double half = tTable * sd / std::sqrt(n);
    return {mean, sd, mean - half, mean + half};
}

void checkChange(const QJsonObject &change, const Expected &expected, int n)
{
    CHECK(change.value(u"n"_s).toInt() == n);
    CHECK(change.value(u"mean"_s).toDouble() == Approx(expected.mean).margin(0.01));
    CHECK(change.value(u"sd"_s).toDouble() == Approx(expected.sd).margin(0.01));
    const QJsonArray ci = change.value(u"ci95"_s).toArray();
    REQUIRE(ci.size() == 2);
    CHECK(ci.at(0).toDouble() == Approx(expected.low).margin(0.01));
    CHECK(ci.at(1).toDouble() == Approx(expected.high).margin(0.01));
}

} // namespace

TEST_CASE("stats over logged sessions: the mean change and its 95% CI")
{
    const StatsJournal journal;
    // Before 150/95/72 and 148/93/70 (mean 149/94/71), after 138/88/64 and 136/86/62
    // (137/87/63): change -12/-7, pulse -8.
    journal.logSession(u"2026-10-01T20:00:00+01:00"_s, {u"150/95/72"_s, u"148/93/70"_s},
                       {u"138/88/64"_s, u"136/86/62"_s});
    // 142/90/70 -> 134/86/66: -8/-4, pulse -4.
    journal.logSession(u"2026-10-03T20:00:00+01:00"_s, {u"142/90/70"_s}, {u"134/86/66"_s});
    // A morning session: 146/92/68 -> 135/88/66: -11/-4, pulse -2.
    journal.logSession(u"2026-10-05T07:30:00+01:00"_s, {u"146/92/68"_s}, {u"135/88/66"_s});
    // No pulse: 140/88 -> 137/85: -3/-3.
    journal.logSession(u"2026-10-07T20:00:00+01:00"_s, {u"140/88"_s}, {u"137/85"_s});

    const QJsonObject stats = journal.stats();
    CHECK(stats.keys() == QStringList{u"categories"_s, u"change"_s, u"evening"_s, u"guideline"_s,
                                      u"home_average"_s, u"measurements"_s, u"morning"_s,
                                      u"reliable"_s, u"sessions"_s, u"standing"_s,
                                      u"systolic_fell"_s, u"trend"_s});
    CHECK(stats.value(u"sessions"_s).toInt() == 4);
    CHECK(stats.value(u"reliable"_s) == QJsonValue(false));
    CHECK(stats.value(u"guideline"_s).toString() == u"aha2025"_s);
    CHECK(stats.value(u"measurements"_s).toInt() == 8);

    // Systolic -12, -8, -11, -3: mean -8.5, sd sqrt(49 / 3) = 4.041452;
    // t(0.975, 3) = 3.182446: CI -8.5 ± 6.430852 = [-14.930852, -2.069148].
    const QJsonObject change = stats.value(u"change"_s).toObject();
    const Expected systolic = expectedOf({-12, -8, -11, -3}, 3.182446);
    CHECK(systolic.low == Approx(-14.930852).margin(1e-5));
    checkChange(change.value(u"systolic"_s).toObject(), systolic, 4);
    // Diastolic -7, -4, -4, -3: mean -4.5, sd sqrt(3); CI [-7.256079, -1.743921].
    checkChange(change.value(u"diastolic"_s).toObject(), expectedOf({-7, -4, -4, -3}, 3.182446), 4);
    // Pulse -8, -4, -2 (three sessions with a pulse): mean -4.666667, sd 3.055050;
    // t(0.975, 2) = 4.302653: CI [-12.255833, 2.922500].
    checkChange(change.value(u"pulse"_s).toObject(), expectedOf({-8, -4, -2}, 4.302653), 3);

    const QJsonObject fell = stats.value(u"systolic_fell"_s).toObject();
    CHECK(fell.value(u"count"_s).toInt() == 4);
    CHECK(fell.value(u"share"_s).toDouble() == 1.0);

    // Morning: the 07:30 session's before (146/92, at 07:29) and after measurements.
    const QJsonObject morning = stats.value(u"morning"_s).toObject();
    CHECK(morning.value(u"n"_s).toInt() == 2);
    CHECK(morning.value(u"systolic"_s).toDouble() == Approx((146.0 + 135.0) / 2));
    CHECK(stats.value(u"evening"_s).toObject().value(u"n"_s).toInt() == 6);

    // Home: only the readings before the sessions are home readings (the after ones follow
    // the practice), and 1, 3, 5 and 7 Oct are not consecutive: the latest run is 7 Oct
    // alone, one reading of 140/88, not enough for a verdict.
    const QJsonObject home = stats.value(u"home_average"_s).toObject();
    CHECK(home.value(u"status"_s).toString() == u"not_enough"_s);
    CHECK(home.value(u"days"_s).toInt() == 1);
    CHECK(home.value(u"readings"_s).toInt() == 1);
    CHECK(home.value(u"systolic"_s).toDouble() == Approx(140.0));
    CHECK(home.value(u"diastolic"_s).toDouble() == Approx(88.0));
    CHECK(home.value(u"category"_s).isNull());
    CHECK(home.value(u"from"_s).toString() == u"2026-10-07"_s);
    CHECK(home.value(u"to"_s).toString() == u"2026-10-07"_s);
    const QJsonObject missing = home.value(u"missing"_s).toObject();
    CHECK(missing.value(u"days"_s).toInt() == 2);
    CHECK(missing.value(u"readings"_s).toInt() == 11);
    CHECK(missing.value(u"morning"_s).toBool());
    CHECK_FALSE(missing.value(u"evening"_s).toBool());

    // Trend of the before systolic: days 0, 2, 4, 6 with 149, 142, 146, 140. x mean 3, y mean
    // 144.25; Sxy = (-3)(4.75) + (-1)(-2.25) + (1)(1.75) + (3)(-4.25) = -23; Sxx = 20;
    // slope -1.15 a day, -34.5 per 30 days.
    const QJsonObject trend = stats.value(u"trend"_s).toObject();
    const QJsonObject systolicTrend = trend.value(u"systolic_per_30_days"_s).toObject();
    CHECK(systolicTrend.value(u"value"_s).toDouble() == Approx(-34.5));
    CHECK(systolicTrend.value(u"n"_s).toInt() == 4);
    CHECK(systolicTrend.value(u"ci95"_s).toArray().size() == 2);

    const QJsonArray categories = stats.value(u"categories"_s).toArray();
    REQUIRE(categories.size() == 6);
    double shares = 0;
    for (const QJsonValue &category : categories)
        shares += category.toObject().value(u"share"_s).toDouble();
    CHECK(shares == Approx(1.0));
    CHECK(categories.at(0).toObject().value(u"category"_s).toString() == u"low"_s);
    CHECK(categories.at(1).toObject().value(u"category"_s).toString() == u"normal"_s);
    CHECK(categories.at(1).toObject().value(u"name"_s).toString() == u"Normal"_s);

    // The sentences, rounded, with the fall's interval.
    const auto text = journal.run({u"stats"_s});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(
        u"Over 4 sessions your systolic fell by 8.5 mmHg on average (95% CI 2.1 to 14.9) "
        "(not yet reliable: fewer than 5 sessions with readings before and after).\n"_s));
    CHECK(text.out.contains(u"Your systolic fell in 4 of 4 sessions (100.0%)"_s));
    CHECK(text.out.contains(u"Not enough yet for a verdict"_s));

    // --from and --to choose local days: only the last two sessions.
    const QJsonObject later = journal.stats({u"--from"_s, u"2026-10-04"_s});
    CHECK(later.value(u"sessions"_s).toInt() == 2);
    CHECK(later.value(u"change"_s)
              .toObject()
              .value(u"systolic"_s)
              .toObject()
              .value(u"mean"_s)
              .toDouble() == Approx(-7.0));
    // The key of the guideline ESH 2023 replaced names it.
    const QJsonObject esh = journal.stats({u"--guideline"_s, u"esh"_s});
    CHECK(esh.value(u"guideline"_s).toString() == u"esh2023"_s);
    CHECK(esh.value(u"categories"_s).toArray().size() == 7);
    const QJsonObject esc = journal.stats({u"--guideline"_s, u"esc2024"_s});
    CHECK(esc.value(u"guideline"_s).toString() == u"esc2024"_s);
    CHECK(esc.value(u"categories"_s).toArray().size() == 4);
}

TEST_CASE("stats with one session: what cannot be computed is null, not 0")
{
    const StatsJournal journal;
    journal.logSession(u"2026-10-01T20:00:00+01:00"_s, {u"150/95/72"_s}, {u"140/90/66"_s});
    const QJsonObject stats = journal.stats();
    CHECK(stats.value(u"sessions"_s).toInt() == 1);
    const QJsonObject systolic =
        stats.value(u"change"_s).toObject().value(u"systolic"_s).toObject();
    CHECK(systolic.value(u"n"_s).toInt() == 1);
    CHECK(systolic.value(u"mean"_s).toDouble() == -10.0);
    CHECK(systolic.value(u"sd"_s).isNull());
    CHECK(systolic.value(u"ci95"_s).isNull());
    const QJsonObject systolicTrend =
        stats.value(u"trend"_s).toObject().value(u"systolic_per_30_days"_s).toObject();
    CHECK(systolicTrend.value(u"value"_s).isNull());
    CHECK(systolicTrend.value(u"ci95"_s).isNull());
    CHECK(systolicTrend.value(u"n"_s).toInt() == 1);
    // One day with one home reading (the one before): an average, but no verdict.
    const QJsonObject home = stats.value(u"home_average"_s).toObject();
    CHECK(home.value(u"status"_s).toString() == u"not_enough"_s);
    CHECK(home.value(u"systolic"_s).toDouble() == 150.0);
    CHECK(home.value(u"diastolic"_s).toDouble() == 95.0);
    CHECK(home.value(u"category"_s).isNull());
    CHECK(home.value(u"from"_s).toString() == u"2026-10-01"_s);
    CHECK(home.value(u"days"_s).toInt() == 1);
    CHECK(home.value(u"missing"_s).toObject().value(u"readings"_s).toInt() == 11);
    const QJsonObject morning = stats.value(u"morning"_s).toObject();
    CHECK(morning.value(u"systolic"_s).isNull());
    CHECK(morning.value(u"n"_s).toInt() == 0);

    const auto text = journal.run({u"stats"_s});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(
        u"Over 1 session your systolic fell by 10.0 mmHg (a confidence interval needs at least 2 "
        "sessions) (not yet reliable"_s));

    // An empty journal: no shares and no change at all.
    // (A command that only reads makes no journal: this one is made by a reading, deleted.)
    const StatsJournal empty;
    REQUIRE(
        empty.run({u"reading"_s, u"add"_s, u"--systolic"_s, u"120"_s, u"--diastolic"_s, u"80"_s})
            .exitCode == 0);
    REQUIRE(empty.run({u"reading"_s, u"delete"_s, u"1"_s}).exitCode == 0);
    const QJsonObject nothing = empty.stats();
    CHECK(nothing.value(u"sessions"_s).toInt() == 0);
    CHECK(nothing.value(u"measurements"_s).toInt() == 0);
    CHECK(nothing.value(u"change"_s)
              .toObject()
              .value(u"pulse"_s)
              .toObject()
              .value(u"mean"_s)
              .isNull());
    CHECK(nothing.value(u"systolic_fell"_s).toObject().value(u"share"_s).isNull());
    CHECK(nothing.value(u"categories"_s).toArray().at(0).toObject().value(u"share"_s).isNull());
}

TEST_CASE("stats exits 2 on a bad guideline, a bad date or an argument")
{
    const StatsJournal journal;
    const auto guideline = journal.run({u"stats"_s, u"--guideline"_s, u"who"_s});
    CHECK(guideline.exitCode == 2);
    CHECK(guideline.err.contains(u"--guideline: must be aha2025, esc2024 or esh2023, not 'who'"_s));
    const auto date = journal.run({u"stats"_s, u"--from"_s, u"2026-13-01"_s});
    CHECK(date.exitCode == 2);
    CHECK(date.err.contains(u"--from: must be a date as YYYY-MM-DD"_s));
    CHECK(journal.run({u"stats"_s, u"--from"_s, u"2026-10-05"_s, u"--to"_s, u"2026-10-01"_s})
              .exitCode == 2);
    CHECK(journal.run({u"stats"_s, u"everything"_s}).exitCode == 2);
}

TEST_CASE("stats --week-from gives the home-monitoring week: its slots, and days 2 to 7 averaged")
{
    const StatsJournal journal;
    // A week from Monday 2 November 2026, typed as a person keeps it: two readings each
    // morning and evening; the first day high, as first days are, and left out.
    const QDate first(2026, 11, 2);
    const auto add = [&](const QDate &day, const QString &clock, const QString &pressure) {
        const auto added = journal.run(
            {u"reading"_s, u"add"_s, u"--at"_s, day.toString(Qt::ISODate) + u'T' + clock,
             u"--systolic"_s, pressure.section(u'/', 0, 0), u"--diastolic"_s,
             pressure.section(u'/', 1, 1), u"--position"_s, u"sitting"_s});
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    };
    for (int day = 0; day < 7; ++day) {
        const QDate date = first.addDays(day);
        const bool firstDay = day == 0;
        add(date, u"07:00:00"_s, firstDay ? u"172/104"_s : u"136/86"_s);
        add(date, u"07:02:00"_s, firstDay ? u"168/102"_s : u"134/84"_s);
        // The evening of day 5 forgotten.
        if (day == 4)
            continue;
        add(date, u"20:00:00"_s, firstDay ? u"170/100"_s : u"137/85"_s);
        add(date, u"20:02:00"_s, firstDay ? u"166/98"_s : u"133/85"_s);
    }
    const QJsonObject stats =
        journal.stats({u"--week-from"_s, u"2026-11-02"_s, u"--guideline"_s, u"esh2023"_s});
    const QJsonObject week = stats.value(u"home_week"_s).toObject();
    CHECK(week.value(u"first_day"_s).toString() == u"2026-11-02"_s);
    CHECK(week.value(u"last_day"_s).toString() == u"2026-11-08"_s);
    CHECK(week.value(u"finished"_s).toBool());
    CHECK(week.value(u"readings_taken"_s).toInt() == 26);
    CHECK(week.value(u"readings_planned"_s).toInt() == 28);
    const QJsonArray missed = week.value(u"missed_slots"_s).toArray();
    REQUIRE(missed.size() == 1);
    CHECK(missed.at(0).toObject().value(u"day"_s).toString() == u"2026-11-06"_s);
    CHECK(missed.at(0).toObject().value(u"slot"_s).toString() == u"evening"_s);
    // Days 2 to 7: 22 readings, every pair's mean 135/85, the 170s of day 1 left out.
    const QJsonObject average = week.value(u"average"_s).toObject();
    CHECK(average.value(u"readings"_s).toInt() == 22);
    CHECK(average.value(u"days"_s).toInt() == 6);
    CHECK(average.value(u"systolic"_s).toDouble() == 135.0);
    CHECK(average.value(u"diastolic"_s).toDouble() == 85.0);
    CHECK(average.value(u"from"_s).toString() == u"2026-11-03"_s);
    CHECK(average.value(u"category"_s).toString() == u"hypertension"_s);

    const auto text = journal.run({u"stats"_s, u"--week-from"_s, u"2026-11-02"_s});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Home-monitoring week from 2026-11-02: The week is over: 26 of 28 "
                            "readings."_s));
    CHECK(text.out.contains(u"Its average (days 2 to 7, the first day left out): "_s));

    const auto bad = journal.run({u"stats"_s, u"--week-from"_s, u"2 November"_s});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"--week-from must be a date"_s));
}
