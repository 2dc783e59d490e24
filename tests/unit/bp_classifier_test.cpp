#include <viparita/core/bp_classifier.h>

#include "catch_qt.h"

#include <QSet>

#include <vector>

using namespace Qt::Literals::StringLiterals;
using viparita::BpCategory;
using viparita::BpClassifier;
using viparita::Guideline;

namespace Catch {

template <>
struct StringMaker<BpCategory> {
    static std::string convert(BpCategory value)
    {
        return BpClassifier::name(value).toStdString() + " (" +
               BpClassifier::key(value).toStdString() + ")";
    }
};

} // namespace Catch

TEST_CASE("blood pressures at every category edge are classified by both guidelines")
{
    struct Case {
        double systolic;
        double diastolic;
        BpCategory accAha;
        BpCategory escEsh;
    };
    using enum BpCategory;
    const std::vector<Case> cases{
        {119, 79, Normal, Optimal},
        {100, 60, Normal, Optimal},
        {90, 50, Normal, Optimal},
        {120, 79, Elevated, EscNormal},
        {125, 70, Elevated, EscNormal},
        {129, 79, Elevated, EscNormal},
        {119, 80, Stage1, EscNormal},
        {110, 84, Stage1, EscNormal},
        {130, 79, Stage1, HighNormal},
        {139, 79, Stage1, HighNormal},
        {139, 89, Stage1, HighNormal},
        {110, 85, Stage1, HighNormal},
        {110, 89, Stage1, HighNormal},
        {125, 85, Stage1, HighNormal},
        {140, 79, Stage2, Grade1},
        {140, 90, Stage2, Grade1},
        {110, 90, Stage2, Grade1},
        {135, 95, Stage2, Grade1},
        {159, 99, Stage2, Grade1},
        {110, 99, Stage2, Grade1},
        {160, 99, Stage2, Grade2},
        {159, 100, Stage2, Grade2},
        {110, 100, Stage2, Grade2},
        {160, 100, Stage2, Grade2},
        {165, 85, Stage2, Grade2},
        {179, 109, Stage2, Grade2},
        {110, 109, Stage2, Grade2},
        {180, 109, Stage2, Grade3},
        {179, 110, Stage2, Grade3},
        {110, 110, Stage2, Grade3},
        {180, 110, Stage2, Grade3},
        {180, 120, Stage2, Grade3},
        {110, 120, Stage2, Grade3},
        {181, 80, Crisis, Grade3},
        {181, 79, Crisis, Grade3},
        {120, 121, Crisis, Grade3},
        {110, 121, Crisis, Grade3},
        {185, 125, Crisis, Grade3},
        {200, 130, Crisis, Grade3},
        // Means of several readings.
        {119.5, 79.5, Normal, Optimal},
        {119.99, 79.99, Normal, Optimal},
        {129.5, 79.5, Elevated, EscNormal},
        {129.99, 84.99, Stage1, EscNormal},
        {139.5, 89.5, Stage1, HighNormal},
        {159.5, 99.5, Stage2, Grade1},
        {179.5, 109.5, Stage2, Grade2},
        {180.5, 100, Crisis, Grade3},
        {180.0001, 90, Crisis, Grade3},
        {120.5, 120.5, Crisis, Grade3},
    };
    REQUIRE(cases.size() >= 40);
    for (const Case &c : cases) {
        INFO(c.systolic << "/" << c.diastolic);
        CHECK(BpClassifier::classify(c.systolic, c.diastolic, Guideline::AccAha2017) == c.accAha);
        CHECK(BpClassifier::classify(c.systolic, c.diastolic, Guideline::EscEsh2018) == c.escEsh);
    }
}

TEST_CASE("the higher of the two numbers wins, whichever it is")
{
    // A high systolic with a low diastolic, and the other way round.
    CHECK(BpClassifier::classify(150, 70, Guideline::AccAha2017) == BpCategory::Stage2);
    CHECK(BpClassifier::classify(115, 95, Guideline::AccAha2017) == BpCategory::Stage2);
    CHECK(BpClassifier::classify(170, 70, Guideline::EscEsh2018) == BpCategory::Grade2);
    CHECK(BpClassifier::classify(115, 105, Guideline::EscEsh2018) == BpCategory::Grade2);
}

TEST_CASE("each guideline lists its categories lowest first, with rising severity")
{
    using enum BpCategory;
    CHECK(BpClassifier::categories(Guideline::AccAha2017) ==
          QList<BpCategory>{Normal, Elevated, Stage1, Stage2, Crisis});
    CHECK(BpClassifier::categories(Guideline::EscEsh2018) ==
          QList<BpCategory>{Optimal, EscNormal, HighNormal, Grade1, Grade2, Grade3});
    for (const auto guideline : {Guideline::AccAha2017, Guideline::EscEsh2018}) {
        const auto categories = BpClassifier::categories(guideline);
        for (qsizetype i = 0; i < categories.size(); ++i)
            CHECK(BpClassifier::severity(categories[i]) == i);
    }
}

TEST_CASE("categories have names and keys that are unique within their guideline")
{
    QStringList accAhaNames;
    QStringList accAhaKeys;
    for (const auto category : BpClassifier::categories(Guideline::AccAha2017)) {
        accAhaNames.append(BpClassifier::name(category));
        accAhaKeys.append(BpClassifier::key(category));
    }
    CHECK(accAhaNames == QStringList{u"Normal"_s, u"Elevated"_s, u"Stage 1 hypertension"_s,
                                     u"Stage 2 hypertension"_s, u"Hypertensive crisis"_s});
    CHECK(accAhaKeys ==
          QStringList{u"normal"_s, u"elevated"_s, u"stage_1"_s, u"stage_2"_s, u"crisis"_s});

    QStringList escEshNames;
    QStringList escEshKeys;
    for (const auto category : BpClassifier::categories(Guideline::EscEsh2018)) {
        escEshNames.append(BpClassifier::name(category));
        escEshKeys.append(BpClassifier::key(category));
    }
    CHECK(escEshNames == QStringList{u"Optimal"_s, u"Normal"_s, u"High normal"_s,
                                     u"Grade 1 hypertension"_s, u"Grade 2 hypertension"_s,
                                     u"Grade 3 hypertension"_s});
    CHECK(escEshKeys == QStringList{u"optimal"_s, u"normal"_s, u"high_normal"_s, u"grade_1"_s,
                                    u"grade_2"_s, u"grade_3"_s});
    CHECK(QSet<QString>(escEshKeys.begin(), escEshKeys.end()).size() == escEshKeys.size());
    CHECK(QSet<QString>(accAhaKeys.begin(), accAhaKeys.end()).size() == accAhaKeys.size());
}

TEST_CASE("guidelines have names and keys, and are found by their keys only")
{
    CHECK(BpClassifier::guidelineName(Guideline::AccAha2017) == u"ACC/AHA 2017"_s);
    CHECK(BpClassifier::guidelineName(Guideline::EscEsh2018) == u"ESC/ESH 2018"_s);
    CHECK(BpClassifier::guidelineKey(Guideline::AccAha2017) == u"aha"_s);
    CHECK(BpClassifier::guidelineKey(Guideline::EscEsh2018) == u"esh"_s);
    CHECK(BpClassifier::guidelineFromKey(u"aha"_s) == Guideline::AccAha2017);
    CHECK(BpClassifier::guidelineFromKey(u"esh"_s) == Guideline::EscEsh2018);
    for (const QString &key : {u""_s, u"AHA"_s, u"acc"_s, u"esc"_s, u" esh"_s, u"ACC/AHA 2017"_s})
        CHECK_FALSE(BpClassifier::guidelineFromKey(key).has_value());
}

TEST_CASE("home hypertension begins at a mean of 135 systolic or 85 diastolic")
{
    CHECK(BpClassifier::homeSystolicThreshold == 135.0);
    CHECK(BpClassifier::homeDiastolicThreshold == 85.0);
    CHECK_FALSE(BpClassifier::isHomeHypertension(134, 84));
    CHECK_FALSE(BpClassifier::isHomeHypertension(134.9, 84.9));
    CHECK(BpClassifier::isHomeHypertension(135, 84));
    CHECK(BpClassifier::isHomeHypertension(134, 85));
    CHECK(BpClassifier::isHomeHypertension(150, 95));
    CHECK_FALSE(BpClassifier::isHomeHypertension(120, 70));
}
