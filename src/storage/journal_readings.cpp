#include "journal_private.h"

#include <viparita/core/reading_validator.h>

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

using detail::nullable;
using detail::storedTime;
using detail::utcMilliseconds;
using detail::utcOffset;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("viparita::Journal", text);
}

const QString readingColumns = u"id, taken_at, taken_offset, systolic, diastolic, pulse, context, "
                               "session_id, arm, position, irregular, note, deleted_at"_s;

Reading readingFrom(const QSqlQuery &query)
{
    Reading reading;
    reading.id = query.value(0).toLongLong();
    reading.takenAt = storedTime(query.value(1), query.value(2));
    reading.systolic = query.value(3).toInt();
    reading.diastolic = query.value(4).toInt();
    if (!query.isNull(5))
        reading.pulse = query.value(5).toInt();
    reading.context =
        readingContextFromString(query.value(6).toString()).value_or(ReadingContext::Standalone);
    if (!query.isNull(7))
        reading.sessionId = query.value(7).toLongLong();
    reading.arm = armFromString(query.value(8).toString());
    reading.position = bodyPositionFromString(query.value(9).toString());
    reading.irregular = query.value(10).toBool();
    reading.note = query.value(11).toString();
    if (!query.isNull(12))
        reading.deletedAt = QDateTime::fromMSecsSinceEpoch(query.value(12).toLongLong(), Qt::UTC);
    return reading;
}

QVariantList readingValues(const Reading &reading)
{
    return {utcMilliseconds(reading.takenAt),
            utcOffset(reading.takenAt),
            reading.systolic,
            reading.diastolic,
            nullable(reading.pulse),
            toString(reading.context),
            nullable(reading.sessionId),
            reading.arm ? QVariant(toString(*reading.arm)) : QVariant(),
            reading.position ? QVariant(toString(*reading.position)) : QVariant(),
            reading.irregular ? 1 : 0,
            reading.note};
}

StorageError invalidReading(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.toString());
    return {StorageError::Kind::Invalid, messages.join(u"; "_s)};
}

} // namespace

namespace detail {

StorageError insertReading(const Journal::Private &d, const Reading &reading, qint64 &id)
{
    if (const auto errors = ReadingValidator::validate(reading, QDateTime::currentDateTimeUtc());
        !errors.isEmpty())
        return invalidReading(errors);
    QSqlQuery query = d.query();
    StorageError error;
    if (!d.run(query,
               u"INSERT INTO readings (taken_at, taken_offset, systolic, diastolic, pulse, "
               "context, session_id, arm, position, irregular, note) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''))"_s,
               readingValues(reading), tr("Saving the reading"), error))
        return error;
    id = query.lastInsertId().toLongLong();
    return {};
}

} // namespace detail

StorageResult<qint64> Journal::addReading(const Reading &reading)
{
    qint64 id = 0;
    const StorageError error = d->inTransaction(tr("Saving the reading"), [this, &reading, &id] {
        return detail::insertReading(*d, reading, id);
    });
    if (error.isError())
        return error;
    return id;
}

StorageStatus Journal::updateReading(const Reading &reading)
{
    if (const auto errors = ReadingValidator::validate(reading, QDateTime::currentDateTimeUtc());
        !errors.isEmpty())
        return invalidReading(errors);
    const StorageError error = d->inTransaction(tr("Changing the reading"), [this, &reading] {
        QSqlQuery query = d->query();
        QVariantList values = readingValues(reading);
        values.append(reading.id);
        StorageError failure;
        if (!d->run(query,
                    u"UPDATE readings SET taken_at = ?, taken_offset = ?, systolic = ?, "
                    "diastolic = ?, pulse = ?, context = ?, session_id = ?, arm = ?, position = ?, "
                    "irregular = ?, note = COALESCE(?, '') WHERE id = ?"_s,
                    values, tr("Changing the reading"), failure))
            return failure;
        if (query.numRowsAffected() != 1)
            return StorageError{StorageError::Kind::NotFound,
                                tr("There is no reading %1.").arg(reading.id)};
        return failure;
    });
    if (error.isError())
        return error;
    return true;
}

namespace {

StorageStatus setDeleted(const Journal::Private &d, qint64 readingId, bool deleted)
{
    const QString doing = deleted ? tr("Deleting reading %1").arg(readingId)
                                  : tr("Restoring reading %1").arg(readingId);
    const StorageError error = d.inTransaction(doing, [&] {
        QSqlQuery query = d.query();
        StorageError failure;
        const QVariant when = deleted ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant();
        if (!d.run(
                query,
                deleted
                    ? u"UPDATE readings SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"_s
                    : u"UPDATE readings SET deleted_at = ? WHERE id = ? AND deleted_at IS NOT NULL"_s,
                {when, readingId}, doing, failure))
            return failure;
        if (query.numRowsAffected() != 1) {
            return StorageError{StorageError::Kind::NotFound,
                                deleted ? tr("There is no reading %1 to delete.").arg(readingId)
                                        : tr("There is no deleted reading %1.").arg(readingId)};
        }
        return failure;
    });
    if (error.isError())
        return error;
    return true;
}

} // namespace

StorageStatus Journal::deleteReading(qint64 readingId)
{
    return setDeleted(*d, readingId, true);
}

StorageStatus Journal::restoreReading(qint64 readingId)
{
    return setDeleted(*d, readingId, false);
}

StorageResult<int> Journal::purgeDeletedReadings()
{
    int removed = 0;
    const StorageError error = d->inTransaction(tr("Purging deleted readings"), [this, &removed] {
        QSqlQuery query = d->query();
        StorageError failure;
        if (d->run(query, u"DELETE FROM readings WHERE deleted_at IS NOT NULL"_s, {},
                   tr("Purging deleted readings"), failure))
            removed = query.numRowsAffected();
        return failure;
    });
    if (error.isError())
        return error;
    return removed;
}

StorageResult<Reading> Journal::reading(qint64 readingId) const
{
    QSqlQuery query = d->query();
    StorageError error;
    if (!d->run(query, u"SELECT %1 FROM readings WHERE id = ?"_s.arg(readingColumns), {readingId},
                tr("Reading the journal"), error))
        return error;
    if (!query.next())
        return StorageError{StorageError::Kind::NotFound,
                            tr("There is no reading %1.").arg(readingId)};
    return readingFrom(query);
}

StorageResult<QList<Reading>> Journal::readings(const DateRange &range) const
{
    const auto [from, to] = detail::localBounds(range);
    QSqlQuery query = d->query();
    query.setForwardOnly(true);
    StorageError error;
    if (!d->run(query,
                u"SELECT %1 FROM readings WHERE deleted_at IS NULL "
                "AND taken_at + taken_offset * 1000 >= ? AND taken_at + taken_offset * 1000 < ? "
                "ORDER BY taken_at, id"_s.arg(readingColumns),
                {from, to}, tr("Reading the journal"), error))
        return error;
    QList<Reading> result;
    while (query.next())
        result.append(readingFrom(query));
    return result;
}

StorageResult<QList<Reading>> Journal::readingsOfSession(qint64 sessionId) const
{
    QSqlQuery query = d->query();
    query.setForwardOnly(true);
    StorageError error;
    if (!d->run(query,
                u"SELECT %1 FROM readings WHERE deleted_at IS NULL AND session_id = ? "
                "ORDER BY taken_at, id"_s.arg(readingColumns),
                {sessionId}, tr("Reading the journal"), error))
        return error;
    QList<Reading> result;
    while (query.next())
        result.append(readingFrom(query));
    return result;
}

} // namespace viparita
