#pragma once

#include <viparita/core/breath_pacer.h>
#include <viparita/core/session_plan.h>

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace viparita {

enum class PlayerState { Ready, Settling, Running, Paused, Finished, Stopped };

/// Something that became due while a session plays.
struct PlayerEvent {
    enum class Kind {
        SettleStarted,  ///< the settle-in period began
        StepStarted,    ///< a step (or one side of it) began: `step`, `side`
        Cue,            ///< a cue is due: `text`, `spoken`
        SideSwitch,     ///< the pause to switch to the left side began
        TenSecondsLeft, ///< ten seconds remain in the step
        Halfway,        ///< half of the session has passed
        Finished,       ///< the last step ended
    };

    Kind kind = Kind::StepStarted;
    /// When it was due, in session time (pauses excluded) from the start.
    std::chrono::milliseconds at{0};
    int step = -1; ///< index into SessionPlan::steps(); -1 for the settle-in
    std::optional<Side> side;
    QString text;
    bool spoken = false;
    /// More than five seconds late: the app need not read it aloud.
    bool stale = false;
};

/// What the player shows at one moment.
struct PlayerSnapshot {
    PlayerState state = PlayerState::Ready;
    bool settling = false;      ///< in the settle-in period (also while paused there)
    bool switchingSide = false; ///< in the pause between the sides of a step
    int step = -1;              ///< the step under way (or coming, while settling or switching)
    std::optional<Side> side;
    std::chrono::milliseconds stepElapsed{0};
    std::chrono::milliseconds stepRemaining{0};
    std::chrono::milliseconds sessionElapsed{0};
    std::chrono::milliseconds sessionRemaining{0};
    double progress = 0.0; ///< 0 to 1 over the whole session
    int nextStep = -1;     ///< the step after this one, -1 at the last
};

/// What really happened to one planned step, for the journal.
struct StepRecord {
    int step = 0; ///< index into SessionPlan::steps()
    QString stepId;
    std::optional<Side> side;
    int plannedSeconds = 0;
    double actualSeconds = 0.0; ///< time spent in it, all visits together
    bool skipped = false;       ///< left with Next before its end
    int extendedBySeconds = 0;
};

/// Plays a SessionPlan against monotonic time handed to it: it owns no
/// timer. Session time is always `now - start - paused`, never a sum of
/// ticks, so nothing drifts however the updates come.
///
/// Commands return false when they do not apply in the current state.
/// Every command first brings the player up to `now`; the events it causes
/// are delivered by the next update().
class Player final {
public:
    using Clock = std::chrono::steady_clock;
    using TimePoint = Clock::time_point;

    static constexpr std::chrono::seconds previousRestartsAfter{5};
    static constexpr std::chrono::seconds staleAfter{5};
    static constexpr std::chrono::seconds warningBeforeEnd{10};

    explicit Player(SessionPlan plan);

    [[nodiscard]] const SessionPlan &plan() const { return m_plan; }

    bool start(TimePoint now);
    bool pause(TimePoint now);
    bool resume(TimePoint now);
    /// Skips the rest of the current step (or of the settle-in, or of the
    /// pause between sides).
    bool next(TimePoint now);
    /// Back to the start of this step if more than 5 s into it, otherwise to
    /// the start of the step before.
    bool previous(TimePoint now);
    /// Makes the current step (or settle-in, or switch pause) longer.
    bool extend(TimePoint now, std::chrono::seconds by);
    bool stop(TimePoint now);

    /// The events due since the last update, in time order, each once.
    [[nodiscard]] QList<PlayerEvent> update(TimePoint now);
    /// The state at `now` (as if update(now) had been called).
    [[nodiscard]] PlayerSnapshot snapshot(TimePoint now) const;
    [[nodiscard]] PlayerState state() const;
    /// Session time at `now`: pauses excluded.
    [[nodiscard]] std::chrono::milliseconds sessionTime(TimePoint now) const;
    /// Where the breath pacer is at `now`; each step breathes with its own
    /// pattern from the breath after it starts.
    [[nodiscard]] BreathState breath(TimePoint now) const;
    /// The steps visited so far, in plan order.
    [[nodiscard]] QList<StepRecord> stepLog() const;

private:
    using Duration = Clock::duration;
    enum class SegmentKind { Settle, Step, Switch };
    struct Segment {
        SegmentKind kind;
        int step; ///< plan step (for Switch: the left side that follows)
        Duration planned;
        Duration extension{0};
    };

    [[nodiscard]] Duration activeAt(TimePoint now) const;
    [[nodiscard]] Duration segmentLength(qsizetype index) const;
    [[nodiscard]] Duration currentEnd() const;
    [[nodiscard]] Duration expectedTotal() const;
    void advance(Duration to);
    void catchUp(Duration at);
    /// The session time a command acts at, or nothing when it does not apply.
    [[nodiscard]] std::optional<Duration> commandTime(TimePoint now);
    void processSegmentUntil(Duration to);
    void enterSegment(qsizetype index, Duration at);
    void leaveSegment(Duration at, bool skipped);
    void finish(Duration at);
    void emitEvent(PlayerEvent event, Duration at);
    [[nodiscard]] qsizetype segmentOfStep(int step) const;
    StepRecord &recordFor(int step);

    SessionPlan m_plan;
    QList<Segment> m_segments;
    PlayerState m_state = PlayerState::Ready;
    PlayerState m_stateBeforePause = PlayerState::Ready;
    TimePoint m_start{};
    Duration m_pausedTotal{0};
    TimePoint m_pausedAt{};
    Duration m_processedTo{0}; ///< session time up to which events were made

    qsizetype m_current = -1;
    Duration m_currentStart{0};
    QList<bool> m_cueDelivered;
    bool m_warningDelivered = false;
    bool m_halfwayDelivered = false;

    QList<PlayerEvent> m_pending;
    Duration m_lastUpdate{0};
    QList<StepRecord> m_log;
    BreathPacer m_pacer;
};

} // namespace viparita
