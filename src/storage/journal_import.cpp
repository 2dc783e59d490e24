#include "journal_private.h"

#include <viparita/core/reading_validator.h>

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

using detail::tr;

namespace {

/// The identity of a reading for finding it again: its instant to the second and its numbers.
bool sameReading(const Reading &a, const Reading &b)
{
    return a.takenAt.toSecsSinceEpoch() == b.takenAt.toSecsSinceEpoch() &&
           a.systolic == b.systolic && a.diastolic == b.diastolic && a.pulse == b.pulse;
}

/// Whether the journal holds a reading like this one (not deleted).
StorageError findReading(const Journal::Private &d, const Reading &reading, bool &found)
{
    QSqlQuery query = d.query();
    StorageError error;
    // taken_at is in UTC milliseconds; integer division compares whole seconds.
    // (Readings before 1970 do not occur in a journal.) The bounds around that second
    // let the time index find the row: without them every reading of an import scans the
    // whole table, and a large import into a large journal takes minutes.
    const qint64 second = reading.takenAt.toSecsSinceEpoch();
    if (!d.run(query,
               u"SELECT 1 FROM readings WHERE taken_at > ? AND taken_at < ? "
               "AND taken_at / 1000 = ? AND systolic = ? "
               "AND diastolic = ? AND pulse IS ? AND deleted_at IS NULL LIMIT 1"_s,
               {second * 1000 - 1000, second * 1000 + 1000, second, reading.systolic,
                reading.diastolic, detail::nullable(reading.pulse)},
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
        QList<Reading> accepted;
        for (qsizetype i = 0; i < readings.size(); ++i) {
            const Reading &reading = readings.at(i);
            if (const auto errors = ReadingValidator::validate(reading, now); !errors.isEmpty())
                return invalid(static_cast<int>(i), errors);
            bool found = std::any_of(accepted.cbegin(), accepted.cend(), [&](const Reading &other) {
                return sameReading(reading, other);
            });
            if (!found) {
                if (StorageError error = findReading(*d, reading, found); error.isError())
                    return error;
            }
            if (found) {
                ++outcome.duplicates;
            } else {
                ++outcome.added;
                accepted.append(reading);
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
