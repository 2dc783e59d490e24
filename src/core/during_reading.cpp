#include <viparita/core/during_reading.h>

namespace viparita {

bool DuringReading::isDue(const Policy &policy, const PlannedStep &step, bool alreadyAsked)
{
    return !alreadyAsked && policy.takesMedication && !policy.stepId.isEmpty() &&
           step.stepId == policy.stepId && step.side != Side::Left;
}

} // namespace viparita
