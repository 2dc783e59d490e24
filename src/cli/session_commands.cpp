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
        context.err << u"viparita-cli %1: give one session ID (see 'viparita-cli sessions')\n"_s
                           .arg(command);
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 id = arguments.first().toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        context.err << u"viparita-cli %1: ID: must be a session's id (a whole number from 1), "
                       "not '%2'\n"_s.arg(command, arguments.first());
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
    : Command(u"session log"_s, u"Record a session done away from the app, with its readings."_s,
              u"SEQUENCE"_s)
{}

void SessionLogCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"sequence"_s, u"A sequence id, or the path of a sequence file."_s,
                                 u"SEQUENCE"_s);
    parser.addOption({u"at"_s,
                      u"When the session started (ISO 8601; local time without an offset)."_s,
                      u"TIME"_s});
    parser.addOption({u"minutes"_s,
                      u"How long it lasted (3 to 60); the sequence's length by default."_s,
                      u"N"_s});
    parser.addOption({u"before"_s,
                      u"A reading before it, SYSTOLIC/DIASTOLIC[/PULSE]; repeat for more."_s,
                      u"S/D[/P]"_s});
    parser.addOption({u"during"_s, u"A reading during it; repeat for more."_s, u"S/D[/P]"_s});
    parser.addOption({u"after"_s, u"A reading after it; repeat for more."_s, u"S/D[/P]"_s});
    parser.addOption({u"standing"_s,
                      u"A reading on standing up after it (the first at 1 minute, the next at "
                      "3); repeat for more."_s,
                      u"S/D[/P]"_s});
    parser.addOption(
        {u"feeling"_s, u"How you felt afterwards, 1 (worse) to 5 (much better)."_s, u"N"_s});
    parser.addOption({u"note"_s, u"A note."_s, u"TEXT"_s});
}

int SessionLogCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList arguments = commandArguments(parser);
    if (arguments.size() != 1 || !parser.isSet(u"at"_s)) {
        context.err << "viparita-cli session log: give one SEQUENCE and --at TIME\n"
                    << "Run 'viparita-cli session log --help' for its options.\n";
        return UsageError;
    }
    PlanOptions planOptions;
    planOptions.settleSeconds = 0;
    if (parser.isSet(u"minutes"_s)) {
        bool isNumber = false;
        const int minutes = parser.value(u"minutes"_s).toInt(&isNumber);
        if (!isNumber || minutes < SessionPlan::minMinutes || minutes > SessionPlan::maxMinutes) {
            context.err
                << u"viparita-cli session log: --minutes must be a whole number from %1 to %2, "
                   "not '%3'\n"_s.arg(SessionPlan::minMinutes)
                       .arg(SessionPlan::maxMinutes)
                       .arg(parser.value(u"minutes"_s));
            return UsageError;
        }
        planOptions.minutes = minutes;
    }

    QStringList problems;
    const auto start = parseTime(parser.value(u"at"_s));
    if (!start)
        problems.append(
            u"at: must be an ISO 8601 time such as 2026-11-20T20:00:00+01:00, not '%1'"_s.arg(
                parser.value(u"at"_s)));
    std::optional<int> feeling;
    if (parser.isSet(u"feeling"_s)) {
        feeling = ReadingValidator::parseWholeNumber(parser.value(u"feeling"_s));
        if (!feeling || *feeling < 1 || *feeling > 5)
            problems.append(u"feeling: must be a whole number from 1 to 5, not '%1'"_s.arg(
                parser.value(u"feeling"_s)));
    }

    // A session's note keeps the rule of a reading's note.
    if (const qsizetype length = parser.value(u"note"_s).toUcs4().size();
        length > ReadingValidator::maxNoteLength)
        problems.append(u"note: must be at most %1 characters long (this one has %2)"_s
                            .arg(ReadingValidator::maxNoteLength)
                            .arg(length));

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
                 ReadingValidator::validate(*reading, QDateTime::currentDateTime()))
                problems.append(u"--%1 %2: %3"_s.arg(option, values.at(i), error.toString()));
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
    context.out << u"Saved session %1: %2, %3 min, %4.\n"_s.arg(*saved)
                       .arg(plan.sequenceTitle())
                       .arg(plan.totalSeconds() / 60)
                       .arg(readings.size() == 1 ? u"1 reading"_s
                                                 : u"%1 readings"_s.arg(readings.size()));
    return Success;
}

SessionsCommand::SessionsCommand()
    : Command(u"sessions"_s, u"List sessions with their before and after readings."_s)
{}

void SessionsCommand::addOptions(QCommandLineParser &parser) const
{
    addDateRangeOptions(parser);
    parser.addOption({u"json"_s, u"Print a JSON array instead of a table."_s});
}

int SessionsCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty()) {
        context.err << "viparita-cli sessions: takes no arguments\n";
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
        context.out << u"ID"_s.rightJustified(5) << "  " << u"STARTED"_s.leftJustified(25) << "  "
                    << u"SEQUENCE"_s.leftJustified(18) << "  " << u"STATUS"_s.leftJustified(11)
                    << "  " << u"BEFORE"_s.leftJustified(11) << "  " << u"AFTER"_s.leftJustified(11)
                    << "  CHANGE\n";
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
        context.out << (sessions->size() == 1 ? u"1 session\n"_s
                                              : u"%1 sessions\n"_s.arg(sessions->size()));
    return Success;
}

SessionShowCommand::SessionShowCommand()
    : Command(u"session show"_s, u"Show one session: its steps, readings, feeling and note."_s,
              u"ID"_s)
{}

void SessionShowCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"id"_s, u"The session's id (see 'sessions')."_s, u"ID"_s);
    parser.addOption({u"json"_s, u"Print a JSON object instead of text."_s});
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
            context.err << "viparita-cli session show: " << session.error().message
                        << " See 'viparita-cli sessions' for the ids.\n";
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

    context.out << u"Session %1: %2 (%3), %4\n"_s.arg(session->id)
                       .arg(session->sequenceTitle, session->sequenceId, toString(session->status));
    context.out << u"Started    %1\n"_s.arg(isoWithOffset(session->startedAt));
    if (session->endedAt)
        context.out << u"Ended      %1\n"_s.arg(isoWithOffset(*session->endedAt));
    context.out << u"Practised  %1 of %2 planned\n"_s.arg(
        session->actualSeconds ? minutesAndSeconds(*session->actualSeconds) : u"-"_s,
        minutesAndSeconds(session->plannedSeconds));
    context.out << u"Feeling    %1\n"_s.arg(session->feeling ? u"%1 of 5"_s.arg(*session->feeling)
                                                             : u"-"_s);
    context.out << u"Note       %1\n"_s.arg(session->note.isEmpty() ? u"-"_s : session->note);
    context.out << u"\nSteps (%1)\n"_s.arg(steps->size());
    for (const SessionStepRecord &step : *steps) {
        QString line = u"  %1. %2"_s.arg(step.position + 1).arg(step.stepId);
        if (step.side)
            line += u" (%1)"_s.arg(sideName(*step.side));
        line = line.leftJustified(32) + u"  "_s +
               (step.skipped ? u"skipped"_s
                             : u"%1 of %2"_s.arg(minutesAndSeconds(step.actualSeconds),
                                                 minutesAndSeconds(step.plannedSeconds)));
        if (step.extendedBySeconds > 0)
            line += u", extended by %1 s"_s.arg(step.extendedBySeconds);
        context.out << line << "\n";
    }
    context.out << u"\nReadings (%1)\n"_s.arg(readings->size());
    for (const Reading &reading : *readings) {
        QString line =
            u"  %1  %2  %3  %4/%5"_s
                .arg(QString::number(reading.id).rightJustified(5), isoWithOffset(reading.takenAt),
                     toString(reading.context).leftJustified(8))
                .arg(reading.systolic)
                .arg(reading.diastolic);
        if (reading.pulse)
            line += u"  pulse %1"_s.arg(*reading.pulse);
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
            context.err << u"viparita-cli %1: "_s.arg(command) << done.error().message
                        << (deleting ? " See 'viparita-cli sessions' for the ids.\n"
                                     : " Only a deleted session can be restored.\n");
            return InputRejected;
        }
        return reportStorageError(context, done.error());
    }
    context.out << (deleting ? u"Deleted session %1 and its readings. 'viparita-cli session "
                               "restore %1' brings them back.\n"_s.arg(*id)
                             : u"Restored session %1 and its readings.\n"_s.arg(*id));
    return Success;
}

} // namespace

SessionDeleteCommand::SessionDeleteCommand()
    : Command(u"session delete"_s,
              u"Delete a session and its readings ('session restore' undoes it)."_s, u"ID"_s)
{}

void SessionDeleteCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"id"_s, u"The session's id (see 'sessions')."_s, u"ID"_s);
}

int SessionDeleteCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    return changeSession(parser, context, name(), true);
}

SessionRestoreCommand::SessionRestoreCommand()
    : Command(u"session restore"_s, u"Bring back a deleted session and its readings."_s, u"ID"_s)
{}

void SessionRestoreCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"id"_s, u"The deleted session's id."_s, u"ID"_s);
}

int SessionRestoreCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    return changeSession(parser, context, name(), false);
}

} // namespace viparita::cli
