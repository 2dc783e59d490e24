#include "journal_private.h"

#include <viparita/core/reading_validator.h>

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

using detail::JournalText;
using detail::nullable;
using detail::storedTime;
using detail::utcMilliseconds;
using detail::utcOffset;

namespace {

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

ReadingInserter::ReadingInserter(const Journal::Private &d) : m_d(d), m_database(d.sqliteHandle())
{}

ReadingInserter::~ReadingInserter()
{
    sqlite3_finalize(m_statement);
    sqlite3_finalize(m_batch);
}

StorageError ReadingInserter::failed() const
{
    // The same words as any other failed write: a full disk, a lock, a read-only file.
    return m_d.errorFrom(
        QSqlError(QString(),
                  QString::fromUtf8(m_database ? sqlite3_errmsg(m_database) : "not open"),
                  QSqlError::StatementError,
                  QString::number(m_database ? sqlite3_extended_errcode(m_database) : 0)),
        JournalText::tr("Saving the reading"));
}

namespace {

constexpr int columnsEach = 11;

/// The INSERT of `rows` readings.
QByteArray insertSql(int rows)
{
    QByteArray sql = "INSERT INTO readings (taken_at, taken_offset, systolic, diastolic, pulse, "
                     "context, session_id, arm, position, irregular, note) VALUES ";
    for (int row = 0; row < rows; ++row)
        sql +=
            row == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

} // namespace

void ReadingInserter::bind(sqlite3_stmt *statement, int first, const Reading &reading)
{
    const auto text = [statement](int column, const QString &value) {
        const QByteArray bytes = value.toUtf8();
        sqlite3_bind_text(statement, column, bytes.constData(), int(bytes.size()),
                          SQLITE_TRANSIENT);
    };
    const auto optionalInt = [statement](int column, std::optional<qint64> value) {
        if (value)
            sqlite3_bind_int64(statement, column, *value);
        else
            sqlite3_bind_null(statement, column);
    };
    sqlite3_bind_int64(statement, first, utcMilliseconds(reading.takenAt).toLongLong());
    sqlite3_bind_int64(statement, first + 1, utcOffset(reading.takenAt).toLongLong());
    sqlite3_bind_int(statement, first + 2, reading.systolic);
    sqlite3_bind_int(statement, first + 3, reading.diastolic);
    optionalInt(first + 4, reading.pulse);
    text(first + 5, toString(reading.context));
    optionalInt(first + 6, reading.sessionId);
    if (reading.arm)
        text(first + 7, toString(*reading.arm));
    else
        sqlite3_bind_null(statement, first + 7);
    if (reading.position)
        text(first + 8, toString(*reading.position));
    else
        sqlite3_bind_null(statement, first + 8);
    sqlite3_bind_int(statement, first + 9, reading.irregular ? 1 : 0);
    text(first + 10, reading.note);
}

StorageError ReadingInserter::insert(const Reading &reading, qint64 *id)
{
    if (!m_database)
        return StorageError{StorageError::Kind::Failed,
                            JournalText::tr("The journal %1 is not open.").arg(m_d.path)};
    if (!m_statement) {
        const QByteArray sql = insertSql(1);
        if (sqlite3_prepare_v2(m_database, sql.constData(), int(sql.size()), &m_statement,
                               nullptr) != SQLITE_OK)
            return failed();
    }
    sqlite3_reset(m_statement);
    bind(m_statement, 1, reading);
    if (sqlite3_step(m_statement) != SQLITE_DONE)
        return failed();
    if (id)
        *id = sqlite3_last_insert_rowid(m_database);
    return {};
}

StorageError ReadingInserter::insert(const QList<const Reading *> &readings)
{
    qsizetype done = 0;
    if (m_database && readings.size() >= batchRows) {
        if (!m_batch) {
            const QByteArray sql = insertSql(batchRows);
            if (sqlite3_prepare_v2(m_database, sql.constData(), int(sql.size()), &m_batch,
                                   nullptr) != SQLITE_OK)
                return failed();
        }
        for (; done + batchRows <= readings.size(); done += batchRows) {
            sqlite3_reset(m_batch);
            for (int row = 0; row < batchRows; ++row)
                bind(m_batch, row * columnsEach + 1, *readings.at(done + row));
            if (sqlite3_step(m_batch) != SQLITE_DONE)
                return failed();
        }
    }
    for (; done < readings.size(); ++done) {
        if (StorageError error = insert(*readings.at(done)); error.isError())
            return error;
    }
    return {};
}

StorageError insertReading(const Journal::Private &d, const Reading &reading, qint64 &id)
{
    if (const auto errors = ReadingValidator::validate(reading, QDateTime::currentDateTimeUtc());
        !errors.isEmpty())
        return invalidReading(errors);
    ReadingInserter inserter(d);
    return inserter.insert(reading, &id);
}

} // namespace detail

StorageResult<qint64> Journal::addReading(const Reading &reading)
{
    qint64 id = 0;
    const StorageError error =
        d->inTransaction(JournalText::tr("Saving the reading"), JournalChange::Readings,
                         [this, &reading, &id] { return detail::insertReading(*d, reading, id); });
    if (error.isError())
        return error;
    return id;
}

StorageResult<QList<qint64>> Journal::addReadings(const QList<Reading> &readings)
{
    QList<qint64> ids;
    const StorageError error =
        d->inTransaction(JournalText::tr("Saving the readings"), JournalChange::Readings, [&] {
            for (const Reading &reading : readings) {
                qint64 id = 0;
                if (StorageError failed = detail::insertReading(*d, reading, id); failed.isError())
                    return failed;
                ids.append(id);
            }
            return StorageError{};
        });
    if (error.isError())
        return error;
    return ids;
}

StorageStatus Journal::updateReading(const Reading &reading)
{
    if (const auto errors = ReadingValidator::validate(reading, QDateTime::currentDateTimeUtc());
        !errors.isEmpty())
        return invalidReading(errors);
    const StorageError error = d->inTransaction(
        JournalText::tr("Changing the reading"), JournalChange::Readings, [this, &reading] {
            QSqlQuery query = d->query();
            QVariantList values = readingValues(reading);
            values.append(reading.id);
            StorageError failure;
            if (!d->run(
                    query,
                    u"UPDATE readings SET taken_at = ?, taken_offset = ?, systolic = ?, "
                    "diastolic = ?, pulse = ?, context = ?, session_id = ?, arm = ?, position = ?, "
                    "irregular = ?, note = COALESCE(?, '') WHERE id = ?"_s,
                    values, JournalText::tr("Changing the reading"), failure))
                return failure;
            if (query.numRowsAffected() != 1)
                return StorageError{StorageError::Kind::NotFound,
                                    JournalText::tr("There is no reading %1.").arg(reading.id)};
            return failure;
        });
    if (error.isError())
        return error;
    return true;
}

namespace {

StorageStatus setDeleted(const Journal::Private &d, qint64 readingId, bool deleted)
{
    const QString doing = deleted ? JournalText::tr("Deleting reading %1").arg(readingId)
                                  : JournalText::tr("Restoring reading %1").arg(readingId);
    const StorageError error = d.inTransaction(doing, JournalChange::Readings, [&] {
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
            return StorageError{
                StorageError::Kind::NotFound,
                deleted ? JournalText::tr("There is no reading %1 to delete.").arg(readingId)
                        : JournalText::tr("There is no deleted reading %1.").arg(readingId)};
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
    const StorageError error = d->inTransaction(
        JournalText::tr("Purging deleted readings"), JournalChange::Readings, [this, &removed] {
            QSqlQuery query = d->query();
            StorageError failure;
            if (d->run(query, u"DELETE FROM readings WHERE deleted_at IS NOT NULL"_s, {},
                       JournalText::tr("Purging deleted readings"), failure))
                removed = query.numRowsAffected();
            return failure;
        });
    if (error.isError())
        return error;
    return removed;
}

StorageResult<Reading> Journal::reading(qint64 readingId) const
{
    return d->rowById<Reading>(u"readings"_s, readingColumns, readingId,
                               JournalText::tr("There is no reading %1."), readingFrom);
}

namespace {

/// A word column (context, arm, position) as SQLite holds it, without making a QString;
/// null for NULL (qstrcmp takes null as less than any word).
const char *wordAt(sqlite3_stmt *statement, int column)
{
    return reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
}

/// Sorts `keys`, which mostly come as a few runs already in order: a journal is
/// written in time order, and an import or a reading entered later begins another run.
/// The runs are merged in pairs (linear for each pass); many runs are sorted outright.
template <typename Key>
void sortRuns(std::vector<Key> &keys)
{
    std::vector<std::size_t> bounds{0};
    for (std::size_t i = 1; i < keys.size(); ++i) {
        if (keys[i] < keys[i - 1])
            bounds.push_back(i);
    }
    if (bounds.size() > 64) {
        std::sort(keys.begin(), keys.end());
        return;
    }
    bounds.push_back(keys.size());
    while (bounds.size() > 2) {
        std::vector<std::size_t> merged{0};
        const std::size_t runs = bounds.size() - 1;
        for (std::size_t run = 0; run < runs; run += 2) {
            if (run + 1 < runs) {
                const auto begin = keys.begin();
                std::inplace_merge(begin + static_cast<std::ptrdiff_t>(bounds[run]),
                                   begin + static_cast<std::ptrdiff_t>(bounds[run + 1]),
                                   begin + static_cast<std::ptrdiff_t>(bounds[run + 2]));
                merged.push_back(bounds[run + 2]);
            } else {
                merged.push_back(bounds[run + 1]);
            }
        }
        bounds = std::move(merged);
    }
}

/// Reads readings with SQLite's own API: a journal of years holds a hundred
/// thousand readings, and the trends and history pages read them all.
///
/// With `orderHere`, SQLite walks the table in its own order (no ORDER BY, so
/// no walk of the time index with a table lookup for every row, which costs
/// twice as much) and the (time, id) keys are sorted here afterwards.
StorageResult<QList<Reading>>
bulkReadings(const Journal::Private &d, const QString &where, const QList<qint64> &values,
             bool orderHere = false, Journal::ReadingDetail detail = Journal::ReadingDetail::Full)
{
    const bool full = detail == Journal::ReadingDetail::Full;
    sqlite3 *database = d.sqliteHandle();
    if (!database)
        return StorageError{StorageError::Kind::Failed,
                            JournalText::tr("The journal %1 is not open.").arg(d.path)};
    // The columns of readingColumns but deleted_at, which is null in every row read here;
    // the last four only for a full read.
    const QString columns =
        u"id, taken_at, taken_offset, systolic, diastolic, pulse, context, session_id"_s +
        (full ? u", arm, position, irregular, note"_s : QString());
    const QByteArray sql = (orderHere ? u"SELECT %1 FROM readings WHERE deleted_at IS NULL AND %2"_s
                                      : u"SELECT %1 FROM readings WHERE deleted_at IS NULL AND %2 "
                                        "ORDER BY taken_at, id"_s)
                               .arg(columns, where)
                               .toUtf8();
    sqlite3_stmt *statement = nullptr;
    auto failure = [&d, database] { return d.readFailed(database); };
    if (sqlite3_prepare_v2(database, sql.constData(), static_cast<int>(sql.size()), &statement,
                           nullptr) != SQLITE_OK)
        return failure();
    for (qsizetype i = 0; i < values.size(); ++i)
        sqlite3_bind_int64(statement, static_cast<int>(i + 1), values.at(i));
    QList<Reading> result;
    // Room for them all at once. A bounded read counts its rows through an index; every
    // row of the table is an upper bound SQLite knows without reading the rows (counting
    // the ones not deleted would read the whole table once more).
    sqlite3_stmt *count = nullptr;
    const QByteArray countSql =
        (orderHere && where == u"1"_s
             ? u"SELECT count(*) FROM readings"_s
             : u"SELECT count(*) FROM readings WHERE deleted_at IS NULL AND %1"_s.arg(where))
            .toUtf8();
    if (sqlite3_prepare_v2(database, countSql.constData(), static_cast<int>(countSql.size()),
                           &count, nullptr) == SQLITE_OK) {
        for (qsizetype i = 0; i < values.size(); ++i)
            sqlite3_bind_int64(count, static_cast<int>(i + 1), values.at(i));
        if (sqlite3_step(count) == SQLITE_ROW)
            result.reserve(sqlite3_column_int64(count, 0));
    }
    sqlite3_finalize(count);
    // The (time, id) keys in the order read, for sorting here.
    std::vector<std::tuple<qint64, qint64, qsizetype>> keys;
    if (orderHere)
        keys.reserve(static_cast<size_t>(result.capacity()));
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        Reading reading;
        reading.id = sqlite3_column_int64(statement, 0);
        const qint64 takenAt = sqlite3_column_int64(statement, 1);
        reading.takenAt = QDateTime::fromMSecsSinceEpoch(takenAt, Qt::OffsetFromUTC,
                                                         sqlite3_column_int(statement, 2));
        reading.systolic = sqlite3_column_int(statement, 3);
        reading.diastolic = sqlite3_column_int(statement, 4);
        if (sqlite3_column_type(statement, 5) != SQLITE_NULL)
            reading.pulse = sqlite3_column_int(statement, 5);
        const char *context = wordAt(statement, 6);
        reading.context = qstrcmp(context, "before") == 0     ? ReadingContext::Before
                          : qstrcmp(context, "during") == 0   ? ReadingContext::During
                          : qstrcmp(context, "after") == 0    ? ReadingContext::After
                          : qstrcmp(context, "standing") == 0 ? ReadingContext::Standing
                                                              : ReadingContext::Standalone;
        if (sqlite3_column_type(statement, 7) != SQLITE_NULL)
            reading.sessionId = sqlite3_column_int64(statement, 7);
        if (full) {
            if (const char *arm = wordAt(statement, 8); qstrcmp(arm, "left") == 0)
                reading.arm = Arm::Left;
            else if (qstrcmp(arm, "right") == 0)
                reading.arm = Arm::Right;
            if (const char *position = wordAt(statement, 9); qstrcmp(position, "sitting") == 0)
                reading.position = BodyPosition::Sitting;
            else if (qstrcmp(position, "lying") == 0)
                reading.position = BodyPosition::Lying;
            else if (qstrcmp(position, "standing") == 0)
                reading.position = BodyPosition::Standing;
            reading.irregular = sqlite3_column_int(statement, 10) != 0;
            if (const int bytes = sqlite3_column_bytes(statement, 11); bytes > 0)
                reading.note = QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 11)), bytes);
        }
        if (orderHere)
            keys.emplace_back(takenAt, reading.id, result.size());
        result.append(std::move(reading));
    }
    const bool done = status == SQLITE_DONE;
    StorageError error = done ? StorageError{} : failure();
    sqlite3_finalize(statement);
    if (!done)
        return error;
    if (orderHere && !std::is_sorted(keys.cbegin(), keys.cend())) {
        // Sort the keys, not the readings, then move each reading once.
        sortRuns(keys);
        QList<Reading> ordered;
        ordered.reserve(result.size());
        for (const auto &key : keys)
            ordered.append(std::move(result[std::get<2>(key)]));
        result = std::move(ordered);
    }
    return result;
}

} // namespace

StorageResult<QList<Reading>> Journal::readings(const DateRange &range, ReadingDetail detail) const
{
    if (!range.from && !range.to)
        return bulkReadings(*d, u"1"_s, {}, true, detail);
    const auto [from, to] = detail::localBounds(range);
    return bulkReadings(
        *d, u"taken_at + taken_offset * 1000 >= ? AND taken_at + taken_offset * 1000 < ?"_s,
        {from, to}, false, detail);
}

StorageResult<std::optional<QDate>> Journal::firstDay() const
{
    QSqlQuery query = d->query();
    StorageError error;
    if (!d->run(query,
                u"SELECT min(first) FROM (SELECT min(taken_at + taken_offset * 1000) AS first FROM "
                u"readings "
                "WHERE deleted_at IS NULL UNION ALL SELECT min(started_at + started_offset * 1000) "
                "FROM sessions "
                "WHERE deleted_at IS NULL)"_s,
                {}, JournalText::tr("Reading the journal"), error))
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
