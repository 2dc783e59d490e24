// The home average of the home-monitoring protocol: which readings are home readings, the
// latest run of up to seven days, the first day left out from four days on, enough for a
// verdict (3 days, 12 readings, mornings and evenings) or what is missing, and each
// guideline's home thresholds.
#include <viparita/core/home_average.h>
#include <viparita/core/statistics.h>

#include "catch_qt.h"

using namespace Qt::Literals::StringLiterals;
using viparita::BodyPosition;
using viparita::BpCategory;
using viparita::Guideline;
using viparita::HomeAverage;
using viparita::HomeSummary;
using viparita::Reading;
using viparita::ReadingContext;

namespace {

QDateTime at(int day, int hour, int minute, int offsetHours = 1)
{
    return {QDate(2026, 10, day), QTime(hour, minute), Qt::OffsetFromUTC, offsetHours * 3600};
}

Reading reading(const QDateTime &takenAt, int systolic, int diastolic,
                ReadingContext context = ReadingContext::Standalone,
                std::optional<BodyPosition> position = BodyPosition::Sitting)
{
    Reading r;
    r.takenAt = takenAt;
    r.systolic = systolic;
    r.diastolic = diastolic;
    r.context = context;
    r.position = position;
    return r;
}

/// Two readings in the morning and two in the evening on each of `days`, all `systolic` over
/// `diastolic`.
QList<Reading> week(const QList<int> &days, int systolic, int diastolic)
{
    QList<Reading> readings;
    for (const int day : days) {
        for (const int hour : {7, 20}) {
            readings.append(reading(at(day, hour, 0), systolic, diastolic));
            readings.append(reading(at(day, hour, 2), systolic, diastolic));
        }
    }
    return readings;
}

} // namespace

TEST_CASE("home readings: on their own or before a session, seated or not stated")
{
    CHECK(HomeAverage::isHomeReading(reading(at(1, 7, 0), 130, 80)));
    CHECK(HomeAverage::isHomeReading(reading(at(1, 7, 0), 130, 80, ReadingContext::Before)));
    CHECK(HomeAverage::isHomeReading(
        reading(at(1, 7, 0), 130, 80, ReadingContext::Standalone, std::nullopt)));
    CHECK_FALSE(HomeAverage::isHomeReading(reading(at(1, 7, 0), 130, 80, ReadingContext::During)));
    CHECK_FALSE(HomeAverage::isHomeReading(reading(at(1, 7, 0), 130, 80, ReadingContext::After)));
    CHECK_FALSE(HomeAverage::isHomeReading(
        reading(at(1, 7, 0), 130, 80, ReadingContext::Standalone, BodyPosition::Lying)));
    CHECK_FALSE(HomeAverage::isHomeReading(
        reading(at(1, 7, 0), 130, 80, ReadingContext::Before, BodyPosition::Standing)));
    Reading deleted = reading(at(1, 7, 0), 130, 80);
    deleted.deletedAt = at(1, 8, 0);
    CHECK_FALSE(HomeAverage::isHomeReading(deleted));
}

TEST_CASE("a week at 136/86 with practice readings at 120/76 between: 136/86, by home thresholds")
{
    QList<Reading> readings = week({1, 2, 3, 4, 5, 6, 7}, 136, 86);
    // The practice: lying during, sitting after, on each evening.
    for (int day = 1; day <= 7; ++day) {
        readings.append(
            reading(at(day, 21, 10), 120, 76, ReadingContext::During, BodyPosition::Lying));
        readings.append(reading(at(day, 21, 30), 120, 76, ReadingContext::After));
    }
    const HomeSummary aha = HomeAverage::of(readings, Guideline::Aha2025);
    CHECK(aha.status == HomeSummary::Status::Enough);
    CHECK(aha.days == 6); // the first of the seven left out
    CHECK(aha.readings == 24);
    CHECK(aha.systolic == 136.0);
    CHECK(aha.diastolic == 86.0);
    CHECK(aha.from == QDate(2026, 10, 2));
    CHECK(aha.to == QDate(2026, 10, 7));
    CHECK(aha.category == BpCategory::Stage2);
    CHECK(HomeAverage::of(readings, Guideline::Esh2023).category == BpCategory::HomeHypertension);
    CHECK(HomeAverage::of(readings, Guideline::Esc2024).category == BpCategory::Hypertension);
    // The statistics give the same.
    CHECK(viparita::Statistics::compute(readings, Guideline::Aha2025).home.category ==
          BpCategory::Stage2);
}

TEST_CASE("a day without home readings breaks the window, and only the latest run counts")
{
    // 1 to 3 October at 150/95, nothing on the 4th, 5 to 9 October at 128/78.
    QList<Reading> readings = week({1, 2, 3}, 150, 95) + week({5, 6, 7, 8, 9}, 128, 78);
    const HomeSummary summary = HomeAverage::of(readings, Guideline::Aha2025);
    CHECK(summary.from == QDate(2026, 10, 6)); // 5 to 9 is 5 days: the 5th left out
    CHECK(summary.to == QDate(2026, 10, 9));
    CHECK(summary.days == 4);
    CHECK(summary.readings == 16);
    CHECK(summary.systolic == 128.0);
    CHECK(summary.status == HomeSummary::Status::Enough);
    CHECK(summary.category == BpCategory::Elevated);

    // One reading a month is never a window of several days.
    QList<Reading> monthly;
    for (const int month : {5, 6, 7, 8, 9, 10})
        monthly.append(reading(QDateTime(QDate(2026, month, 3), QTime(7, 0)), 140, 90));
    const HomeSummary sparse = HomeAverage::of(monthly, Guideline::Aha2025);
    CHECK(sparse.days == 1);
    CHECK(sparse.readings == 1);
    CHECK(sparse.status == HomeSummary::Status::NotEnough);
    CHECK_FALSE(sparse.category.has_value());
}

TEST_CASE("a window keeps at most seven days, and drops its first day from four days on")
{
    const HomeSummary ten =
        HomeAverage::of(week({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 130, 80), Guideline::Esh2023);
    CHECK(ten.from == QDate(2026, 10, 5)); // the 4th to the 10th, the 4th left out
    CHECK(ten.days == 6);
    const HomeSummary three = HomeAverage::of(week({1, 2, 3}, 130, 80), Guideline::Esh2023);
    CHECK(three.days == 3); // nothing left out under four days
    CHECK(three.readings == 12);
    CHECK(three.status == HomeSummary::Status::Enough);
    const HomeSummary four = HomeAverage::of(week({1, 2, 3, 4}, 130, 80), Guideline::Esh2023);
    CHECK(four.days == 3);
    CHECK(four.from == QDate(2026, 10, 2));
}

TEST_CASE("not enough for a verdict says what is missing, and gives the average so far")
{
    // Two days, mornings only: 2 readings a day.
    QList<Reading> mornings;
    for (const int day : {1, 2}) {
        mornings.append(reading(at(day, 7, 0), 140, 90));
        mornings.append(reading(at(day, 7, 2), 142, 92));
    }
    const HomeSummary summary = HomeAverage::of(mornings, Guideline::Aha2025);
    CHECK(summary.status == HomeSummary::Status::NotEnough);
    CHECK(summary.days == 2);
    CHECK(summary.readings == 4);
    CHECK(summary.systolic == 141.0);
    CHECK_FALSE(summary.category.has_value());
    CHECK(summary.missing.days == 1);
    CHECK(summary.missing.readings == 8);
    CHECK_FALSE(summary.missing.morning);
    CHECK(summary.missing.evening);
    CHECK(HomeAverage::describeMissing(summary.missing) ==
          u"1 more day, 8 more readings and an evening reading"_s);
    CHECK(HomeAverage::describe(summary, Guideline::Aha2025, viparita::DisplayFormat(QLocale::c()))
              .startsWith(u"Not enough yet for a verdict"_s));

    // Three days, twelve readings, but all in the evening.
    QList<Reading> evenings;
    for (const int day : {1, 2, 3})
        for (const int minute : {0, 2, 4, 6})
            evenings.append(reading(at(day, 20, minute), 130, 80));
    const HomeSummary noMornings = HomeAverage::of(evenings, Guideline::Aha2025);
    CHECK(noMornings.status == HomeSummary::Status::NotEnough);
    CHECK(noMornings.missing.morning);
    CHECK(noMornings.missing.days == 0);
    CHECK(noMornings.missing.readings == 0);

    const HomeSummary none = HomeAverage::of({}, Guideline::Aha2025);
    CHECK(none.status == HomeSummary::Status::NotEnough);
    CHECK_FALSE(none.systolic.has_value());
    CHECK(none.missing.days == 3);
    CHECK(none.missing.readings == 12);
}

TEST_CASE("home means from whole-number sums: exactly 135/85 is at the threshold")
{
    // Days 2 to 4 (the window 1 to 4 loses day 1): 134 and 136 over 84 and 86 each moment.
    QList<Reading> readings{reading(at(1, 7, 0), 200, 110)};
    for (int day = 2; day <= 4; ++day) {
        for (const int hour : {7, 20}) {
            readings.append(reading(at(day, hour, 0), 134, 84));
            readings.append(reading(at(day, hour, 2), 136, 86));
        }
    }
    const HomeSummary summary = HomeAverage::of(readings, Guideline::Esh2023);
    CHECK(summary.systolic == 135.0);
    CHECK(summary.diastolic == 85.0);
    CHECK(summary.category == BpCategory::HomeHypertension);
    // A reading at 23:30-05:00 belongs to its own local day.
    const HomeSummary local = HomeAverage::of(
        {reading(at(1, 7, 0), 120, 80), reading(at(2, 23, 30, -5), 130, 82)}, Guideline::Esh2023);
    CHECK(local.to == QDate(2026, 10, 2));
}
