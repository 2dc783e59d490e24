#include <viparita/core/breath_pacer.h>

#include <algorithm>
#include <cmath>

namespace viparita {

namespace {

BreathPattern interpolate(const BreathPattern &from, const BreathPattern &to, double fraction)
{
    auto mix = [fraction](double a, double b) { return a + (b - a) * fraction; };
    return {mix(from.inhale, to.inhale), mix(from.holdIn, to.holdIn), mix(from.exhale, to.exhale),
            mix(from.holdOut, to.holdOut)};
}

} // namespace

BreathState breathStateWithin(const BreathPattern &pattern, double secondsIntoBreath)
{
    BreathState state;
    state.pattern = pattern;
    state.breathsPerMinute = pattern.breathsPerMinute();
    double t = std::clamp(secondsIntoBreath, 0.0, pattern.cycleSeconds());
    const struct {
        BreathPhase phase;
        double length;
    } phases[] = {{BreathPhase::Inhale, pattern.inhale},
                  {BreathPhase::HoldIn, pattern.holdIn},
                  {BreathPhase::Exhale, pattern.exhale},
                  {BreathPhase::HoldOut, pattern.holdOut}};
    for (const auto &[phase, length] : phases) {
        if (length <= 0.0)
            continue;
        if (t < length || phase == BreathPhase::HoldOut ||
            (phase == BreathPhase::Exhale && pattern.holdOut <= 0.0)) {
            state.phase = phase;
            state.phaseProgress = std::clamp(t / length, 0.0, 1.0);
            break;
        }
        t -= length;
    }
    switch (state.phase) {
    case BreathPhase::Inhale:
        state.fullness = state.phaseProgress;
        break;
    case BreathPhase::HoldIn:
        state.fullness = 1.0;
        break;
    case BreathPhase::Exhale:
        state.fullness = 1.0 - state.phaseProgress;
        break;
    case BreathPhase::HoldOut:
        state.fullness = 0.0;
        break;
    }
    return state;
}

BreathPacer::BreathPacer(BreathProgression breath, double sessionSeconds)
    : m_sessionSeconds(sessionSeconds)
{
    if (const auto problem = breath.problem())
        m_error = *problem;
    else
        m_segments.push_back({0.0, std::move(breath)});
}

bool BreathPacer::changeFrom(double fromSeconds, const BreathProgression &breath)
{
    if (const auto problem = breath.problem()) {
        m_error = *problem;
        return false;
    }
    fromSeconds = std::max(0.0, fromSeconds);
    std::erase_if(m_segments, [fromSeconds](const Segment &segment) {
        return segment.fromSeconds >= fromSeconds;
    });
    m_segments.push_back({fromSeconds, breath});
    return true;
}

void BreathPacer::setSessionSeconds(double sessionSeconds)
{
    m_sessionSeconds = sessionSeconds;
}

BreathPattern BreathPacer::patternAt(double seconds) const
{
    if (m_segments.empty())
        return {};
    const auto segment =
        std::find_if(m_segments.rbegin(), m_segments.rend(),
                     [seconds](const Segment &s) { return s.fromSeconds <= seconds; });
    const BreathProgression &breath =
        segment == m_segments.rend() ? m_segments.front().breath : segment->breath;
    if (!breath.end || m_sessionSeconds <= 0.0)
        return breath.start;
    const double fraction = std::clamp(seconds / m_sessionSeconds, 0.0, 1.0);
    return interpolate(breath.start, *breath.end, fraction);
}

BreathState BreathPacer::at(double breathedSeconds) const
{
    if (m_segments.empty())
        return {}; // refused: holds still
    const double t = std::max(0.0, breathedSeconds);
    // Walk breath by breath: each breath lasts as long as the pattern it
    // starts with. A session holds a few hundred breaths at most.
    double breathStart = 0.0;
    int count = 0;
    BreathPattern pattern = patternAt(0.0);
    while (breathStart + pattern.cycleSeconds() <= t) {
        breathStart += pattern.cycleSeconds();
        ++count;
        pattern = patternAt(breathStart);
    }
    BreathState state = breathStateWithin(pattern, t - breathStart);
    state.breathCount = count;
    return state;
}

} // namespace viparita
