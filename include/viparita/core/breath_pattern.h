#pragma once

#include <optional>

namespace viparita {

/// One breath: seconds to inhale, to hold after the inhale, to exhale and to
/// hold after the exhale.
struct BreathPattern {
    double inhale = 4.0;
    double holdIn = 0.0;
    double exhale = 6.0;
    double holdOut = 0.0;

    [[nodiscard]] double cycleSeconds() const { return inhale + holdIn + exhale + holdOut; }
    [[nodiscard]] double breathsPerMinute() const { return 60.0 / cycleSeconds(); }

    friend bool operator==(const BreathPattern &, const BreathPattern &) = default;
};

/// The breath of a sequence or a step: a pattern to start with and, when
/// given, the pattern the breath lengthens toward over the session.
struct BreathProgression {
    BreathPattern start;
    std::optional<BreathPattern> end;

    friend bool operator==(const BreathProgression &, const BreathProgression &) = default;
};

} // namespace viparita
