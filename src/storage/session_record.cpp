#include <viparita/storage/session_record.h>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

QString toString(SessionStatus status)
{
    switch (status) {
    case SessionStatus::InProgress:
        return u"in_progress"_s;
    case SessionStatus::Completed:
        return u"completed"_s;
    case SessionStatus::Stopped:
        break;
    }
    return u"stopped"_s;
}

std::optional<SessionStatus> sessionStatusFromString(const QString &text)
{
    for (auto status :
         {SessionStatus::InProgress, SessionStatus::Completed, SessionStatus::Stopped}) {
        if (toString(status) == text)
            return status;
    }
    return std::nullopt;
}

namespace {

QString patternText(const BreathPattern &pattern)
{
    return u"%1-%2-%3-%4"_s.arg(pattern.inhale)
        .arg(pattern.holdIn)
        .arg(pattern.exhale)
        .arg(pattern.holdOut);
}

} // namespace

QString SessionRecord::breathText(const BreathProgression &breath)
{
    return breath.end ? patternText(breath.start) + u" > "_s + patternText(*breath.end)
                      : patternText(breath.start);
}

SessionRecord SessionRecord::forPlan(const SessionPlan &plan, const QDateTime &startedAt)
{
    SessionRecord session;
    session.sequenceId = plan.sequenceId();
    session.sequenceVersion = plan.sequenceVersion();
    session.sequenceTitle = plan.sequenceTitle();
    // The moment with its own offset, as every time in the journal.
    session.startedAt = startedAt.toOffsetFromUtc(startedAt.offsetFromUtc());
    session.plannedSeconds = plan.totalSeconds();
    session.breathPattern = breathText(plan.breath());
    return session;
}

SessionStepRecord SessionStepRecord::played(const StepRecord &record)
{
    return {record.step,
            record.stepId,
            record.side,
            record.plannedSeconds,
            record.actualSeconds,
            record.skipped,
            record.extendedBySeconds};
}

QList<SessionStepRecord> SessionStepRecord::playedInFull(const SessionPlan &plan)
{
    QList<SessionStepRecord> steps;
    for (qsizetype i = 0; i < plan.steps().size(); ++i) {
        const PlannedStep &step = plan.steps().at(i);
        steps.append({static_cast<int>(i), step.stepId, step.side, step.durationSeconds,
                      static_cast<double>(step.durationSeconds), false, 0});
    }
    return steps;
}

} // namespace viparita
