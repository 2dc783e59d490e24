#pragma once

#include <viparita/core/breath_pattern.h>

#include <QList>
#include <QString>

#include <optional>

namespace viparita {

/// The breathing pace a person chooses for a session, and the one rule that turns the
/// choice into the breath a session plays: the home page, the settings and the settings
/// dialog all ask it.
class BreathChoice final {
public:
    enum class Pace {
        Sequence, ///< the sequence's own pace, step by step
        Six,      ///< 6 breaths a minute: 4 s in, 6 s out
        Five,     ///< 5 breaths a minute: 5 s in, 7 s out
        Gentle,   ///< 4 s in, 4 s out
        Custom,   ///< the person's own pattern
    };

    /// A custom breath may last at most this long (the presets are far shorter).
    static constexpr double longestCustomBreathSeconds = 60.0;
    /// Seconds added to the inhale and to the exhale by the end of a lengthening session.
    static constexpr double lengthenBySeconds = 1.0;

    /// Every pace, in the order the choosers list them.
    [[nodiscard]] static QList<Pace> paces();
    /// The key kept in the settings: "sequence", "6", "5", "gentle", "custom".
    [[nodiscard]] static QString key(Pace pace);
    [[nodiscard]] static std::optional<Pace> fromKey(const QString &key);
    /// The pattern of a preset; the default 4-0-6-0 for Sequence and Custom.
    [[nodiscard]] static BreathPattern preset(Pace pace);
    /// The pattern a lengthening breath reaches by the session's end: a second more in and
    /// out, no phase past 20 s.
    [[nodiscard]] static BreathPattern lengthened(const BreathPattern &pattern);
    /// Why a custom pattern cannot be breathed (BreathPattern::problem, or a breath longer
    /// than 60 s); nothing when it can.
    [[nodiscard]] static std::optional<QString> customProblem(const BreathPattern &pattern);

    Pace pace = Pace::Sequence;
    BreathPattern custom;  ///< used when `pace` is Custom
    bool lengthen = false; ///< the breath lengthens by a second each way over the session

    /// What a session breathes with this choice.
    struct Resolved {
        /// Nothing for the sequence's own pace.
        std::optional<BreathProgression> breath;
        /// Why the choice fell back to the sequence's own pace (a custom pattern that cannot
        /// be breathed, from a hand-edited settings file); empty when it did not.
        QString fallbackReason;
    };
    [[nodiscard]] Resolved resolve() const;
};

} // namespace viparita
