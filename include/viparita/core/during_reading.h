#pragma once

#include <viparita/core/player.h>
#include <viparita/core/session_plan.h>

#include <optional>

namespace viparita {

/// When a session asks for a blood-pressure reading while it plays: the practice can lower
/// blood pressure, and with medication it must not fall too far. For a person on medication,
/// once a session: as the step the sequence marks begins (its first side), or, when it marks
/// none, at the middle of the session. The one rule, for every sequence.
class DuringReading final {
public:
    struct Policy {
        bool takesMedication = false; ///< the person takes blood-pressure medication
    };

    /// The step the sequence marks for the reading (its first side), if any.
    [[nodiscard]] static std::optional<int> markedStep(const SessionPlan &plan);
    /// True when `event` of `plan` is the moment to ask, and no reading was asked for yet.
    [[nodiscard]] static bool isDue(const Policy &policy, const SessionPlan &plan,
                                    const PlayerEvent &event, bool alreadyAsked);
};

} // namespace viparita
