#include "journal_private.h"

#include <viparita/core/reading_validator.h>

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

using detail::JournalText;
using detail::nullable;
using detail::storedTime;
using detail::utcMilliseconds;
using detail::utcOffset;

namespace {

const QString sessionColumns =
    u"id, sequence_id, sequence_version, sequence_title, started_at, started_offset, ended_at, "
    "ended_offset, status, planned_seconds, actual_seconds, breath_pattern, feeling, note"_s;

/// A text column as a QString; a value equal to the one of the row before is shared
/// with it (a journal's sessions mostly repeat their sequence and its title).
QString textAt(sqlite3_stmt *statement, int column, const QString &before)
{
    const int bytes = sqlite3_column_bytes(statement, column);
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    if (bytes == 0 || !text)
        return {};
    const QString value = QString::fromUtf8(text, bytes);
    return value == before ? before : value;
}

/// Reads sessions with SQLite's own API, as bulkReadings() reads readings: the
/// journal of ten years holds thousands, and the exports and the home page read them all.
StorageResult<QList<SessionRecord>> bulkSessions(const Journal::Private &d, const QString &where,
                                                 const QList<qint64> &values)
{
    sqlite3 *database = d.sqliteHandle();
    if (!database)
        return StorageError{StorageError::Kind::Failed,
                            JournalText::tr("The journal %1 is not open.").arg(d.path)};
    const QByteArray sql =
        u"SELECT %1 FROM sessions WHERE deleted_at IS NULL AND (%2) ORDER BY started_at, id"_s
            .arg(sessionColumns, where)
            .toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(database, sql.constData(), static_cast<int>(sql.size()), &statement,
                           nullptr) != SQLITE_OK)
        return d.readFailed(database);
    for (qsizetype i = 0; i < values.size(); ++i)
        sqlite3_bind_int64(statement, static_cast<int>(i + 1), values.at(i));
    QList<SessionRecord> result;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        const SessionRecord *previous = result.isEmpty() ? nullptr : &result.constLast();
        SessionRecord session;
        session.id = sqlite3_column_int64(statement, 0);
        session.sequenceId = textAt(statement, 1, previous ? previous->sequenceId : QString());
        session.sequenceVersion = sqlite3_column_int(statement, 2);
        session.sequenceTitle =
            textAt(statement, 3, previous ? previous->sequenceTitle : QString());
        session.startedAt =
            QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(statement, 4), Qt::OffsetFromUTC,
                                           sqlite3_column_int(statement, 5));
        if (sqlite3_column_type(statement, 6) != SQLITE_NULL)
            session.endedAt =
                QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(statement, 6),
                                               Qt::OffsetFromUTC, sqlite3_column_int(statement, 7));
        const auto *word = reinterpret_cast<const char *>(sqlite3_column_text(statement, 8));
        session.status = qstrcmp(word, "in_progress") == 0 ? SessionStatus::InProgress
                         : qstrcmp(word, "completed") == 0 ? SessionStatus::Completed
                                                           : SessionStatus::Stopped;
        session.plannedSeconds = sqlite3_column_int(statement, 9);
        if (sqlite3_column_type(statement, 10) != SQLITE_NULL)
            session.actualSeconds = sqlite3_column_int(statement, 10);
        session.breathPattern =
            textAt(statement, 11, previous ? previous->breathPattern : QString());
        if (sqlite3_column_type(statement, 12) != SQLITE_NULL)
            session.feeling = sqlite3_column_int(statement, 12);
        session.note = textAt(statement, 13, QString());
        result.append(std::move(session));
    }
    const bool done = status == SQLITE_DONE;
    StorageError error;
    if (!done)
        error = d.readFailed(database);
    sqlite3_finalize(statement);
    if (!done)
        return error;
    return result;
}

StorageError checkSession(const SessionRecord &session)
{
    if (session.sequenceId.isEmpty() || !session.startedAt.isValid())
        return {StorageError::Kind::Invalid,
                JournalText::tr("A session needs its sequence and its start time.")};
    if (session.feeling && (*session.feeling < 1 || *session.feeling > 5))
        return {StorageError::Kind::Invalid,
                JournalText::tr("feeling: must be a whole number from 1 to 5")};
    // The same rule as a reading's note, counted in code points.
    if (const qsizetype length = session.note.toUcs4().size();
        length > ReadingValidator::maxNoteLength)
        return {StorageError::Kind::Invalid,
                JournalText::tr("note: must be at most %1 characters long (this one has %2)")
                    .arg(ReadingValidator::maxNoteLength)
                    .arg(length)};
    return {};
}

StorageError insertSession(const Journal::Private &d, const SessionRecord &session, qint64 &id)
{
    if (StorageError invalid = checkSession(session); invalid.isError())
        return invalid;
    QSqlQuery query = d.query();
    StorageError error;
    const QVariant ended = session.endedAt ? utcMilliseconds(*session.endedAt) : QVariant();
    const QVariant endedOffset = session.endedAt ? utcOffset(*session.endedAt) : QVariant();
    if (!d.run(query,
               u"INSERT INTO sessions (sequence_id, sequence_version, sequence_title, started_at, "
               "started_offset, ended_at, ended_offset, status, planned_seconds, actual_seconds, "
               "breath_pattern, feeling, note) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, COALESCE(?, ''))"_s,
               {session.sequenceId, session.sequenceVersion, session.sequenceTitle,
                utcMilliseconds(session.startedAt), utcOffset(session.startedAt), ended,
                endedOffset, toString(session.status), session.plannedSeconds,
                nullable(session.actualSeconds), session.breathPattern, nullable(session.feeling),
                session.note},
               JournalText::tr("Saving the session"), error))
        return error;
    id = query.lastInsertId().toLongLong();
    return {};
}

StorageError insertStep(const Journal::Private &d, qint64 sessionId, const SessionStepRecord &step)
{
    QSqlQuery query = d.query();
    StorageError error;
    d.run(query,
          // A step visited again (with Previous) updates its row.
          u"INSERT INTO session_steps (session_id, position, step_id, side, planned_seconds, "
          "actual_seconds, skipped, extended_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (session_id, position) DO UPDATE SET planned_seconds = "
          "excluded.planned_seconds, "
          "actual_seconds = excluded.actual_seconds, skipped = excluded.skipped, "
          "extended_seconds = excluded.extended_seconds"_s,
          {sessionId, step.position, step.stepId,
           step.side ? QVariant(sideName(*step.side)) : QVariant(), step.plannedSeconds,
           step.actualSeconds, step.skipped ? 1 : 0, step.extendedBySeconds},
          JournalText::tr("Saving a step of session %1").arg(sessionId), error);
    return error;
}

} // namespace

StorageResult<qint64> Journal::startSession(const SessionRecord &session)
{
    qint64 id = 0;
    const StorageError error =
        d->inTransaction(JournalText::tr("Saving the session"), JournalChange::Sessions,
                         [this, &session, &id] { return insertSession(*d, session, id); });
    if (error.isError())
        return error;
    return id;
}

StorageStatus Journal::addSessionStep(qint64 sessionId, const SessionStepRecord &step)
{
    const StorageError error =
        d->inTransaction(JournalText::tr("Saving a step"), JournalChange::Sessions,
                         [this, sessionId, &step] { return insertStep(*d, sessionId, step); });
    if (error.isError())
        return error;
    return true;
}

namespace {

/// How the person felt: 1 (worse) to 5 (much better), or not said.
StorageError feelingProblem(std::optional<int> feeling)
{
    if (feeling && (*feeling < 1 || *feeling > 5))
        return {StorageError::Kind::Invalid,
                JournalText::tr("feeling: must be a whole number from 1 to 5")};
    return {};
}

} // namespace

StorageStatus Journal::finishSession(qint64 sessionId, SessionStatus status,
                                     const QDateTime &endedAt, int actualSeconds,
                                     std::optional<int> feeling, const QString &note)
{
    if (const StorageError invalid = feelingProblem(feeling); invalid.isError())
        return invalid;
    const QString doing = JournalText::tr("Finishing session %1").arg(sessionId);
    const StorageError error = d->inTransaction(doing, JournalChange::Sessions, [&] {
        QSqlQuery query = d->query();
        StorageError failure;
        if (!d->run(query,
                    u"UPDATE sessions SET status = ?, ended_at = ?, ended_offset = ?, "
                    "actual_seconds = ?, feeling = ?, note = COALESCE(?, '') WHERE id = ?"_s,
                    {toString(status), utcMilliseconds(endedAt), utcOffset(endedAt), actualSeconds,
                     nullable(feeling), note, sessionId},
                    doing, failure))
            return failure;
        if (query.numRowsAffected() != 1)
            return StorageError{StorageError::Kind::NotFound,
                                JournalText::tr("There is no session %1.").arg(sessionId)};
        return failure;
    });
    if (error.isError())
        return error;
    return true;
}

StorageResult<SessionRecord> Journal::session(qint64 sessionId) const
{
    const auto found = bulkSessions(*d, u"id = ?"_s, {sessionId});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return StorageError{StorageError::Kind::NotFound,
                            JournalText::tr("There is no session %1.").arg(sessionId)};
    return found->constFirst();
}

StorageStatus Journal::updateSessionNotes(qint64 sessionId, std::optional<int> feeling,
                                          const QString &note)
{
    if (const StorageError invalid = feelingProblem(feeling); invalid.isError())
        return invalid;
    if (const qsizetype length = note.toUcs4().size(); length > ReadingValidator::maxNoteLength)
        return StorageError{StorageError::Kind::Invalid,
                            JournalText::tr("note: at most %1 characters, not %2")
                                .arg(ReadingValidator::maxNoteLength)
                                .arg(length)};
    const QString doing = JournalText::tr("Changing session %1").arg(sessionId);
    const StorageError error = d->inTransaction(doing, JournalChange::Sessions, [&] {
        QSqlQuery query = d->query();
        StorageError failure;
        if (!d->run(query,
                    u"UPDATE sessions SET feeling = ?, note = COALESCE(?, '') "
                    "WHERE id = ? AND deleted_at IS NULL"_s,
                    {nullable(feeling), note, sessionId}, doing, failure))
            return failure;
        if (query.numRowsAffected() != 1)
            return StorageError{StorageError::Kind::NotFound,
                                JournalText::tr("There is no session %1.").arg(sessionId)};
        return failure;
    });
    if (error.isError())
        return error;
    return true;
}

namespace {

/// Marks session `sessionId` and its readings deleted (`deleted`), or brings back the ones
/// deleted with it. The readings deleted with the session carry its deletion's moment, so
/// that a reading deleted on its own before stays deleted when the session comes back.
StorageStatus setSessionDeleted(Journal::Private &d, qint64 sessionId, bool deleted)
{
    const QString doing = deleted ? JournalText::tr("Deleting session %1").arg(sessionId)
                                  : JournalText::tr("Restoring session %1").arg(sessionId);
    const StorageError error = d.inTransaction(doing, JournalChange::Sessions, [&] {
        QSqlQuery query = d.query();
        StorageError failure;
        if (deleted) {
            // A moment none of the session's readings deleted before carries, even within
            // the same millisecond, so that Undo tells them apart.
            qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (!d.run(query, u"SELECT max(deleted_at) FROM readings WHERE session_id = ?"_s,
                       {sessionId}, doing, failure))
                return failure;
            if (query.next() && !query.isNull(0))
                now = std::max(now, query.value(0).toLongLong() + 1);
            if (!d.run(query,
                       u"UPDATE sessions SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL "
                       "AND status != 'in_progress'"_s,
                       {now, sessionId}, doing, failure))
                return failure;
            if (query.numRowsAffected() != 1)
                return StorageError{
                    StorageError::Kind::NotFound,
                    JournalText::tr("There is no finished session %1 to delete.").arg(sessionId)};
            d.run(query,
                  u"UPDATE readings SET deleted_at = ? WHERE session_id = ? "
                  "AND deleted_at IS NULL"_s,
                  {now, sessionId}, doing, failure);
            return failure;
        }
        if (!d.run(query,
                   u"UPDATE readings SET deleted_at = NULL WHERE session_id = ? AND deleted_at = "
                   "(SELECT deleted_at FROM sessions WHERE id = ? AND deleted_at IS NOT NULL)"_s,
                   {sessionId, sessionId}, doing, failure))
            return failure;
        if (!d.run(query,
                   u"UPDATE sessions SET deleted_at = NULL WHERE id = ? "
                   "AND deleted_at IS NOT NULL"_s,
                   {sessionId}, doing, failure))
            return failure;
        if (query.numRowsAffected() != 1)
            return StorageError{StorageError::Kind::NotFound,
                                JournalText::tr("There is no deleted session %1.").arg(sessionId)};
        return failure;
    });
    if (error.isError())
        return error;
    return true;
}

} // namespace

StorageStatus Journal::deleteSession(qint64 sessionId)
{
    return setSessionDeleted(*d, sessionId, true);
}

StorageStatus Journal::restoreSession(qint64 sessionId)
{
    return setSessionDeleted(*d, sessionId, false);
}

StorageResult<QList<SessionRecord>> Journal::sessions(const DateRange &range) const
{
    if (!range.from && !range.to)
        return bulkSessions(*d, u"1"_s, {});
    const auto [from, to] = detail::localBounds(range);
    return bulkSessions(*d,
                        u"started_at + started_offset * 1000 >= ? "
                        "AND started_at + started_offset * 1000 < ?"_s,
                        {from, to});
}

StorageResult<std::optional<SessionRecord>> Journal::lastCompletedSession() const
{
    const auto found = bulkSessions(*d,
                                    u"id = (SELECT id FROM sessions WHERE status = 'completed' "
                                    "AND deleted_at IS NULL "
                                    "ORDER BY started_at DESC, id DESC LIMIT 1)"_s,
                                    {});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return std::optional<SessionRecord>();
    return std::optional<SessionRecord>(found->constFirst());
}

StorageResult<QList<QDate>> Journal::practiceDays() const
{
    QSqlQuery query = d->query();
    StorageError error;
    // Each session's local time in milliseconds; the day is worked out here, rounding down
    // for times before 1970 too.
    if (!d->run(query,
                u"SELECT DISTINCT started_at + started_offset * 1000 FROM sessions "
                "WHERE status = 'completed' AND deleted_at IS NULL"_s,
                {}, JournalText::tr("Reading the journal"), error))
        return error;
    constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
    const QDate epoch(1970, 1, 1);
    QList<qint64> dayNumbers;
    while (query.next()) {
        const qint64 local = query.value(0).toLongLong();
        dayNumbers.append(local >= 0 ? local / dayMs : -((-local + dayMs - 1) / dayMs));
    }
    std::sort(dayNumbers.begin(), dayNumbers.end());
    dayNumbers.erase(std::unique(dayNumbers.begin(), dayNumbers.end()), dayNumbers.end());
    QList<QDate> days;
    days.reserve(dayNumbers.size());
    for (const qint64 number : dayNumbers)
        days.append(epoch.addDays(number));
    return days;
}

StorageResult<QList<SessionRecord>> Journal::interruptedSessions() const
{
    return bulkSessions(*d, u"status = 'in_progress'"_s, {});
}

StorageResult<QList<SessionStepRecord>> Journal::sessionSteps(qint64 sessionId) const
{
    QSqlQuery query = d->query();
    StorageError error;
    if (!d->run(query,
                u"SELECT position, step_id, side, planned_seconds, actual_seconds, skipped, "
                "extended_seconds FROM session_steps WHERE session_id = ? ORDER BY position"_s,
                {sessionId}, JournalText::tr("Reading the journal"), error))
        return error;
    QList<SessionStepRecord> steps;
    while (query.next()) {
        SessionStepRecord step;
        step.position = query.value(0).toInt();
        step.stepId = query.value(1).toString();
        if (!query.isNull(2))
            step.side = query.value(2).toString() == u"left"_s ? Side::Left : Side::Right;
        step.plannedSeconds = query.value(3).toInt();
        step.actualSeconds = query.value(4).toDouble();
        step.skipped = query.value(5).toBool();
        step.extendedBySeconds = query.value(6).toInt();
        steps.append(step);
    }
    return steps;
}

StorageResult<qint64> Journal::logSession(const SessionRecord &session,
                                          const QList<SessionStepRecord> &steps,
                                          const QList<Reading> &readings)
{
    qint64 id = 0;
    const StorageError error = d->inTransaction(
        JournalText::tr("Saving the session"), JournalChange::Sessions, [&]() -> StorageError {
            if (StorageError failure = insertSession(*d, session, id); failure.isError())
                return failure;
            for (const SessionStepRecord &step : steps) {
                if (StorageError failure = insertStep(*d, id, step); failure.isError())
                    return failure;
            }
            for (Reading reading : readings) {
                reading.sessionId = id;
                qint64 readingId = 0;
                if (StorageError failure = detail::insertReading(*d, reading, readingId);
                    failure.isError())
                    return failure;
            }
            return {};
        });
    if (error.isError())
        return error;
    return id;
}

} // namespace viparita
