#pragma once
// The guidelines' tables as test cases: each side of every cut-off, for the systolic and for
// the diastolic number, with the higher-wins rule and Low; written out from the guidelines'
// own tables (docs/blood-pressure-rules.md), not from the code. Shared by the core's test and
// the command line's.
#include <viparita/core/bp_classifier.h>

#include <QList>

namespace viparita::test {

struct EdgeCase {
    double systolic;
    double diastolic;
    BpCategory category;
    bool severe = false;
};

inline QList<EdgeCase> officeEdges(Guideline guideline)
{
    using enum BpCategory;
    switch (guideline) {
    case Guideline::Aha2025:
        return {
            // Low: systolic under 90 or diastolic under 60, when nothing is higher.
            {89, 70, Low},
            {90, 70, Normal},
            {110, 59, Low},
            {110, 60, Normal},
            {85, 55, Low},
            // Normal < 120 and < 80; elevated 120-129 and < 80.
            {119, 79, Normal},
            {120, 79, Elevated},
            {129, 79, Elevated},
            {119.99, 79.99, Normal},
            {129.99, 79.99, Elevated},
            // Stage 1: 130-139 or 80-89 (the diastolic never gives elevated).
            {130, 79, Stage1},
            {139, 79, Stage1},
            {139.99, 60, Stage1},
            {119, 80, Stage1},
            {119, 89, Stage1},
            {125, 85, Stage1},
            // Stage 2: >= 140 or >= 90.
            {140, 79, Stage2},
            {119, 90, Stage2},
            {180, 79, Stage2},
            {150, 120, Stage2},
            {180, 120, Stage2},
            // Severe: > 180 and/or > 120.
            {180.01, 79, Severe, true},
            {181, 79, Severe, true},
            {150, 120.01, Severe, true},
            {130, 121, Severe, true},
            {185, 125, Severe, true},
            // The higher number wins; Low only against the lowest category.
            {150, 70, Stage2},
            {115, 95, Stage2},
            {135, 55, Stage1},
            {125, 55, Elevated},
            {195, 55, Severe, true},
        };
    case Guideline::Esc2024:
        return {
            {89, 65, Low},
            {90, 65, NonElevated},
            {115, 59, Low},
            {115, 60, NonElevated},
            // Non-elevated < 120 and < 70; elevated 120-139 or 70-89.
            {119, 69, NonElevated},
            {119.99, 69.99, NonElevated},
            {120, 69, EscElevated},
            {119, 70, EscElevated},
            {139, 89, EscElevated},
            {139.99, 89.99, EscElevated},
            // Hypertension >= 140 or >= 90.
            {140, 69, Hypertension},
            {119, 90, Hypertension},
            {179, 109, Hypertension},
            // Severe (the ESH grade 3 range): 180 and/or 110 or more.
            {179.99, 109.99, Hypertension},
            {180, 80, Hypertension, true},
            {130, 110, Hypertension, true},
            {185, 125, Hypertension, true},
            {125, 59, EscElevated},
            {150, 55, Hypertension},
            {85, 55, Low},
        };
    case Guideline::Esh2023:
        break;
    }
    return {
        {89, 70, Low},
        {90, 70, Optimal},
        {110, 59, Low},
        {110, 60, Optimal},
        // Optimal < 120 and < 80; normal 120-129 and/or 80-84; high normal 130-139 and/or
        // 85-89.
        {119, 79, Optimal},
        {119.99, 79.99, Optimal},
        {120, 79, EshNormal},
        {119, 80, EshNormal},
        {129.99, 84.99, EshNormal},
        {130, 84, HighNormal},
        {119, 85, HighNormal},
        {139.99, 89.99, HighNormal},
        // Grades 1, 2, 3: 140-159 and/or 90-99; 160-179 and/or 100-109; >= 180 and/or >= 110.
        {140, 89, Grade1},
        {119, 90, Grade1},
        {159.99, 99.99, Grade1},
        {160, 99, Grade2},
        {119, 100, Grade2},
        {179.99, 109.99, Grade2},
        {180, 109, Grade3, true},
        {119, 110, Grade3, true},
        {185, 125, Grade3, true},
        {145, 55, Grade1},
        {85, 55, Low},
    };
}

inline QList<EdgeCase> homeEdges(Guideline guideline)
{
    using enum BpCategory;
    switch (guideline) {
    case Guideline::Aha2025:
        // Normal < 120/< 80; elevated 120-129/< 80; stage 1 130-134 or 80-84; stage 2 >= 135
        // or >= 85.
        return {{119, 79, Normal}, {120, 79, Elevated},     {129.99, 79.99, Elevated},
                {130, 79, Stage1}, {134.99, 84.99, Stage1}, {119, 80, Stage1},
                {135, 70, Stage2}, {119, 85, Stage2},       {136, 86, Stage2},
                {89, 70, Low}};
    case Guideline::Esc2024:
        // Non-elevated < 120/< 70; elevated 120-134 or 70-84; hypertension >= 135 or >= 85.
        return {{119, 69, NonElevated},       {120, 69, EscElevated},  {119, 70, EscElevated},
                {134.99, 84.99, EscElevated}, {135, 60, Hypertension}, {119, 85, Hypertension},
                {136, 86, Hypertension},      {110, 59, Low}};
    case Guideline::Esh2023:
        break;
    }
    // Below the threshold < 135 and < 85; hypertension >= 135 or >= 85.
    return {{134.99, 84.99, BelowHomeThreshold},
            {135, 60, HomeHypertension},
            {119, 85, HomeHypertension},
            {136, 86, HomeHypertension},
            {120, 80, BelowHomeThreshold},
            {100, 65, BelowHomeThreshold},
            {89, 70, Low},
            {85, 55, Low}};
}

} // namespace viparita::test
