#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace viparita {

/// The guideline whose categories a blood pressure is placed in.
enum class Guideline {
    AccAha2017, ///< 2017 ACC/AHA guideline for high blood pressure in adults
    EscEsh2018, ///< 2018 ESC/ESH guidelines for the management of arterial hypertension
};

enum class BpCategory {
    // ACC/AHA 2017
    Normal,
    Elevated,
    Stage1,
    Stage2,
    Crisis,
    // ESC/ESH 2018
    Optimal,
    EscNormal,
    HighNormal,
    Grade1,
    Grade2,
    Grade3,
};

/// Places a blood pressure (one reading or a mean) in the categories of a guideline
/// (docs/blood-pressure-rules.md).
class BpClassifier final {
public:
    /// The higher category of the two numbers wins. Works on means too (e.g. 129.5):
    /// each category is a half-open interval of mmHg.
    [[nodiscard]] static BpCategory classify(double systolic, double diastolic,
                                             Guideline guideline);
    /// The categories of a guideline, lowest first.
    [[nodiscard]] static QList<BpCategory> categories(Guideline guideline);
    /// 0 for the lowest category of its guideline, then 1, 2, ...
    [[nodiscard]] static int severity(BpCategory category);
    /// The translated name: "Stage 1 hypertension", "High normal", "Hypertensive crisis", ...
    [[nodiscard]] static QString name(BpCategory category);
    /// A stable snake_case id, unique within its guideline: "normal", "elevated", "stage_1",
    /// "stage_2", "crisis" (ACC/AHA); "optimal", "normal", "high_normal", "grade_1",
    /// "grade_2", "grade_3" (ESC/ESH).
    [[nodiscard]] static QString key(BpCategory category);
    /// "ACC/AHA 2017", "ESC/ESH 2018"
    [[nodiscard]] static QString guidelineName(Guideline guideline);
    /// "aha", "esh"
    [[nodiscard]] static QString guidelineKey(Guideline guideline);
    /// The guideline of a key from guidelineKey(); nothing for any other text.
    [[nodiscard]] static std::optional<Guideline> guidelineFromKey(const QString &key);

    /// Home (out-of-office) hypertension threshold of the ESH protocol: mean >= 135 systolic
    /// or >= 85 diastolic.
    static constexpr double homeSystolicThreshold = 135.0, homeDiastolicThreshold = 85.0;
    [[nodiscard]] static bool isHomeHypertension(double systolic, double diastolic);
};

} // namespace viparita
