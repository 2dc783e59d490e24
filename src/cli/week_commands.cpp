#include "week_commands.h"

#include "exit_code.h"
#include "journal_access.h"
#include "stats_command.h"

#include <viparita/core/display_format.h>
#include <viparita/core/home_average.h>
#include <viparita/core/home_week.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

WeekStartCommand::WeekStartCommand()
    : Command(u"week start"_s, CliText::tr("Begin a home-monitoring week: two readings each "
                                           "morning and evening for 7 days."))
{}

void WeekStartCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {u"on"_s, CliText::tr("Its first day (YYYY-MM-DD); today by default."), u"DATE"_s});
    parser.addOption({u"reason"_s,
                      CliText::tr("Why: before a doctor's visit, after a change of medication..."),
                      u"TEXT"_s});
}

int WeekStartCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty()) {
        context.err << "viparita-cli week start: "
                    << CliText::tr("takes options only, no arguments") << "\n";
        return UsageError;
    }
    QDate first = QDate::currentDate();
    if (parser.isSet(u"on"_s)) {
        const auto day = parseDate(parser.value(u"on"_s));
        if (!day) {
            //: on is the option's name; %1: the value typed.
            context.err << "viparita-cli: "
                        << CliText::tr("on: must be a date such as 2026-11-02, not '%1'")
                               .arg(parser.value(u"on"_s))
                        << "\n";
            return InputRejected;
        }
        first = *day;
    }
    int status = Success;
    auto journal = openJournal(context, Access::Write, status);
    if (!journal)
        return status;
    const auto id = journal->startHomeWeek(first, parser.value(u"reason"_s));
    if (!id.ok())
        return reportStorageError(context, id.error());
    //: %1: the week's first day; %2: its last.
    context.out << CliText::tr("Home-monitoring week from %1 to %2: each morning (before any "
                               "medication) and each evening, sit for five minutes, then take "
                               "two readings a minute apart.")
                       .arg(first.toString(Qt::ISODate),
                            first.addDays(HomeWeek::days - 1).toString(Qt::ISODate))
                << "\n";
    return Success;
}

WeekListCommand::WeekListCommand()
    : Command(u"week list"_s,
              CliText::tr("List the home-monitoring weeks begun, each with its progress and "
                          "average."))
{}

void WeekListCommand::addOptions(QCommandLineParser &parser) const
{
    addGuidelineOption(parser);
    parser.addOption({u"json"_s, CliText::tr("Print a JSON array instead of text.")});
}

int WeekListCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty()) {
        context.err << "viparita-cli week list: " << CliText::tr("takes options only, no arguments")
                    << "\n";
        return UsageError;
    }
    const auto guideline = guidelineOption(parser, context);
    if (!guideline)
        return UsageError;
    int status = Success;
    auto journal = openJournal(context, Access::Read, status);
    if (!journal)
        return status;
    const auto weeks = journal->homeWeeks();
    if (!weeks.ok())
        return reportStorageError(context, weeks.error());
    const QDateTime now = QDateTime::currentDateTime();
    const DisplayFormat format; // the language's numbers, in text
    QJsonArray list;
    for (const HomeWeekRecord &record : *weeks) {
        const auto readings = journal->readings(
            DateRange{record.firstDay, record.firstDay.addDays(HomeWeek::days - 1)},
            Journal::ReadingDetail::Full);
        if (!readings.ok())
            return reportStorageError(context, readings.error());
        const HomeWeekProgress week =
            HomeWeek::progress(record.firstDay, *readings, now, *guideline);
        if (parser.isSet(u"json"_s)) {
            QJsonObject object = homeWeekJson(week);
            object.insert(u"id"_s, record.id);
            object.insert(u"reason"_s, record.reason);
            list.append(object);
            continue;
        }
        context.out << u"%1  %2%3\n"_s.arg(
            record.firstDay.toString(Qt::ISODate), HomeWeek::describeProgress(week, format),
            record.reason.isEmpty() ? QString() : u" (%1)"_s.arg(record.reason));
        context.out << u"            "_s
                    << HomeAverage::describe(week.result, *guideline, format, true) << "\n";
    }
    if (parser.isSet(u"json"_s))
        context.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    else
        context.out << CliText::tr("%n week(s)", nullptr, static_cast<int>(weeks->size())) << "\n";
    return Success;
}

WeekDeleteCommand::WeekDeleteCommand()
    : Command(u"week delete"_s,
              //: DATE is the value name shown in the help.
              CliText::tr("Forget the week that begins on DATE (its readings stay in the "
                          "journal)."),
              u"DATE"_s)
{}

void WeekDeleteCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"date"_s, CliText::tr("The week's first day (YYYY-MM-DD)."),
                                 u"DATE"_s);
}

int WeekDeleteCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList arguments = commandArguments(parser);
    if (arguments.size() != 1) {
        //: DATE is the value name shown in the help.
        context.err << "viparita-cli week delete: " << CliText::tr("give the week's first DATE")
                    << "\n";
        return UsageError;
    }
    const auto day = parseDate(arguments.first());
    if (!day) {
        //: DATE is the value name shown in the help; %1: the value typed.
        context.err << "viparita-cli: "
                    << CliText::tr("DATE: must be a date such as 2026-11-02, not '%1'")
                           .arg(arguments.first())
                    << "\n";
        return InputRejected;
    }
    int status = Success;
    auto journal = openJournal(context, Access::Write, status);
    if (!journal)
        return status;
    const auto weeks = journal->homeWeeks();
    if (!weeks.ok())
        return reportStorageError(context, weeks.error());
    for (const HomeWeekRecord &week : *weeks) {
        if (week.firstDay != *day)
            continue;
        const auto deleted = journal->deleteHomeWeek(week.id);
        if (!deleted.ok())
            return reportStorageError(context, deleted.error());
        //: %1: the week's first day.
        context.out << CliText::tr("The week from %1 is forgotten; its readings stay.")
                           .arg(day->toString(Qt::ISODate))
                    << "\n";
        return Success;
    }
    //: DATE is the value name shown in the help; %1: the day typed.
    context.err << "viparita-cli: "
                << CliText::tr("DATE: no home-monitoring week begins on %1 (see 'viparita-cli "
                               "week list')")
                       .arg(day->toString(Qt::ISODate))
                << "\n";
    return InputRejected;
}

} // namespace viparita::cli
