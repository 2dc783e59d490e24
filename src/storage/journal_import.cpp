#include "journal_private.h"

#include <viparita/core/reading_validator.h>

#include <QCoreApplication>
#include <QMultiHash>

#include <cstdlib>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

using detail::tr;

namespace {

/// The same reading, as two apps (or two imports) write it: within a minute of each other,
/// with the same systolic and diastolic (one app writes seconds, another does not; one keeps
/// the pulse, another does not).
constexpr qint64 sameWithinMs = 60 * 1000;

bool sameReading(const Reading &a, const Reading &b)
{
    return std::abs(a.takenAt.toMSecsSinceEpoch() - b.takenAt.toMSecsSinceEpoch()) < sameWithinMs &&
           a.systolic == b.systolic && a.diastolic == b.diastolic;
}

/// Finds repeats among readings in memory: those of one minute and one pressure are kept
/// together, so each reading is compared with a few, not with all.
class Repeats {
public:
    [[nodiscard]] bool contains(const Reading &reading) const
    {
        const qint64 minute = reading.takenAt.toMSecsSinceEpoch() / sameWithinMs;
        for (qint64 near = minute - 1; near <= minute + 1; ++near) {
            const auto [first, last] = m_readings.equal_range(key(near, reading));
            for (auto it = first; it != last; ++it) {
                if (sameReading(*it, reading))
                    return true;
            }
        }
        return false;
    }
    void add(const Reading &reading)
    {
        m_readings.insert(key(reading.takenAt.toMSecsSinceEpoch() / sameWithinMs, reading),
                          reading);
    }

private:
    static QString key(qint64 minute, const Reading &reading)
    {
        return u"%1/%2/%3"_s.arg(minute).arg(reading.systolic).arg(reading.diastolic);
    }
    QMultiHash<QString, Reading> m_readings;
};

/// Whether the journal holds a reading like this one (not deleted).
StorageError findReading(const Journal::Private &d, const Reading &reading, bool &found)
{
    QSqlQuery query = d.query();
    StorageError error;
    // taken_at is in UTC milliseconds; the bounds let the time index find the row (without
    // them every reading of an import scans the whole table).
    const qint64 at = reading.takenAt.toMSecsSinceEpoch();
    if (!d.run(query,
               u"SELECT 1 FROM readings WHERE taken_at > ? AND taken_at < ? "
               "AND systolic = ? AND diastolic = ? AND deleted_at IS NULL LIMIT 1"_s,
               {at - sameWithinMs, at + sameWithinMs, reading.systolic, reading.diastolic},
               tr("Looking for the reading in the journal"), error))
        return error;
    found = query.next();
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
    if (dryRun) {
        Repeats accepted;
        for (qsizetype i = 0; i < readings.size(); ++i) {
            const Reading &reading = readings.at(i);
            if (const auto errors = ReadingValidator::validate(reading, now); !errors.isEmpty())
                return invalid(static_cast<int>(i), errors);
            bool found = accepted.contains(reading);
            if (!found) {
                if (StorageError error = findReading(*d, reading, found); error.isError())
                    return error;
            }
            if (found) {
                ++outcome.duplicates;
            } else {
                ++outcome.added;
                accepted.add(reading);
            }
        }
        return outcome;
    }
    const StorageError error =
        d->inTransaction(tr("Importing the readings"), JournalChange::Readings, [&] {
            for (qsizetype i = 0; i < readings.size(); ++i) {
                const Reading &reading = readings.at(i);
                if (const auto errors = ReadingValidator::validate(reading, now); !errors.isEmpty())
                    return invalid(static_cast<int>(i), errors);
                bool found = false;
                if (StorageError failure = findReading(*d, reading, found); failure.isError())
                    return failure;
                if (found) {
                    ++outcome.duplicates;
                    continue;
                }
                qint64 id = 0;
                if (StorageError failure = detail::insertReading(*d, reading, id);
                    failure.isError())
                    return failure;
                ++outcome.added;
            }
            return StorageError{};
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
