// The one place numbers, changes, pressures and dates are written for people: one rounding
// rule everywhere, and the locale's own digits and signs.
#include <viparita/core/display_format.h>
#include <viparita/core/measurement.h>

#include "catch_qt.h"

#include <QDate>
#include <QDateTime>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using viparita::DisplayFormat;

TEST_CASE("a number is rounded first, then written without trailing zeros")
{
    const DisplayFormat format(QLocale::c());
    CHECK(format.number(131.5) == u"131.5"_s);
    CHECK(format.number(132) == u"132"_s);
    CHECK(format.number(131.46) == u"131.5"_s);
    CHECK(format.number(132.04) == u"132"_s);
    CHECK(format.number(131.96) == u"132"_s);
    CHECK(format.number(0.04) == u"0"_s);
    CHECK(format.number(-0.04) == u"0"_s);
    CHECK(format.number(-5.25) == u"-5.3"_s);
    CHECK(format.number(4.615, 2) == u"4.62"_s);
    CHECK(format.number(4.6, 2) == u"4.6"_s);
    CHECK(format.number(7, 0) == u"7"_s);
    CHECK(format.fixed(3, 1) == u"3.0"_s);
    CHECK(format.fixed(-0.04, 1) == u"0.0"_s);
    CHECK(format.count(1234) == u"1234"_s);
}

TEST_CASE("a change has its sign, and one that rounds to nothing has none")
{
    const DisplayFormat format(QLocale::c());
    CHECK(format.change(2) == u"+2"_s);
    CHECK(format.change(-5.3) == u"-5.3"_s);
    CHECK(format.change(0.04) == u"0"_s);
    CHECK(format.change(-0.04) == u"0"_s);
    CHECK(format.change(0.05) == u"+0.1"_s);
    CHECK(format.pressureChange(-12.04, 3.96) == u"-12/+4"_s);
    CHECK(format.pressure(131.46, 82) == u"131.5/82"_s);

    viparita::Measurement before;
    before.systolic = 140.5;
    before.diastolic = 90;
    viparita::Measurement after;
    after.systolic = 131;
    after.diastolic = 90.04;
    CHECK(format.pressure(after) == u"131/90"_s);
    CHECK(format.pressureChange(before, after) == u"-9.5/0"_s);
}

TEST_CASE("numbers and dates follow the locale, and the report's ISO dates do not")
{
    const DisplayFormat german(QLocale(QLocale::German, QLocale::Germany));
    CHECK(german.number(131.5) == u"131,5"_s);
    CHECK(german.pressure(131.5, 82.25) == u"131,5/82,3"_s);
    CHECK(german.change(-2.5) == u"-2,5"_s);
    CHECK(german.count(1234) == u"1.234"_s);
    const QDate day(2026, 11, 21);
    CHECK(german.date(day) ==
          QLocale(QLocale::German, QLocale::Germany).toString(day, QLocale::ShortFormat));
    CHECK(german.date(day).contains(u"21.11."_s));
    const DisplayFormat american(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(american.date(day).startsWith(u"11/21/"_s));
    CHECK(american.count(1234) == u"1,234"_s);
    CHECK(DisplayFormat::isoDate(day) == u"2026-11-21"_s);
    const QDateTime moment(day, QTime(7, 30), Qt::OffsetFromUTC, 3600);
    CHECK(american.time(moment).startsWith(u"7:30"_s));
    CHECK(german.time(moment) == u"07:30"_s);
}

TEST_CASE("what is not a number is not rounded into one")
{
    const DisplayFormat format(QLocale::c());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK(format.number(nan) == QLocale::c().toString(nan));
    CHECK(format.change(std::numeric_limits<double>::infinity()).contains(u"inf"_s));
}

TEST_CASE("a clock shows whole seconds rounded up, never below nothing")
{
    CHECK(DisplayFormat::clock(245000) == u"4:05"_s);
    CHECK(DisplayFormat::clock(244001) == u"4:05"_s);
    CHECK(DisplayFormat::clock(1) == u"0:01"_s);
    CHECK(DisplayFormat::clock(0) == u"0:00"_s);
    CHECK(DisplayFormat::clock(-500) == u"0:00"_s);
    CHECK(DisplayFormat::clock(720000) == u"12:00"_s);
}
