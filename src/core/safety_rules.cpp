#include <viparita/core/safety_rules.h>

#include <QCoreApplication>

#include <algorithm>

namespace viparita {

namespace {

struct SafetyRulesText {
    Q_DECLARE_TR_FUNCTIONS(viparita::SafetyRules)
};

// Means of whole numbers are quotients that a double rounds; their difference may miss a
// whole number by a few units in the last place.
constexpr double tolerance = 1e-9;

QString notADiagnosis()
{
    return SafetyRulesText::tr("Viparita shows your numbers; it does not diagnose.");
}

QString lieOnYourSide()
{
    return SafetyRulesText::tr(
        "Bend your knees, roll onto one side and rest there for a few minutes; only then "
        "sit up, slowly. If you feel faint or unwell, call for help. If you take medicine "
        "for your blood pressure, tell your doctor about readings like this one.");
}

} // namespace

bool SafetyRules::isSevere(double systolic, double diastolic, Guideline guideline)
{
    return BpClassifier::isSevere(systolic, diastolic, guideline);
}

bool SafetyRules::anySevere(const QList<Reading> &readings, Guideline guideline)
{
    return std::any_of(readings.cbegin(), readings.cend(), [guideline](const Reading &reading) {
        return isSevere(reading.systolic, reading.diastolic, guideline);
    });
}

bool SafetyRules::isLowSystolic(double systolic)
{
    return systolic < lowSystolic;
}

bool SafetyRules::isLow(double systolic, double diastolic)
{
    return systolic < lowSystolic || diastolic < lowDiastolic;
}

bool SafetyRules::isLargeDrop(const Measurement &before, const Measurement &after)
{
    return before.systolic - after.systolic >= dropSystolic - tolerance ||
           before.diastolic - after.diastolic >= dropDiastolic - tolerance;
}

bool SafetyRules::samePosition(const Measurement &a, const Measurement &b)
{
    return !a.position || !b.position || *a.position == *b.position;
}

QList<SafetyAlert> SafetyRules::check(const SafetyCheck &check)
{
    const Measurement &m = check.measurement;
    QList<SafetyAlert> alerts;
    if (isSevere(m.systolic, m.diastolic, check.guideline))
        alerts.append(alert(SafetyFlag::Severe));
    const bool standing =
        m.position == BodyPosition::Standing || m.context == ReadingContext::Standing;
    // On one's feet, a systolic under 90 or faintness is the fall on standing, with its own
    // guidance (sit or lie down), rather than the low of one lying or sitting.
    const bool lowNow = isLowSystolic(m.systolic) || check.feelsFaint;
    if (lowNow && !standing)
        alerts.append(alert(SafetyFlag::Low));
    else if (!lowNow && isLow(m.systolic, m.diastolic))
        alerts.append(alert(SafetyFlag::LowDiastolic));
    const bool inOrAfterSession =
        m.context == ReadingContext::During || m.context == ReadingContext::After;
    if (check.before && inOrAfterSession && !standing && samePosition(*check.before, m) &&
        isLargeDrop(*check.before, m))
        alerts.append(alert(SafetyFlag::DropSinceBefore));
    const bool fellOnStanding = check.before && check.before->position != BodyPosition::Standing &&
                                isLargeDrop(*check.before, m);
    if (standing && (fellOnStanding || lowNow))
        alerts.append(alert(SafetyFlag::Orthostatic));
    return alerts;
}

std::optional<Measurement> SafetyRules::referenceFor(ReadingContext context,
                                                     const QList<Reading> &sessionReadings)
{
    switch (context) {
    case ReadingContext::Standalone:
    case ReadingContext::Before:
        return std::nullopt;
    case ReadingContext::During:
    case ReadingContext::After:
        return MeasurementGrouper::meanOf(sessionReadings, ReadingContext::Before);
    case ReadingContext::Standing:
        break;
    }
    for (const ReadingContext earlier :
         {ReadingContext::After, ReadingContext::During, ReadingContext::Before}) {
        const auto measurement = MeasurementGrouper::meanOf(sessionReadings, earlier);
        if (measurement && measurement->position != BodyPosition::Standing)
            return measurement;
    }
    return std::nullopt;
}

QList<SafetyAlert> SafetyRules::check(const Measurement &measurement, Guideline guideline)
{
    return check(SafetyCheck{measurement, std::nullopt, guideline, false});
}

QStringList SafetyRules::keys(const QList<SafetyAlert> &alerts)
{
    QStringList words;
    for (const SafetyAlert &alert : alerts) {
        switch (alert.flag) {
        case SafetyFlag::Severe:
            words.append(QStringLiteral("severe"));
            break;
        case SafetyFlag::Low:
        case SafetyFlag::LowDiastolic:
            words.append(QStringLiteral("low"));
            break;
        case SafetyFlag::DropSinceBefore:
            words.append(QStringLiteral("drop_since_before"));
            break;
        case SafetyFlag::Orthostatic:
            words.append(QStringLiteral("orthostatic"));
            break;
        }
    }
    words.removeDuplicates();
    return words;
}

SafetyAlert SafetyRules::alert(SafetyFlag flag)
{
    switch (flag) {
    case SafetyFlag::Severe:
        break;
    case SafetyFlag::Low:
        return {flag, SafetyRulesText::tr("Low blood pressure"),
                lieOnYourSide() + u' ' + notADiagnosis(), true};
    case SafetyFlag::LowDiastolic:
        return {flag, SafetyRulesText::tr("The lower number is low"),
                SafetyRulesText::tr(
                    "The lower (diastolic) number is under 60. On its own, and if you feel well, "
                    "this is usually no cause for worry. If you feel dizzy or faint, bend your "
                    "knees, roll onto one side and rest before you sit up, slowly.") +
                    u' ' + notADiagnosis(),
                false};
    case SafetyFlag::DropSinceBefore:
        return {flag, SafetyRulesText::tr("Blood pressure has fallen a lot since before"),
                SafetyRulesText::tr(
                    "Your blood pressure has fallen a lot since the reading before the session, "
                    "measured the same way.") +
                    u' ' + lieOnYourSide() + u' ' + notADiagnosis(),
                true};
    case SafetyFlag::Orthostatic:
        return {flag, SafetyRulesText::tr("Blood pressure fell when you stood up"),
                SafetyRulesText::tr(
                    "Your blood pressure fell on standing: this is called orthostatic "
                    "hypotension. Sit or lie down now and rest until you feel steady; stand up "
                    "slowly, in stages, for the rest of the day. Tell your doctor, especially if "
                    "it happens again or you take medicine for your blood pressure.") +
                    u' ' + notADiagnosis(),
                true};
    }
    return {SafetyFlag::Severe, SafetyRulesText::tr("Very high blood pressure"),
            SafetyRulesText::tr(
                "Do not start the practice now. Sit quietly, back supported, for %1 minutes, "
                "then measure again.")
                    .arg(severeRecheckMinutes) +
                u' ' + severeRecheckGuidance(false) + u' ' + severeRecheckGuidance(true) + u' ' +
                notADiagnosis(),
            true};
}

SafetyAlert SafetyRules::severeInSession()
{
    return {SafetyFlag::Severe, SafetyRulesText::tr("Very high blood pressure"),
            SafetyRulesText::tr(
                "Leave the practice for today. Come out of the pose gently: bend your knees, "
                "roll onto one side and sit up slowly. Rest quietly, seated, for %1 minutes, then "
                "measure again.")
                    .arg(severeRecheckMinutes) +
                u' ' + severeRecheckGuidance(false) + u' ' + severeRecheckGuidance(true) + u' ' +
                notADiagnosis(),
            true};
}

QString SafetyRules::severeRecheckGuidance(bool symptoms)
{
    if (symptoms)
        return SafetyRulesText::tr(
            "With chest pain, shortness of breath, back pain, numbness or weakness, a "
            "change in vision, difficulty speaking or a sudden severe headache, call the "
            "emergency number now.");
    return SafetyRulesText::tr(
        "If it is still this high and you feel well otherwise, contact your doctor or "
        "clinician today.");
}

QStringList SafetyRules::emergencySymptoms()
{
    return {SafetyRulesText::tr("chest pain"),
            SafetyRulesText::tr("shortness of breath"),
            SafetyRulesText::tr("back pain"),
            SafetyRulesText::tr("numbness or weakness"),
            SafetyRulesText::tr("a change in vision"),
            SafetyRulesText::tr("difficulty speaking"),
            SafetyRulesText::tr("a sudden severe headache")};
}

} // namespace viparita
