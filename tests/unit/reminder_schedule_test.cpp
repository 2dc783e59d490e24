#include <catch2/catch.hpp>

#include <viparita/core/reminder_schedule.h>

using namespace Qt::Literals::StringLiterals;
using viparita::Reminder;
using viparita::ReminderPlan;
using viparita::ReminderSchedule;

namespace {

// Monday 7 December 2026.
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute));
}

} // namespace

TEST_CASE("the next practice reminder is the first chosen day's time after now")
{
    ReminderPlan plan;
    plan.practice = true;
    plan.practiceDays = {1, 3, 5}; // Monday, Wednesday, Friday
    plan.practiceTime = QTime(19, 0);
    auto next = ReminderSchedule::next(plan, {}, at(7, 9));
    REQUIRE(next);
    CHECK(next->kind == Reminder::Kind::Practice);
    CHECK(next->at == at(7, 19));
    // At its very time it is due now, not again: the next is Wednesday's.
    next = ReminderSchedule::next(plan, {}, at(7, 19));
    REQUIRE(next);
    CHECK(next->at == at(9, 19));
    // From Friday evening: the Monday after.
    next = ReminderSchedule::next(plan, {}, at(11, 20));
    REQUIRE(next);
    CHECK(next->at == at(14, 19));

    plan.practiceDays = {};
    CHECK_FALSE(ReminderSchedule::next(plan, {}, at(7, 9)));
    plan.practice = false;
    plan.practiceDays = {1};
    CHECK_FALSE(ReminderSchedule::next(plan, {}, at(7, 9)));
}

TEST_CASE("a home week's slots are reminded on its seven days only, morning and evening")
{
    ReminderPlan plan;
    plan.week = true;
    const QDate first(2026, 12, 8);
    auto next = ReminderSchedule::next(plan, {first}, at(7, 21));
    REQUIRE(next);
    CHECK(next->kind == Reminder::Kind::WeekMorning);
    CHECK(next->at == at(8, 7, 30));
    CHECK(next->weekDay == 1);
    CHECK(next->body().startsWith(u"Day 1 of 7 of your home week"_s));
    next = ReminderSchedule::next(plan, {first}, at(8, 7, 30));
    REQUIRE(next);
    CHECK(next->kind == Reminder::Kind::WeekEvening);
    CHECK(next->at == at(8, 20));
    // The last evening, then nothing.
    next = ReminderSchedule::next(plan, {first}, at(14, 12));
    REQUIRE(next);
    CHECK(next->at == at(14, 20));
    CHECK(next->weekDay == 7);
    CHECK_FALSE(ReminderSchedule::next(plan, {first}, at(14, 20)));
    // A week beginning far ahead: its first morning.
    next = ReminderSchedule::next(plan, {QDate(2027, 1, 4)}, at(7, 9));
    REQUIRE(next);
    CHECK(next->at == QDateTime(QDate(2027, 1, 4), QTime(7, 30)));

    // With a practice too, the earlier of the two.
    plan.practice = true;
    plan.practiceDays = {2};
    plan.practiceTime = QTime(6, 45);
    next = ReminderSchedule::next(plan, {first}, at(7, 21));
    REQUIRE(next);
    CHECK(next->kind == Reminder::Kind::Practice);
    CHECK(next->at == at(8, 6, 45));
}

TEST_CASE("reminder days are kept as a list of weekday numbers")
{
    CHECK(ReminderPlan::daysText({5, 1, 3, 3, 9}) == u"1,3,5"_s);
    CHECK(ReminderPlan::daysFrom(u"5, 1,x,8,3"_s) == QList<int>{1, 3, 5});
    CHECK(ReminderPlan::daysFrom({}).isEmpty());
}
