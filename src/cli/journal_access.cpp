#include "journal_access.h"

#include "exit_code.h"

#include <viparita/core/app_paths.h>
#include <viparita/storage/backups.h>

#include <QCommandLineParser>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

std::unique_ptr<Journal> openJournal(CommandContext &context, Access access, int &status)
{
    const QString path = context.databasePath;
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

std::optional<QDateTime> parseTime(const QString &text)
{
    // Date, 'T' (or a space), time to the minute at least, then an optional offset.
    static const QRegularExpression form(
        u"^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:?\\d{2})?$"_s);
    const QString trimmed = text.trimmed();
    if (!form.match(trimmed).hasMatch())
        return std::nullopt;
    QString normalised = trimmed;
    normalised.replace(u' ', u'T');
    QDateTime time = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    // Keep the offset of that moment, local time included.
    return time.toOffsetFromUtc(time.offsetFromUtc());
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression form(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!form.match(text.trimmed()).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString isoWithOffset(const QDateTime &time)
{
    QString text = time.toString(Qt::ISODate);
    // Qt writes "Z" for an offset of zero; keep the explicit "+00:00".
    if (text.endsWith(u'Z'))
        text.chop(1), text += u"+00:00"_s;
    return text;
}

void addDateRangeOptions(QCommandLineParser &parser)
{
    parser.addOption({u"from"_s, u"Only from this day on (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"to"_s, u"Only up to this day, included (YYYY-MM-DD)."_s, u"DATE"_s});
}

std::optional<DateRange> dateRangeOption(const QCommandLineParser &parser, CommandContext &context)
{
    DateRange range;
    for (const QString &name : {u"from"_s, u"to"_s}) {
        if (!parser.isSet(name))
            continue;
        const auto date = parseDate(parser.value(name));
        if (!date) {
            context.err << u"viparita-cli: --%1: must be a date as YYYY-MM-DD, not '%2'\n"_s.arg(
                name, parser.value(name));
            return std::nullopt;
        }
        (name == u"from"_s ? range.from : range.to) = *date;
    }
    if (range.from && range.to && *range.from > *range.to) {
        context.err << "viparita-cli: --from: must not be after --to\n";
        return std::nullopt;
    }
    return range;
}

void addGuidelineOption(QCommandLineParser &parser)
{
    parser.addOption({u"guideline"_s,
                      u"Categories by 'aha' (ACC/AHA 2017, the default) or 'esh' (ESC/ESH 2018)."_s,
                      u"aha|esh"_s, u"aha"_s});
}

std::optional<Guideline> guidelineOption(const QCommandLineParser &parser, CommandContext &context)
{
    const auto guideline = BpClassifier::guidelineFromKey(parser.value(u"guideline"_s));
    if (!guideline)
        context.err << u"viparita-cli: --guideline: must be aha or esh, not '%1'\n"_s.arg(
            parser.value(u"guideline"_s));
    return guideline;
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

} // namespace viparita::cli
