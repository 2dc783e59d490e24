#include "medication_commands.h"

#include "exit_code.h"
#include "journal_access.h"

#include <viparita/core/medication.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

namespace {

using Kind = MedicationChange::Kind;

const QString medicineHelp = u"The medicine: its id or its name (as 'medication list' shows)."_s;

void addMedicineArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"medicine"_s, medicineHelp, u"MEDICINE"_s);
    parser.addOption({u"name"_s, u"The medicine by its name, instead of MEDICINE."_s, u"NAME"_s});
}

void addReasonOption(QCommandLineParser &parser, const QString &what)
{
    parser.addOption({u"reason"_s, what, u"TEXT"_s});
}

/// The day of --on (or --since), today when it is not given; nothing, with the problem
/// added, when it is not a date.
std::optional<QDate> dayOption(const QCommandLineParser &parser, const QString &name,
                               QStringList &problems)
{
    if (!parser.isSet(name))
        return QDate::currentDate();
    const auto day = parseDate(parser.value(name));
    if (!day)
        problems.append(
            u"%1: must be a date such as 2026-11-01, not '%2'"_s.arg(name, parser.value(name)));
    return day;
}

std::optional<Dose> doseOption(const QCommandLineParser &parser, QStringList &problems)
{
    const auto dose = Dose::parse(parser.value(u"dose"_s));
    if (!dose)
        problems.append(
            u"dose: must be an amount and a unit such as '5 mg' or '1 tablet' (units: "
            "%1), not '%2'"_s.arg(Dose::units().join(u", "_s), parser.value(u"dose"_s)));
    return dose;
}

int printProblems(CommandContext &context, const QStringList &problems)
{
    for (const QString &problem : problems)
        context.err << "viparita-cli: " << problem << "\n";
    return InputRejected;
}

/// The medicine MEDICINE (or --name) names among the journal's; prints why not and sets
/// `status` when there is none, or more than one of that name.
std::optional<Medication> findMedicine(const QCommandLineParser &parser, const QString &command,
                                       CommandContext &context, const Journal &journal, int &status)
{
    const QStringList arguments = commandArguments(parser);
    const bool byName = parser.isSet(u"name"_s);
    if (arguments.size() + (byName ? 1 : 0) != 1) {
        context.err << u"viparita-cli %1: name one MEDICINE (its id or name), or give --name\n"_s
                           .arg(command);
        status = UsageError;
        return std::nullopt;
    }
    const QString given = byName ? parser.value(u"name"_s) : arguments.first();
    const auto medications = journal.medications();
    if (!medications.ok()) {
        status = reportStorageError(context, medications.error());
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 id = given.toLongLong(&isNumber);
    QList<Medication> found;
    for (const Medication &medication : *medications) {
        if ((!byName && isNumber && medication.id == id) ||
            medication.name.compare(given.trimmed(), Qt::CaseInsensitive) == 0)
            found.append(medication);
    }
    if (found.size() == 1)
        return found.constFirst();
    status = InputRejected;
    if (found.isEmpty()) {
        QStringList names;
        for (const Medication &medication : *medications)
            names.append(u"%1 (%2)"_s.arg(medication.name).arg(medication.id));
        context.err << u"viparita-cli: medicine: there is no medicine '%1'"_s.arg(given);
        if (names.isEmpty())
            context.err << "; the list is empty: add one with 'viparita-cli medication add'\n";
        else
            context.err << "; the list has " << names.join(u", "_s) << "\n";
    } else {
        context.err << u"viparita-cli: medicine: %1 medicines are called '%2': give the id of "
                       "one (see 'viparita-cli medication list')\n"_s.arg(found.size())
                           .arg(given);
    }
    return std::nullopt;
}

/// "started 5 mg", "dose changed to 2.5 mg", "stopped".
QString changeText(const MedicationChange &change)
{
    const QString dose = change.dose ? change.dose->toString() : QString();
    switch (change.kind) {
    case Kind::Started:
        return u"started, %1"_s.arg(dose);
    case Kind::DoseChanged:
        return u"dose changed to %1"_s.arg(dose);
    case Kind::Stopped:
        return u"stopped"_s;
    }
    return {};
}

QJsonObject changeJson(const MedicationChange &change)
{
    return QJsonObject{
        {u"id"_s, change.id},
        {u"kind"_s, toString(change.kind)},
        {u"on"_s, change.date.toString(Qt::ISODate)},
        {u"dose"_s, change.dose ? QJsonValue(change.dose->toString()) : QJsonValue()},
        {u"dose_amount"_s, change.dose ? QJsonValue(change.dose->amount) : QJsonValue()},
        {u"dose_unit"_s, change.dose ? QJsonValue(change.dose->unit) : QJsonValue()},
        {u"reason"_s, change.reason},
    };
}

QJsonObject medicationJson(const Medication &medication, const QDate &day)
{
    QJsonArray times;
    for (const DayTime time : medication.times)
        times.append(toString(time));
    QJsonArray changes;
    for (const MedicationChange &change : medication.changes)
        changes.append(changeJson(change));
    const auto dose = medication.doseOn(day);
    return QJsonObject{
        {u"id"_s, medication.id},
        {u"name"_s, medication.name},
        {u"times"_s, times},
        {u"for_blood_pressure"_s, medication.forBloodPressure},
        {u"taken"_s, dose.has_value()},
        {u"dose"_s, dose ? QJsonValue(dose->toString()) : QJsonValue()},
        {u"since"_s, medication.firstDay().toString(Qt::ISODate)},
        {u"changes"_s, changes},
    };
}

/// Saves `change` of the medicine MEDICINE names, and says what was saved.
int saveChange(const QCommandLineParser &parser, CommandContext &context, const QString &command,
               MedicationChange change, QStringList problems)
{
    if (!problems.isEmpty())
        return printProblems(context, problems);
    int status = Success;
    auto journal = openJournal(context, Access::Write, status);
    if (!journal)
        return status;
    const auto medication = findMedicine(parser, command, context, *journal, status);
    if (!medication)
        return status;
    // Started again after a stop: "change" of a medicine that is not taken is its new start.
    if (change.kind == Kind::DoseChanged && !medication->isTakenOn(change.date))
        change.kind = Kind::Started;
    const auto saved = journal->addMedicationChange(medication->id, change);
    if (!saved.ok())
        return reportStorageError(context, saved.error());
    context.out << u"%1 %2 on %3\n"_s.arg(medication->name, changeText(change),
                                          change.date.toString(Qt::ISODate));
    return Success;
}

} // namespace

MedicationAddCommand::MedicationAddCommand()
    : Command(u"medication add"_s, u"Add a medicine you take, from the day you started it."_s)
{}

void MedicationAddCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"name"_s, u"The medicine's name, as on its box."_s, u"NAME"_s});
    parser.addOption(
        {u"dose"_s, u"Its dose: an amount and a unit, such as '5 mg' or '1 tablet'."_s, u"DOSE"_s});
    parser.addOption(
        {u"since"_s, u"The day you started it (YYYY-MM-DD); today by default."_s, u"DATE"_s});
    parser.addOption({u"times"_s,
                      u"When in the day you take it: morning, midday, evening, bedtime, "
                      "separated by commas."_s,
                      u"LIST"_s});
    parser.addOption({u"not-for-blood-pressure"_s,
                      u"It is not taken for blood pressure (it is still on the doctor's "
                      "report)."_s});
    addReasonOption(parser, u"Why it was started."_s);
}

int MedicationAddCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty() || !parser.isSet(u"name"_s) ||
        !parser.isSet(u"dose"_s)) {
        context.err << "viparita-cli medication add: give --name NAME and --dose DOSE (options "
                       "only)\n"
                    << "Run 'viparita-cli medication add --help' for its options.\n";
        return UsageError;
    }
    QStringList problems;
    Medication medication;
    medication.name = parser.value(u"name"_s).trimmed();
    medication.forBloodPressure = !parser.isSet(u"not-for-blood-pressure"_s);
    for (const QString &word : parser.value(u"times"_s).split(u',', Qt::SkipEmptyParts)) {
        const auto time = dayTimeFromString(word);
        if (!time)
            problems.append(u"times: must be morning, midday, evening or bedtime, not '%1'"_s.arg(
                word.trimmed()));
        else if (!medication.times.contains(*time))
            medication.times.append(*time);
    }
    const auto dose = doseOption(parser, problems);
    const auto since = dayOption(parser, u"since"_s, problems);
    if (!problems.isEmpty())
        return printProblems(context, problems);
    medication.changes.append(
        MedicationChange{0, Kind::Started, *since, dose, parser.value(u"reason"_s)});
    for (const MedicationProblem &problem :
         MedicationRules::check(medication, QDate::currentDate()))
        problems.append(problem.field == u"on"_s ? u"since: "_s + problem.message
                                                 : problem.toString());
    if (!problems.isEmpty())
        return printProblems(context, problems);

    int status = Success;
    auto journal = openJournal(context, Access::Write, status);
    if (!journal)
        return status;
    const auto id = journal->addMedication(medication);
    if (!id.ok())
        return reportStorageError(context, id.error());
    context.out << u"Medicine %1 saved: %2, %3 since %4\n"_s.arg(*id).arg(
        medication.name, dose->toString(), since->toString(Qt::ISODate));
    return Success;
}

MedicationChangeCommand::MedicationChangeCommand()
    : Command(u"medication change"_s,
              u"Record a new dose of a medicine (or its start again after a stop)."_s,
              u"MEDICINE"_s)
{}

void MedicationChangeCommand::addOptions(QCommandLineParser &parser) const
{
    addMedicineArgument(parser);
    parser.addOption({u"dose"_s, u"The new dose, such as '2.5 mg'."_s, u"DOSE"_s});
    parser.addOption(
        {u"on"_s, u"The day of the change (YYYY-MM-DD); today by default."_s, u"DATE"_s});
    addReasonOption(parser, u"Why it changed."_s);
}

int MedicationChangeCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!parser.isSet(u"dose"_s)) {
        context.err << "viparita-cli medication change: give the new --dose DOSE\n"
                    << "Run 'viparita-cli medication change --help' for its options.\n";
        return UsageError;
    }
    QStringList problems;
    const auto dose = doseOption(parser, problems);
    const auto on = dayOption(parser, u"on"_s, problems);
    return saveChange(parser, context, u"medication change"_s,
                      MedicationChange{0, Kind::DoseChanged, on.value_or(QDate()), dose,
                                       parser.value(u"reason"_s)},
                      problems);
}

MedicationStopCommand::MedicationStopCommand()
    : Command(u"medication stop"_s, u"Record that a medicine was stopped."_s, u"MEDICINE"_s)
{}

void MedicationStopCommand::addOptions(QCommandLineParser &parser) const
{
    addMedicineArgument(parser);
    parser.addOption(
        {u"on"_s, u"The day it was stopped (YYYY-MM-DD); today by default."_s, u"DATE"_s});
    addReasonOption(parser, u"Why it was stopped."_s);
}

int MedicationStopCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    QStringList problems;
    const auto on = dayOption(parser, u"on"_s, problems);
    return saveChange(
        parser, context, u"medication stop"_s,
        MedicationChange{0, Kind::Stopped, on.value_or(QDate()), {}, parser.value(u"reason"_s)},
        problems);
}

MedicationUndoCommand::MedicationUndoCommand()
    : Command(u"medication undo"_s,
              u"Take back the latest change of a medicine (one recorded by mistake)."_s,
              u"MEDICINE"_s)
{}

void MedicationUndoCommand::addOptions(QCommandLineParser &parser) const
{
    addMedicineArgument(parser);
}

int MedicationUndoCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    int status = Success;
    auto journal = openJournal(context, Access::Write, status);
    if (!journal)
        return status;
    const auto medication = findMedicine(parser, u"medication undo"_s, context, *journal, status);
    if (!medication)
        return status;
    const auto undone = journal->removeLatestMedicationChange(medication->id);
    if (!undone.ok())
        return reportStorageError(context, undone.error());
    const MedicationChange &latest = medication->changes.constLast();
    context.out << u"Taken back: %1 %2 on %3\n"_s.arg(medication->name, changeText(latest),
                                                      latest.date.toString(Qt::ISODate));
    return Success;
}

MedicationDeleteCommand::MedicationDeleteCommand()
    : Command(u"medication delete"_s, u"Delete a medicine entered by mistake, with its course."_s,
              u"MEDICINE"_s)
{}

void MedicationDeleteCommand::addOptions(QCommandLineParser &parser) const
{
    addMedicineArgument(parser);
}

int MedicationDeleteCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    int status = Success;
    auto journal = openJournal(context, Access::Write, status);
    if (!journal)
        return status;
    const auto medication = findMedicine(parser, u"medication delete"_s, context, *journal, status);
    if (!medication)
        return status;
    const auto deleted = journal->deleteMedication(medication->id);
    if (!deleted.ok())
        return reportStorageError(context, deleted.error());
    context.out << u"Medicine %1 (%2) deleted\n"_s.arg(medication->id).arg(medication->name);
    return Success;
}

MedicationListCommand::MedicationListCommand()
    : Command(u"medication list"_s, u"List the medicines, each with its course."_s)
{}

void MedicationListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"on"_s,
                      u"Say which were taken, and at what dose, on this day (YYYY-MM-DD); today "
                      "by default."_s,
                      u"DATE"_s});
    parser.addOption({u"json"_s, u"Print JSON instead of text."_s});
}

int MedicationListCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty()) {
        context.err << "viparita-cli medication list: takes options only, no arguments\n";
        return UsageError;
    }
    QStringList problems;
    const auto day = dayOption(parser, u"on"_s, problems);
    if (!problems.isEmpty())
        return printProblems(context, problems);
    int status = Success;
    auto journal = openJournal(context, Access::Read, status);
    if (!journal)
        return status;
    const auto medications = journal->medications();
    if (!medications.ok())
        return reportStorageError(context, medications.error());

    const bool takes = MedicationRules::takesBloodPressureMedication(*medications, *day);
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const Medication &medication : *medications)
            list.append(medicationJson(medication, *day));
        context.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"on"_s, day->toString(Qt::ISODate)},
                                      {u"takes_blood_pressure_medication"_s, takes},
                                      {u"medications"_s, list}})
                .toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const Medication &medication : *medications) {
        const auto dose = medication.doseOn(*day);
        QString line =
            u"%1  %2"_s.arg(QString::number(medication.id).rightJustified(4), medication.name);
        line += dose ? u", %1"_s.arg(dose->toString()) : u", not taken"_s;
        if (!medication.times.isEmpty())
            line += u", %1"_s.arg(medication.timesText());
        if (!medication.forBloodPressure)
            line += u" (not for blood pressure)"_s;
        context.out << line << "\n";
        for (const MedicationChange &change : medication.changes) {
            context.out << u"      %1  %2"_s.arg(change.date.toString(Qt::ISODate),
                                                 changeText(change));
            if (!change.reason.isEmpty())
                context.out << u" (%1)"_s.arg(change.reason);
            context.out << "\n";
        }
    }
    const qsizetype count = medications->size();
    context.out << (count == 1 ? u"1 medicine"_s : u"%1 medicines"_s.arg(count))
                << (takes ? u"; blood-pressure medication taken on %1\n"_s
                          : u"; no blood-pressure medication taken on %1\n"_s)
                       .arg(day->toString(Qt::ISODate));
    return Success;
}

} // namespace viparita::cli
