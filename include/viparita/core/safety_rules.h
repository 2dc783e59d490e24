#pragma once

#include <viparita/core/bp_classifier.h>
#include <viparita/core/measurement.h>

#include <QList>
#include <QString>

#include <optional>

namespace viparita {

enum class SafetyFlag {
    Severe,          ///< in the guideline's severe range (BpClassifier::isSevere)
    Low,             ///< systolic under 90, or the person feels faint: urgent guidance
    LowDiastolic,    ///< diastolic under 60 with systolic 90 or more, no faintness: a calm note
    DropSinceBefore, ///< fell by 20 systolic or 10 diastolic since before, in the same position
    /// on standing: fell by 20/10 from lying or sitting, or systolic under 90, or faint
    Orthostatic,
};

/// What the app shows when a flag applies.
struct SafetyAlert {
    SafetyFlag flag = SafetyFlag::Severe;
    QString title;    ///< short: "Very high blood pressure"
    QString guidance; ///< what to do, in plain calm words
    /// Urgent: the person should act now (lie on one side, call for help); a calm note
    /// otherwise.
    bool urgent = true;

    friend bool operator==(const SafetyAlert &, const SafetyAlert &) = default;
};

/// What a reading (or the mean of a moment's readings) calls for.
struct SafetyCheck {
    /// The measurement, its context and position (a standing one is checked against `before`
    /// for orthostatic hypotension).
    Measurement measurement;
    /// The measurement before the session (or, for a standing check, the last lying or
    /// sitting one), if there is one.
    std::optional<Measurement> before;
    Guideline guideline = Guideline::Aha2025;
    /// The person said they feel faint or dizzy.
    bool feelsFaint = false;
};

/// The safety thresholds of a blood pressure, the one source of them for the app, the CLI
/// and the reports (docs/blood-pressure-rules.md).
class SafetyRules final {
public:
    static constexpr double lowSystolic = BpClassifier::lowSystolic;
    static constexpr double lowDiastolic = BpClassifier::lowDiastolic;
    static constexpr double dropSystolic = 20.0, dropDiastolic = 10.0;
    /// Minutes of quiet rest before a severe reading is measured again.
    static constexpr int severeRecheckMinutes = 5;

    [[nodiscard]] static bool isSevere(double systolic, double diastolic, Guideline guideline);
    /// One of `readings` is in the severe range.
    [[nodiscard]] static bool anySevere(const QList<Reading> &readings, Guideline guideline);
    /// Systolic under 90: the urgent low.
    [[nodiscard]] static bool isLowSystolic(double systolic);
    /// Systolic under 90 or diastolic under 60 (the Low category).
    [[nodiscard]] static bool isLow(double systolic, double diastolic);
    /// After minus before: systolic fell by 20 or more, or diastolic by 10 or more.
    [[nodiscard]] static bool isLargeDrop(const Measurement &before, const Measurement &after);
    /// Two measurements taken the same way: the same position, or a position not stated.
    [[nodiscard]] static bool samePosition(const Measurement &a, const Measurement &b);

    /// Every flag that applies, in the order Severe, Low (or LowDiastolic), DropSinceBefore,
    /// Orthostatic. The drop is checked only for a measurement during or after a session
    /// against the one before it, in the same position; orthostatic only for a standing one
    /// (position or context), which is never Low: a systolic under 90 or faintness on one's
    /// feet is orthostatic, with or without a reading to compare.
    [[nodiscard]] static QList<SafetyAlert> check(const SafetyCheck &check);
    /// What a reading of a session in `context` is checked against, among the session's
    /// readings: for one during or after it, the measurement before it; for one on standing
    /// up, the latest measurement of the session not taken standing (after, else during, else
    /// before). Nothing for the others, or when there is none.
    [[nodiscard]] static std::optional<Measurement>
    referenceFor(ReadingContext context, const QList<Reading> &sessionReadings);
    /// The flags of `measurement` alone (no before, no symptoms) under `guideline`.
    [[nodiscard]] static QList<SafetyAlert> check(const Measurement &measurement,
                                                  Guideline guideline);
    /// The flags, as the stable words of files and the CLI: "severe", "low",
    /// "drop_since_before", "orthostatic" (a diastolic-only low is "low" too).
    [[nodiscard]] static QStringList keys(const QList<SafetyAlert> &alerts);
    /// The title and guidance of a flag.
    [[nodiscard]] static SafetyAlert alert(SafetyFlag flag);
    /// The severe range once the practice has begun (during it, after it, on standing): stop
    /// for today, come up slowly, rest, measure again, and when to call whom.
    [[nodiscard]] static SafetyAlert severeInSession();
    /// What to do after a recheck that is still severe: with symptoms, call the emergency
    /// number now; without, contact the clinician today.
    [[nodiscard]] static QString severeRecheckGuidance(bool symptoms);
    /// The warning signs that make a severe reading an emergency, one a line.
    [[nodiscard]] static QStringList emergencySymptoms();
};

} // namespace viparita
