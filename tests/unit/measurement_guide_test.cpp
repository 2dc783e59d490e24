#include <catch2/catch.hpp>

#include <viparita/core/measurement_guide.h>
#include <viparita/core/session_plan.h>

using namespace Qt::Literals::StringLiterals;
using viparita::MeasurementGuide;
using viparita::Reading;

TEST_CASE("the guided measurement is five minutes' rest and a minute between, as a plan")
{
    const viparita::Sequence sequence = MeasurementGuide::sequence();
    REQUIRE(sequence.steps.size() == 2);
    CHECK(sequence.steps[0].id == u"rest"_s);
    CHECK(sequence.steps[0].durationSeconds == 300);
    CHECK(sequence.steps[1].id == u"between"_s);
    CHECK(sequence.steps[1].durationSeconds == 60);
    // Every cue of the rest is read aloud, the first as it begins, the last before its end.
    CHECK(sequence.steps[0].cues.size() == 4);
    for (const viparita::Cue &cue : sequence.steps[0].cues)
        CHECK(cue.spoken);
    CHECK(sequence.steps[0].cues.last().at.secondsInto(300) == 280);

    viparita::PlanOptions options;
    options.settleSeconds = 0;
    const auto planned = viparita::SessionPlan::create(sequence, options);
    REQUIRE(planned.plan);
    CHECK(planned.plan->totalSeconds() == 360);
}

TEST_CASE("a guided measurement's readings are saved seated, on their own, and said as a mean")
{
    Reading first;
    first.systolic = 134;
    first.diastolic = 86;
    first.context = viparita::ReadingContext::During;
    first.sessionId = 4;
    Reading second = first;
    second.systolic = 129;
    second.diastolic = 81;
    second.arm = viparita::Arm::Left;
    const auto saved = MeasurementGuide::asSaved({first, second}, viparita::Arm::Right);
    REQUIRE(saved.size() == 2);
    for (const Reading &reading : saved) {
        CHECK(reading.context == viparita::ReadingContext::Standalone);
        CHECK_FALSE(reading.sessionId.has_value());
        CHECK(reading.position == viparita::BodyPosition::Sitting);
    }
    CHECK(saved[0].arm == viparita::Arm::Right);
    CHECK(saved[1].arm == viparita::Arm::Left); // as the reading says

    CHECK(MeasurementGuide::describe(saved) == u"131.5/83.5 mmHg, the mean of 134/86 and 129/81"_s);
    CHECK(MeasurementGuide::describe({first}) == u"134/86 mmHg"_s);
    CHECK(MeasurementGuide::describe({}).isEmpty());
}
