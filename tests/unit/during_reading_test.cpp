// When a session asks for a reading while it plays.
#include <viparita/core/during_reading.h>
#include <viparita/core/sequence_library.h>

#include "catch_qt.h"

using namespace Qt::Literals::StringLiterals;
using viparita::DuringReading;

TEST_CASE("the reading during a session is asked once, at the chosen step's first side")
{
    const auto library = viparita::SequenceLibrary::load({});
    const auto planned = viparita::SessionPlan::create(*library.find(u"healing"_s));
    REQUIRE(planned.plan);
    const DuringReading::Policy policy{true, u"twist"_s};
    int due = 0;
    for (const viparita::PlannedStep &step : planned.plan->steps()) {
        const bool isDue = DuringReading::isDue(policy, step, false);
        INFO(step.stepId.toStdString());
        CHECK(isDue == (step.stepId == u"twist"_s && step.side != viparita::Side::Left));
        due += isDue ? 1 : 0;
        // Asked already: never again.
        CHECK_FALSE(DuringReading::isDue(policy, step, true));
        // Without medication, or without a step chosen: never.
        CHECK_FALSE(DuringReading::isDue({false, u"twist"_s}, step, false));
        CHECK_FALSE(DuringReading::isDue({true, QString()}, step, false));
    }
    CHECK(due == 1);
}
