#pragma once

#include <viparita/core/breath_pattern.h>
#include <viparita/core/cue.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace viparita {

enum class Sides {
    None, ///< played once
    Both, ///< played on the right side, then on the left
};

/// One pose of a sequence, as written in its file.
struct Step {
    QString id;
    QString title;
    QStringList targets;
    int durationSeconds = 0; ///< per side when `sides` is Both
    Sides sides = Sides::None;
    QList<Cue> cues;
    QString image;
    QStringList props;
    QString safety;
    std::optional<BreathProgression> breath;
    /// A reading is asked for as this step begins (its first side), for a person on
    /// medication; without a marked step, at the middle of the session.
    bool askReading = false;

    [[nodiscard]] int sideCount() const { return sides == Sides::Both ? 2 : 1; }
    /// Seconds of practice in this step, both sides counted.
    [[nodiscard]] int practiceSeconds() const { return durationSeconds * sideCount(); }

    friend bool operator==(const Step &, const Step &) = default;
};

} // namespace viparita
