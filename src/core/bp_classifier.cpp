#include <viparita/core/bp_classifier.h>

#include <viparita/core/key_table.h>

#include <QCoreApplication>

#include <limits>
#include <span>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

struct BpClassifierText {
    Q_DECLARE_TR_FUNCTIONS(viparita::BpClassifier)
};

/// Where a category begins on one number's scale: from `at` on (or above `at`, for the one
/// edge a guideline draws as "above"), until the next edge.
struct Edge {
    double at;
    BpCategory category;
    bool above = false;
};

constexpr double lowest = -std::numeric_limits<double>::infinity();

using enum BpCategory;

// Office, AHA/ACC 2025 (the categories of 2017). The diastolic number never gives
// "elevated"; severe is above 180 or above 120.
constexpr Edge ahaSystolic[]{
    {lowest, Normal}, {120, Elevated}, {130, Stage1}, {140, Stage2}, {180, Severe, true}};
constexpr Edge ahaDiastolic[]{{lowest, Normal}, {80, Stage1}, {90, Stage2}, {120, Severe, true}};
// Office, ESC 2024.
constexpr Edge escSystolic[]{{lowest, NonElevated}, {120, EscElevated}, {140, Hypertension}};
constexpr Edge escDiastolic[]{{lowest, NonElevated}, {70, EscElevated}, {90, Hypertension}};
// Office, ESH 2023 (the grades of 2018).
constexpr Edge eshSystolic[]{{lowest, Optimal}, {120, EshNormal}, {130, HighNormal},
                             {140, Grade1},     {160, Grade2},    {180, Grade3}};
constexpr Edge eshDiastolic[]{{lowest, Optimal}, {80, EshNormal}, {85, HighNormal},
                              {90, Grade1},      {100, Grade2},   {110, Grade3}};
// Home, AHA/ACC 2025's table of home equivalents: 130/80 stays 130/80, 140/90 is 135/85.
constexpr Edge ahaHomeSystolic[]{{lowest, Normal}, {120, Elevated}, {130, Stage1}, {135, Stage2}};
constexpr Edge ahaHomeDiastolic[]{{lowest, Normal}, {80, Stage1}, {85, Stage2}};
// Home, ESC 2024.
constexpr Edge escHomeSystolic[]{{lowest, NonElevated}, {120, EscElevated}, {135, Hypertension}};
constexpr Edge escHomeDiastolic[]{{lowest, NonElevated}, {70, EscElevated}, {85, Hypertension}};
// Home, ESH 2023: one threshold.
constexpr Edge eshHomeSystolic[]{{lowest, BelowHomeThreshold}, {135, HomeHypertension}};
constexpr Edge eshHomeDiastolic[]{{lowest, BelowHomeThreshold}, {85, HomeHypertension}};

struct Scales {
    std::span<const Edge> systolic, diastolic;
};

Scales officeScales(Guideline guideline)
{
    switch (guideline) {
    case Guideline::Esc2024:
        return {escSystolic, escDiastolic};
    case Guideline::Esh2023:
        return {eshSystolic, eshDiastolic};
    case Guideline::Aha2025:
        break;
    }
    return {ahaSystolic, ahaDiastolic};
}

Scales homeScales(Guideline guideline)
{
    switch (guideline) {
    case Guideline::Esc2024:
        return {escHomeSystolic, escHomeDiastolic};
    case Guideline::Esh2023:
        return {eshHomeSystolic, eshHomeDiastolic};
    case Guideline::Aha2025:
        break;
    }
    return {ahaHomeSystolic, ahaHomeDiastolic};
}

/// The category of `value` on `scale`; Low under `low`.
BpCategory place(double value, std::span<const Edge> scale, double low)
{
    if (value < low)
        return Low;
    BpCategory category = scale.front().category;
    for (const Edge &edge : scale) {
        if (edge.above ? value > edge.at : value >= edge.at)
            category = edge.category;
    }
    return category;
}

/// The higher of the two numbers' categories; Low only where neither number is above the
/// lowest category.
BpCategory combine(double systolic, double diastolic, const Scales &scales)
{
    const BpCategory bySystolic = place(systolic, scales.systolic, BpClassifier::lowSystolic);
    const BpCategory byDiastolic = place(diastolic, scales.diastolic, BpClassifier::lowDiastolic);
    const BpCategory floor = scales.systolic.front().category;
    const auto rank = [floor](BpCategory category) {
        // Low ranks with the lowest category: it wins only over it.
        return category == Low ? BpClassifier::severity(floor) : BpClassifier::severity(category);
    };
    if (rank(bySystolic) != rank(byDiastolic))
        return rank(bySystolic) > rank(byDiastolic) ? bySystolic : byDiastolic;
    return bySystolic == Low || byDiastolic == Low ? Low : bySystolic;
}

QList<BpCategory> withLow(const Scales &scales)
{
    QList<BpCategory> categories{Low};
    for (const Edge &edge : scales.systolic) {
        if (!categories.contains(edge.category))
            categories.append(edge.category);
    }
    return categories;
}

constexpr KeyTable<Guideline, 5> guidelineKeys{{{{Guideline::Aha2025, u"aha2025"},
                                                 {Guideline::Esc2024, u"esc2024"},
                                                 {Guideline::Esh2023, u"esh2023"},
                                                 // The keys of the guidelines these replaced.
                                                 {Guideline::Aha2025, u"aha"},
                                                 {Guideline::Esh2023, u"esh"}}}};

constexpr KeyTable<BpCategory, 18> categoryKeys{{{{Low, u"low"},
                                                  {Normal, u"normal"},
                                                  {Elevated, u"elevated"},
                                                  {Stage1, u"stage_1"},
                                                  {Stage2, u"stage_2"},
                                                  {Severe, u"severe"},
                                                  {NonElevated, u"non_elevated"},
                                                  {EscElevated, u"elevated"},
                                                  {Hypertension, u"hypertension"},
                                                  {Optimal, u"optimal"},
                                                  {EshNormal, u"normal"},
                                                  {HighNormal, u"high_normal"},
                                                  {Grade1, u"grade_1"},
                                                  {Grade2, u"grade_2"},
                                                  {Grade3, u"grade_3"},
                                                  {BelowHomeThreshold, u"below_threshold"},
                                                  {HomeHypertension, u"hypertension"},
                                                  // The key of severe before 2025.
                                                  {Severe, u"crisis"}}}};

} // namespace

BpCategory BpClassifier::classify(double systolic, double diastolic, Guideline guideline)
{
    return combine(systolic, diastolic, officeScales(guideline));
}

BpCategory BpClassifier::classifyHome(double systolic, double diastolic, Guideline guideline)
{
    return combine(systolic, diastolic, homeScales(guideline));
}

BpCategory BpClassifier::bySystolic(double systolic, Guideline guideline)
{
    return place(systolic, officeScales(guideline).systolic, lowSystolic);
}

BpCategory BpClassifier::byDiastolic(double diastolic, Guideline guideline)
{
    return place(diastolic, officeScales(guideline).diastolic, lowDiastolic);
}

namespace {

double firstHypertension(std::span<const Edge> scale)
{
    for (const Edge &edge : scale) {
        if (BpClassifier::isHypertension(edge.category))
            return edge.at;
    }
    return scale.back().at;
}

} // namespace

double BpClassifier::homeHypertensionSystolic(Guideline guideline)
{
    return firstHypertension(homeScales(guideline).systolic);
}

double BpClassifier::homeHypertensionDiastolic(Guideline guideline)
{
    return firstHypertension(homeScales(guideline).diastolic);
}

QList<BpCategory> BpClassifier::categories(Guideline guideline)
{
    return withLow(officeScales(guideline));
}

QList<BpCategory> BpClassifier::homeCategories(Guideline guideline)
{
    return withLow(homeScales(guideline));
}

int BpClassifier::severity(BpCategory category)
{
    switch (category) {
    case Low:
        return 0;
    case Normal:
    case NonElevated:
    case Optimal:
    case BelowHomeThreshold:
        return 1;
    case Elevated:
    case EscElevated:
    case EshNormal:
    case HomeHypertension:
        return 2;
    case Stage1:
    case Hypertension:
    case HighNormal:
        return 3;
    case Stage2:
    case Grade1:
        return 4;
    case Severe:
    case Grade2:
        return 5;
    case Grade3:
        return 6;
    }
    return 0;
}

bool BpClassifier::isHypertension(BpCategory category)
{
    switch (category) {
    case Stage1:
    case Stage2:
    case Severe:
    case Hypertension:
    case Grade1:
    case Grade2:
    case Grade3:
    case HomeHypertension:
        return true;
    default:
        return false;
    }
}

bool BpClassifier::isSevere(double systolic, double diastolic, Guideline guideline)
{
    if (guideline == Guideline::Aha2025)
        return systolic > 180.0 || diastolic > 120.0;
    return systolic >= 180.0 || diastolic >= 110.0;
}

bool BpClassifier::isIsolatedSystolic(double systolic, double diastolic, Guideline guideline)
{
    return guideline == Guideline::Esh2023 && systolic >= 140.0 && diastolic < 90.0;
}

const char *BpClassifier::englishName(BpCategory category)
{
    switch (category) {
    case Low:
        return QT_TRANSLATE_NOOP("viparita::BpClassifier", "Low");
    case Normal:
    case EshNormal:
        return QT_TRANSLATE_NOOP("viparita::BpClassifier", "Normal");
    case Elevated:
    case EscElevated:
        return QT_TRANSLATE_NOOP("viparita::BpClassifier", "Elevated");
    case Stage1:
        return QT_TRANSLATE_NOOP("viparita::BpClassifier", "Stage 1 hypertension");
    case Stage2:
        return QT_TRANSLATE_NOOP("viparita::BpClassifier", "Stage 2 hypertension");
    case Severe:
        return QT_TRANSLATE_NOOP("viparita::BpClassifier", "Severe hypertension");
    case NonElevated:
        return QT_TRANSLATE_NOOP("viparita::BpClassifier", "Non-elevated");
    case Hypertension:
    case HomeHypertension:
        return QT_TRANSLATE_NOOP("viparita::BpClassifier", "Hypertension");
    case Optimal:
        return QT_TRANSLATE_NOOP("viparita::BpClassifier", "Optimal");
    case HighNormal:
        return QT_TRANSLATE_NOOP("viparita::BpClassifier", "High normal");
    case Grade1:
        return QT_TRANSLATE_NOOP("viparita::BpClassifier", "Grade 1 hypertension");
    case Grade2:
        return QT_TRANSLATE_NOOP("viparita::BpClassifier", "Grade 2 hypertension");
    case Grade3:
        return QT_TRANSLATE_NOOP("viparita::BpClassifier", "Grade 3 hypertension");
    case BelowHomeThreshold:
        return QT_TRANSLATE_NOOP("viparita::BpClassifier", "Below the home threshold");
    }
    return "";
}

QString BpClassifier::name(BpCategory category)
{
    return BpClassifierText::tr(englishName(category));
}

QString BpClassifier::label(double systolic, double diastolic, Guideline guideline)
{
    const QString category = name(classify(systolic, diastolic, guideline));
    if (isIsolatedSystolic(systolic, diastolic, guideline))
        return BpClassifierText::tr("%1 (isolated systolic)").arg(category);
    return category;
}

QString BpClassifier::key(BpCategory category)
{
    return categoryKeys.key(category);
}

QString BpClassifier::guidelineName(Guideline guideline)
{
    switch (guideline) {
    case Guideline::Esc2024:
        return BpClassifierText::tr("ESC 2024");
    case Guideline::Esh2023:
        return BpClassifierText::tr("ESH 2023");
    case Guideline::Aha2025:
        break;
    }
    return BpClassifierText::tr("AHA/ACC 2025");
}

QString BpClassifier::guidelineCitation(Guideline guideline)
{
    switch (guideline) {
    case Guideline::Esc2024:
        return u"McEvoy JW et al. 2024 ESC Guidelines for the management of elevated blood "
               "pressure and hypertension. Eur Heart J 2024;45:3912-4018."_s;
    case Guideline::Esh2023:
        return u"Mancia G et al. 2023 ESH Guidelines for the management of arterial "
               "hypertension. J Hypertens 2023;41:1874-2071."_s;
    case Guideline::Aha2025:
        break;
    }
    return u"Jones DW et al. 2025 AHA/ACC guideline for the prevention, detection, evaluation "
           "and management of high blood pressure in adults. Hypertension 2025;82:e212-e316."_s;
}

QString BpClassifier::guidelineKey(Guideline guideline)
{
    return guidelineKeys.key(guideline);
}

std::optional<Guideline> BpClassifier::guidelineFromKey(const QString &key)
{
    return guidelineKeys.value(key);
}

QList<Guideline> BpClassifier::guidelines()
{
    return {Guideline::Aha2025, Guideline::Esc2024, Guideline::Esh2023};
}

} // namespace viparita
