#include "journal_access.h"

#include "exit_code.h"
#include "time_input.h"

#include <viparita/core/app_paths.h>
#include <viparita/storage/backups.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

std::unique_ptr<Journal> openJournal(CommandContext &context, Access access, int &status)
{
    const QString path = context.databasePath;
    if (access == Access::Read && !QFileInfo::exists(path)) {
        // Reading never makes a journal: an empty one made here would hide a mistyped path.
        context.err << u"viparita-cli: there is no journal at %1 (nothing was created). Give "
                       "the path of an existing journal with --database, or add a reading or "
                       "a session first.\n"_s.arg(QDir::toNativeSeparators(path));
        status = StorageFailure;
        return nullptr;
    }
    Journal::OpenOptions options;
    options.createFolder = path == AppPaths::defaultDatabasePath();
    options.backupFolder = Backups::folderFor(path);
    JournalOpenResult opened = Journal::open(path, options);
    if (!opened.journal) {
        status = reportStorageError(context, opened.error);
        return nullptr;
    }
    if (opened.journal->isReadOnly()) {
        if (access == Access::Write) {
            status = reportStorageError(context, opened.error);
            return nullptr;
        }
        context.err << "viparita-cli: " << opened.error.message << "\n";
    }
    return std::move(opened.journal);
}

int reportStorageError(CommandContext &context, const StorageError &error)
{
    context.err << "viparita-cli: " << error.message << "\n";
    return error.kind == StorageError::Kind::Invalid ? InputRejected : StorageFailure;
}

void addGuidelineOption(QCommandLineParser &parser)
{
    parser.addOption({u"guideline"_s,
                      u"Categories by 'aha2025' (AHA/ACC 2025, the default), 'esc2024' (ESC "
                      "2024) or 'esh2023' (ESH 2023); 'aha' and 'esh' name the first and the "
                      "last."_s,
                      u"aha2025|esc2024|esh2023"_s, u"aha2025"_s});
}

std::optional<Guideline> guidelineOption(const QCommandLineParser &parser, CommandContext &context)
{
    const auto guideline = BpClassifier::guidelineFromKey(parser.value(u"guideline"_s));
    if (!guideline)
        context.err << u"viparita-cli: --guideline: must be aha2025, esc2024 or esh2023, not "
                       "'%1'\n"_s.arg(parser.value(u"guideline"_s));
    return guideline;
}

void addReadingsQueryOptions(QCommandLineParser &parser, const QString &json)
{
    addDateRangeOptions(parser);
    addGuidelineOption(parser);
    parser.addOption({QStringLiteral("json"), json});
}

std::optional<ReadingsQuery> readReadings(const QCommandLineParser &parser, CommandContext &context,
                                          const QString &command, int &status)
{
    if (!commandArguments(parser).isEmpty()) {
        context.err << u"viparita-cli %1: takes no arguments\n"_s.arg(command);
        status = UsageError;
        return std::nullopt;
    }
    const auto range = dateRangeOption(parser, context);
    const auto guideline = guidelineOption(parser, context);
    if (!range || !guideline) {
        status = UsageError;
        return std::nullopt;
    }
    auto journal = openJournal(context, Access::Read, status);
    if (!journal)
        return std::nullopt;
    auto readings = journal->readings(*range);
    if (!readings.ok()) {
        status = reportStorageError(context, readings.error());
        return std::nullopt;
    }
    return ReadingsQuery{std::move(readings).value(), *guideline};
}

void addWeekOption(QCommandLineParser &parser, const QString &what)
{
    parser.addOption({u"week"_s,
                      what + u" LAST is the week begun last ('viparita-cli week start'); a date "
                             "(YYYY-MM-DD) is the first day of any week."_s,
                      u"LAST|DATE"_s});
}

std::optional<QDate> weekOption(const QCommandLineParser &parser, CommandContext &context,
                                const Journal &journal, int &status)
{
    const QString given = parser.value(u"week"_s).trimmed();
    if (given.compare(u"last"_s, Qt::CaseInsensitive) == 0) {
        const auto weeks = journal.homeWeeks();
        if (!weeks.ok()) {
            status = reportStorageError(context, weeks.error());
            return std::nullopt;
        }
        if (weeks->isEmpty()) {
            context.err << "viparita-cli: --week LAST: no home-monitoring week has been begun; "
                           "begin one with 'viparita-cli week start', or give its first day "
                           "(YYYY-MM-DD)\n";
            status = InputRejected;
            return std::nullopt;
        }
        return weeks->constLast().firstDay;
    }
    const auto day = parseDate(given);
    if (!day) {
        context.err << u"viparita-cli: --week: must be LAST or a date such as 2026-11-02, not "
                       "'%1'\n"_s.arg(given);
        status = UsageError;
    }
    return day;
}

} // namespace viparita::cli
