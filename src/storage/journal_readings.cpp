#include "journal_private.h"

#include <viparita/core/reading_validator.h>

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>
#include <vector>

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

namespace {

/// A word column as one of the known words, without making a QString.
bool columnIs(sqlite3_stmt *statement, int column, const char *word)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text && qstrcmp(text, word) == 0;
}

/// Reads readings with SQLite's own API: a journal of years holds a hundred
/// thousand readings, and the trends and history pages read them all.
StorageResult<QList<Reading>> bulkReadings(const Journal::Private &d, const QString &where,
                                           const QList<qint64> &values, bool orderHere = false)
{
    const QVariant handle = d.database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        !*static_cast<sqlite3 *const *>(handle.data()))
        return StorageError{StorageError::Kind::Failed,
                            tr("The journal %1 is not open.").arg(d.path)};
    sqlite3 *database = *static_cast<sqlite3 *const *>(handle.data());
    const QByteArray sql =
        u"SELECT %1 FROM readings WHERE deleted_at IS NULL AND %2 ORDER BY taken_at, id"_s
            .arg(readingColumns, where)
            .toUtf8();
    sqlite3_stmt *statement = nullptr;
    auto failure = [&d, database] {
        return StorageError{StorageError::Kind::Failed,
                            tr("Reading the journal %1 failed: %2")
                                .arg(d.path, QString::fromUtf8(sqlite3_errmsg(database)))};
    };
    if (sqlite3_prepare_v2(database, sql.constData(), static_cast<int>(sql.size()), &statement,
                           nullptr) != SQLITE_OK)
        return failure();
    for (qsizetype i = 0; i < values.size(); ++i)
        sqlite3_bind_int64(statement, static_cast<int>(i + 1), values.at(i));
    QList<Reading> result;
    // Room for them all at once, from a count the indexes answer quickly.
    sqlite3_stmt *count = nullptr;
    const QByteArray countSql =
        u"SELECT count(*) FROM readings WHERE deleted_at IS NULL AND %1"_s.arg(where).toUtf8();
    if (sqlite3_prepare_v2(database, countSql.constData(), static_cast<int>(countSql.size()),
                           &count, nullptr) == SQLITE_OK) {
        for (qsizetype i = 0; i < values.size(); ++i)
            sqlite3_bind_int64(count, static_cast<int>(i + 1), values.at(i));
        if (sqlite3_step(count) == SQLITE_ROW)
            result.reserve(sqlite3_column_int64(count, 0));
    }
    sqlite3_finalize(count);
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        Reading reading;
        reading.id = sqlite3_column_int64(statement, 0);
        reading.takenAt =
            QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(statement, 1), Qt::OffsetFromUTC,
                                           sqlite3_column_int(statement, 2));
        reading.systolic = sqlite3_column_int(statement, 3);
        reading.diastolic = sqlite3_column_int(statement, 4);
        if (sqlite3_column_type(statement, 5) != SQLITE_NULL)
            reading.pulse = sqlite3_column_int(statement, 5);
        reading.context = columnIs(statement, 6, "before")   ? ReadingContext::Before
                          : columnIs(statement, 6, "during") ? ReadingContext::During
                          : columnIs(statement, 6, "after")  ? ReadingContext::After
                                                             : ReadingContext::Standalone;
        if (sqlite3_column_type(statement, 7) != SQLITE_NULL)
            reading.sessionId = sqlite3_column_int64(statement, 7);
        if (columnIs(statement, 8, "left"))
            reading.arm = Arm::Left;
        else if (columnIs(statement, 8, "right"))
            reading.arm = Arm::Right;
        if (columnIs(statement, 9, "sitting"))
            reading.position = BodyPosition::Sitting;
        else if (columnIs(statement, 9, "lying"))
            reading.position = BodyPosition::Lying;
        else if (columnIs(statement, 9, "standing"))
            reading.position = BodyPosition::Standing;
        reading.irregular = sqlite3_column_int(statement, 10) != 0;
        if (const int bytes = sqlite3_column_bytes(statement, 11); bytes > 0)
            reading.note = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 11)), bytes);
        result.append(std::move(reading));
    }
    const bool done = status == SQLITE_DONE;
    StorageError error = done ? StorageError{} : failure();
    sqlite3_finalize(statement);
    if (!done)
        return error;
    if (orderHere) {
        // Sort (time, id) keys, not the readings, then move each reading once.
        std::vector<std::tuple<qint64, qint64, qsizetype>> keys;
        keys.reserve(static_cast<size_t>(result.size()));
        for (qsizetype i = 0; i < result.size(); ++i)
            keys.emplace_back(result.at(i).takenAt.toMSecsSinceEpoch(), result.at(i).id, i);
        if (!std::is_sorted(keys.cbegin(), keys.cend())) {
            std::sort(keys.begin(), keys.end());
            QList<Reading> ordered;
            ordered.reserve(result.size());
            for (const auto &key : keys)
                ordered.append(std::move(result[std::get<2>(key)]));
            result = std::move(ordered);
        }
    }
    return result;
}

} // namespace

StorageResult<QList<Reading>> Journal::readings(const DateRange &range) const
{
    if (!range.from && !range.to)
        return bulkReadings(*d, u"1"_s, {}, true);
    const auto [from, to] = detail::localBounds(range);
    return bulkReadings(
        *d, u"taken_at + taken_offset * 1000 >= ? AND taken_at + taken_offset * 1000 < ?"_s,
        {from, to});
}

StorageResult<std::optional<QDate>> Journal::firstDay() const
{
    QSqlQuery query = d->query();
    StorageError error;
    if (!d->run(
            query,
            u"SELECT min(first) FROM (SELECT min(taken_at + taken_offset * 1000) AS first FROM "
            u"readings "
            "WHERE deleted_at IS NULL UNION ALL SELECT min(started_at + started_offset * 1000) FROM sessions)"_s,
            {}, tr("Reading the journal"), error))
        return error;
    if (!query.next() || query.isNull(0))
        return std::optional<QDate>();
    // "Local milliseconds": the local date is the UTC date of that number.
    return std::optional<QDate>(
        QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC).date());
}

StorageResult<QList<Reading>> Journal::readingsOfSession(qint64 sessionId) const
{
    return bulkReadings(*d, u"session_id = ?"_s, {sessionId});
}

} // namespace viparita
