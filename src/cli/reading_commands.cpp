#include "reading_commands.h"

#include "exit_code.h"
#include "journal_access.h"
#include "reading_input.h"

#include <viparita/core/measurement.h>
#include <viparita/core/reading_validator.h>
#include <viparita/core/safety_rules.h>

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

namespace {

/// The safety flags of a reading, as files and scripts name them: "severe",
/// "drop_since_before", "orthostatic" (the Low category is its category, not a flag).
QJsonArray flagsOf(const Reading &reading, const std::optional<Measurement> &before,
                   Guideline guideline)
{
    QStringList keys = SafetyRules::keys(
        SafetyRules::check(SafetyCheck{MeasurementGrouper::mean({reading}), before, guideline}));
    keys.removeAll(u"low"_s);
    return QJsonArray::fromStringList(keys);
}

QJsonObject toJson(const Reading &reading, const std::optional<Measurement> &before,
                   Guideline guideline)
{
    auto nullable = [](const auto &optional, auto convert) {
        return optional ? QJsonValue(convert(*optional)) : QJsonValue();
    };
    const auto asString = [](const auto &value) { return toString(value); };
    return QJsonObject{
        {u"id"_s, reading.id},
        {u"taken_at"_s, isoWithOffset(reading.takenAt)},
        {u"systolic"_s, reading.systolic},
        {u"diastolic"_s, reading.diastolic},
        {u"pulse"_s, nullable(reading.pulse, [](int pulse) { return pulse; })},
        {u"context"_s, toString(reading.context)},
        {u"session_id"_s, nullable(reading.sessionId, [](qint64 id) { return id; })},
        {u"arm"_s, nullable(reading.arm, asString)},
        {u"position"_s, nullable(reading.position, asString)},
        {u"irregular"_s, reading.irregular},
        {u"note"_s, reading.note},
        {u"category"_s,
         BpClassifier::key(BpClassifier::classify(reading.systolic, reading.diastolic, guideline))},
        {u"flags"_s, flagsOf(reading, before, guideline)},
    };
}

} // namespace

ReadingAddCommand::ReadingAddCommand()
    : Command(u"reading add"_s, CliText::tr("Save a blood-pressure reading."))
{}

void ReadingAddCommand::addOptions(QCommandLineParser &parser) const
{
    addReadingOptions(parser);
    parser.addOption(
        {u"at"_s,
         CliText::tr("When it was taken (ISO 8601; local time without an offset). Now by default."),
         u"TIME"_s});
    parser.addOption(
        {u"context"_s,
         //: standalone, before, during, after and standing are typed as they are.
         CliText::tr("standalone (the default); before, during or after a session; or standing "
                     "(on standing up after one)."),
         u"CONTEXT"_s, u"standalone"_s});
    parser.addOption(
        {u"session"_s,
         //: before, during, after and standing are the --context typed.
         CliText::tr("The session a before, during, after or standing reading belongs to."),
         u"ID"_s});
    addGuidelineOption(parser);
}

int ReadingAddCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty()) {
        context.err << "viparita-cli reading add: "
                    << CliText::tr("takes options only, no arguments") << '\n';
        return UsageError;
    }
    const auto guideline = guidelineOption(parser, context);
    if (!guideline)
        return UsageError;
    int status = Success;
    auto reading = readingFromOptions(parser, context, status);
    if (!reading)
        return status;

    QStringList problems;
    reading->takenAt = QDateTime::currentDateTime();
    if (parser.isSet(u"at"_s)) {
        const auto at = parseTime(parser.value(u"at"_s));
        //: taken_at is the field's name, as files and scripts write it; %1: the value typed.
        if (!at)
            problems.append(CliText::tr("taken_at: must be an ISO 8601 time such as "
                                        "2026-11-20T20:00:00+01:00, not '%1'")
                                .arg(parser.value(u"at"_s)));
        else
            reading->takenAt = *at;
    }
    reading->takenAt = reading->takenAt.toOffsetFromUtc(reading->takenAt.offsetFromUtc());
    const auto readingContext = readingContextFromString(parser.value(u"context"_s));
    //: %1: the value typed. standalone, before, during, after and standing are typed as
    //: they are.
    if (!readingContext)
        problems.append(
            CliText::tr("context: must be standalone, before, during, after or standing, not '%1'")
                .arg(parser.value(u"context"_s)));
    else
        reading->context = *readingContext;
    if (reading->context == ReadingContext::Standing && !reading->position)
        reading->position = BodyPosition::Standing;
    if (parser.isSet(u"session"_s)) {
        bool isNumber = false;
        const qint64 session = parser.value(u"session"_s).toLongLong(&isNumber);
        //: %1: the value typed.
        if (!isNumber || session <= 0)
            problems.append(CliText::tr("session: must be a session id, not '%1'")
                                .arg(parser.value(u"session"_s)));
        else
            reading->sessionId = session;
    }
    //: %1: the --context typed (before, during, after, standing). ID stands for the
    //: session's number.
    if (readingContext && *readingContext != ReadingContext::Standalone && !reading->sessionId)
        problems.append(CliText::tr("session: a %1 reading belongs to a session: give --session ID")
                            .arg(toString(*readingContext)));
    //: before, during, after and standing are typed as they are.
    if (readingContext == ReadingContext::Standalone && reading->sessionId)
        problems.append(CliText::tr("context: a reading of a session is before, during, after or "
                                    "standing (on standing up after it)"));
    for (const FieldError &error :
         ReadingValidator::validate(*reading, QDateTime::currentDateTime()))
        problems.append(error.toString());
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            context.err << "viparita-cli: " << problem << "\n";
        return InputRejected;
    }

    auto journal = openJournal(context, Access::Write, status);
    if (!journal)
        return status;
    if (reading->sessionId) {
        const auto session = journal->session(*reading->sessionId);
        if (!session.ok()) {
            //: %1: the session's id.
            context.err << "viparita-cli: "
                        << CliText::tr("session: there is no session %1").arg(*reading->sessionId)
                        << "\n";
            return InputRejected;
        }
    }
    const auto saved = journal->addReading(*reading);
    if (!saved.ok())
        return reportStorageError(context, saved.error());

    if (reading->pulse) {
        //: %1: the reading's id; %2/%3: systolic/diastolic; %4: the pulse.
        context.out << CliText::tr("Saved reading %1: %2/%3 mmHg, pulse %4.")
                           .arg(*saved)
                           .arg(reading->systolic)
                           .arg(reading->diastolic)
                           .arg(*reading->pulse);
    } else {
        //: %1: the reading's id; %2/%3: systolic/diastolic.
        context.out << CliText::tr("Saved reading %1: %2/%3 mmHg.")
                           .arg(*saved)
                           .arg(reading->systolic)
                           .arg(reading->diastolic);
    }
    //: %1: the guideline ("AHA/ACC 2025"); %2: the reading's category by it.
    context.out << " "
                << CliText::tr("Category (%1): %2.")
                       .arg(BpClassifier::guidelineName(*guideline),
                            BpClassifier::label(reading->systolic, reading->diastolic, *guideline))
                << "\n";

    std::optional<Measurement> before;
    if (reading->sessionId) {
        if (const auto sessionReadings = journal->readingsOfSession(*reading->sessionId);
            sessionReadings.ok())
            before = SafetyRules::referenceFor(reading->context, *sessionReadings);
    }
    for (const SafetyAlert &alert :
         SafetyRules::check(SafetyCheck{MeasurementGrouper::mean({*reading}), before, *guideline}))
        context.out << "\n" << alert.title << "\n" << alert.guidance << "\n";
    return Success;
}

ReadingDeleteCommand::ReadingDeleteCommand()
    : Command(u"reading delete"_s, CliText::tr("Delete a reading (kept as deleted until purged)."),
              u"ID"_s)
{}

void ReadingDeleteCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"id"_s, CliText::tr("The reading's id."), u"ID"_s);
}

int ReadingDeleteCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList arguments = commandArguments(parser);
    bool isNumber = false;
    const qint64 id = arguments.size() == 1 ? arguments.first().toLongLong(&isNumber) : 0;
    if (arguments.size() != 1) {
        //: ID is the value name shown in the help.
        context.err << "viparita-cli reading delete: " << CliText::tr("give one reading ID")
                    << "\n";
        return UsageError;
    }
    if (!isNumber || id <= 0) {
        //: ID is the value name shown in the help; %1: the value typed.
        context.err << "viparita-cli reading delete: "
                    << CliText::tr("ID: must be a reading's id (a whole number from 1), not '%1'")
                           .arg(arguments.first())
                    << "\n";
        return UsageError;
    }
    int status = Success;
    auto journal = openJournal(context, Access::Write, status);
    if (!journal)
        return status;
    const auto deleted = journal->deleteReading(id);
    if (!deleted.ok()) {
        if (deleted.error().kind == StorageError::Kind::NotFound) {
            context.err << "viparita-cli: " << deleted.error().message << "\n";
            return InputRejected;
        }
        return reportStorageError(context, deleted.error());
    }
    context.out << CliText::tr("Deleted reading %1.").arg(id) << "\n";
    return Success;
}

ReadingsCommand::ReadingsCommand()
    : Command(u"readings"_s, CliText::tr("List blood-pressure readings."))
{}

void ReadingsCommand::addOptions(QCommandLineParser &parser) const
{
    addReadingsQueryOptions(parser, CliText::tr("Print a JSON array instead of a table."));
}

int ReadingsCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    int status = Success;
    const auto query = readReadings(parser, context, u"readings"_s, status);
    if (!query)
        return status;
    const QList<Reading> &readings = query->readings;
    const Guideline guideline = query->guideline;

    if (parser.isSet(u"json"_s)) {
        // Each reading of a session is checked against what came before it in the session.
        QHash<qint64, QList<Reading>> bySession;
        for (const Reading &reading : readings) {
            if (reading.sessionId)
                bySession[*reading.sessionId].append(reading);
        }
        QJsonArray array;
        for (const Reading &reading : readings) {
            const std::optional<Measurement> before =
                reading.sessionId ? SafetyRules::referenceFor(reading.context,
                                                              bySession.value(*reading.sessionId))
                                  : std::nullopt;
            array.append(toJson(reading, before, guideline));
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    //: A column title.
    const QString idTitle = CliText::tr("ID");
    //: A column title: when the reading was taken.
    const QString takenTitle = CliText::tr("TAKEN");
    //: A column title: the unit of the blood pressure.
    const QString mmHgTitle = CliText::tr("MMHG");
    //: A column title.
    const QString pulseTitle = CliText::tr("PULSE");
    //: A column title: before, during or after a session, or on its own.
    const QString contextTitle = CliText::tr("CONTEXT");
    //: A column title.
    const QString categoryTitle = CliText::tr("CATEGORY");
    //: A column title.
    const QString noteTitle = CliText::tr("NOTE");
    context.out << idTitle.rightJustified(6) << "  " << takenTitle.leftJustified(25) << "  "
                << mmHgTitle.leftJustified(7) << "  " << pulseTitle.rightJustified(5) << "  "
                << contextTitle.leftJustified(10) << "  " << categoryTitle.leftJustified(22) << "  "
                << noteTitle << "\n";
    for (const Reading &reading : readings) {
        QString contextText = toString(reading.context);
        if (reading.sessionId)
            contextText += u" #%1"_s.arg(*reading.sessionId);
        context.out
            << QString::number(reading.id).rightJustified(6) << "  "
            << isoWithOffset(reading.takenAt).leftJustified(25) << "  "
            << u"%1/%2"_s.arg(reading.systolic).arg(reading.diastolic).leftJustified(7) << "  "
            << (reading.pulse ? QString::number(*reading.pulse) : u"-"_s).rightJustified(5) << "  "
            << contextText.leftJustified(10) << "  "
            << BpClassifier::label(reading.systolic, reading.diastolic, guideline).leftJustified(22)
            << "  " << QString(reading.note).replace(u'\n', u' ') << "\n";
    }
    context.out << CliText::tr("%n reading(s)", nullptr, static_cast<int>(readings.size())) << "\n";
    return Success;
}

} // namespace viparita::cli
