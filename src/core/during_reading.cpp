#include <viparita/core/during_reading.h>

namespace viparita {

std::optional<int> DuringReading::markedStep(const SessionPlan &plan)
{
    for (qsizetype i = 0; i < plan.steps().size(); ++i) {
        if (plan.steps().at(i).askReading)
            return static_cast<int>(i);
    }
    return std::nullopt;
}

bool DuringReading::isDue(const Policy &policy, const SessionPlan &plan, const PlayerEvent &event,
                          bool alreadyAsked)
{
    if (alreadyAsked || !policy.takesMedication)
        return false;
    if (const auto marked = markedStep(plan))
        return event.kind == PlayerEvent::Kind::StepStarted && event.step == *marked;
    return event.kind == PlayerEvent::Kind::Halfway;
}

} // namespace viparita
