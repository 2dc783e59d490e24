#pragma once

#include <viparita/core/breath_pattern.h>
#include <viparita/core/sequence.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace viparita {

enum class Side { Right, Left };

/// "right" or "left".
[[nodiscard]] QString sideName(Side side);

/// A cue at its second within a planned step.
struct PlannedCue {
    int atSeconds = 0;
    QString text;
    bool spoken = true;
    /// For a cue timed from the step's end: how long before it, so that it
    /// stays there when the step is extended.
    std::optional<int> beforeEndSeconds;

    friend bool operator==(const PlannedCue &, const PlannedCue &) = default;
};

/// One step as it will be played: a side of a two-sided step is a step of
/// its own here.
struct PlannedStep {
    int sequenceStepIndex = 0; ///< index into Sequence::steps
    QString stepId;
    QString title;
    QStringList targets;
    QString image;
    QString safety;
    std::optional<Side> side;
    int startSeconds = 0; ///< from the session's start, settle-in included
    int durationSeconds = 0;
    QList<PlannedCue> cues; ///< in time order
    BreathProgression breath;
    /// The sequence marks this step for the reading during a session.
    bool askReading = false;

    [[nodiscard]] int endSeconds() const { return startSeconds + durationSeconds; }
};

/// How to expand a sequence for one run.
struct PlanOptions {
    /// Fit the whole session to this many minutes; the file's durations otherwise.
    std::optional<int> minutes;
    /// Seconds to lie down and settle before the first step; 0 for none.
    int settleSeconds = 20;
    /// Seconds between the right and the left side of a step.
    int switchPauseSeconds = 5;
    /// The user's breathing pace; it overrides the sequence's and the steps'.
    std::optional<BreathProgression> breath;
};

struct PlanResult;

/// A sequence expanded for one run: sides doubled (right, then left, with a
/// pause to switch), an optional settle-in period, durations fitted to a
/// chosen length, and the breath pattern resolved for each step.
class SessionPlan final {
public:
    static constexpr int minMinutes = 3;
    static constexpr int maxMinutes = 60;
    static constexpr int minFittedStepSeconds = 15;
    static constexpr int fitGranularitySeconds = 5;

    [[nodiscard]] static PlanResult create(const Sequence &sequence,
                                           const PlanOptions &options = {});

    [[nodiscard]] const QString &sequenceId() const { return m_sequenceId; }
    [[nodiscard]] const QString &sequenceTitle() const { return m_sequenceTitle; }
    [[nodiscard]] int sequenceVersion() const { return m_sequenceVersion; }
    [[nodiscard]] int settleSeconds() const { return m_settleSeconds; }
    /// The setup cues, spread over the settle-in period.
    [[nodiscard]] const QList<PlannedCue> &settleCues() const { return m_settleCues; }
    [[nodiscard]] int switchPauseSeconds() const { return m_switchPauseSeconds; }
    [[nodiscard]] const QList<PlannedStep> &steps() const { return m_steps; }
    /// The breath of the whole session (the settle-in breathes with it too).
    [[nodiscard]] const BreathProgression &breath() const { return m_breath; }
    /// Settle-in, steps and switch pauses.
    [[nodiscard]] int totalSeconds() const;

private:
    SessionPlan() = default;

    QString m_sequenceId;
    QString m_sequenceTitle;
    int m_sequenceVersion = 1;
    int m_settleSeconds = 0;
    QList<PlannedCue> m_settleCues;
    int m_switchPauseSeconds = 0;
    QList<PlannedStep> m_steps;
    BreathProgression m_breath;
};

/// A plan, or the message saying why the sequence could not be planned so.
struct PlanResult {
    std::optional<SessionPlan> plan;
    QString error;
};

} // namespace viparita
