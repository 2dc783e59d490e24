// The home-monitoring week: seven days from its first, a morning and an evening slot each
// with two readings; progress as the days go; the average of days 2 to 7 and its home category
// by each guideline, the first day left out; what a week that is not complete lacks.

#include "catch_qt.h"

#include <viparita/core/home_week.h>

using namespace Qt::Literals::StringLiterals;
using viparita::BpCategory;
using viparita::Guideline;
using viparita::HomeSummary;
using viparita::HomeWeek;
using viparita::Reading;

namespace {

const QDate monday(2026, 11, 2);

Reading at(const QDate &day, int hour, int minute, int systolic, int diastolic)
{
    Reading reading;
    // Berlin in winter: the readings carry their own offset.
    reading.takenAt = QDateTime(day, QTime(hour, minute), Qt::OffsetFromUTC, 3600);
    reading.systolic = systolic;
    reading.diastolic = diastolic;
    reading.position = viparita::BodyPosition::Sitting;
    return reading;
}

/// Two readings each morning and evening of the days `from` to `to` (0 is the first day).
QList<Reading> slots(int from, int to, int systolic, int diastolic)
{
    QList<Reading> readings;
    for (int day = from; day <= to; ++day) {
        const QDate date = monday.addDays(day);
        // One a little above, one a little below: the pair's mean is the value.
        readings << at(date, 7, 0, systolic + 1, diastolic + 1)
                 << at(date, 7, 2, systolic - 1, diastolic - 1)
                 << at(date, 20, 0, systolic + 2, diastolic)
                 << at(date, 20, 2, systolic - 2, diastolic);
    }
    return readings;
}

QDateTime moment(int day, int hour)
{
    return QDateTime(monday.addDays(day), QTime(hour, 0), Qt::OffsetFromUTC, 3600);
}

} // namespace

TEST_CASE("a whole week: the average of days 2 to 7 with its home category, the first day left out")
{
    // The first day high (the first readings of a week run high), the rest at 135/85.
    QList<Reading> readings = slots(0, 0, 170, 105) + slots(1, 6, 135, 85);
    const auto week = HomeWeek::progress(monday, readings, moment(7, 9), Guideline::Esh2023);
    CHECK(week.finished);
    CHECK(week.dayNumber == 8);
    CHECK(week.readingsTaken == HomeWeek::readingsPlanned);
    CHECK(week.missed.isEmpty());
    const HomeSummary &result = week.result;
    REQUIRE(result.status == HomeSummary::Status::Enough);
    CHECK(result.days == 6);
    CHECK(result.readings == 24);
    CHECK(result.morningReadings == 12);
    CHECK(result.eveningReadings == 12);
    CHECK(*result.systolic == 135.0);
    CHECK(*result.diastolic == 85.0);
    CHECK(result.from == monday.addDays(1));
    CHECK(result.to == monday.addDays(6));

    // 135/85 is where each guideline's home hypertension begins; 134/84 is just under it.
    const auto category = [&](int systolic, int diastolic, Guideline guideline) {
        const QList<Reading> days = slots(0, 0, 170, 105) + slots(1, 6, systolic, diastolic);
        const auto progress = HomeWeek::progress(monday, days, moment(7, 9), guideline);
        REQUIRE(progress.result.category.has_value());
        return *progress.result.category;
    };
    CHECK(category(135, 85, Guideline::Esh2023) == BpCategory::HomeHypertension);
    CHECK(category(134, 84, Guideline::Esh2023) == BpCategory::BelowHomeThreshold);
    CHECK(category(135, 85, Guideline::Aha2025) == BpCategory::Stage2);
    CHECK(category(134, 84, Guideline::Aha2025) == BpCategory::Stage1);
    CHECK(category(135, 85, Guideline::Esc2024) == BpCategory::Hypertension);
    CHECK(category(134, 84, Guideline::Esc2024) == BpCategory::EscElevated);
}

TEST_CASE("a week under way says its day and its readings, and the slots it missed")
{
    QList<Reading> readings = slots(0, 1, 128, 82);
    readings << at(monday.addDays(2), 7, 5, 130, 84); // one of the two on day 3's morning
    const auto week = HomeWeek::progress(monday, readings, moment(2, 13), Guideline::Aha2025);
    CHECK(week.dayNumber == 3);
    CHECK_FALSE(week.finished);
    CHECK(week.readingsTaken == 9);
    REQUIRE(week.missed.size() == 1);
    CHECK(week.missed.first() == viparita::HomeWeekSlot{monday.addDays(2), false, 1});
    CHECK(HomeWeek::describeProgress(week, viparita::DisplayFormat(QLocale::c())) ==
          u"Day 3 of 7: 9 of 28 readings."_s);
    // Day 2 and a reading of day 3: not enough for a verdict yet, and it says what is missing.
    CHECK(week.result.status == HomeSummary::Status::NotEnough);
    CHECK(week.result.days == 2);
    CHECK(week.result.readings == 5);
    CHECK(week.result.missing.days == 1);
    CHECK(week.result.missing.readings == 7);
    CHECK_FALSE(week.result.category.has_value());
}

TEST_CASE("only home readings of the week's days count, at most two a slot")
{
    QList<Reading> readings = slots(1, 6, 126, 80);
    Reading lying = at(monday.addDays(3), 7, 10, 100, 60);
    lying.position = viparita::BodyPosition::Lying;
    Reading during = at(monday.addDays(3), 20, 10, 100, 60);
    during.context = viparita::ReadingContext::During;
    Reading deleted = at(monday.addDays(4), 7, 10, 100, 60);
    deleted.deletedAt = QDateTime::currentDateTimeUtc();
    Reading third = at(monday.addDays(5), 7, 4, 126, 80); // a third in one slot
    Reading before = at(monday.addDays(-1), 7, 0, 180, 110);
    Reading after = at(monday.addDays(7), 7, 0, 180, 110);
    readings << lying << during << deleted << third << before << after;
    const auto week = HomeWeek::progress(monday, readings, moment(7, 9), Guideline::Aha2025);
    CHECK(week.readingsTaken == 24);   // day 1's four slots' readings missing
    CHECK(week.result.readings == 25); // the third of a slot counts in the average
    CHECK(*week.result.systolic == Approx(126.0));
    REQUIRE(week.missed.size() == 2);
    CHECK(week.missed.at(0).day == monday);
}

TEST_CASE("before it begins and once it is over, the week says so")
{
    const viparita::DisplayFormat format(QLocale::c());
    const auto before = HomeWeek::progress(monday, {}, moment(-1, 20), Guideline::Aha2025);
    CHECK(before.dayNumber == 0);
    CHECK(before.missed.isEmpty());
    CHECK(HomeWeek::describeProgress(before, format).startsWith(u"The week begins on "_s));
    const auto over =
        HomeWeek::progress(monday, slots(0, 6, 120, 78), moment(9, 9), Guideline::Aha2025);
    CHECK(HomeWeek::describeProgress(over, format) == u"The week is over: 28 of 28 readings."_s);
    // The last evening is still open until midnight.
    const auto lastEvening =
        HomeWeek::progress(monday, slots(0, 5, 120, 78), moment(6, 21), Guideline::Aha2025);
    CHECK(lastEvening.dayNumber == 7);
    CHECK(lastEvening.missed.size() == 1); // day 7's morning only
}

TEST_CASE("a week says what it makes of each reading, and why one is left out")
{
    using viparita::WeekReadingUse;
    Reading counted = at(monday.addDays(2), 7, 0, 130, 80);
    Reading first = at(monday, 7, 0, 150, 95);
    Reading lying = at(monday.addDays(2), 7, 5, 120, 70);
    lying.position = viparita::BodyPosition::Lying;
    Reading after = at(monday.addDays(2), 20, 0, 120, 70);
    after.context = viparita::ReadingContext::After;
    Reading before = at(monday.addDays(2), 20, 0, 132, 84);
    before.context = viparita::ReadingContext::Before; // seated before a session: a home reading
    Reading late = at(monday.addDays(7), 7, 0, 130, 80);
    CHECK(HomeWeek::use(counted, monday) == WeekReadingUse::Counted);
    CHECK(HomeWeek::use(before, monday) == WeekReadingUse::Counted);
    CHECK(HomeWeek::use(first, monday) == WeekReadingUse::FirstDay);
    CHECK(HomeWeek::use(lying, monday) == WeekReadingUse::NotSeated);
    CHECK(HomeWeek::use(after, monday) == WeekReadingUse::InSession);
    CHECK(HomeWeek::use(late, monday) == WeekReadingUse::OutsideWeek);
    CHECK(HomeWeek::describeUse(WeekReadingUse::Counted).isEmpty());
    CHECK(HomeWeek::describeUse(WeekReadingUse::FirstDay) == u"left out: the first day"_s);

    // The same rules as the average: the counted ones are the readings it holds.
    const QList<Reading> readings{counted, first, lying, after, before, late};
    const auto week = HomeWeek::progress(monday, readings, moment(8, 9), Guideline::Esh2023);
    const auto used = std::count_if(readings.begin(), readings.end(), [](const Reading &r) {
        return HomeWeek::use(r, monday) == WeekReadingUse::Counted;
    });
    CHECK(week.result.readings == used);
}
