#include <viparita/core/safety_rules.h>

#include <viparita/core/bp_classifier.h>

#include <QCoreApplication>

namespace viparita {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("viparita::SafetyRules", text);
}

// Means of whole numbers are quotients that a double rounds; their difference may miss a
// whole number by a few units in the last place.
constexpr double tolerance = 1e-9;

QString notADiagnosis()
{
    return tr("Viparita shows your numbers; it does not diagnose.");
}

QString lowGuidance()
{
    return tr("Bend your knees, roll onto one side and rest there for a few minutes; only then "
              "sit up, slowly. If you feel faint or unwell, call for help. If you take medicine "
              "for your blood pressure, tell your doctor about readings like this one.");
}

} // namespace

bool SafetyRules::isCrisis(double systolic, double diastolic)
{
    return BpClassifier::classify(systolic, diastolic, Guideline::AccAha2017) == BpCategory::Crisis;
}

bool SafetyRules::isLow(double systolic, double diastolic)
{
    return systolic < lowSystolic || diastolic < lowDiastolic;
}

bool SafetyRules::isSignificantDrop(const Measurement &before, const Measurement &after)
{
    return before.systolic - after.systolic >= dropSystolic - tolerance ||
           before.diastolic - after.diastolic >= dropDiastolic - tolerance;
}

QList<SafetyAlert> SafetyRules::check(const Measurement &measurement,
                                      const std::optional<Measurement> &before)
{
    QList<SafetyAlert> alerts;
    if (isCrisis(measurement.systolic, measurement.diastolic))
        alerts.append(alert(SafetyFlag::Crisis));
    if (isLow(measurement.systolic, measurement.diastolic))
        alerts.append(alert(SafetyFlag::Low));
    const bool inOrAfterSession = measurement.context == ReadingContext::During ||
                                  measurement.context == ReadingContext::After;
    if (before && inOrAfterSession && isSignificantDrop(*before, measurement))
        alerts.append(alert(SafetyFlag::SignificantDrop));
    return alerts;
}

SafetyAlert SafetyRules::alert(SafetyFlag flag)
{
    switch (flag) {
    case SafetyFlag::Crisis:
        break;
    case SafetyFlag::Low:
        return {flag, tr("Low blood pressure"), lowGuidance() + u' ' + notADiagnosis()};
    case SafetyFlag::SignificantDrop:
        return {flag, tr("Blood pressure has dropped sharply"),
                tr("Your blood pressure has fallen a lot since the reading before the "
                   "session.") +
                    u' ' + lowGuidance() + u' ' + notADiagnosis()};
    }
    return {SafetyFlag::Crisis, tr("Very high blood pressure"),
            tr("Do not start the session, and if it has begun, come out of the pose gently and "
               "stop. Sit quietly for a few minutes, then measure again. If it stays this high, "
               "or if you have chest pain, shortness of breath, weakness, or changes in your "
               "vision or speech, get emergency medical care at once.") +
                u' ' + notADiagnosis()};
}

} // namespace viparita
