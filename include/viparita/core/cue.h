#pragma once

#include <QString>

namespace viparita {

/// When a cue is due within its step.
struct CueTime {
    enum class Kind {
        Start,     ///< as the step starts
        Seconds,   ///< `value` seconds after the step starts
        Percent,   ///< at `value` percent of the step
        BeforeEnd, ///< `value` seconds before the step ends
    };

    Kind kind = Kind::Start;
    int value = 0;

    /// The second within a step of `durationSeconds` at which the cue is due,
    /// clamped to the step.
    [[nodiscard]] int secondsInto(int durationSeconds) const;

    /// The form used in sequence files: "start", "30", "50%" or "end-10".
    [[nodiscard]] QString toString() const;

    friend bool operator==(const CueTime &, const CueTime &) = default;
};

/// A line of guidance within a step, shown and (unless `spoken` is false)
/// read aloud.
struct Cue {
    CueTime at;
    QString text;
    bool spoken = true;

    friend bool operator==(const Cue &, const Cue &) = default;
};

} // namespace viparita
