// Every edge of every guideline's table, each side of each cut-off, for systolic and for
// diastolic, the higher-wins rule, Low under each guideline's lowest category, the severe
// range, ESH's isolated systolic hypertension, and the home thresholds
// (docs/blood-pressure-rules.md).
#include <viparita/core/bp_classifier.h>

#include "bp_edge_table.h"
#include "catch_qt.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;
using viparita::BpCategory;
using viparita::BpClassifier;
using viparita::Guideline;
using viparita::test::EdgeCase;

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

TEST_CASE("every office edge of every guideline, each side of it")
{
    for (const Guideline guideline : BpClassifier::guidelines()) {
        const QList<EdgeCase> cases = viparita::test::officeEdges(guideline);
        REQUIRE(cases.size() >= 20);
        for (const EdgeCase &c : cases) {
            INFO(BpClassifier::guidelineKey(guideline).toStdString()
                 << " " << c.systolic << "/" << c.diastolic);
            CHECK(BpClassifier::classify(c.systolic, c.diastolic, guideline) == c.category);
            CHECK(BpClassifier::isSevere(c.systolic, c.diastolic, guideline) == c.severe);
        }
    }
}

TEST_CASE("every home edge of every guideline, each side of it")
{
    for (const Guideline guideline : BpClassifier::guidelines()) {
        const QList<EdgeCase> cases = viparita::test::homeEdges(guideline);
        REQUIRE(cases.size() >= 8);
        for (const EdgeCase &c : cases) {
            INFO(BpClassifier::guidelineKey(guideline).toStdString()
                 << " home " << c.systolic << "/" << c.diastolic);
            CHECK(BpClassifier::classifyHome(c.systolic, c.diastolic, guideline) == c.category);
        }
    }
    CHECK(BpClassifier::homeHypertensionSystolic(Guideline::Aha2025) == 130.0);
    CHECK(BpClassifier::homeHypertensionDiastolic(Guideline::Aha2025) == 80.0);
    for (const Guideline guideline : {Guideline::Esc2024, Guideline::Esh2023}) {
        CHECK(BpClassifier::homeHypertensionSystolic(guideline) == 135.0);
        CHECK(BpClassifier::homeHypertensionDiastolic(guideline) == 85.0);
    }
}

TEST_CASE("Low is under the lowest category, and any higher category wins over it")
{
    for (const Guideline guideline : BpClassifier::guidelines()) {
        INFO(BpClassifier::guidelineKey(guideline).toStdString());
        CHECK(BpClassifier::classify(85, 55, guideline) == BpCategory::Low);
        CHECK(BpClassifier::classify(89.99, 65, guideline) == BpCategory::Low);
        CHECK(BpClassifier::classify(110, 59.99, guideline) == BpCategory::Low);
        CHECK(BpClassifier::classify(90, 60, guideline) != BpCategory::Low);
        // A high systolic with a low diastolic is that high category, not Low.
        CHECK(BpClassifier::classify(150, 55, guideline) != BpCategory::Low);
        CHECK(BpClassifier::isHypertension(BpClassifier::classify(150, 55, guideline)));
        CHECK(BpClassifier::bySystolic(89, guideline) == BpCategory::Low);
        CHECK(BpClassifier::byDiastolic(59, guideline) == BpCategory::Low);
        CHECK(BpClassifier::classifyHome(85, 55, guideline) == BpCategory::Low);
    }
}

TEST_CASE("ESH 2023 marks isolated systolic hypertension, graded by the systolic value")
{
    CHECK(BpClassifier::isIsolatedSystolic(140, 89, Guideline::Esh2023));
    CHECK(BpClassifier::isIsolatedSystolic(185, 70, Guideline::Esh2023));
    CHECK_FALSE(BpClassifier::isIsolatedSystolic(140, 90, Guideline::Esh2023));
    CHECK_FALSE(BpClassifier::isIsolatedSystolic(139.99, 70, Guideline::Esh2023));
    CHECK_FALSE(BpClassifier::isIsolatedSystolic(150, 70, Guideline::Aha2025));
    CHECK_FALSE(BpClassifier::isIsolatedSystolic(150, 70, Guideline::Esc2024));
    CHECK(BpClassifier::label(165, 85, Guideline::Esh2023) ==
          u"Grade 2 hypertension (isolated systolic)"_s);
    CHECK(BpClassifier::label(165, 95, Guideline::Esh2023) == u"Grade 2 hypertension"_s);
    CHECK(BpClassifier::label(165, 85, Guideline::Aha2025) == u"Stage 2 hypertension"_s);
}

TEST_CASE("each guideline lists Low first, then its categories with rising severity")
{
    using enum BpCategory;
    CHECK(BpClassifier::categories(Guideline::Aha2025) ==
          QList<BpCategory>{Low, Normal, Elevated, Stage1, Stage2, Severe});
    CHECK(BpClassifier::categories(Guideline::Esc2024) ==
          QList<BpCategory>{Low, NonElevated, EscElevated, Hypertension});
    CHECK(BpClassifier::categories(Guideline::Esh2023) ==
          QList<BpCategory>{Low, Optimal, EshNormal, HighNormal, Grade1, Grade2, Grade3});
    CHECK(BpClassifier::homeCategories(Guideline::Aha2025) ==
          QList<BpCategory>{Low, Normal, Elevated, Stage1, Stage2});
    CHECK(BpClassifier::homeCategories(Guideline::Esc2024) ==
          QList<BpCategory>{Low, NonElevated, EscElevated, Hypertension});
    CHECK(BpClassifier::homeCategories(Guideline::Esh2023) ==
          QList<BpCategory>{Low, BelowHomeThreshold, HomeHypertension});
    for (const Guideline guideline : BpClassifier::guidelines()) {
        for (const auto &list :
             {BpClassifier::categories(guideline), BpClassifier::homeCategories(guideline)}) {
            for (qsizetype i = 0; i < list.size(); ++i)
                CHECK(BpClassifier::severity(list[i]) == i);
        }
    }
}

TEST_CASE("categories have names, and keys unique within their guideline")
{
    const auto namesAndKeys = [](const QList<BpCategory> &categories) {
        QStringList names;
        QStringList keys;
        for (const BpCategory category : categories) {
            names.append(BpClassifier::name(category));
            keys.append(BpClassifier::key(category));
        }
        CHECK(QSet<QString>(keys.begin(), keys.end()).size() == keys.size());
        return std::pair{names, keys};
    };
    const auto [ahaNames, ahaKeys] = namesAndKeys(BpClassifier::categories(Guideline::Aha2025));
    CHECK(ahaNames == QStringList{u"Low"_s, u"Normal"_s, u"Elevated"_s, u"Stage 1 hypertension"_s,
                                  u"Stage 2 hypertension"_s, u"Severe hypertension"_s});
    CHECK(ahaKeys == QStringList{u"low"_s, u"normal"_s, u"elevated"_s, u"stage_1"_s, u"stage_2"_s,
                                 u"severe"_s});
    const auto [escNames, escKeys] = namesAndKeys(BpClassifier::categories(Guideline::Esc2024));
    CHECK(escNames == QStringList{u"Low"_s, u"Non-elevated"_s, u"Elevated"_s, u"Hypertension"_s});
    CHECK(escKeys == QStringList{u"low"_s, u"non_elevated"_s, u"elevated"_s, u"hypertension"_s});
    const auto [eshNames, eshKeys] = namesAndKeys(BpClassifier::categories(Guideline::Esh2023));
    CHECK(eshNames == QStringList{u"Low"_s, u"Optimal"_s, u"Normal"_s, u"High normal"_s,
                                  u"Grade 1 hypertension"_s, u"Grade 2 hypertension"_s,
                                  u"Grade 3 hypertension"_s});
    CHECK(eshKeys == QStringList{u"low"_s, u"optimal"_s, u"normal"_s, u"high_normal"_s,
                                 u"grade_1"_s, u"grade_2"_s, u"grade_3"_s});
    const auto [homeNames, homeKeys] =
        namesAndKeys(BpClassifier::homeCategories(Guideline::Esh2023));
    CHECK(homeKeys == QStringList{u"low"_s, u"below_threshold"_s, u"hypertension"_s});
}

TEST_CASE("guidelines have names, citations and keys, and the old keys name their successors")
{
    CHECK(BpClassifier::guidelines() ==
          QList<Guideline>{Guideline::Aha2025, Guideline::Esc2024, Guideline::Esh2023});
    CHECK(BpClassifier::guidelineName(Guideline::Aha2025) == u"AHA/ACC 2025"_s);
    CHECK(BpClassifier::guidelineName(Guideline::Esc2024) == u"ESC 2024"_s);
    CHECK(BpClassifier::guidelineName(Guideline::Esh2023) == u"ESH 2023"_s);
    CHECK(BpClassifier::guidelineCitation(Guideline::Aha2025).contains(u"Hypertension 2025"_s));
    CHECK(BpClassifier::guidelineCitation(Guideline::Esc2024).contains(u"Eur Heart J 2024"_s));
    CHECK(BpClassifier::guidelineCitation(Guideline::Esh2023).contains(u"J Hypertens 2023"_s));
    for (const Guideline guideline : BpClassifier::guidelines())
        CHECK(BpClassifier::guidelineFromKey(BpClassifier::guidelineKey(guideline)) == guideline);
    CHECK(BpClassifier::guidelineKey(Guideline::Aha2025) == u"aha2025"_s);
    CHECK(BpClassifier::guidelineKey(Guideline::Esc2024) == u"esc2024"_s);
    CHECK(BpClassifier::guidelineKey(Guideline::Esh2023) == u"esh2023"_s);
    CHECK(BpClassifier::guidelineFromKey(u"aha"_s) == Guideline::Aha2025);
    CHECK(BpClassifier::guidelineFromKey(u"esh"_s) == Guideline::Esh2023);
    for (const QString &key :
         {u""_s, u"AHA"_s, u"acc"_s, u"esc"_s, u" esh2023"_s, u"aha2017"_s, u"AHA/ACC 2025"_s})
        CHECK_FALSE(BpClassifier::guidelineFromKey(key).has_value());
}
