#pragma once

#include <viparita/core/breath_pattern.h>
#include <viparita/core/step.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace viparita {

/// A guided sequence as loaded from a "viparita.sequence/1" file.
struct Sequence {
    static constexpr auto formatName = "viparita.sequence/1";

    QString id;
    QString title;
    QString description;
    QString language;
    int version = 1;
    QStringList props;
    QStringList contraindications;
    QStringList setup;
    BreathProgression breath;
    QList<Step> steps;

    /// Seconds of practice in all steps, both sides counted; the settle-in
    /// period and the pauses between sides are not included.
    [[nodiscard]] int practiceSeconds() const;
    /// Steps as played: a step done on both sides counts twice.
    [[nodiscard]] int playedStepCount() const;

    friend bool operator==(const Sequence &, const Sequence &) = default;
};

} // namespace viparita
