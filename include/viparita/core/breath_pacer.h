#pragma once

#include <viparita/core/breath_pattern.h>

#include <QString>

#include <vector>

namespace viparita {

enum class BreathPhase { Inhale, HoldIn, Exhale, HoldOut };

/// Where the breath is at one moment.
struct BreathState {
    BreathPhase phase = BreathPhase::Inhale;
    double phaseProgress = 0.0; ///< 0 at the start of the phase, 1 at its end
    int breathCount = 0;        ///< breaths completed so far
    double breathsPerMinute = 0.0;
    /// How full the lungs are, 0 (empty) to 1 (full): what the pacer draws.
    double fullness = 0.0;
    BreathPattern pattern; ///< the pattern of the breath under way
};

/// The breath pacer: where the breath should be after a number of seconds
/// of breathing (pauses excluded). A pure function of that time and of the
/// patterns it was given.
///
/// Each breath keeps the pattern it started with, so the pacer never jumps:
/// a lengthening pattern, or a step with a pattern of its own, takes effect
/// at the start of the next breath, when the lungs are empty.
class BreathPacer final {
public:
    /// `sessionSeconds` is the breathing time over which a progression moves
    /// from its start pattern to its end pattern.
    ///
    /// A progression that cannot be breathed (BreathProgression::problem: a breath of zero
    /// seconds, a negative or NaN phase) is refused: the pacer then holds still at the
    /// start of an empty breath, and error() says why. SessionPlan refuses such a breath
    /// first, so a player never meets one.
    BreathPacer(BreathProgression breath, double sessionSeconds);

    /// From `fromSeconds` on, breathe with `breath` (for example a step's own
    /// pattern). What was set for later times is replaced; earlier times keep
    /// their patterns, so the pacer's past never changes. A progression that
    /// cannot be breathed is refused: false, nothing changes, and error() says why.
    bool changeFrom(double fromSeconds, const BreathProgression &breath);
    /// Why the last progression given was refused; empty when none was.
    [[nodiscard]] const QString &error() const { return m_error; }
    /// Sets the time a progression takes to reach its end pattern.
    void setSessionSeconds(double sessionSeconds);

    [[nodiscard]] BreathState at(double breathedSeconds) const;
    /// The pattern of a breath that starts at `seconds`.
    [[nodiscard]] BreathPattern patternAt(double seconds) const;

private:
    struct Segment {
        double fromSeconds;
        BreathProgression breath;
    };
    std::vector<Segment> m_segments;
    double m_sessionSeconds;
    QString m_error;
};

/// Fullness of the lungs at `secondsIntoBreath` of a breath with `pattern`,
/// with the phase and the progress in it.
[[nodiscard]] BreathState breathStateWithin(const BreathPattern &pattern, double secondsIntoBreath);

} // namespace viparita
