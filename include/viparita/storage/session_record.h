#pragma once

#include <viparita/core/player.h>
#include <viparita/core/session_plan.h>

#include <QDateTime>
#include <QString>

#include <optional>

namespace viparita {

enum class SessionStatus { InProgress, Completed, Stopped };

/// "in_progress", "completed", "stopped".
[[nodiscard]] QString toString(SessionStatus status);
[[nodiscard]] std::optional<SessionStatus> sessionStatusFromString(const QString &text);

/// A session as the journal keeps it.
struct SessionRecord {
    qint64 id = 0; ///< 0 until saved
    QString sequenceId;
    int sequenceVersion = 1;
    QString sequenceTitle;
    QDateTime startedAt; ///< with its UTC offset
    std::optional<QDateTime> endedAt;
    SessionStatus status = SessionStatus::InProgress;
    int plannedSeconds = 0;
    std::optional<int> actualSeconds;
    QString breathPattern;      ///< e.g. "4-0-6-0" or "4-0-6-0 > 5-0-7-0"
    std::optional<int> feeling; ///< 1 (worse) to 5 (much better)
    QString note;

    /// A session of `plan` that starts at `startedAt`, in progress: its sequence, planned
    /// length and breath. What the app saves as a session begins, and what the command
    /// line's `session log` completes; the one place a session record is built from a plan.
    [[nodiscard]] static SessionRecord forPlan(const SessionPlan &plan, const QDateTime &startedAt);
    /// A breath as the journal keeps it: "4-0-6-0", or "4-0-6-0 > 5-0-7-0" when it lengthens.
    [[nodiscard]] static QString breathText(const BreathProgression &breath);

    friend bool operator==(const SessionRecord &, const SessionRecord &) = default;
};

/// One played step of a session, as the journal keeps it.
struct SessionStepRecord {
    int position = 0; ///< index in the session's plan
    QString stepId;
    std::optional<Side> side;
    int plannedSeconds = 0;
    double actualSeconds = 0.0;
    bool skipped = false;
    int extendedBySeconds = 0;

    /// A step as the player played it.
    [[nodiscard]] static SessionStepRecord played(const StepRecord &record);
    /// Every step of `plan` as played in full (a session logged after the fact).
    [[nodiscard]] static QList<SessionStepRecord> playedInFull(const SessionPlan &plan);

    friend bool operator==(const SessionStepRecord &, const SessionStepRecord &) = default;
};

} // namespace viparita
