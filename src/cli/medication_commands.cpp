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

void addMedicineArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        u"medicine"_s,
        CliText::tr("The medicine: its id or its name (as 'medication list' shows)."),
        u"MEDICINE"_s);
    parser.addOption({u"name"_s,
                      //: MEDICINE is the value name shown in the help.
                      CliText::tr("The medicine by its name, instead of MEDICINE."), u"NAME"_s});
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
    //: %1: the option's name (on, since); %2: the value typed.
    if (!day)
        problems.append(CliText::tr("%1: must be a date such as 2026-11-01, not '%2'")
                            .arg(name, parser.value(name)));
    return day;
}

std::optional<Dose> doseOption(const QCommandLineParser &parser, QStringList &problems)
{
    const auto dose = Dose::parse(parser.value(u"dose"_s));
    //: %1: the units there are, listed; %2: the value typed.
    if (!dose)
        problems.append(CliText::tr("dose: must be an amount and a unit such as '5 mg' or "
                                    "'1 tablet' (units: %1), not '%2'")
                            .arg(Dose::units().join(u", "_s), parser.value(u"dose"_s)));
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
        //: MEDICINE is the value name shown in the help.
        context.err << "viparita-cli " << command << ": "
                    << CliText::tr("name one MEDICINE (its id or name), or give --name") << "\n";
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
        context.err << "viparita-cli: ";
        if (names.isEmpty()) {
            //: %1: the medicine named.
            context.err << CliText::tr("medicine: there is no medicine '%1'; the list is empty: "
                                       "add one with 'viparita-cli medication add'")
                               .arg(given);
        } else {
            //: %1: the medicine named; %2: the medicines there are, listed.
            context.err << CliText::tr("medicine: there is no medicine '%1'; the list has %2")
                               .arg(given, names.join(u", "_s));
        }
        context.err << "\n";
    } else {
        //: %n: how many medicines (always 2 or more); %1: the name they have.
        context.err << "viparita-cli: "
                    << CliText::tr("medicine: %n medicine(s) are called '%1': give the id of one "
                                   "(see 'viparita-cli medication list')",
                                   nullptr, static_cast<int>(found.size()))
                           .arg(given)
                    << "\n";
    }
    return std::nullopt;
}

/// "started, 5 mg", "dose changed to 2.5 mg", "stopped".
QString changeText(const MedicationChange &change)
{
    const QString dose = change.dose ? change.dose->toString() : QString();
    switch (change.kind) {
    case Kind::Started:
        //: A change of a medicine. %1: its dose.
        return CliText::tr("started, %1").arg(dose);
    case Kind::DoseChanged:
        //: A change of a medicine. %1: its new dose.
        return CliText::tr("dose changed to %1").arg(dose);
    case Kind::Stopped:
        //: A change of a medicine.
        return CliText::tr("stopped");
    }
    return {};
}

/// "Lisinopril started, 5 mg on 2026-11-01": the change of the medicine `name`.
QString changeSentence(const QString &name, const MedicationChange &change)
{
    const QString dose = change.dose ? change.dose->toString() : QString();
    const QString day = change.date.toString(Qt::ISODate);
    switch (change.kind) {
    case Kind::Started:
        //: %1: the medicine; %2: its dose; %3: the day.
        return CliText::tr("%1 started, %2 on %3").arg(name, dose, day);
    case Kind::DoseChanged:
        //: %1: the medicine; %2: its new dose; %3: the day.
        return CliText::tr("%1 dose changed to %2 on %3").arg(name, dose, day);
    case Kind::Stopped:
        //: %1: the medicine; %2: the day.
        return CliText::tr("%1 stopped on %2").arg(name, day);
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
    context.out << changeSentence(medication->name, change) << "\n";
    return Success;
}

} // namespace

MedicationAddCommand::MedicationAddCommand()
    : Command(u"medication add"_s,
              CliText::tr("Add a medicine you take, from the day you started it."))
{}

void MedicationAddCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"name"_s, CliText::tr("The medicine's name, as on its box."), u"NAME"_s});
    parser.addOption({u"dose"_s,
                      CliText::tr("Its dose: an amount and a unit, such as '5 mg' or '1 tablet'."),
                      u"DOSE"_s});
    parser.addOption({u"since"_s,
                      CliText::tr("The day you started it (YYYY-MM-DD); today by default."),
                      u"DATE"_s});
    parser.addOption({u"times"_s,
                      //: morning, midday, evening and bedtime are typed as they are.
                      CliText::tr("When in the day you take it: morning, midday, evening, "
                                  "bedtime, separated by commas."),
                      u"LIST"_s});
    parser.addOption({u"not-for-blood-pressure"_s,
                      CliText::tr("It is not taken for blood pressure (it is still on the "
                                  "doctor's report).")});
    addReasonOption(parser, CliText::tr("Why it was started."));
}

int MedicationAddCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty() || !parser.isSet(u"name"_s) ||
        !parser.isSet(u"dose"_s)) {
        //: NAME and DOSE are the value names shown in the help.
        context.err << "viparita-cli medication add: "
                    << CliText::tr("give --name NAME and --dose DOSE (options only)") << "\n";
        //: %1: the program's name; %2: the command ("reading add"); --help is typed as
        //: is.
        context.err
            << CliText::tr("Run '%1 %2 --help' for its options.").arg(u"viparita-cli"_s, name())
            << "\n";
        return UsageError;
    }
    QStringList problems;
    Medication medication;
    medication.name = parser.value(u"name"_s).trimmed();
    medication.forBloodPressure = !parser.isSet(u"not-for-blood-pressure"_s);
    for (const QString &word : parser.value(u"times"_s).split(u',', Qt::SkipEmptyParts)) {
        const auto time = dayTimeFromString(word);
        //: %1: the value typed. morning, midday, evening and bedtime are typed as they are.
        if (!time)
            problems.append(
                CliText::tr("times: must be morning, midday, evening or bedtime, not '%1'")
                    .arg(word.trimmed()));
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
    //: %1: the medicine's id; %2: its name; %3: its dose; %4: the day it was started.
    context.out << CliText::tr("Medicine %1 saved: %2, %3 since %4")
                       .arg(*id)
                       .arg(medication.name, dose->toString(), since->toString(Qt::ISODate))
                << "\n";
    return Success;
}

MedicationChangeCommand::MedicationChangeCommand()
    : Command(u"medication change"_s,
              CliText::tr("Record a new dose of a medicine (or its start again after a stop)."),
              u"MEDICINE"_s)
{}

void MedicationChangeCommand::addOptions(QCommandLineParser &parser) const
{
    addMedicineArgument(parser);
    parser.addOption({u"dose"_s, CliText::tr("The new dose, such as '2.5 mg'."), u"DOSE"_s});
    parser.addOption(
        {u"on"_s, CliText::tr("The day of the change (YYYY-MM-DD); today by default."), u"DATE"_s});
    addReasonOption(parser, CliText::tr("Why it changed."));
}

int MedicationChangeCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!parser.isSet(u"dose"_s)) {
        //: DOSE is the value name shown in the help.
        context.err << "viparita-cli medication change: " << CliText::tr("give the new --dose DOSE")
                    << "\n";
        //: %1: the program's name; %2: the command ("reading add"); --help is typed as
        //: is.
        context.err
            << CliText::tr("Run '%1 %2 --help' for its options.").arg(u"viparita-cli"_s, name())
            << "\n";
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
    : Command(u"medication stop"_s, CliText::tr("Record that a medicine was stopped."),
              u"MEDICINE"_s)
{}

void MedicationStopCommand::addOptions(QCommandLineParser &parser) const
{
    addMedicineArgument(parser);
    parser.addOption({u"on"_s,
                      CliText::tr("The day it was stopped (YYYY-MM-DD); today by default."),
                      u"DATE"_s});
    addReasonOption(parser, CliText::tr("Why it was stopped."));
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
              CliText::tr("Take back the latest change of a medicine (one recorded by mistake)."),
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
    //: %1: the change taken back ("Lisinopril started, 5 mg on 2026-11-01").
    context.out << CliText::tr("Taken back: %1").arg(changeSentence(medication->name, latest))
                << "\n";
    return Success;
}

MedicationDeleteCommand::MedicationDeleteCommand()
    : Command(u"medication delete"_s,
              CliText::tr("Delete a medicine entered by mistake, with its course."), u"MEDICINE"_s)
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
    //: %1: the medicine's id; %2: its name.
    context.out << CliText::tr("Medicine %1 (%2) deleted").arg(medication->id).arg(medication->name)
                << "\n";
    return Success;
}

MedicationListCommand::MedicationListCommand()
    : Command(u"medication list"_s, CliText::tr("List the medicines, each with its course."))
{}

void MedicationListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"on"_s,
                      CliText::tr("Say which were taken, and at what dose, on this day "
                                  "(YYYY-MM-DD); today by default."),
                      u"DATE"_s});
    parser.addOption({u"json"_s, CliText::tr("Print JSON instead of text.")});
}

int MedicationListCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty()) {
        context.err << "viparita-cli medication list: "
                    << CliText::tr("takes options only, no arguments") << "\n";
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
        //: Of a medicine, on the day asked about.
        line += u", "_s + (dose ? dose->toString() : CliText::tr("not taken"));
        if (!medication.times.isEmpty())
            line += u", %1"_s.arg(medication.timesText());
        if (!medication.forBloodPressure)
            line += u" "_s + CliText::tr("(not for blood pressure)");
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
    const QString on = day->toString(Qt::ISODate);
    if (takes) {
        //: %1: the day asked about.
        context.out << CliText::tr("%n medicine(s); blood-pressure medication taken on %1", nullptr,
                                   static_cast<int>(count))
                           .arg(on);
    } else {
        //: %1: the day asked about.
        context.out << CliText::tr("%n medicine(s); no blood-pressure medication taken on %1",
                                   nullptr, static_cast<int>(count))
                           .arg(on);
    }
    context.out << "\n";
    return Success;
}

} // namespace viparita::cli
