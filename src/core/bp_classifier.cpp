#include <viparita/core/bp_classifier.h>

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("viparita::BpClassifier", text);
}

// Each number is placed on its own, in half-open intervals so that means (129.5) have a
// place too; the higher of the two categories wins.

// ACC/AHA 2017. The diastolic number never gives "elevated".
BpCategory accAhaBySystolic(double systolic)
{
    if (systolic > 180.0)
        return BpCategory::Crisis;
    if (systolic >= 140.0)
        return BpCategory::Stage2;
    if (systolic >= 130.0)
        return BpCategory::Stage1;
    if (systolic >= 120.0)
        return BpCategory::Elevated;
    return BpCategory::Normal;
}

BpCategory accAhaByDiastolic(double diastolic)
{
    if (diastolic > 120.0)
        return BpCategory::Crisis;
    if (diastolic >= 90.0)
        return BpCategory::Stage2;
    if (diastolic >= 80.0)
        return BpCategory::Stage1;
    return BpCategory::Normal;
}

// ESC/ESH 2018.
BpCategory escEshBySystolic(double systolic)
{
    if (systolic >= 180.0)
        return BpCategory::Grade3;
    if (systolic >= 160.0)
        return BpCategory::Grade2;
    if (systolic >= 140.0)
        return BpCategory::Grade1;
    if (systolic >= 130.0)
        return BpCategory::HighNormal;
    if (systolic >= 120.0)
        return BpCategory::EscNormal;
    return BpCategory::Optimal;
}

BpCategory escEshByDiastolic(double diastolic)
{
    if (diastolic >= 110.0)
        return BpCategory::Grade3;
    if (diastolic >= 100.0)
        return BpCategory::Grade2;
    if (diastolic >= 90.0)
        return BpCategory::Grade1;
    if (diastolic >= 85.0)
        return BpCategory::HighNormal;
    if (diastolic >= 80.0)
        return BpCategory::EscNormal;
    return BpCategory::Optimal;
}

BpCategory higher(BpCategory a, BpCategory b)
{
    return BpClassifier::severity(b) > BpClassifier::severity(a) ? b : a;
}

} // namespace

BpCategory BpClassifier::classify(double systolic, double diastolic, Guideline guideline)
{
    if (guideline == Guideline::EscEsh2018)
        return higher(escEshBySystolic(systolic), escEshByDiastolic(diastolic));
    return higher(accAhaBySystolic(systolic), accAhaByDiastolic(diastolic));
}

QList<BpCategory> BpClassifier::categories(Guideline guideline)
{
    if (guideline == Guideline::EscEsh2018) {
        return {BpCategory::Optimal, BpCategory::EscNormal, BpCategory::HighNormal,
                BpCategory::Grade1,  BpCategory::Grade2,    BpCategory::Grade3};
    }
    return {BpCategory::Normal, BpCategory::Elevated, BpCategory::Stage1, BpCategory::Stage2,
            BpCategory::Crisis};
}

int BpClassifier::severity(BpCategory category)
{
    switch (category) {
    case BpCategory::Normal:
    case BpCategory::Optimal:
        return 0;
    case BpCategory::Elevated:
    case BpCategory::EscNormal:
        return 1;
    case BpCategory::Stage1:
    case BpCategory::HighNormal:
        return 2;
    case BpCategory::Stage2:
    case BpCategory::Grade1:
        return 3;
    case BpCategory::Crisis:
    case BpCategory::Grade2:
        return 4;
    case BpCategory::Grade3:
        return 5;
    }
    return 0;
}

QString BpClassifier::name(BpCategory category)
{
    switch (category) {
    case BpCategory::Normal:
        return tr("Normal");
    case BpCategory::Elevated:
        return tr("Elevated");
    case BpCategory::Stage1:
        return tr("Stage 1 hypertension");
    case BpCategory::Stage2:
        return tr("Stage 2 hypertension");
    case BpCategory::Crisis:
        return tr("Hypertensive crisis");
    case BpCategory::Optimal:
        return tr("Optimal");
    case BpCategory::EscNormal:
        return tr("Normal");
    case BpCategory::HighNormal:
        return tr("High normal");
    case BpCategory::Grade1:
        return tr("Grade 1 hypertension");
    case BpCategory::Grade2:
        return tr("Grade 2 hypertension");
    case BpCategory::Grade3:
        return tr("Grade 3 hypertension");
    }
    return {};
}

QString BpClassifier::key(BpCategory category)
{
    switch (category) {
    case BpCategory::Normal:
    case BpCategory::EscNormal:
        return u"normal"_s;
    case BpCategory::Elevated:
        return u"elevated"_s;
    case BpCategory::Stage1:
        return u"stage_1"_s;
    case BpCategory::Stage2:
        return u"stage_2"_s;
    case BpCategory::Crisis:
        return u"crisis"_s;
    case BpCategory::Optimal:
        return u"optimal"_s;
    case BpCategory::HighNormal:
        return u"high_normal"_s;
    case BpCategory::Grade1:
        return u"grade_1"_s;
    case BpCategory::Grade2:
        return u"grade_2"_s;
    case BpCategory::Grade3:
        return u"grade_3"_s;
    }
    return {};
}

QString BpClassifier::guidelineName(Guideline guideline)
{
    return guideline == Guideline::EscEsh2018 ? tr("ESC/ESH 2018") : tr("ACC/AHA 2017");
}

QString BpClassifier::guidelineKey(Guideline guideline)
{
    return guideline == Guideline::EscEsh2018 ? u"esh"_s : u"aha"_s;
}

std::optional<Guideline> BpClassifier::guidelineFromKey(const QString &key)
{
    for (const auto guideline : {Guideline::AccAha2017, Guideline::EscEsh2018}) {
        if (key == guidelineKey(guideline))
            return guideline;
    }
    return std::nullopt;
}

bool BpClassifier::isHomeHypertension(double systolic, double diastolic)
{
    return systolic >= homeSystolicThreshold || diastolic >= homeDiastolicThreshold;
}

} // namespace viparita
