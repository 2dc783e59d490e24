#include <viparita/storage/session_recorder.h>

#include <viparita/storage/journal.h>

#include <spdlog/spdlog.h>

namespace viparita {

SessionRecorder::SessionRecorder(Journal *journal) : m_journal(journal) {}

bool SessionRecorder::canWrite()
{
    if (m_journal && !m_journal->isReadOnly())
        return true;
    if (!m_warnedNoJournal) {
        spdlog::warn("No writable journal: this session will not be saved");
        m_warnedNoJournal = true;
    }
    return false;
}

bool SessionRecorder::start(const SessionPlan &plan, const QDateTime &startedAt)
{
    m_sessionId = 0;
    m_readings.clear();
    if (!canWrite())
        return false;
    const auto saved = m_journal->startSession(SessionRecord::forPlan(plan, startedAt));
    if (!saved.ok()) {
        spdlog::error("The session could not be saved: {}", saved.error().message.toStdString());
        return false;
    }
    m_sessionId = *saved;
    spdlog::info("Session {} started and saved", m_sessionId);
    return true;
}

void SessionRecorder::saveSteps(const QList<StepRecord> &log, std::optional<int> stepUnderWay)
{
    if (!m_journal || m_sessionId == 0)
        return;
    for (const StepRecord &record : log) {
        if (stepUnderWay && record.step == *stepUnderWay)
            continue;
        const auto saved =
            m_journal->addSessionStep(m_sessionId, SessionStepRecord::played(record));
        if (!saved.ok())
            spdlog::error("A step could not be saved: {}", saved.error().message.toStdString());
    }
}

void SessionRecorder::saveReadings(const QList<Reading> &readings)
{
    for (Reading reading : readings) {
        if (m_journal && m_sessionId != 0) {
            reading.sessionId = m_sessionId;
            const auto saved = m_journal->addReading(reading);
            if (saved.ok()) {
                reading.id = *saved;
                spdlog::info("Reading {} of session {} saved ({})", reading.id, m_sessionId,
                             toString(reading.context).toStdString());
            } else {
                spdlog::error("A reading could not be saved: {}",
                              saved.error().message.toStdString());
            }
        }
        m_readings.append(reading);
    }
}

void SessionRecorder::saveWithoutSession(const QList<Reading> &readings)
{
    for (Reading reading : readings) {
        // Before a session that never began, a reading is one taken on its own.
        reading.sessionId.reset();
        reading.context = ReadingContext::Standalone;
        if (m_journal && !m_journal->isReadOnly()) {
            const auto saved = m_journal->addReading(reading);
            if (saved.ok()) {
                reading.id = *saved;
                spdlog::info("Reading {} saved without a session ({})", reading.id,
                             toString(reading.context).toStdString());
            } else {
                spdlog::error("A reading could not be saved: {}",
                              saved.error().message.toStdString());
            }
        }
        m_readings.append(reading);
    }
}

bool SessionRecorder::finish(SessionStatus status, const QDateTime &endedAt, int practisedSeconds,
                             std::optional<int> feeling, const QString &note)
{
    if (!m_journal || m_sessionId == 0)
        return false;
    const auto saved = m_journal->finishSession(m_sessionId, status,
                                                endedAt.toOffsetFromUtc(endedAt.offsetFromUtc()),
                                                practisedSeconds, feeling, note);
    if (!saved.ok()) {
        spdlog::error("The session could not be finished: {}", saved.error().message.toStdString());
        return false;
    }
    spdlog::info("Session {} finished and saved ({})", m_sessionId, toString(status).toStdString());
    return true;
}

bool SessionRecorder::discard(const QDateTime &endedAt, int practisedSeconds)
{
    if (!finish(SessionStatus::Stopped, endedAt, practisedSeconds, std::nullopt, QString()))
        return false;
    const auto deleted = m_journal->deleteSession(m_sessionId);
    if (!deleted.ok()) {
        spdlog::error("The session could not be discarded: {}",
                      deleted.error().message.toStdString());
        return false;
    }
    spdlog::info("Session {} discarded", m_sessionId);
    return true;
}

std::optional<SessionRecorder::Interrupted> SessionRecorder::resume(const SessionRecord &session)
{
    if (!m_journal)
        return std::nullopt;
    m_sessionId = session.id;
    m_readings.clear();
    if (const auto readings = m_journal->readingsOfSession(session.id); readings.ok())
        m_readings = *readings;
    Interrupted interrupted;
    interrupted.sequenceTitle = session.sequenceTitle;
    if (const auto steps = m_journal->sessionSteps(session.id); steps.ok()) {
        double total = 0.0;
        for (const SessionStepRecord &step : *steps) {
            total += step.actualSeconds;
            ++interrupted.stepsDone;
            interrupted.stepsSkipped += step.skipped ? 1 : 0;
        }
        interrupted.practisedSeconds = static_cast<int>(total);
    }
    return interrupted;
}

StorageStatus SessionRecorder::markStopped(Journal &journal, const SessionRecord &session,
                                           const QDateTime &now)
{
    return journal.finishSession(session.id, SessionStatus::Stopped,
                                 now.toOffsetFromUtc(now.offsetFromUtc()), 0, std::nullopt,
                                 session.note);
}

std::optional<Measurement> SessionRecorder::measurementOf(ReadingContext context) const
{
    return MeasurementGrouper::meanOf(m_readings, context);
}

} // namespace viparita
