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
        //: %1: the journal's path.
        context.err << "viparita-cli: "
                    << CliText::tr("there is no journal at %1 (nothing was created). Give the "
                                   "path of an existing journal with --database, or add a "
                                   "reading or a session first.")
                           .arg(QDir::toNativeSeparators(path))
                    << "\n";
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
                      //: aha2025, esc2024, esh2023, aha and esh are typed as they are.
                      CliText::tr("Categories by 'aha2025' (AHA/ACC 2025, the default), "
                                  "'esc2024' (ESC 2024) or 'esh2023' (ESH 2023); 'aha' and 'esh' "
                                  "name the first and the last."),
                      u"aha2025|esc2024|esh2023"_s, u"aha2025"_s});
}

std::optional<Guideline> guidelineOption(const QCommandLineParser &parser, CommandContext &context)
{
    const auto guideline = BpClassifier::guidelineFromKey(parser.value(u"guideline"_s));
    //: %1: the value typed. aha2025, esc2024 and esh2023 are typed as they are.
    if (!guideline)
        context.err << "viparita-cli: "
                    << CliText::tr("--guideline: must be aha2025, esc2024 or esh2023, not '%1'")
                           .arg(parser.value(u"guideline"_s))
                    << "\n";
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
        context.err << "viparita-cli " << command << ": " << CliText::tr("takes no arguments")
                    << "\n";
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
                      //: %1: what --week does for this command, a sentence of its own. LAST
                      //: is typed as it is.
                      CliText::tr("%1 LAST is the week begun last ('viparita-cli week start'); "
                                  "a date (YYYY-MM-DD) is the first day of any week.")
                          .arg(what),
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
            //: LAST is typed as it is.
            context.err << "viparita-cli: "
                        << CliText::tr("--week LAST: no home-monitoring week has been begun; "
                                       "begin one with 'viparita-cli week start', or give its "
                                       "first day (YYYY-MM-DD)")
                        << "\n";
            status = InputRejected;
            return std::nullopt;
        }
        return weeks->constLast().firstDay;
    }
    const auto day = parseDate(given);
    if (!day) {
        //: %1: the value typed. LAST is typed as it is.
        context.err
            << "viparita-cli: "
            << CliText::tr("--week: must be LAST or a date such as 2026-11-02, not '%1'").arg(given)
            << "\n";
        status = UsageError;
    }
    return day;
}

} // namespace viparita::cli
