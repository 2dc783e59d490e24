#pragma once

#include <QString>

#include <optional>

namespace viparita {

/// One breath: seconds to inhale, to hold after the inhale, to exhale and to
/// hold after the exhale.
struct BreathPattern {
    /// The limits of every phase, for a sequence file, the settings and the pacer alike.
    static constexpr double minBreathSeconds = 1.0; ///< inhale and exhale, at least
    static constexpr double maxPhaseSeconds = 20.0; ///< any phase, at most
    static constexpr double minHoldSeconds = 0.0;   ///< a hold may be left out

    double inhale = 4.0;
    double holdIn = 0.0;
    double exhale = 6.0;
    double holdOut = 0.0;

    [[nodiscard]] double cycleSeconds() const { return inhale + holdIn + exhale + holdOut; }
    [[nodiscard]] double breathsPerMinute() const { return 60.0 / cycleSeconds(); }

    /// What makes this pattern one the pacer cannot breathe: a phase that is not a number,
    /// an inhale or exhale under 1 s, a negative hold, any phase over 20 s. Nothing when it
    /// is sound. The message names the phase: "inhale: must be a number of seconds from 1
    /// to 20, not 0".
    [[nodiscard]] std::optional<QString> problem() const;

    friend bool operator==(const BreathPattern &, const BreathPattern &) = default;
};

/// The breath of a sequence or a step: a pattern to start with and, when
/// given, the pattern the breath lengthens toward over the session.
struct BreathProgression {
    BreathPattern start;
    std::optional<BreathPattern> end;

    /// The first problem of the start or the end pattern ("end: exhale: ..."); nothing when
    /// both are sound.
    [[nodiscard]] std::optional<QString> problem() const;

    friend bool operator==(const BreathProgression &, const BreathProgression &) = default;
};

} // namespace viparita
