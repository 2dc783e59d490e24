#pragma once

#include <viparita/core/session_plan.h>

#include <QString>

namespace viparita {

/// When a session asks for a blood-pressure reading while it plays: the practice can lower
/// blood pressure, and with medication it must not fall too far. The one rule, for the app's
/// session and for its tests.
class DuringReading final {
public:
    struct Policy {
        bool takesMedication = false; ///< the person takes blood-pressure medication
        QString stepId;               ///< the step at which to ask (the settings' choice)
    };

    /// True when the step that just began is the moment to ask: the person takes
    /// medication, the step is the chosen one, on its first (or only) side, and no reading
    /// was asked for yet in this session.
    [[nodiscard]] static bool isDue(const Policy &policy, const PlannedStep &step,
                                    bool alreadyAsked);
};

} // namespace viparita
