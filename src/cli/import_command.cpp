#include "import_command.h"

#include "exit_code.h"
#include "journal_access.h"

#include <viparita/report/csv_column_guess.h>
#include <viparita/report/csv_import.h>

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

namespace {

/// The KEY of each column of a map, as --map names it, with the column: `Map` is a
/// ColumnMap, or a const one.
template <typename Map>
auto mapKeys(Map &map)
{
    using Slot = decltype(&map.date);
    return std::array<std::pair<QString, Slot>, 7>{{{u"date"_s, &map.date},
                                                    {u"time"_s, &map.time},
                                                    {u"datetime"_s, &map.datetime},
                                                    {u"systolic"_s, &map.systolic},
                                                    {u"diastolic"_s, &map.diastolic},
                                                    {u"pulse"_s, &map.pulse},
                                                    {u"note"_s, &map.note}}};
}

/// Reads "--map date=COL,time=COL,..." (COL a header name or a 1-based number).
std::optional<CsvImport::ColumnMap> columnMap(const QString &text, QString &problem)
{
    CsvImport::ColumnMap map;
    const auto keys = mapKeys(map);
    for (const QString &entry : text.split(u',')) {
        const qsizetype equals = entry.indexOf(u'=');
        const QString key = entry.left(equals).trimmed();
        const QString column = equals < 0 ? QString() : entry.mid(equals + 1).trimmed();
        std::optional<CsvImport::Column> *target = nullptr;
        for (const auto &[name, slot] : keys) {
            if (name == key)
                target = slot;
        }
        if (!target || column.isEmpty()) {
            problem = u"--map: '%1' must be KEY=COLUMN with KEY one of date, time, datetime, "
                      "systolic, diastolic, pulse, note"_s.arg(entry);
            return std::nullopt;
        }
        bool isNumber = false;
        const int index = column.toInt(&isNumber);
        if (isNumber && index < 1) {
            problem = u"--map: a column number counts from 1, not '%1'"_s.arg(column);
            return std::nullopt;
        }
        *target = isNumber ? CsvImport::Column(index) : CsvImport::Column(column);
    }
    return map;
}

/// The --map (and --date-format) options for a map guessed for a file with `header`; empty
/// when the guess lacks the date or a pressure. A column goes by its header name when that
/// name can be given as it is, else by its number.
QString suggestedOptions(const CsvImport::ColumnMap &map, const QStringList &header)
{
    if ((!map.date && !map.datetime) || !map.systolic || !map.diastolic)
        return {};
    QStringList entries;
    for (const auto &[key, column] : mapKeys(map)) {
        if (!*column)
            continue;
        const int *position = std::get_if<int>(&**column);
        QString name =
            position ? header.value(*position - 1).trimmed() : std::get<QString>(**column);
        static const QRegularExpression plain(u"^[A-Za-z0-9_]+( [A-Za-z0-9_()]+)*$"_s);
        if (position && !plain.match(name).hasMatch())
            name = QString::number(*position);
        entries.append(u"%1=%2"_s.arg(key, name));
    }
    QString options = u"--map '%1'"_s.arg(entries.join(u','));
    if (!map.dateFormat.isEmpty())
        options += u" --date-format '%1'"_s.arg(map.dateFormat);
    return options;
}

} // namespace

ImportCommand::ImportCommand()
    : Command(u"import"_s, u"Import readings from a CSV file."_s, u"FILE"_s)
{}

void ImportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"file"_s, u"The CSV file."_s, u"FILE"_s);
    parser.addOption({u"dry-run"_s, u"Check the file and tell what would be imported; write "
                                    "nothing."_s});
    parser.addOption({u"skip-bad-rows"_s, u"Import the good rows even when some are bad."_s});
    parser.addOption(
        {u"map"_s,
         u"Another app's columns: date=COL,time=COL,datetime=COL,systolic=COL,diastolic=COL,"
         "pulse=COL,note=COL (COL a header name or a number from 1). Without it the file must be "
         "Viparita's own CSV."_s,
         u"MAP"_s});
    parser.addOption({u"date-format"_s,
                      u"With --map: the date (or datetime) format, e.g. dd.MM.yyyy or "
                      "'yyyy-MM-dd HH:mm'; ISO 8601 by default."_s,
                      u"FORMAT"_s});
}

int ImportCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList arguments = commandArguments(parser);
    if (arguments.size() != 1) {
        context.err << "viparita-cli import: give one FILE\n"
                    << "Run 'viparita-cli import --help' for its options.\n";
        return UsageError;
    }
    std::optional<CsvImport::ColumnMap> map;
    if (parser.isSet(u"map"_s)) {
        QString problem;
        map = columnMap(parser.value(u"map"_s), problem);
        if (!map) {
            context.err << "viparita-cli import: " << problem << "\n";
            return UsageError;
        }
        map->dateFormat = parser.value(u"date-format"_s);
        if (parser.isSet(u"date-format"_s) && map->dateFormat.trimmed().isEmpty()) {
            context.err << "viparita-cli import: --date-format: must not be empty (leave it out "
                           "for ISO 8601)\n";
            return UsageError;
        }
        if (parser.isSet(u"date-format"_s) &&
            !(map->dateFormat.contains(u'd') && map->dateFormat.contains(u'M') &&
              map->dateFormat.contains(u'y'))) {
            context.err << u"viparita-cli import: --date-format: must give the day, the month and "
                           "the year (d, M and y, as in dd.MM.yyyy), not '%1'\n"_s.arg(
                               map->dateFormat);
            return UsageError;
        }
    } else if (parser.isSet(u"date-format"_s)) {
        context.err << "viparita-cli import: --date-format goes with --map\n";
        return UsageError;
    }

    const QString path = arguments.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << u"viparita-cli import: cannot read %1: %2\n"_s.arg(path, file.errorString());
        return StorageFailure;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        context.err << u"viparita-cli import: cannot read %1: %2\n"_s.arg(path, file.errorString());
        return StorageFailure;
    }
    file.close();

    const CsvImportResult parsed =
        map ? CsvImport::readMapped(bytes, *map) : CsvImport::readOwn(bytes);
    if (!parsed.error.isEmpty()) {
        context.err << u"viparita-cli import: %1: %2\n"_s.arg(path, parsed.error);
        if (parsed.otherAppsFile) {
            const QList<CsvImport::Record> records = CsvImport::parse(QString::fromUtf8(bytes));
            const QStringList header = records.isEmpty() ? QStringList() : records.first().fields;
            if (const QString suggestion = suggestedOptions(CsvColumnGuess::guess(bytes), header);
                !suggestion.isEmpty())
                context.err << u"viparita-cli import: it looks like another app's file; check "
                               "these columns and try: %1\n"_s.arg(suggestion);
        }
        return InputRejected;
    }
    for (const auto &bad : parsed.badRows)
        context.err << u"%1:%2: %3\n"_s.arg(path).arg(bad.line).arg(bad.reason);
    if (!parsed.badRows.isEmpty() && !parser.isSet(u"skip-bad-rows"_s)) {
        context.err << u"viparita-cli import: %1; nothing imported (use --skip-bad-rows to "
                       "import the others)\n"_s.arg(
                           parsed.badRows.size() == 1
                               ? u"1 bad row"_s
                               : u"%1 bad rows"_s.arg(parsed.badRows.size()));
        return InputRejected;
    }

    const bool dryRun = parser.isSet(u"dry-run"_s);
    ImportOutcome outcome;
    if (dryRun && !QFile::exists(context.databasePath)) {
        // Nothing to compare with, and opening would make the journal: only repeats
        // within the file are skipped.
        QList<Reading> accepted;
        for (const Reading &reading : parsed.readings) {
            const bool repeat =
                std::any_of(accepted.cbegin(), accepted.cend(), [&](const Reading &other) {
                    return other.takenAt.toSecsSinceEpoch() == reading.takenAt.toSecsSinceEpoch() &&
                           other.systolic == reading.systolic &&
                           other.diastolic == reading.diastolic && other.pulse == reading.pulse;
                });
            if (repeat) {
                ++outcome.duplicates;
            } else {
                ++outcome.added;
                accepted.append(reading);
            }
        }
    } else {
        int status = Success;
        const auto journal = openJournal(context, dryRun ? Access::Read : Access::Write, status);
        if (!journal)
            return status;
        const auto result = journal->importReadings(parsed.readings, dryRun);
        if (!result.ok())
            return reportStorageError(context, result.error());
        outcome = *result;
    }
    if (dryRun)
        context.out << "Dry run, nothing written: ";
    context.out << u"%1 imported, %2 already in the journal, %3 skipped"_s.arg(outcome.added)
                       .arg(outcome.duplicates)
                       .arg(parsed.badRows.size() == 1
                                ? u"1 bad row"_s
                                : u"%1 bad rows"_s.arg(parsed.badRows.size()));
    if (parsed.pulseOnlyRows > 0)
        context.out << (parsed.pulseOnlyRows == 1
                            ? u", 1 row with a pulse only left out"_s
                            : u", %1 rows with a pulse only left out"_s.arg(parsed.pulseOnlyRows));
    context.out << "\n";
    return Success;
}

} // namespace viparita::cli
