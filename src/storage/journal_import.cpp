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
    const auto importEach = [&](const std::function<StorageError(const Reading &)> &add) {
        Repeats seen;
        if (StorageError error = loadRepeats(*d, from, to, seen); error.isError())
            return error;
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
        if (StorageError error = importEach([](const Reading &) { return StorageError{}; });
            error.isError())
            return error;
        return outcome;
    }
    const StorageError error =
        d->inTransaction(tr("Importing the readings"), JournalChange::Readings, [&] {
            detail::ReadingInserter inserter(*d);
            return importEach(
                [&inserter](const Reading &reading) { return inserter.insert(reading); });
        });
    if (error.isError())
        return error;
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
