#include <viparita/core/player.h>

#include <algorithm>
#include <vector>

namespace viparita {

using std::chrono::duration_cast;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

bool isActive(PlayerState state)
{
    return state == PlayerState::Settling || state == PlayerState::Running ||
           state == PlayerState::Paused;
}

double toSeconds(Player::Clock::duration duration)
{
    return std::chrono::duration<double>(duration).count();
}

} // namespace

Player::Player(SessionPlan plan)
    : m_plan(std::move(plan))
    , m_pacer(m_plan.breath(), m_plan.totalSeconds())
{
    if (m_plan.settleSeconds() > 0)
        m_segments.append({SegmentKind::Settle, -1, seconds(m_plan.settleSeconds())});
    const auto &steps = m_plan.steps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const int step = static_cast<int>(i);
        if (steps[i].side == Side::Left && m_plan.switchPauseSeconds() > 0)
            m_segments.append({SegmentKind::Switch, step, seconds(m_plan.switchPauseSeconds())});
        m_segments.append({SegmentKind::Step, step, seconds(steps[i].durationSeconds)});
    }
}

PlayerState Player::state() const
{
    return m_state;
}

Player::Duration Player::activeAt(TimePoint now) const
{
    Duration active{0};
    switch (m_state) {
    case PlayerState::Ready:
        return Duration{0};
    case PlayerState::Finished:
    case PlayerState::Stopped:
        return m_processedTo;
    case PlayerState::Paused:
        active = m_pausedAt - m_start - m_pausedTotal;
        break;
    case PlayerState::Settling:
    case PlayerState::Running:
        active = now - m_start - m_pausedTotal;
        break;
    }
    // Session time never runs backwards, even if `now` does.
    return std::max(active, m_processedTo);
}

milliseconds Player::sessionTime(TimePoint now) const
{
    return duration_cast<milliseconds>(activeAt(now));
}

Player::Duration Player::segmentLength(qsizetype index) const
{
    return m_segments[index].planned + m_segments[index].extension;
}

Player::Duration Player::currentEnd() const
{
    return m_currentStart + segmentLength(m_current);
}

Player::Duration Player::expectedTotal() const
{
    if (m_state == PlayerState::Finished || m_state == PlayerState::Stopped)
        return m_processedTo;
    if (m_current < 0) {
        Duration total{0};
        for (qsizetype i = 0; i < m_segments.size(); ++i)
            total += segmentLength(i);
        return total;
    }
    Duration total = currentEnd();
    for (qsizetype i = m_current + 1; i < m_segments.size(); ++i)
        total += segmentLength(i);
    return total;
}

void Player::emitEvent(PlayerEvent event, Duration at)
{
    event.at = duration_cast<milliseconds>(at);
    m_pending.append(std::move(event));
}

StepRecord &Player::recordFor(int step)
{
    const auto found = std::find_if(m_log.begin(), m_log.end(),
                                    [step](const StepRecord &r) { return r.step == step; });
    if (found != m_log.end())
        return *found;
    const PlannedStep &planned = m_plan.steps().at(step);
    m_log.append({step, planned.stepId, planned.side, planned.durationSeconds, 0.0, false, 0});
    return m_log.last();
}

void Player::enterSegment(qsizetype index, Duration at)
{
    m_current = index;
    m_currentStart = at;
    m_warningDelivered = false;
    const Segment &segment = m_segments[index];
    PlayerState &state = m_state == PlayerState::Paused ? m_stateBeforePause : m_state;
    state = segment.kind == SegmentKind::Settle ? PlayerState::Settling : PlayerState::Running;

    PlayerEvent event;
    switch (segment.kind) {
    case SegmentKind::Settle:
        event.kind = PlayerEvent::Kind::SettleStarted;
        m_cueDelivered = QList<bool>(m_plan.settleCues().size(), false);
        break;
    case SegmentKind::Switch:
        event.kind = PlayerEvent::Kind::SideSwitch;
        event.step = segment.step;
        event.side = m_plan.steps().at(segment.step).side;
        m_cueDelivered.clear();
        break;
    case SegmentKind::Step: {
        const PlannedStep &step = m_plan.steps().at(segment.step);
        event.kind = PlayerEvent::Kind::StepStarted;
        event.step = segment.step;
        event.side = step.side;
        event.text = step.title;
        m_cueDelivered = QList<bool>(step.cues.size(), false);
        recordFor(segment.step);
        m_pacer.changeFrom(toSeconds(at), step.breath);
        break;
    }
    }
    emitEvent(event, at);
}

void Player::leaveSegment(Duration at, bool skipped)
{
    const Segment &segment = m_segments[m_current];
    if (segment.kind != SegmentKind::Step)
        return;
    StepRecord &record = recordFor(segment.step);
    record.actualSeconds += toSeconds(at - m_currentStart);
    if (skipped && at < currentEnd())
        record.skipped = true;
}

void Player::finish(Duration at)
{
    m_state = PlayerState::Finished;
    m_processedTo = at;
    PlayerEvent event;
    event.kind = PlayerEvent::Kind::Finished;
    emitEvent(event, at);
}

void Player::processSegmentUntil(Duration to)
{
    struct Due {
        Duration at;
        int order; ///< breaks ties: cues in file order, then the warning, then halfway
        PlayerEvent event;
        bool *delivered;
    };
    std::vector<Due> due;
    const Segment &segment = m_segments[m_current];
    const Duration end = currentEnd();

    const QList<PlannedCue> &cues = segment.kind == SegmentKind::Settle ? m_plan.settleCues()
                                    : segment.kind == SegmentKind::Step
                                        ? m_plan.steps().at(segment.step).cues
                                        : QList<PlannedCue>();
    for (qsizetype i = 0; i < cues.size() && i < m_cueDelivered.size(); ++i) {
        if (m_cueDelivered[i])
            continue;
        const PlannedCue &cue = cues[i];
        Duration at = m_currentStart + seconds(cue.atSeconds);
        if (cue.beforeEndSeconds)
            at = std::max(m_currentStart, end - seconds(*cue.beforeEndSeconds));
        PlayerEvent event;
        event.kind = PlayerEvent::Kind::Cue;
        event.step = segment.step;
        event.side = segment.step >= 0 ? m_plan.steps().at(segment.step).side : std::nullopt;
        event.text = cue.text;
        event.spoken = cue.spoken;
        due.push_back({at, static_cast<int>(i), event, &m_cueDelivered[i]});
    }
    if (segment.kind == SegmentKind::Step && !m_warningDelivered) {
        PlayerEvent event;
        event.kind = PlayerEvent::Kind::TenSecondsLeft;
        event.step = segment.step;
        event.side = m_plan.steps().at(segment.step).side;
        due.push_back({std::max(m_currentStart, end - warningBeforeEnd), 1 << 20, event,
                       &m_warningDelivered});
    }
    if (!m_halfwayDelivered) {
        PlayerEvent event;
        event.kind = PlayerEvent::Kind::Halfway;
        event.step = segment.step;
        // A skip can carry the session past its middle: then it is due now.
        due.push_back(
            {std::max(expectedTotal() / 2, m_processedTo), 1 << 21, event, &m_halfwayDelivered});
    }

    std::stable_sort(due.begin(), due.end(), [](const Due &a, const Due &b) {
        return a.at != b.at ? a.at < b.at : a.order < b.order;
    });
    for (Due &item : due) {
        if (item.at > to)
            break;
        *item.delivered = true;
        emitEvent(item.event, item.at);
    }
}

void Player::advance(Duration to)
{
    if (m_state != PlayerState::Settling && m_state != PlayerState::Running)
        return;
    while (true) {
        const Duration end = currentEnd();
        const Duration until = std::min(to, end);
        processSegmentUntil(until);
        m_processedTo = std::max(m_processedTo, until);
        if (to < end)
            return;
        leaveSegment(end, false);
        if (m_current + 1 >= m_segments.size()) {
            finish(end);
            return;
        }
        enterSegment(m_current + 1, end);
    }
}

void Player::catchUp(Duration at)
{
    // Anything due at this very moment in the segment just entered ("start"
    // cues), also while paused; a pause stays a pause.
    const bool paused = m_state == PlayerState::Paused;
    if (paused)
        m_state = m_stateBeforePause;
    advance(at);
    if (paused && isActive(m_state))
        m_state = PlayerState::Paused;
}

std::optional<Player::Duration> Player::commandTime(TimePoint now)
{
    // A command acts on a session under way, brought up to `now` first (it
    // may have ended meanwhile).
    if (!isActive(m_state))
        return std::nullopt;
    const Duration at = activeAt(now);
    advance(at);
    if (!isActive(m_state))
        return std::nullopt;
    return at;
}

bool Player::start(TimePoint now)
{
    if (m_state != PlayerState::Ready || m_segments.isEmpty())
        return false;
    m_start = now;
    m_processedTo = Duration{0};
    enterSegment(0, Duration{0});
    return true;
}

bool Player::pause(TimePoint now)
{
    if (m_state != PlayerState::Settling && m_state != PlayerState::Running)
        return false;
    advance(activeAt(now));
    if (m_state == PlayerState::Finished)
        return false;
    m_stateBeforePause = m_state;
    m_pausedAt = std::max(now, m_start + m_pausedTotal + m_processedTo);
    m_state = PlayerState::Paused;
    return true;
}

bool Player::resume(TimePoint now)
{
    if (m_state != PlayerState::Paused)
        return false;
    m_pausedTotal += std::max(Duration{0}, now - m_pausedAt);
    m_state = m_stateBeforePause;
    return true;
}

bool Player::next(TimePoint now)
{
    const auto reached = commandTime(now);
    if (!reached)
        return false;
    const Duration at = *reached;
    leaveSegment(at, true);
    if (m_current + 1 >= m_segments.size()) {
        finish(at);
        return true;
    }
    enterSegment(m_current + 1, at);
    catchUp(at);
    return true;
}

qsizetype Player::segmentOfStep(int step) const
{
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        if (m_segments[i].kind == SegmentKind::Step && m_segments[i].step == step)
            return i;
    }
    return -1;
}

bool Player::previous(TimePoint now)
{
    const auto reached = commandTime(now);
    if (!reached)
        return false;
    const Duration at = *reached;
    const Segment &segment = m_segments[m_current];
    qsizetype target = m_current;
    const bool wellInto = at - m_currentStart > previousRestartsAfter;
    if (segment.kind == SegmentKind::Switch) {
        // The pause belongs to the side just done: go back to its start.
        target = segmentOfStep(segment.step - 1);
    } else if (segment.kind == SegmentKind::Step && !wellInto && segment.step > 0) {
        target = segmentOfStep(segment.step - 1);
    }
    leaveSegment(at, false);
    enterSegment(target, at);
    catchUp(at);
    return true;
}

bool Player::extend(TimePoint now, std::chrono::seconds by)
{
    if (by <= seconds(0))
        return false;
    const auto reached = commandTime(now);
    if (!reached)
        return false;
    const Duration at = *reached;
    Segment &segment = m_segments[m_current];
    segment.extension += by;
    // The ten-second warning comes again before the new end.
    if (currentEnd() - warningBeforeEnd > at)
        m_warningDelivered = false;
    if (segment.kind == SegmentKind::Step)
        recordFor(segment.step).extendedBySeconds += static_cast<int>(by.count());
    return true;
}

bool Player::stop(TimePoint now)
{
    const auto reached = commandTime(now);
    if (!reached)
        return false;
    const Duration at = *reached;
    leaveSegment(at, false);
    m_processedTo = at;
    m_state = PlayerState::Stopped;
    return true;
}

QList<PlayerEvent> Player::update(TimePoint now)
{
    const Duration at = activeAt(now);
    advance(at);
    QList<PlayerEvent> events;
    events.swap(m_pending);
    for (PlayerEvent &event : events)
        event.stale = at - event.at > staleAfter;
    return events;
}

PlayerSnapshot Player::snapshot(TimePoint now) const
{
    Player player = *this;
    const Duration at = player.activeAt(now);
    player.advance(at);

    PlayerSnapshot snapshot;
    snapshot.state = player.m_state;
    const Duration total = player.expectedTotal();
    snapshot.sessionElapsed = duration_cast<milliseconds>(at);
    snapshot.sessionRemaining = duration_cast<milliseconds>(std::max(Duration{0}, total - at));
    const auto stepCount = static_cast<int>(m_plan.steps().size());
    if (player.m_current < 0) {
        snapshot.progress = player.m_state == PlayerState::Finished ? 1.0 : 0.0;
        snapshot.nextStep = stepCount > 0 ? 0 : -1;
        return snapshot;
    }
    // Where the session stands in its plan, so that the bar and its step marks agree: Next
    // moves to the next mark, Previous back to one, and 30 more seconds slow the way across
    // the step rather than move it back.
    Duration plannedTotal{0};
    Duration plannedBefore{0};
    for (qsizetype i = 0; i < player.m_segments.size(); ++i) {
        plannedTotal += player.m_segments.at(i).planned;
        if (i < player.m_current)
            plannedBefore += player.m_segments.at(i).planned;
    }
    const Duration length = player.segmentLength(player.m_current);
    const double through =
        length > Duration{0}
            ? std::clamp(toSeconds(at - player.m_currentStart) / toSeconds(length), 0.0, 1.0)
            : 1.0;
    snapshot.progress =
        player.m_state == PlayerState::Finished ? 1.0
        : plannedTotal > Duration{0}
            ? std::clamp((toSeconds(plannedBefore) +
                          through * toSeconds(player.m_segments.at(player.m_current).planned)) /
                             toSeconds(plannedTotal),
                         0.0, 1.0)
            : 0.0;
    const Segment &segment = player.m_segments[player.m_current];
    snapshot.settling = segment.kind == SegmentKind::Settle;
    snapshot.switchingSide = segment.kind == SegmentKind::Switch;
    snapshot.step = segment.step;
    snapshot.side = segment.step >= 0 ? m_plan.steps().at(segment.step).side : std::nullopt;
    snapshot.stepElapsed = duration_cast<milliseconds>(at - player.m_currentStart);
    snapshot.stepRemaining =
        duration_cast<milliseconds>(std::max(Duration{0}, player.currentEnd() - at));
    if (player.m_state == PlayerState::Finished)
        snapshot.stepRemaining = milliseconds{0};
    snapshot.nextStep = segment.step + 1 < stepCount ? segment.step + 1 : -1;
    return snapshot;
}

BreathState Player::breath(TimePoint now) const
{
    const Duration at = activeAt(now);
    if (m_current >= 0 && isActive(m_state) && at >= currentEnd()) {
        // A step began since the last update: let it set its pattern first.
        Player player = *this;
        player.advance(at);
        return player.m_pacer.at(toSeconds(at));
    }
    return m_pacer.at(toSeconds(at));
}

QList<StepRecord> Player::stepLog() const
{
    QList<StepRecord> log = m_log;
    std::sort(log.begin(), log.end(),
              [](const StepRecord &a, const StepRecord &b) { return a.step < b.step; });
    return log;
}

} // namespace viparita
