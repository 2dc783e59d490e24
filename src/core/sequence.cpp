#include <viparita/core/sequence.h>

#include <numeric>

namespace viparita {

int Sequence::practiceSeconds() const
{
    return std::accumulate(steps.cbegin(), steps.cend(), 0,
                           [](int sum, const Step &step) { return sum + step.practiceSeconds(); });
}

int Sequence::playedStepCount() const
{
    return std::accumulate(steps.cbegin(), steps.cend(), 0,
                           [](int sum, const Step &step) { return sum + step.sideCount(); });
}

} // namespace viparita
