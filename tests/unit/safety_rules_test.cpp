#include <viparita/core/safety_rules.h>

#include "catch_qt.h"

using namespace Qt::Literals::StringLiterals;
using viparita::Measurement;
using viparita::MeasurementGrouper;
using viparita::Reading;
using viparita::ReadingContext;
using viparita::SafetyAlert;
using viparita::SafetyFlag;
using viparita::SafetyRules;

namespace {

Measurement measured(double systolic, double diastolic,
                     ReadingContext context = ReadingContext::Standalone)
{
    Measurement measurement;
    measurement.at = QDateTime(QDate(2024, 5, 6), QTime(21, 0), Qt::OffsetFromUTC, 3600);
    measurement.systolic = systolic;
    measurement.diastolic = diastolic;
    measurement.readingCount = 1;
    measurement.context = context;
    measurement.sessionId = 1;
    return measurement;
}

Reading reading(int systolic, int diastolic)
{
    Reading r;
    r.takenAt = QDateTime(QDate(2024, 5, 6), QTime(21, 0), Qt::OffsetFromUTC, 3600);
    r.systolic = systolic;
    r.diastolic = diastolic;
    return r;
}

QList<SafetyFlag> flagsOf(const QList<SafetyAlert> &alerts)
{
    QList<SafetyFlag> flags;
    for (const SafetyAlert &alert : alerts)
        flags.append(alert.flag);
    return flags;
}

} // namespace

TEST_CASE("a crisis is above 180 systolic or above 120 diastolic")
{
    CHECK(SafetyRules::isCrisis(181, 80));
    CHECK(SafetyRules::isCrisis(150, 121));
    CHECK(SafetyRules::isCrisis(180.5, 80));
    CHECK(SafetyRules::isCrisis(190, 125));
    CHECK_FALSE(SafetyRules::isCrisis(180, 120));
    CHECK_FALSE(SafetyRules::isCrisis(180, 80));
    CHECK_FALSE(SafetyRules::isCrisis(150, 120));
}

TEST_CASE("low is below 90 systolic or below 60 diastolic")
{
    CHECK(SafetyRules::isLow(89, 70));
    CHECK(SafetyRules::isLow(100, 59));
    CHECK(SafetyRules::isLow(89.5, 60));
    CHECK(SafetyRules::isLow(80, 50));
    CHECK_FALSE(SafetyRules::isLow(90, 60));
    CHECK_FALSE(SafetyRules::isLow(120, 80));
}

TEST_CASE("a significant drop is 20 systolic or 10 diastolic")
{
    const auto before = measured(140, 90, ReadingContext::Before);
    CHECK(SafetyRules::isSignificantDrop(before, measured(120, 85)));
    CHECK(SafetyRules::isSignificantDrop(before, measured(130, 80)));
    CHECK(SafetyRules::isSignificantDrop(before, measured(120, 80)));
    CHECK(SafetyRules::isSignificantDrop(before, measured(100, 89)));
    CHECK_FALSE(SafetyRules::isSignificantDrop(before, measured(121, 81)));
    CHECK_FALSE(SafetyRules::isSignificantDrop(before, measured(140, 90)));
    CHECK_FALSE(SafetyRules::isSignificantDrop(before, measured(160, 100)));
    CHECK_FALSE(SafetyRules::isSignificantDrop(before, measured(120.5, 80.5)));
}

TEST_CASE("a drop of exactly 20 between means of three readings counts despite rounding")
{
    // 386 / 3 - 326 / 3 is 19.999999999999986 in doubles.
    const auto before =
        MeasurementGrouper::mean({reading(128, 80), reading(129, 80), reading(129, 80)});
    const auto after =
        MeasurementGrouper::mean({reading(108, 80), reading(109, 80), reading(109, 80)});
    CHECK(before.systolic - after.systolic < 20.0);
    CHECK(SafetyRules::isSignificantDrop(before, after));
}

TEST_CASE("check() reports every flag that applies, a drop only against a before measurement")
{
    using enum SafetyFlag;
    const auto before = measured(140, 90, ReadingContext::Before);

    SECTION("140/90 before and 112/70 after: a drop of 28, flagged, but not low")
    {
        const auto after = measured(112, 70, ReadingContext::After);
        CHECK(SafetyRules::check(after, before) ==
              QList<SafetyAlert>{SafetyRules::alert(SignificantDrop)});
        CHECK(SafetyRules::check(after).isEmpty());
    }
    SECTION("a drop during the session is flagged too")
    {
        CHECK(flagsOf(SafetyRules::check(measured(125, 78, ReadingContext::During), before)) ==
              QList<SafetyFlag>{SignificantDrop});
    }
    SECTION("19/9 lower is no drop")
    {
        CHECK(SafetyRules::check(measured(121, 81, ReadingContext::After), before).isEmpty());
    }
    SECTION("no drop is reported for a standalone or a before measurement")
    {
        CHECK(SafetyRules::check(measured(112, 70, ReadingContext::Standalone), before).isEmpty());
        CHECK(SafetyRules::check(measured(112, 70, ReadingContext::Before), before).isEmpty());
    }
    SECTION("low and dropped")
    {
        CHECK(flagsOf(SafetyRules::check(measured(85, 55, ReadingContext::After), before)) ==
              QList<SafetyFlag>{Low, SignificantDrop});
    }
    SECTION("low without a before measurement")
    {
        CHECK(flagsOf(SafetyRules::check(measured(88, 58, ReadingContext::After))) ==
              QList<SafetyFlag>{Low});
    }
    SECTION("a crisis, before the session or after it")
    {
        CHECK(flagsOf(SafetyRules::check(measured(185, 100, ReadingContext::Before))) ==
              QList<SafetyFlag>{Crisis});
        CHECK(flagsOf(SafetyRules::check(measured(150, 122, ReadingContext::After), before)) ==
              QList<SafetyFlag>{Crisis});
    }
    SECTION("a very high systolic with a low diastolic raises both")
    {
        CHECK(flagsOf(SafetyRules::check(measured(190, 55))) == QList<SafetyFlag>{Crisis, Low});
    }
    SECTION("nothing at 180/120, 90/60 or an ordinary reading")
    {
        CHECK(SafetyRules::check(measured(180, 120, ReadingContext::After), before).isEmpty());
        CHECK(SafetyRules::check(measured(90, 60)).isEmpty());
        CHECK(SafetyRules::check(measured(124, 82, ReadingContext::After), before).isEmpty());
    }
}

TEST_CASE("every alert has a short title and calm guidance that does not diagnose")
{
    const auto crisis = SafetyRules::alert(SafetyFlag::Crisis);
    CHECK(crisis.flag == SafetyFlag::Crisis);
    CHECK(crisis.title == u"Very high blood pressure"_s);
    CHECK(crisis.guidance.contains(u"Do not start the session"_s));
    CHECK(crisis.guidance.contains(u"measure again"_s));
    CHECK(crisis.guidance.contains(u"chest pain"_s));
    CHECK(crisis.guidance.contains(u"emergency"_s));

    const auto low = SafetyRules::alert(SafetyFlag::Low);
    CHECK(low.flag == SafetyFlag::Low);
    CHECK(low.title == u"Low blood pressure"_s);

    const auto drop = SafetyRules::alert(SafetyFlag::SignificantDrop);
    CHECK(drop.flag == SafetyFlag::SignificantDrop);
    CHECK(drop.title == u"Blood pressure has dropped sharply"_s);

    for (const auto &alert : {low, drop}) {
        CHECK(alert.guidance.contains(u"Bend your knees, roll onto one side"_s));
        CHECK(alert.guidance.contains(u"sit up, slowly"_s));
        CHECK(alert.guidance.contains(u"feel faint"_s));
        CHECK(alert.guidance.contains(u"tell your doctor"_s));
    }
    for (const auto &alert : {crisis, low, drop}) {
        CHECK(alert.title.size() <= 40);
        CHECK(alert.guidance.endsWith(u"it does not diagnose."_s));
    }
    CHECK(crisis != low);
    CHECK(low != drop);
}
