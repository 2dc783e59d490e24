#pragma once

#include <viparita/core/measurement.h>
#include <viparita/core/player.h>
#include <viparita/core/reading.h>
#include <viparita/storage/session_record.h>
#include <viparita/storage/storage_error.h>

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace viparita {

class Journal;

/// The journal's side of one session as it is played, apart from the flow that plays it:
/// the session saved as it starts, each step as it ends, each reading as it is saved, and
/// the end with the summary; or a session a crash interrupted, taken up to be finished.
///
/// Each write is its own transaction, so a crash loses at most the step under way. Without
/// a journal, or with a read-only one, nothing is written (the log says so, once) and the
/// session's readings are still kept here for its own summary.
class SessionRecorder final {
public:
    /// `journal` may be null.
    explicit SessionRecorder(Journal *journal);

    /// Saves a new session of `plan`, begun at `startedAt` (SessionRecord::forPlan), and
    /// forgets the last one. False when it could not be saved (the log says why).
    bool start(const SessionPlan &plan, const QDateTime &startedAt);
    /// Saves the steps of `log` that have ended: all of them, except `stepUnderWay` when
    /// given (it is saved when it ends). Saving a step again updates its row.
    void saveSteps(const QList<StepRecord> &log, std::optional<int> stepUnderWay);
    /// Saves readings taken in this session (each joins it); each is kept, with its id when
    /// saved, whether or not it could be written.
    void saveReadings(const QList<Reading> &readings);
    /// Saves readings that belong to no session: taken before a session that did not start
    /// (a severe reading, say). Each is kept as a reading on its own (context standalone),
    /// with its id when saved.
    void saveWithoutSession(const QList<Reading> &readings);
    /// Saves the end: how it ended, when, the time practised, how the person feels and
    /// their note. False when it could not be saved.
    bool finish(SessionStatus status, const QDateTime &endedAt, int practisedSeconds,
                std::optional<int> feeling, const QString &note);

    /// Finishes the session as stopped and deletes it with its readings (as the history's
    /// Delete does, so that it can still be brought back): a session the person does not keep.
    bool discard(const QDateTime &endedAt, int practisedSeconds);

    /// What the journal holds of a session a crash interrupted.
    struct Interrupted {
        QString sequenceTitle;
        int practisedSeconds = 0; ///< the steps' time, all together
        int stepsDone = 0;
        int stepsSkipped = 0;
    };
    /// Takes up `session`, which a crash interrupted, to finish it: its readings so far, and
    /// what its saved steps say. Nothing without a journal.
    [[nodiscard]] std::optional<Interrupted> resume(const SessionRecord &session);
    /// Keeps an interrupted session as stopped, as it was, ended `now`.
    [[nodiscard]] static StorageStatus markStopped(Journal &journal, const SessionRecord &session,
                                                   const QDateTime &now);

    /// The session's id in the journal; 0 when it is not saved.
    [[nodiscard]] qint64 sessionId() const { return m_sessionId; }
    /// The readings of the session so far.
    [[nodiscard]] const QList<Reading> &readings() const { return m_readings; }
    /// The mean of the session's readings of `context`, if it has any.
    [[nodiscard]] std::optional<Measurement> measurementOf(ReadingContext context) const;

private:
    [[nodiscard]] bool canWrite();

    Journal *m_journal;
    qint64 m_sessionId = 0;
    QList<Reading> m_readings;
    bool m_warnedNoJournal = false;
};

} // namespace viparita
