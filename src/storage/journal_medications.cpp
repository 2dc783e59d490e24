#include "journal_private.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

using detail::JournalText;

namespace {

QString timesColumn(const QList<DayTime> &times)
{
    QStringList words;
    for (const DayTime time : times)
        words.append(toString(time));
    return words.isEmpty() ? u""_s : words.join(u',');
}

QList<DayTime> timesFrom(const QString &column)
{
    QList<DayTime> times;
    for (const QString &word : column.split(u',', Qt::SkipEmptyParts)) {
        if (const auto time = dayTimeFromString(word); time && !times.contains(*time))
            times.append(*time);
    }
    return times;
}

/// Text for a NOT NULL column: a null QString would be bound as NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value.trimmed();
}

StorageError invalid(const QList<MedicationProblem> &problems)
{
    QStringList messages;
    for (const MedicationProblem &problem : problems)
        messages.append(problem.toString());
    return StorageError{StorageError::Kind::Invalid, messages.join(u"; "_s)};
}

StorageError insertChange(const Journal::Private &d, qint64 medicationId,
                          const MedicationChange &change, const QString &doing, qint64 &id)
{
    QSqlQuery query = d.query();
    StorageError failure;
    const bool hasDose = change.kind != MedicationChange::Kind::Stopped && change.dose;
    if (d.run(query,
              u"INSERT INTO medication_changes "
              "(medication_id, kind, on_day, dose_amount, dose_unit, reason) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s,
              {medicationId, toString(change.kind), change.date.toString(Qt::ISODate),
               hasDose ? QVariant(change.dose->amount) : QVariant(),
               hasDose ? QVariant(change.dose->unit) : QVariant(), text(change.reason)},
              doing, failure))
        id = query.lastInsertId().toLongLong();
    return failure;
}

/// The changes of the medicines with `ids` (all when empty), in the order of their course.
StorageError readChanges(const Journal::Private &d, QList<Medication> &medications)
{
    QSqlQuery query = d.query();
    StorageError failure;
    if (!d.run(query,
               u"SELECT medication_id, id, kind, on_day, dose_amount, dose_unit, reason "
               "FROM medication_changes ORDER BY medication_id, on_day, id"_s,
               {}, Journal::Private::readingTheJournal(), failure))
        return failure;
    while (query.next()) {
        const qint64 medicationId = query.value(0).toLongLong();
        const auto found =
            std::find_if(medications.begin(), medications.end(),
                         [medicationId](const Medication &m) { return m.id == medicationId; });
        if (found == medications.end())
            continue;
        MedicationChange change;
        change.id = query.value(1).toLongLong();
        change.kind =
            medicationChangeKindFromString(query.value(2).toString()).value_or(change.kind);
        change.date = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        if (!query.value(4).isNull())
            change.dose = Dose{query.value(4).toDouble(), query.value(5).toString()};
        change.reason = query.value(6).toString();
        found->changes.append(change);
    }
    return failure;
}

StorageResult<QList<Medication>> readMedications(const Journal::Private &d,
                                                 std::optional<qint64> only)
{
    QSqlQuery query = d.query();
    StorageError failure;
    const QString where = only ? u"id = ? AND deleted_at IS NULL"_s : u"deleted_at IS NULL"_s;
    if (!d.run(query,
               u"SELECT id, name, times_of_day, for_blood_pressure FROM medications WHERE "_s +
                   where,
               only ? QVariantList{*only} : QVariantList{}, Journal::Private::readingTheJournal(),
               failure))
        return failure;
    QList<Medication> medications;
    while (query.next()) {
        Medication medication;
        medication.id = query.value(0).toLongLong();
        medication.name = query.value(1).toString();
        medication.times = timesFrom(query.value(2).toString());
        medication.forBloodPressure = query.value(3).toInt() != 0;
        medications.append(medication);
    }
    if (const StorageError error = readChanges(d, medications); error.isError())
        return error;
    std::stable_sort(medications.begin(), medications.end(),
                     [](const Medication &a, const Medication &b) {
                         if (a.firstDay() != b.firstDay())
                             return a.firstDay() < b.firstDay();
                         return QString::localeAwareCompare(a.name, b.name) < 0;
                     });
    return medications;
}

StorageStatus setMedicationDeleted(const Journal::Private &d, qint64 medicationId, bool deleted)
{
    const QString doing = deleted ? JournalText::tr("Deleting medicine %1").arg(medicationId)
                                  : JournalText::tr("Restoring medicine %1").arg(medicationId);
    const StorageError error = d.inTransaction(doing, JournalChange::Medications, [&] {
        QSqlQuery query = d.query();
        StorageError failure;
        if (!d.run(query,
                   deleted ? u"UPDATE medications SET deleted_at = ? "
                             "WHERE id = ? AND deleted_at IS NULL"_s
                           : u"UPDATE medications SET deleted_at = NULL "
                             "WHERE id = ? AND deleted_at IS NOT NULL"_s,
                   deleted ? QVariantList{QDateTime::currentMSecsSinceEpoch(), medicationId}
                           : QVariantList{medicationId},
                   doing, failure))
            return failure;
        if (query.numRowsAffected() != 1)
            return StorageError{
                StorageError::Kind::NotFound,
                deleted ? JournalText::tr("There is no medicine %1.").arg(medicationId)
                        : JournalText::tr("Medicine %1 is not deleted.").arg(medicationId)};
        return failure;
    });
    if (error.isError())
        return error;
    return true;
}

} // namespace

StorageResult<qint64> Journal::addMedication(const Medication &medication)
{
    if (const auto problems = MedicationRules::check(medication, QDate::currentDate());
        !problems.isEmpty())
        return invalid(problems);
    qint64 id = 0;
    const QString doing = JournalText::tr("Saving the medicine %1").arg(medication.name.trimmed());
    const StorageError error = d->inTransaction(doing, JournalChange::Medications, [&] {
        QSqlQuery query = d->query();
        StorageError failure;
        if (!d->run(query,
                    u"INSERT INTO medications (name, times_of_day, for_blood_pressure) "
                    "VALUES (?, ?, ?)"_s,
                    {medication.name.trimmed(), timesColumn(medication.times),
                     medication.forBloodPressure ? 1 : 0},
                    doing, failure))
            return failure;
        id = query.lastInsertId().toLongLong();
        for (const MedicationChange &change : medication.changes) {
            qint64 changeId = 0;
            if (failure = insertChange(*d, id, change, doing, changeId); failure.isError())
                return failure;
        }
        return failure;
    });
    if (error.isError())
        return error;
    return id;
}

StorageResult<qint64> Journal::addMedicationChange(qint64 medicationId,
                                                   const MedicationChange &change)
{
    const auto current = medication(medicationId);
    if (!current.ok())
        return current.error();
    if (const auto problems = MedicationRules::checkChange(*current, change, QDate::currentDate());
        !problems.isEmpty())
        return invalid(problems);
    qint64 id = 0;
    const QString doing = JournalText::tr("Saving a change of %1").arg(current->name);
    const StorageError error = d->inTransaction(doing, JournalChange::Medications, [&] {
        return insertChange(*d, medicationId, change, doing, id);
    });
    if (error.isError())
        return error;
    return id;
}

StorageStatus Journal::removeLatestMedicationChange(qint64 medicationId)
{
    const auto current = medication(medicationId);
    if (!current.ok())
        return current.error();
    if (current->changes.size() < 2)
        return StorageError{
            StorageError::Kind::Invalid,
            JournalText::tr("%1 has no change after its start to take back: delete the "
                            "medicine instead")
                .arg(current->name)};
    const qint64 latest = current->changes.constLast().id;
    const QString doing = JournalText::tr("Taking back a change of %1").arg(current->name);
    const StorageError error = d->inTransaction(doing, JournalChange::Medications, [&] {
        QSqlQuery query = d->query();
        StorageError failure;
        d->run(query, u"DELETE FROM medication_changes WHERE id = ?"_s, {latest}, doing, failure);
        return failure;
    });
    if (error.isError())
        return error;
    return true;
}

StorageStatus Journal::updateMedicationDetails(const Medication &medication)
{
    const auto current = this->medication(medication.id);
    if (!current.ok())
        return current.error();
    Medication changed = *current;
    changed.name = medication.name;
    changed.times = medication.times;
    changed.forBloodPressure = medication.forBloodPressure;
    if (const auto problems = MedicationRules::check(changed, QDate::currentDate());
        !problems.isEmpty()) {
        // Only the details are checked here: a course entered before (and valid then) stays.
        QList<MedicationProblem> ofDetails;
        for (const MedicationProblem &problem : problems) {
            if (problem.field == u"name"_s)
                ofDetails.append(problem);
        }
        if (!ofDetails.isEmpty())
            return invalid(ofDetails);
    }
    const QString doing = JournalText::tr("Changing the medicine %1").arg(current->name);
    const StorageError error = d->inTransaction(doing, JournalChange::Medications, [&] {
        QSqlQuery query = d->query();
        StorageError failure;
        d->run(query,
               u"UPDATE medications SET name = ?, times_of_day = ?, for_blood_pressure = ? "
               "WHERE id = ?"_s,
               {changed.name.trimmed(), timesColumn(changed.times),
                changed.forBloodPressure ? 1 : 0, changed.id},
               doing, failure);
        return failure;
    });
    if (error.isError())
        return error;
    return true;
}

StorageStatus Journal::deleteMedication(qint64 medicationId)
{
    return setMedicationDeleted(*d, medicationId, true);
}

StorageStatus Journal::restoreMedication(qint64 medicationId)
{
    return setMedicationDeleted(*d, medicationId, false);
}

StorageResult<Medication> Journal::medication(qint64 medicationId) const
{
    auto found = readMedications(*d, medicationId);
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return StorageError{StorageError::Kind::NotFound,
                            JournalText::tr("There is no medicine %1.").arg(medicationId)};
    return found->constFirst();
}

StorageResult<QList<Medication>> Journal::medications() const
{
    return readMedications(*d, std::nullopt);
}

StorageResult<qint64> Journal::startHomeWeek(const QDate &firstDay, const QString &reason)
{
    if (!firstDay.isValid())
        return StorageError{
            StorageError::Kind::Invalid,
            JournalText::tr("first_day: a home-monitoring week needs its first day")};
    if (reason.toUcs4().size() > Medication::maxReasonLength)
        return StorageError{
            StorageError::Kind::Invalid,
            JournalText::tr("reason: at most %1 characters").arg(Medication::maxReasonLength)};
    qint64 id = 0;
    const QString day = firstDay.toString(Qt::ISODate);
    const QString doing = JournalText::tr("Beginning the home-monitoring week of %1").arg(day);
    const StorageError error = d->inTransaction(doing, JournalChange::HomeWeeks, [&] {
        QSqlQuery query = d->query();
        StorageError failure;
        if (!d->run(query, u"SELECT id FROM home_weeks WHERE first_day = ?"_s, {day}, doing,
                    failure))
            return failure;
        if (query.next()) {
            id = query.value(0).toLongLong();
            return failure; // that week is already begun: the same week, once
        }
        if (d->run(query, u"INSERT INTO home_weeks (first_day, reason) VALUES (?, ?)"_s,
                   {day, text(reason)}, doing, failure))
            id = query.lastInsertId().toLongLong();
        return failure;
    });
    if (error.isError())
        return error;
    return id;
}

StorageResult<QList<HomeWeekRecord>> Journal::homeWeeks() const
{
    QSqlQuery query = d->query();
    StorageError failure;
    if (!d->run(query, u"SELECT id, first_day, reason FROM home_weeks ORDER BY first_day"_s, {},
                Private::readingTheJournal(), failure))
        return failure;
    QList<HomeWeekRecord> weeks;
    while (query.next())
        weeks.append({query.value(0).toLongLong(),
                      QDate::fromString(query.value(1).toString(), Qt::ISODate),
                      query.value(2).toString()});
    return weeks;
}

StorageStatus Journal::deleteHomeWeek(qint64 weekId)
{
    const QString doing = JournalText::tr("Deleting home-monitoring week %1").arg(weekId);
    const StorageError error = d->inTransaction(doing, JournalChange::HomeWeeks, [&] {
        QSqlQuery query = d->query();
        StorageError failure;
        if (!d->run(query, u"DELETE FROM home_weeks WHERE id = ?"_s, {weekId}, doing, failure))
            return failure;
        if (query.numRowsAffected() != 1)
            return StorageError{
                StorageError::Kind::NotFound,
                JournalText::tr("There is no home-monitoring week %1.").arg(weekId)};
        return failure;
    });
    if (error.isError())
        return error;
    return true;
}

} // namespace viparita
