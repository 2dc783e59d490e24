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
    : Command(u"week start"_s,
              u"Begin a home-monitoring week: two readings each morning and evening for 7 days."_s)
{}

void WeekStartCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"on"_s, u"Its first day (YYYY-MM-DD); today by default."_s, u"DATE"_s});
    parser.addOption({u"reason"_s,
                      u"Why: before a doctor's visit, after a change of medication..."_s,
                      u"TEXT"_s});
}

int WeekStartCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty()) {
        context.err << "viparita-cli week start: takes options only, no arguments\n";
        return UsageError;
    }
    QDate first = QDate::currentDate();
    if (parser.isSet(u"on"_s)) {
        const auto day = parseDate(parser.value(u"on"_s));
        if (!day) {
            context.err << u"viparita-cli: on: must be a date such as 2026-11-02, not '%1'\n"_s.arg(
                parser.value(u"on"_s));
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
    context.out << u"Home-monitoring week from %1 to %2: each morning (before any medication) and "
                   "each evening, sit for five minutes, then take two readings a minute apart.\n"_s
                       .arg(first.toString(Qt::ISODate),
                            first.addDays(HomeWeek::days - 1).toString(Qt::ISODate));
    return Success;
}

WeekListCommand::WeekListCommand()
    : Command(u"week list"_s,
              u"List the home-monitoring weeks begun, each with its progress and average."_s)
{}

void WeekListCommand::addOptions(QCommandLineParser &parser) const
{
    addGuidelineOption(parser);
    parser.addOption({u"json"_s, u"Print a JSON array instead of text."_s});
}

int WeekListCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty()) {
        context.err << "viparita-cli week list: takes options only, no arguments\n";
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
    const DisplayFormat format(QLocale::c());
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
        context.out << (weeks->size() == 1 ? u"1 week\n"_s : u"%1 weeks\n"_s.arg(weeks->size()));
    return Success;
}

WeekDeleteCommand::WeekDeleteCommand()
    : Command(u"week delete"_s,
              u"Forget the week that begins on DATE (its readings stay in the journal)."_s,
              u"DATE"_s)
{}

void WeekDeleteCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"date"_s, u"The week's first day (YYYY-MM-DD)."_s, u"DATE"_s);
}

int WeekDeleteCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList arguments = commandArguments(parser);
    if (arguments.size() != 1) {
        context.err << "viparita-cli week delete: give the week's first DATE\n";
        return UsageError;
    }
    const auto day = parseDate(arguments.first());
    if (!day) {
        context.err << u"viparita-cli: DATE: must be a date such as 2026-11-02, not '%1'\n"_s.arg(
            arguments.first());
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
        context.out << u"The week from %1 is forgotten; its readings stay.\n"_s.arg(
            day->toString(Qt::ISODate));
        return Success;
    }
    context.err << u"viparita-cli: DATE: no home-monitoring week begins on %1 (see 'viparita-cli "
                   "week list')\n"_s.arg(day->toString(Qt::ISODate));
    return InputRejected;
}

} // namespace viparita::cli
