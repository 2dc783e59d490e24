// What a reading calls for: the severe range of each guideline, the urgent low (systolic
// under 90 or feeling faint) and the calm one (diastolic alone), a large fall since before
// compared only like with like, and a fall on standing.
#include <viparita/core/safety_rules.h>

#include "catch_qt.h"

using namespace Qt::Literals::StringLiterals;
using viparita::BodyPosition;
using viparita::Guideline;
using viparita::Measurement;
using viparita::ReadingContext;
using viparita::SafetyAlert;
using viparita::SafetyCheck;
using viparita::SafetyFlag;
using viparita::SafetyRules;

namespace {

Measurement measured(double systolic, double diastolic,
                     ReadingContext context = ReadingContext::Standalone,
                     std::optional<BodyPosition> position = BodyPosition::Sitting)
{
    Measurement measurement;
    measurement.at = QDateTime(QDate(2026, 5, 6), QTime(21, 0), Qt::OffsetFromUTC, 3600);
    measurement.systolic = systolic;
    measurement.diastolic = diastolic;
    measurement.readingCount = 1;
    measurement.context = context;
    measurement.position = position;
    measurement.sessionId = 1;
    return measurement;
}

QList<SafetyFlag> flagsOf(const SafetyCheck &check)
{
    QList<SafetyFlag> flags;
    for (const SafetyAlert &alert : SafetyRules::check(check))
        flags.append(alert.flag);
    return flags;
}

} // namespace

TEST_CASE("the severe range: above 180/120 for AHA/ACC, 180/110 or more for ESC and ESH")
{
    CHECK(SafetyRules::isSevere(181, 80, Guideline::Aha2025));
    CHECK(SafetyRules::isSevere(150, 121, Guideline::Aha2025));
    CHECK_FALSE(SafetyRules::isSevere(180, 120, Guideline::Aha2025));
    for (const Guideline guideline : {Guideline::Esc2024, Guideline::Esh2023}) {
        CHECK(SafetyRules::isSevere(180, 80, guideline));
        CHECK(SafetyRules::isSevere(150, 110, guideline));
        CHECK_FALSE(SafetyRules::isSevere(179, 109, guideline));
    }
    const auto alerts = SafetyRules::check(measured(185, 125), Guideline::Aha2025);
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.first().flag == SafetyFlag::Severe);
    CHECK(alerts.first().urgent);
    // The guidance says: rest five minutes and measure again; the clinician today; the
    // emergency number with warning signs.
    CHECK(alerts.first().guidance.contains(u"5 minutes"_s));
    CHECK(alerts.first().guidance.contains(u"today"_s));
    CHECK(alerts.first().guidance.contains(u"emergency number"_s));
    CHECK(SafetyRules::emergencySymptoms().size() == 7);
}

TEST_CASE("a systolic under 90, or feeling faint, is the urgent low, and a diastolic alone is calm")
{
    const auto urgent = SafetyRules::check(measured(85, 55), Guideline::Aha2025);
    REQUIRE(urgent.size() == 1);
    CHECK(urgent.first().flag == SafetyFlag::Low);
    CHECK(urgent.first().urgent);
    CHECK(urgent.first().guidance.contains(u"roll onto one side"_s));

    const auto calm = SafetyRules::check(measured(112, 58), Guideline::Aha2025);
    REQUIRE(calm.size() == 1);
    CHECK(calm.first().flag == SafetyFlag::LowDiastolic);
    CHECK_FALSE(calm.first().urgent);

    CHECK(SafetyRules::check(measured(90, 60), Guideline::Aha2025).isEmpty());
    CHECK(flagsOf({measured(120, 78), std::nullopt, Guideline::Aha2025, true}) ==
          QList<SafetyFlag>{SafetyFlag::Low});
    CHECK(flagsOf({measured(112, 58), std::nullopt, Guideline::Aha2025, true}) ==
          QList<SafetyFlag>{SafetyFlag::Low});
}

TEST_CASE("a large fall since before is flagged only between readings taken the same way")
{
    const Measurement before = measured(150, 95, ReadingContext::Before);
    // Seated before and seated after: 20 systolic, or 10 diastolic, is a large fall.
    CHECK(flagsOf({measured(130, 90, ReadingContext::After), before}) ==
          QList<SafetyFlag>{SafetyFlag::DropSinceBefore});
    CHECK(flagsOf({measured(140, 85, ReadingContext::After), before}) ==
          QList<SafetyFlag>{SafetyFlag::DropSinceBefore});
    CHECK(flagsOf({measured(131, 86, ReadingContext::After), before}).isEmpty());
    // Lying during the pose against sitting before: not compared.
    CHECK(flagsOf({measured(120, 75, ReadingContext::During, BodyPosition::Lying), before})
              .isEmpty());
    // A position not stated is compared.
    CHECK(flagsOf({measured(120, 75, ReadingContext::During, std::nullopt), before}) ==
          QList<SafetyFlag>{SafetyFlag::DropSinceBefore});
    // Only during or after a session.
    CHECK(flagsOf({measured(120, 75, ReadingContext::Standalone), before}).isEmpty());
    // A fall to under 90 is both.
    CHECK(flagsOf({measured(85, 62, ReadingContext::After), before}) ==
          (QList<SafetyFlag>{SafetyFlag::Low, SafetyFlag::DropSinceBefore}));
}

TEST_CASE("a fall on standing: 20 systolic or 10 diastolic from lying or sitting, or under 90")
{
    const Measurement lying = measured(130, 80, ReadingContext::After, BodyPosition::Lying);
    const auto standing = [](double systolic, double diastolic) {
        return measured(systolic, diastolic, ReadingContext::After, BodyPosition::Standing);
    };
    CHECK(flagsOf({standing(110, 78), lying}) == QList<SafetyFlag>{SafetyFlag::Orthostatic});
    CHECK(flagsOf({standing(125, 70), lying}) == QList<SafetyFlag>{SafetyFlag::Orthostatic});
    CHECK(flagsOf({standing(111, 71), lying}).isEmpty());
    // Under 90 on one's feet is the fall on standing, with or without a reading to compare;
    // its guidance (sit or lie down) replaces the low of one lying.
    CHECK(flagsOf({standing(88, 75), measured(100, 70, ReadingContext::After)}) ==
          QList<SafetyFlag>{SafetyFlag::Orthostatic});
    CHECK(flagsOf({standing(89, 75), std::nullopt}) == QList<SafetyFlag>{SafetyFlag::Orthostatic});
    CHECK(flagsOf({standing(90, 75), std::nullopt}).isEmpty());
    // Faint on one's feet, whatever the numbers.
    CHECK(flagsOf({standing(120, 75), std::nullopt, Guideline::Aha2025, true}) ==
          QList<SafetyFlag>{SafetyFlag::Orthostatic});
    // A diastolic under 60 standing, without a fall: the calm note.
    CHECK(flagsOf({standing(118, 58), measured(120, 62, ReadingContext::After)}) ==
          QList<SafetyFlag>{SafetyFlag::LowDiastolic});
    // The standing context is standing, whatever position was typed.
    CHECK(flagsOf({measured(105, 75, ReadingContext::Standing, std::nullopt), lying}) ==
          QList<SafetyFlag>{SafetyFlag::Orthostatic});
    // A standing reading before is no reference.
    CHECK(flagsOf({standing(100, 70), standing(130, 80)}).isEmpty());
    CHECK(SafetyRules::keys(SafetyRules::check({standing(110, 78), lying})) ==
          QStringList{u"orthostatic"_s});
}

TEST_CASE("a standing reading is checked against the last lying or sitting one of its session")
{
    const auto reading = [](int minute, int systolic, ReadingContext context,
                            BodyPosition position) {
        viparita::Reading r;
        r.id = minute;
        r.takenAt = QDateTime(QDate(2026, 5, 6), QTime(21, minute), Qt::OffsetFromUTC, 3600);
        r.systolic = systolic;
        r.diastolic = 80;
        r.context = context;
        r.position = position;
        r.sessionId = 1;
        return r;
    };
    const auto before = reading(0, 140, ReadingContext::Before, BodyPosition::Sitting);
    const auto during = reading(10, 130, ReadingContext::During, BodyPosition::Lying);
    const auto after = reading(20, 125, ReadingContext::After, BodyPosition::Sitting);
    const auto systolicOf = [](const std::optional<Measurement> &m) {
        return m ? m->systolic : -1.0;
    };
    CHECK(systolicOf(SafetyRules::referenceFor(ReadingContext::Standing,
                                               {before, during, after})) == 125.0);
    CHECK(systolicOf(SafetyRules::referenceFor(ReadingContext::Standing, {before, during})) ==
          130.0);
    CHECK(systolicOf(SafetyRules::referenceFor(ReadingContext::Standing, {before})) == 140.0);
    // An after reading taken standing is no reference: the one during is.
    const auto standingAfter = reading(20, 125, ReadingContext::After, BodyPosition::Standing);
    CHECK(systolicOf(SafetyRules::referenceFor(ReadingContext::Standing,
                                               {before, during, standingAfter})) == 130.0);
    CHECK_FALSE(SafetyRules::referenceFor(ReadingContext::Standing, {}));
    // During and after: the before measurement; before and standalone: none.
    CHECK(systolicOf(SafetyRules::referenceFor(ReadingContext::After, {before, during, after})) ==
          140.0);
    CHECK(systolicOf(SafetyRules::referenceFor(ReadingContext::During, {before})) == 140.0);
    CHECK_FALSE(SafetyRules::referenceFor(ReadingContext::Before, {before}));
    CHECK_FALSE(SafetyRules::referenceFor(ReadingContext::Standalone, {before}));
}

TEST_CASE("the flags have the stable words of files and the command line")
{
    const Measurement before = measured(190, 100, ReadingContext::Before);
    const auto alerts = SafetyRules::check(
        {measured(182, 58, ReadingContext::After, BodyPosition::Sitting), before});
    CHECK(SafetyRules::keys(alerts) ==
          (QStringList{u"severe"_s, u"low"_s, u"drop_since_before"_s}));
    CHECK(SafetyRules::keys({}).isEmpty());
}
