#include "session_commands.h"

#include "exit_code.h"
#include "journal_access.h"
#include "reading_input.h"
#include "sequence_argument.h"
#include "time_input.h"

#include <viparita/core/measurement.h>
#include <viparita/core/reading_validator.h>
#include <viparita/core/safety_rules.h>
#include <viparita/core/session_plan.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

namespace {

QJsonValue number(double value)
{
    // Means to two decimals, as a person reads them.
    return std::round(value * 100.0) / 100.0;
}

QJsonValue toJson(const std::optional<Measurement> &measurement)
{
    if (!measurement)
        return QJsonValue();
    return QJsonObject{
        {u"systolic"_s, number(measurement->systolic)},
        {u"diastolic"_s, number(measurement->diastolic)},
        {u"pulse"_s, measurement->pulse ? number(*measurement->pulse) : QJsonValue()},
        {u"readings"_s, measurement->readingCount},
    };
}

QJsonValue changeJson(const std::optional<Measurement> &before,
                      const std::optional<Measurement> &after)
{
    // Readings in different positions differ by themselves: no change is given between them.
    if (!before || !after || !SafetyRules::samePosition(*before, *after))
        return QJsonObject{{u"systolic"_s, QJsonValue()},
                           {u"diastolic"_s, QJsonValue()},
                           {u"pulse"_s, QJsonValue()}};
    const QJsonValue pulse =
        before->pulse && after->pulse ? number(*after->pulse - *before->pulse) : QJsonValue();
    return QJsonObject{{u"systolic"_s, number(after->systolic - before->systolic)},
                       {u"diastolic"_s, number(after->diastolic - before->diastolic)},
                       {u"pulse"_s, pulse}};
}

/// The one ID a command takes: a whole number from 1. Says what is wrong otherwise.
std::optional<qint64> oneId(const QCommandLineParser &parser, CommandContext &context,
                            const QString &command)
{
    const QStringList arguments = commandArguments(parser);
    if (arguments.size() != 1) {
        //: ID is the value name shown in the help.
        context.err << "viparita-cli " << command << ": "
                    << CliText::tr("give one session ID (see 'viparita-cli sessions')") << "\n";
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 id = arguments.first().toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        //: ID is the value name shown in the help; %1: the value typed.
        context.err << "viparita-cli " << command << ": "
                    << CliText::tr("ID: must be a session's id (a whole number from 1), not '%1'")
                           .arg(arguments.first())
                    << "\n";
        return std::nullopt;
    }
    return id;
}

QString minutesAndSeconds(double seconds)
{
    const int whole = static_cast<int>(std::lround(seconds));
    return u"%1:%2"_s.arg(whole / 60).arg(whole % 60, 2, 10, QChar(u'0'));
}

QString measurementText(const std::optional<Measurement> &measurement)
{
    if (!measurement)
        return u"-"_s;
    return u"%1/%2"_s.arg(measurement->systolic, 0, 'f', 1).arg(measurement->diastolic, 0, 'f', 1);
}

} // namespace

SessionLogCommand::SessionLogCommand()
    : Command(u"session log"_s,
              CliText::tr("Record a session done away from the app, with its readings."),
              u"SEQUENCE"_s)
{}

void SessionLogCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"sequence"_s,
                                 CliText::tr("A sequence id, or the path of a sequence file."),
                                 u"SEQUENCE"_s);
    parser.addOption(
        {u"at"_s, CliText::tr("When the session started (ISO 8601; local time without an offset)."),
         u"TIME"_s});
    parser.addOption(
        {u"minutes"_s,
         CliText::tr("How long it lasted (3 to 60); the sequence's length by default."), u"N"_s});
    parser.addOption(
        {u"before"_s,
         //: SYSTOLIC/DIASTOLIC[/PULSE] says how a reading is typed: 135/85 or 135/85/70.
         CliText::tr("A reading before it, SYSTOLIC/DIASTOLIC[/PULSE]; repeat for more."),
         u"S/D[/P]"_s});
    parser.addOption(
        {u"during"_s, CliText::tr("A reading during it; repeat for more."), u"S/D[/P]"_s});
    parser.addOption(
        {u"after"_s, CliText::tr("A reading after it; repeat for more."), u"S/D[/P]"_s});
    parser.addOption({u"standing"_s,
                      CliText::tr("A reading on standing up after it (the first at 1 minute, the "
                                  "next at 3); repeat for more."),
                      u"S/D[/P]"_s});
    parser.addOption({u"feeling"_s,
                      CliText::tr("How you felt afterwards, 1 (worse) to 5 (much better)."),
                      u"N"_s});
    parser.addOption({u"note"_s, CliText::tr("A note."), u"TEXT"_s});
}

int SessionLogCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList arguments = commandArguments(parser);
    if (arguments.size() != 1 || !parser.isSet(u"at"_s)) {
        //: SEQUENCE and TIME are the value names shown in the help.
        context.err << "viparita-cli session log: "
                    << CliText::tr("give one SEQUENCE and --at TIME") << "\n";
        //: %1: the program's name; %2: the command ("reading add"); --help is typed as
        //: is.
        context.err
            << CliText::tr("Run '%1 %2 --help' for its options.").arg(u"viparita-cli"_s, name())
            << "\n";
        return UsageError;
    }
    PlanOptions planOptions;
    planOptions.settleSeconds = 0;
    if (parser.isSet(u"minutes"_s)) {
        bool isNumber = false;
        const int minutes = parser.value(u"minutes"_s).toInt(&isNumber);
        if (!isNumber || minutes < SessionPlan::minMinutes || minutes > SessionPlan::maxMinutes) {
            //: %1 to %2: the minutes it may be; %3: the value typed.
            context.err << "viparita-cli session log: "
                        << CliText::tr("--minutes must be a whole number from %1 to %2, not '%3'")
                               .arg(SessionPlan::minMinutes)
                               .arg(SessionPlan::maxMinutes)
                               .arg(parser.value(u"minutes"_s))
                        << "\n";
            return UsageError;
        }
        planOptions.minutes = minutes;
    }

    QStringList problems;
    const auto start = parseTime(parser.value(u"at"_s));
    //: at is the option's name; %1: the value typed.
    if (!start)
        problems.append(CliText::tr("at: must be an ISO 8601 time such as "
                                    "2026-11-20T20:00:00+01:00, not '%1'")
                            .arg(parser.value(u"at"_s)));
    std::optional<int> feeling;
    if (parser.isSet(u"feeling"_s)) {
        feeling = ReadingValidator::parseWholeNumber(parser.value(u"feeling"_s));
        //: feeling is the option's name; %1: the value typed.
        if (!feeling || *feeling < 1 || *feeling > 5)
            problems.append(CliText::tr("feeling: must be a whole number from 1 to 5, not '%1'")
                                .arg(parser.value(u"feeling"_s)));
    }

    // A session's note keeps the rule of a reading's note.
    if (const qsizetype length = parser.value(u"note"_s).toUcs4().size();
        length > ReadingValidator::maxNoteLength) {
        //: note is the option's name; %n: the most characters it may have; %1: how many it has.
        problems.append(CliText::tr("note: must be at most %n character(s) long (this one has %1)",
                                    nullptr, ReadingValidator::maxNoteLength)
                            .arg(length));
    }

    int status = Success;
    const auto sequence = loadSequenceArgument(arguments.first(), context, status);
    if (!sequence)
        return status;
    const PlanResult planned = SessionPlan::create(*sequence, planOptions);
    if (!planned.plan) {
        context.err << "viparita-cli session log: " << planned.error << "\n";
        return InputRejected;
    }
    const SessionPlan &plan = *planned.plan;
    const QDateTime startedAt = start.value_or(QDateTime::currentDateTime());
    const QDateTime endedAt = startedAt.addSecs(plan.totalSeconds());

    // Before readings a minute apart, the last a minute before the start;
    // during readings a minute apart from the middle; after readings a
    // minute apart, the first a minute after the end; standing readings 1, 3,
    // 5... minutes after the last after reading, as the standing check asks.
    QList<Reading> readings;
    auto collect = [&](const QString &option, ReadingContext readingContext) {
        const QStringList values = parser.values(option);
        for (qsizetype i = 0; i < values.size(); ++i) {
            auto reading = readingFromTriple(values.at(i), u"--"_s + option, problems);
            if (!reading)
                continue;
            reading->context = readingContext;
            const auto count = static_cast<int>(values.size());
            const int index = static_cast<int>(i);
            switch (readingContext) {
            case ReadingContext::Before:
                reading->takenAt = startedAt.addSecs(-60LL * (count - index));
                break;
            case ReadingContext::During:
                reading->takenAt = startedAt.addSecs(plan.totalSeconds() / 2 + 60LL * index);
                break;
            case ReadingContext::Standing:
                reading->position = BodyPosition::Standing;
                reading->takenAt = endedAt.addSecs(60LL * parser.values(u"after"_s).size() +
                                                   60LL * (1 + 2 * index));
                break;
            default:
                reading->takenAt = endedAt.addSecs(60LL * (index + 1));
                break;
            }
            for (const FieldError &error :
                 ReadingValidator::validate(*reading, QDateTime::currentDateTime())) {
                //: %1: the option (before, after); %2: the reading typed; %3: what is wrong.
                problems.append(
                    CliText::tr("--%1 %2: %3").arg(option, values.at(i), error.toString()));
            }
            readings.append(*reading);
        }
    };
    collect(u"before"_s, ReadingContext::Before);
    collect(u"during"_s, ReadingContext::During);
    collect(u"after"_s, ReadingContext::After);
    collect(u"standing"_s, ReadingContext::Standing);
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            context.err << "viparita-cli: " << problem << "\n";
        return InputRejected;
    }

    SessionRecord session = SessionRecord::forPlan(plan, startedAt);
    session.endedAt = endedAt;
    session.status = SessionStatus::Completed;
    session.actualSeconds = plan.totalSeconds();
    session.feeling = feeling;
    session.note = parser.value(u"note"_s);
    const QList<SessionStepRecord> steps = SessionStepRecord::playedInFull(plan);

    auto journal = openJournal(context, Access::Write, status);
    if (!journal)
        return status;
    const auto saved = journal->logSession(session, steps, readings);
    if (!saved.ok())
        return reportStorageError(context, saved.error());
    //: %1: the session's id; %2: the sequence's title; %3: how many minutes it lasted.
    context.out << CliText::tr("Saved session %1: %2, %3 min, %n reading(s).", nullptr,
                               static_cast<int>(readings.size()))
                       .arg(QString::number(*saved), plan.sequenceTitle(),
                            QString::number(plan.totalSeconds() / 60))
                << "\n";
    return Success;
}

SessionsCommand::SessionsCommand()
    : Command(u"sessions"_s, CliText::tr("List sessions with their before and after readings."))
{}

void SessionsCommand::addOptions(QCommandLineParser &parser) const
{
    addDateRangeOptions(parser);
    parser.addOption({u"json"_s, CliText::tr("Print a JSON array instead of a table.")});
}

int SessionsCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty()) {
        context.err << "viparita-cli sessions: " << CliText::tr("takes no arguments") << "\n";
        return UsageError;
    }
    const auto range = dateRangeOption(parser, context);
    if (!range)
        return UsageError;
    int status = Success;
    auto journal = openJournal(context, Access::Read, status);
    if (!journal)
        return status;
    const auto sessions = journal->sessions(*range);
    if (!sessions.ok())
        return reportStorageError(context, sessions.error());

    QJsonArray array;
    if (!parser.isSet(u"json"_s)) {
        //: A column title.
        const QString idTitle = CliText::tr("ID");
        //: A column title: when the session started.
        const QString startedTitle = CliText::tr("STARTED");
        //: A column title.
        const QString sequenceTitle = CliText::tr("SEQUENCE");
        //: A column title: completed, stopped...
        const QString statusTitle = CliText::tr("STATUS");
        //: A column title: the mean of the readings before the session.
        const QString beforeTitle = CliText::tr("BEFORE");
        //: A column title: the mean of the readings after the session.
        const QString afterTitle = CliText::tr("AFTER");
        //: A column title: after less before.
        const QString changeTitle = CliText::tr("CHANGE");
        context.out << idTitle.rightJustified(5) << "  " << startedTitle.leftJustified(25) << "  "
                    << sequenceTitle.leftJustified(18) << "  " << statusTitle.leftJustified(11)
                    << "  " << beforeTitle.leftJustified(11) << "  " << afterTitle.leftJustified(11)
                    << "  " << changeTitle << "\n";
    }
    for (const SessionRecord &session : *sessions) {
        const auto readings = journal->readingsOfSession(session.id);
        if (!readings.ok())
            return reportStorageError(context, readings.error());
        const auto before = MeasurementGrouper::meanOf(*readings, ReadingContext::Before);
        const auto after = MeasurementGrouper::meanOf(*readings, ReadingContext::After);
        const bool comparable = before && after && SafetyRules::samePosition(*before, *after);
        if (parser.isSet(u"json"_s)) {
            const auto standing = MeasurementGrouper::meanOf(*readings, ReadingContext::Standing);
            // Each reading on standing is checked on its own against the last one lying or
            // sitting.
            const auto reference = SafetyRules::referenceFor(ReadingContext::Standing, *readings);
            bool orthostatic = false;
            for (const Reading &reading : *readings) {
                if (reading.context != ReadingContext::Standing || reading.deletedAt)
                    continue;
                for (const SafetyAlert &alert : SafetyRules::check(
                         SafetyCheck{MeasurementGrouper::mean({reading}), reference}))
                    orthostatic = orthostatic || alert.flag == SafetyFlag::Orthostatic;
            }
            array.append(QJsonObject{
                {u"id"_s, session.id},
                {u"sequence_id"_s, session.sequenceId},
                {u"started_at"_s, isoWithOffset(session.startedAt)},
                {u"ended_at"_s,
                 session.endedAt ? QJsonValue(isoWithOffset(*session.endedAt)) : QJsonValue()},
                {u"status"_s, toString(session.status)},
                {u"actual_seconds"_s,
                 session.actualSeconds ? QJsonValue(*session.actualSeconds) : QJsonValue()},
                {u"before"_s, toJson(before)},
                {u"after"_s, toJson(after)},
                {u"change"_s, changeJson(before, after)},
                {u"positions_differ"_s, before && after && !comparable},
                {u"standing"_s, toJson(standing)},
                {u"orthostatic"_s, orthostatic},
                {u"feeling"_s, session.feeling ? QJsonValue(*session.feeling) : QJsonValue()},
                {u"note"_s, session.note},
            });
            continue;
        }
        QString change = u"-"_s;
        if (comparable)
            change = u"%1/%2"_s.arg(after->systolic - before->systolic, 0, 'f', 1)
                         .arg(after->diastolic - before->diastolic, 0, 'f', 1);
        context.out << QString::number(session.id).rightJustified(5) << "  "
                    << isoWithOffset(session.startedAt).leftJustified(25) << "  "
                    << session.sequenceId.leftJustified(18) << "  "
                    << toString(session.status).leftJustified(11) << "  "
                    << measurementText(before).leftJustified(11) << "  "
                    << measurementText(after).leftJustified(11) << "  " << change << "\n";
    }
    if (parser.isSet(u"json"_s))
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else
        context.out << CliText::tr("%n session(s)", nullptr, static_cast<int>(sessions->size()))
                    << "\n";
    return Success;
}

SessionShowCommand::SessionShowCommand()
    : Command(u"session show"_s,
              CliText::tr("Show one session: its steps, readings, feeling and note."), u"ID"_s)
{}

void SessionShowCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"id"_s, CliText::tr("The session's id (see 'sessions')."),
                                 u"ID"_s);
    parser.addOption({u"json"_s, CliText::tr("Print a JSON object instead of text.")});
}

int SessionShowCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const auto id = oneId(parser, context, name());
    if (!id)
        return UsageError;
    int status = Success;
    auto journal = openJournal(context, Access::Read, status);
    if (!journal)
        return status;
    const auto session = journal->session(*id);
    if (!session.ok()) {
        if (session.error().kind == StorageError::Kind::NotFound) {
            context.err << "viparita-cli session show: " << session.error().message << " "
                        << CliText::tr("See 'viparita-cli sessions' for the ids.") << "\n";
            return InputRejected;
        }
        return reportStorageError(context, session.error());
    }
    const auto steps = journal->sessionSteps(*id);
    const auto readings = journal->readingsOfSession(*id);
    if (!steps.ok())
        return reportStorageError(context, steps.error());
    if (!readings.ok())
        return reportStorageError(context, readings.error());

    if (parser.isSet(u"json"_s)) {
        QJsonArray stepArray;
        for (const SessionStepRecord &step : *steps)
            stepArray.append(QJsonObject{
                {u"position"_s, step.position},
                {u"step_id"_s, step.stepId},
                {u"side"_s, step.side ? QJsonValue(sideName(*step.side)) : QJsonValue()},
                {u"planned_seconds"_s, step.plannedSeconds},
                {u"actual_seconds"_s, number(step.actualSeconds)},
                {u"skipped"_s, step.skipped},
                {u"extended_seconds"_s, step.extendedBySeconds},
            });
        QJsonArray readingArray;
        for (const Reading &reading : *readings)
            readingArray.append(QJsonObject{
                {u"id"_s, reading.id},
                {u"taken_at"_s, isoWithOffset(reading.takenAt)},
                {u"context"_s, toString(reading.context)},
                {u"systolic"_s, reading.systolic},
                {u"diastolic"_s, reading.diastolic},
                {u"pulse"_s, reading.pulse ? QJsonValue(*reading.pulse) : QJsonValue()},
                {u"position"_s,
                 reading.position ? QJsonValue(toString(*reading.position)) : QJsonValue()},
                {u"arm"_s, reading.arm ? QJsonValue(toString(*reading.arm)) : QJsonValue()},
                {u"irregular"_s, reading.irregular},
                {u"note"_s, reading.note},
            });
        const QJsonObject object{
            {u"id"_s, session->id},
            {u"sequence_id"_s, session->sequenceId},
            {u"sequence_title"_s, session->sequenceTitle},
            {u"started_at"_s, isoWithOffset(session->startedAt)},
            {u"ended_at"_s,
             session->endedAt ? QJsonValue(isoWithOffset(*session->endedAt)) : QJsonValue()},
            {u"status"_s, toString(session->status)},
            {u"planned_seconds"_s, session->plannedSeconds},
            {u"actual_seconds"_s,
             session->actualSeconds ? QJsonValue(*session->actualSeconds) : QJsonValue()},
            {u"feeling"_s, session->feeling ? QJsonValue(*session->feeling) : QJsonValue()},
            {u"note"_s, session->note},
            {u"steps"_s, stepArray},
            {u"readings"_s, readingArray},
        };
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }

    //: %1: the session's id; %2: the sequence's title; %3: its id; %4: the session's status
    //: (completed, stopped...).
    context.out << CliText::tr("Session %1: %2 (%3), %4")
                       .arg(session->id)
                       .arg(session->sequenceTitle, session->sequenceId, toString(session->status))
                << "\n";
    // A label, then its value in a column of its own.
    const auto field = [&context](const QString &label, const QString &value) {
        context.out << label.leftJustified(10) << " " << value << "\n";
    };
    //: A label: when the session started.
    field(CliText::tr("Started"), isoWithOffset(session->startedAt));
    //: A label: when the session ended.
    if (session->endedAt)
        field(CliText::tr("Ended"), isoWithOffset(*session->endedAt));
    //: A label: how long the session was practised.
    field(CliText::tr("Practised"),
          //: %1: how long it was practised; %2: how long it was planned, as minutes:seconds.
          CliText::tr("%1 of %2 planned")
              .arg(session->actualSeconds ? minutesAndSeconds(*session->actualSeconds) : u"-"_s,
                   minutesAndSeconds(session->plannedSeconds)));
    //: A label: how you felt afterwards.
    field(CliText::tr("Feeling"),
          //: %1: how one felt after the session, from 1 (worse) to 5 (much better).
          session->feeling ? CliText::tr("%1 of 5").arg(*session->feeling) : u"-"_s);
    //: A label.
    field(CliText::tr("Note"), session->note.isEmpty() ? u"-"_s : session->note);
    //: %1: how many steps.
    context.out << "\n" << CliText::tr("Steps (%1)").arg(steps->size()) << "\n";
    for (const SessionStepRecord &step : *steps) {
        QString line = u"  %1. %2"_s.arg(step.position + 1).arg(step.stepId);
        if (step.side)
            line += u" (%1)"_s.arg(sideName(*step.side));
        const QString practised = minutesAndSeconds(step.actualSeconds);
        const QString planned = minutesAndSeconds(step.plannedSeconds);
        const QString extended = QString::number(step.extendedBySeconds);
        QString done;
        if (step.skipped && step.extendedBySeconds > 0) {
            //: A step of a session: %1: by how many seconds it was made longer.
            done = CliText::tr("skipped, extended by %1 s").arg(extended);
        } else if (step.skipped) {
            //: A step of a session.
            done = CliText::tr("skipped");
        } else if (step.extendedBySeconds > 0) {
            //: A step of a session: %1: how long it was practised; %2: how long it was
            //: planned, as minutes:seconds; %3: by how many seconds it was made longer.
            done = CliText::tr("%1 of %2, extended by %3 s").arg(practised, planned, extended);
        } else {
            //: A step of a session: %1: how long it was practised; %2: how long it was
            //: planned, as minutes:seconds.
            done = CliText::tr("%1 of %2").arg(practised, planned);
        }
        context.out << line.leftJustified(32) << "  " << done << "\n";
    }
    //: %1: how many readings.
    context.out << "\n" << CliText::tr("Readings (%1)").arg(readings->size()) << "\n";
    for (const Reading &reading : *readings) {
        QString line =
            u"  %1  %2  %3  %4/%5"_s
                .arg(QString::number(reading.id).rightJustified(5), isoWithOffset(reading.takenAt),
                     toString(reading.context).leftJustified(8))
                .arg(reading.systolic)
                .arg(reading.diastolic);
        if (reading.pulse)
            line += u"  "_s + CliText::tr("pulse %1").arg(*reading.pulse);
        if (reading.position)
            line += u"  %1"_s.arg(toString(*reading.position));
        context.out << line << "\n";
    }
    return Success;
}

namespace {

/// What `session delete` and `session restore` share: one id, the journal open for writing,
/// and a clear word when there is no such session.
int changeSession(const QCommandLineParser &parser, CommandContext &context, const QString &command,
                  bool deleting)
{
    const auto id = oneId(parser, context, command);
    if (!id)
        return UsageError;
    int status = Success;
    auto journal = openJournal(context, Access::Write, status);
    if (!journal)
        return status;
    const auto done = deleting ? journal->deleteSession(*id) : journal->restoreSession(*id);
    if (!done.ok()) {
        if (done.error().kind == StorageError::Kind::NotFound) {
            context.err << "viparita-cli " << command << ": " << done.error().message << " "
                        << (deleting ? CliText::tr("See 'viparita-cli sessions' for the ids.")
                                     : CliText::tr("Only a deleted session can be restored."))
                        << "\n";
            return InputRejected;
        }
        return reportStorageError(context, done.error());
    }
    //: %1: the session's id, twice.
    context.out << (deleting ? CliText::tr("Deleted session %1 and its readings. 'viparita-cli "
                                           "session restore %1' brings them back.")
                                   .arg(*id)
                             : CliText::tr("Restored session %1 and its readings.").arg(*id))
                << "\n";
    return Success;
}

} // namespace

SessionDeleteCommand::SessionDeleteCommand()
    : Command(u"session delete"_s,
              CliText::tr("Delete a session and its readings ('session restore' undoes it)."),
              u"ID"_s)
{}

void SessionDeleteCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"id"_s, CliText::tr("The session's id (see 'sessions')."),
                                 u"ID"_s);
}

int SessionDeleteCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    return changeSession(parser, context, name(), true);
}

SessionRestoreCommand::SessionRestoreCommand()
    : Command(u"session restore"_s, CliText::tr("Bring back a deleted session and its readings."),
              u"ID"_s)
{}

void SessionRestoreCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"id"_s, CliText::tr("The deleted session's id."), u"ID"_s);
}

int SessionRestoreCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    return changeSession(parser, context, name(), false);
}

} // namespace viparita::cli
