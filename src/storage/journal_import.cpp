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

using detail::JournalText;

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
    void reserve(qsizetype size) { m_times.reserve(size); }
    void add(qint64 ms, int systolic, int diastolic)
    {
        m_times.insert(key(floorMinute(ms), systolic, diastolic), ms);
    }
    void add(const Reading &reading)
    {
        add(reading.takenAt.toMSecsSinceEpoch(), reading.systolic, reading.diastolic);
    }
    /// How many of `readings` repeat one already here or one before them; the others are
    /// added.
    int countRepeats(const QList<Reading> &readings)
    {
        int repeats = 0;
        for (const Reading &reading : readings) {
            if (contains(reading))
                ++repeats;
            else
                add(reading);
        }
        return repeats;
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

/// The journal's readings (not deleted) from a minute before `from` to a minute after `to`
/// (all of them without a range), in UTC milliseconds, put into `repeats`: one query for a
/// whole import.
StorageError loadRepeats(const Journal::Private &d, std::optional<std::pair<qint64, qint64>> range,
                         Repeats &repeats)
{
    QSqlQuery query = d.query();
    query.setForwardOnly(true);
    StorageError error;
    // taken_at is in UTC milliseconds; the bounds let the time index find the rows.
    const bool read =
        range ? d.run(query,
                      u"SELECT taken_at, systolic, diastolic FROM readings WHERE taken_at > ? "
                      "AND taken_at < ? AND deleted_at IS NULL"_s,
                      {range->first - sameWithinMs, range->second + sameWithinMs},
                      JournalText::tr("Looking for the readings in the journal"), error)
              : d.run(query,
                      u"SELECT taken_at, systolic, diastolic FROM readings WHERE "
                      "deleted_at IS NULL"_s,
                      {}, JournalText::tr("Looking for the readings in the journal"), error);
    if (!read)
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
    return {
        StorageError::Kind::Invalid,
        JournalText::tr("Reading %1 of the import: %2").arg(index + 1).arg(messages.join(u"; "_s))};
}

/// From this many readings, an import builds the readings' indexes after the rows.
constexpr int bulkReadings = 5000;

/// Writes the readings of one import inside its transaction: skips the repeats of the journal
/// and of the import itself, and past bulkReadings builds the readings' indexes once at the
/// end, not row by row (a third of the time of ten years' import). Being inside the
/// transaction, a failure leaves the indexes as they were.
class ImportWriter {
public:
    ImportWriter(const Journal::Private &d, ImportOutcome &outcome)
        : m_d(d)
        , m_outcome(outcome)
        , m_inserter(d)
    {}
    ~ImportWriter()
    {
        // The page cache as it was; a failed write of it only leaves the larger one.
        if (m_cacheBefore.isValid())
            m_d.query().exec(u"PRAGMA cache_size = %1"_s.arg(m_cacheBefore.toLongLong()));
    }
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    StorageError begin(std::optional<std::pair<qint64, qint64>> range, qsizetype expected)
    {
        m_seen.reserve(expected);
        return loadRepeats(m_d, range, m_seen);
    }
    /// Adds `readings`, each checked again with ReadingValidator against `now`.
    StorageError add(const QList<Reading> &readings, const QDateTime &now, bool validated)
    {
        if (m_indexes.isEmpty() && m_count + readings.size() >= bulkReadings) {
            if (StorageError error = goBulk(); error.isError())
                return error;
        }
        QList<const Reading *> added;
        added.reserve(readings.size());
        for (const Reading &reading : readings) {
            const int index = m_count++;
            if (!validated) {
                if (const auto errors = ReadingValidator::validate(reading, now); !errors.isEmpty())
                    return invalid(index, errors);
            }
            if (m_seen.contains(reading)) {
                ++m_outcome.duplicates;
                continue;
            }
            m_seen.add(reading);
            added.append(&reading);
        }
        if (StorageError error = m_inserter.insert(added); error.isError())
            return error;
        m_outcome.added += static_cast<int>(added.size());
        return {};
    }
    /// Makes the indexes again, when the import had taken them away.
    StorageError finish()
    {
        StorageError error;
        for (const QString &sql : std::as_const(m_indexes)) {
            QSqlQuery query = m_d.query();
            if (!m_d.run(query, sql, {}, JournalText::tr("Importing the readings"), error))
                return error;
        }
        return error;
    }

private:
    StorageError goBulk()
    {
        // More of the file in memory while the import writes (64 MB at most, for as long as
        // it writes): the pages of ten years' readings and their indexes fit.
        QSqlQuery cache = m_d.query();
        if (cache.exec(u"PRAGMA cache_size"_s) && cache.next()) {
            m_cacheBefore = cache.value(0);
            cache.exec(u"PRAGMA cache_size = -65536"_s);
        }
        QSqlQuery query = m_d.query();
        StorageError error;
        const QString doing = JournalText::tr("Importing the readings");
        if (!m_d.run(query,
                     u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                     "tbl_name = 'readings' AND sql IS NOT NULL"_s,
                     {}, doing, error))
            return error;
        QStringList names;
        while (query.next()) {
            names.append(query.value(0).toString());
            m_indexes.append(query.value(1).toString());
        }
        for (const QString &name : std::as_const(names)) {
            QSqlQuery drop = m_d.query();
            if (!m_d.run(drop, u"DROP INDEX \"%1\""_s.arg(QString(name).replace(u'"', u"\"\""_s)),
                         {}, doing, error))
                return error;
        }
        return error;
    }

    const Journal::Private &m_d;
    ImportOutcome &m_outcome;
    detail::ReadingInserter m_inserter;
    Repeats m_seen;
    int m_count = 0;
    QStringList m_indexes; ///< the statements that make the indexes taken away
    QVariant m_cacheBefore;
};

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
    if (dryRun) {
        // A reading repeats one already in the journal, or one earlier in this import.
        Repeats seen;
        seen.reserve(readings.size());
        if (StorageError error = loadRepeats(*d, std::pair{from, to}, seen); error.isError())
            return error;
        outcome.duplicates = seen.countRepeats(readings);
        outcome.added = static_cast<int>(readings.size()) - outcome.duplicates;
        return outcome;
    }
    const StorageError failure =
        d->inTransaction(JournalText::tr("Importing the readings"), JournalChange::Readings, [&] {
            ImportWriter writer(*d, outcome);
            if (StorageError error = writer.begin(std::pair{from, to}, readings.size());
                error.isError())
                return error;
            if (StorageError error = writer.add(readings, now, true); error.isError())
                return error;
            return writer.finish();
        });
    if (failure.isError())
        return failure;
    return outcome;
}

StorageResult<ImportOutcome>
Journal::importReadings(const std::function<Feed(QList<Reading> &)> &next, qsizetype expected)
{
    ImportOutcome outcome;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const StorageError failure =
        d->inTransaction(JournalText::tr("Importing the readings"), JournalChange::Readings, [&] {
            ImportWriter writer(*d, outcome);
            // The span of the readings is not known before they are read: all the journal's
            // readings are looked at for repeats.
            if (StorageError error = writer.begin(std::nullopt, expected); error.isError())
                return error;
            QList<Reading> readings;
            for (;;) {
                readings.clear();
                const Feed feed = next(readings);
                if (feed == Feed::Abandon)
                    return StorageError{
                        StorageError::Kind::Invalid,
                        JournalText::tr("The import was stopped; nothing of it was saved.")};
                if (StorageError error = writer.add(readings, now, false); error.isError())
                    return error;
                if (feed == Feed::Done)
                    break;
            }
            return writer.finish();
        });
    if (failure.isError())
        return failure;
    return outcome;
}

int Journal::repeatsWithin(const QList<Reading> &readings)
{
    Repeats seen;
    return seen.countRepeats(readings);
}

} // namespace viparita
