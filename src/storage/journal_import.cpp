#include "journal_private.h"

#include <viparita/core/reading_validator.h>

#include <QCoreApplication>
#include <QMultiHash>

#include <cstdlib>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

using detail::tr;

namespace {

/// The same reading, as two apps (or two imports) write it: within a minute of each other,
/// with the same systolic and diastolic (one app writes seconds, another does not; one keeps
/// the pulse, another does not).
constexpr qint64 sameWithinMs = 60 * 1000;

/// Finds repeats among readings in memory: those of one minute and one pressure are kept
/// together, so each reading is compared with a few, not with all.
class Repeats {
public:
    [[nodiscard]] bool contains(qint64 ms, int systolic, int diastolic) const
    {
        const qint64 minute = floorMinute(ms);
        for (qint64 near = minute - 1; near <= minute + 1; ++near) {
            const auto [first, last] = m_times.equal_range(key(near, systolic, diastolic));
            for (auto it = first; it != last; ++it) {
                if (std::abs(*it - ms) < sameWithinMs)
                    return true;
            }
        }
        return false;
    }
    [[nodiscard]] bool contains(const Reading &reading) const
    {
        return contains(reading.takenAt.toMSecsSinceEpoch(), reading.systolic, reading.diastolic);
    }
    void add(qint64 ms, int systolic, int diastolic)
    {
        m_times.insert(key(floorMinute(ms), systolic, diastolic), ms);
    }
    void add(const Reading &reading)
    {
        add(reading.takenAt.toMSecsSinceEpoch(), reading.systolic, reading.diastolic);
    }

private:
    static qint64 floorMinute(qint64 ms)
    {
        return ms >= 0 ? ms / sameWithinMs : -((-ms + sameWithinMs - 1) / sameWithinMs);
    }
    /// The minute and the pressure in one number (pressures are checked to be under 1024).
    static quint64 key(qint64 minute, int systolic, int diastolic)
    {
        return (quint64(minute) << 20) ^ (quint64(systolic & 0x3ff) << 10) ^
               quint64(diastolic & 0x3ff);
    }
    QMultiHash<quint64, qint64> m_times;
};

/// The journal's readings (not deleted) from a minute before `from` to a minute after `to`,
/// in UTC milliseconds, put into `repeats`: one query for a whole import.
StorageError loadRepeats(const Journal::Private &d, qint64 from, qint64 to, Repeats &repeats)
{
    QSqlQuery query = d.query();
    query.setForwardOnly(true);
    StorageError error;
    // taken_at is in UTC milliseconds; the bounds let the time index find the rows.
    if (!d.run(query,
               u"SELECT taken_at, systolic, diastolic FROM readings WHERE taken_at > ? "
               "AND taken_at < ? AND deleted_at IS NULL"_s,
               {from - sameWithinMs, to + sameWithinMs},
               tr("Looking for the readings in the journal"), error))
        return error;
    while (query.next())
        repeats.add(query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toInt());
    return error;
}

/// From this many readings, an import builds the readings' indexes after the rows.
constexpr qsizetype bulkReadings = 5000;

/// Drops the readings' indexes, keeping the statements that make them in `made`.
StorageError dropIndexes(const Journal::Private &d, QStringList &made)
{
    QSqlQuery query = d.query();
    StorageError error;
    const QString doing = tr("Importing the readings");
    if (!d.run(query,
               u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
               "tbl_name = 'readings' AND sql IS NOT NULL"_s,
               {}, doing, error))
        return error;
    QSqlQuery cache = d.query();
    if (!d.run(cache, u"PRAGMA cache_size = -65536"_s, {}, doing, error))
        return error;
    QStringList names;
    while (query.next()) {
        names.append(query.value(0).toString());
        made.append(query.value(1).toString());
    }
    for (const QString &name : std::as_const(names)) {
        QSqlQuery drop = d.query();
        if (!d.run(drop, u"DROP INDEX \"%1\""_s.arg(QString(name).replace(u'"', u"\"\""_s)), {},
                   doing, error))
            return error;
    }
    return error;
}

StorageError createIndexes(const Journal::Private &d, const QStringList &made)
{
    StorageError error;
    for (const QString &sql : made) {
        QSqlQuery query = d.query();
        if (!d.run(query, sql, {}, tr("Importing the readings"), error))
            return error;
    }
    return error;
}

StorageError invalid(int index, const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.toString());
    return {StorageError::Kind::Invalid,
            tr("Reading %1 of the import: %2").arg(index + 1).arg(messages.join(u"; "_s))};
}

} // namespace

StorageResult<ImportOutcome> Journal::importReadings(const QList<Reading> &readings, bool dryRun)
{
    ImportOutcome outcome;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < readings.size(); ++i) {
        const Reading &reading = readings.at(i);
        if (const auto errors = ReadingValidator::validate(reading, now); !errors.isEmpty())
            return invalid(static_cast<int>(i), errors);
        const qint64 at = reading.takenAt.toMSecsSinceEpoch();
        from = std::min(from, at);
        to = std::max(to, at);
    }
    if (readings.isEmpty())
        return outcome;
    // A reading repeats one already in the journal, or one earlier in this import.
    Repeats seen;
    const auto importEach = [&](const std::function<StorageError(const Reading &)> &add) {
        for (const Reading &reading : readings) {
            if (seen.contains(reading)) {
                ++outcome.duplicates;
                continue;
            }
            if (StorageError error = add(reading); error.isError())
                return error;
            seen.add(reading);
            ++outcome.added;
        }
        return StorageError{};
    };
    if (dryRun) {
        if (StorageError error = loadRepeats(*d, from, to, seen); error.isError())
            return error;
        if (StorageError error = importEach([](const Reading &) { return StorageError{}; });
            error.isError())
            return error;
        return outcome;
    }
    const StorageError failure =
        d->inTransaction(tr("Importing the readings"), JournalChange::Readings, [&] {
            if (StorageError error = loadRepeats(*d, from, to, seen); error.isError())
                return error;
            // Many readings at once: the readings' indexes are built once after them, not
            // kept in order row by row (a third of the time of ten years' import). Within
            // the transaction, so a failure leaves them as they were.
            QStringList indexes;
            if (readings.size() >= bulkReadings) {
                if (StorageError error = dropIndexes(*d, indexes); error.isError())
                    return error;
            }
            detail::ReadingInserter inserter(*d);
            if (StorageError error = importEach(
                    [&inserter](const Reading &reading) { return inserter.insert(reading); });
                error.isError())
                return error;
            return createIndexes(*d, indexes);
        });
    if (failure.isError())
        return failure;
    return outcome;
}

} // namespace viparita

namespace viparita {

int Journal::repeatsWithin(const QList<Reading> &readings)
{
    Repeats seen;
    int repeats = 0;
    for (const Reading &reading : readings) {
        if (seen.contains(reading)) {
            ++repeats;
        } else {
            seen.add(reading);
        }
    }
    return repeats;
}

} // namespace viparita
