#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace viparita {

/// The guideline whose categories a blood pressure is placed in (docs/blood-pressure-rules.md).
enum class Guideline {
    Aha2025, ///< the 2025 AHA/ACC guideline for high blood pressure in adults (the default)
    Esc2024, ///< the 2024 ESC guidelines for elevated blood pressure and hypertension
    Esh2023, ///< the 2023 ESH guidelines for arterial hypertension
};

enum class BpCategory {
    /// Below every guideline's lowest category: systolic under 90 or diastolic under 60.
    Low,
    // AHA/ACC 2025 (office, and the same names for its home equivalents)
    Normal,
    Elevated,
    Stage1,
    Stage2,
    Severe, ///< above 180 and/or above 120
    // ESC 2024
    NonElevated,
    EscElevated,
    Hypertension,
    // ESH 2023
    Optimal,
    EshNormal,
    HighNormal,
    Grade1,
    Grade2,
    Grade3,
    // ESH 2023, home readings
    BelowHomeThreshold,
    HomeHypertension,
};

/// Places a blood pressure (one reading or a mean) in the categories of a guideline, office
/// or home, and knows the guidelines' names, keys and severe range.
///
/// Each number is placed on its own in half-open intervals (so that means such as 129.5 have
/// a place), and the higher category of the two wins. Low sits under the lowest category:
/// a reading is Low when either number is low and neither is above the guideline's lowest
/// category (so 115/55 is Low, 135/55 is stage 1).
class BpClassifier final {
public:
    static constexpr double lowSystolic = 90.0, lowDiastolic = 60.0;

    /// The office category.
    [[nodiscard]] static BpCategory classify(double systolic, double diastolic,
                                             Guideline guideline);
    /// The category of a home reading, or of a home average, by the guideline's home
    /// thresholds.
    [[nodiscard]] static BpCategory classifyHome(double systolic, double diastolic,
                                                 Guideline guideline);
    /// The category of the systolic number alone (office), Low under 90.
    [[nodiscard]] static BpCategory bySystolic(double systolic, Guideline guideline);
    /// The category of the diastolic number alone (office), Low under 60.
    [[nodiscard]] static BpCategory byDiastolic(double diastolic, Guideline guideline);

    /// Where the guideline's first home category of high blood pressure begins: 130/80 for
    /// AHA/ACC 2025 (home stage 1), 135/85 for ESC 2024 and ESH 2023.
    [[nodiscard]] static double homeHypertensionSystolic(Guideline guideline);
    [[nodiscard]] static double homeHypertensionDiastolic(Guideline guideline);

    /// The office categories of a guideline, Low first, then lowest to highest.
    [[nodiscard]] static QList<BpCategory> categories(Guideline guideline);
    /// The home categories of a guideline, Low first.
    [[nodiscard]] static QList<BpCategory> homeCategories(Guideline guideline);
    /// 0 for Low, then 1, 2, ... in the order of its guideline's list.
    [[nodiscard]] static int severity(BpCategory category);
    /// A category of high blood pressure: stage 1 and up, hypertension, grade 1 and up.
    [[nodiscard]] static bool isHypertension(BpCategory category);

    /// In the guideline's severe range: above 180 and/or above 120 (AHA/ACC); 180 and/or 110
    /// or more (ESC, ESH: their grade 3).
    [[nodiscard]] static bool isSevere(double systolic, double diastolic, Guideline guideline);
    /// ESH 2023's isolated systolic hypertension: 140 or more with under 90, graded by the
    /// systolic value. Never under the other guidelines.
    [[nodiscard]] static bool isIsolatedSystolic(double systolic, double diastolic,
                                                 Guideline guideline);

    /// The translated name: "Stage 1 hypertension", "High normal", "Low", ...
    [[nodiscard]] static QString name(BpCategory category);
    /// The name in English whatever the language, for files read by programs.
    [[nodiscard]] static const char *englishName(BpCategory category);
    /// The name of a pressure's category, marked when ESH's isolated systolic hypertension:
    /// "Grade 1 hypertension (isolated systolic)".
    [[nodiscard]] static QString label(double systolic, double diastolic, Guideline guideline);
    /// A stable snake_case id, unique within its guideline: "low"; "normal", "elevated",
    /// "stage_1", "stage_2", "severe" (AHA/ACC); "non_elevated", "elevated", "hypertension"
    /// (ESC); "optimal", "normal", "high_normal", "grade_1", "grade_2", "grade_3" (ESH),
    /// "below_threshold", "hypertension" (ESH at home).
    [[nodiscard]] static QString key(BpCategory category);

    /// "AHA/ACC 2025", "ESC 2024", "ESH 2023".
    [[nodiscard]] static QString guidelineName(Guideline guideline);
    /// The guideline's publication, for docs and reports.
    [[nodiscard]] static QString guidelineCitation(Guideline guideline);
    /// "aha2025", "esc2024", "esh2023".
    [[nodiscard]] static QString guidelineKey(Guideline guideline);
    /// The guideline of a key; the keys of earlier versions, "aha" and "esh", name the
    /// guidelines that replaced theirs. Nothing for any other text.
    [[nodiscard]] static std::optional<Guideline> guidelineFromKey(const QString &key);
    /// Every guideline, the default first.
    [[nodiscard]] static QList<Guideline> guidelines();
};

} // namespace viparita
