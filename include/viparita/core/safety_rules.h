#pragma once

#include <viparita/core/measurement.h>

#include <QList>
#include <QString>

#include <optional>

namespace viparita {

enum class SafetyFlag {
    Crisis,          ///< systolic > 180 or diastolic > 120
    Low,             ///< systolic < 90 or diastolic < 60
    SignificantDrop, ///< fell by >= 20 systolic or >= 10 diastolic since before the session
};

/// What the app shows when a flag applies.
struct SafetyAlert {
    SafetyFlag flag = SafetyFlag::Crisis;
    QString title;    ///< short: "Very high blood pressure"
    QString guidance; ///< what to do, in plain calm words

    friend bool operator==(const SafetyAlert &, const SafetyAlert &) = default;
};

/// The safety thresholds of a blood pressure, the one source of them for the app, the CLI
/// and the reports (docs/blood-pressure-rules.md).
class SafetyRules final {
public:
    static constexpr double lowSystolic = 90.0, lowDiastolic = 60.0;
    static constexpr double dropSystolic = 20.0, dropDiastolic = 10.0;

    /// Systolic above 180 or diastolic above 120: the ACC/AHA hypertensive crisis.
    [[nodiscard]] static bool isCrisis(double systolic, double diastolic);
    /// Systolic below 90 or diastolic below 60.
    [[nodiscard]] static bool isLow(double systolic, double diastolic);
    /// After minus before: systolic fell by 20 or more, or diastolic by 10 or more.
    [[nodiscard]] static bool isSignificantDrop(const Measurement &before,
                                                const Measurement &after);
    /// Every flag that applies to `measurement`, in the order Crisis, Low, SignificantDrop.
    /// The drop is checked only when `before` is given and `measurement` was taken during or
    /// after a session.
    [[nodiscard]] static QList<SafetyAlert>
    check(const Measurement &measurement, const std::optional<Measurement> &before = std::nullopt);
    /// The title and guidance of a flag.
    [[nodiscard]] static SafetyAlert alert(SafetyFlag flag);
};

} // namespace viparita
