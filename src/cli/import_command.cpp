#include "import_command.h"

#include "exit_code.h"
#include "journal_access.h"

#include <viparita/report/apple_health_import.h>
#include <viparita/report/csv_import.h>
#include <viparita/report/import_detect.h>

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

namespace {

/// The KEY of each column of a map, as --map names it, with the column: `Map` is a
/// ColumnMap, or a const one.
template <typename Map>
auto mapKeys(Map &map)
{
    using Slot = decltype(&map.date);
    return std::array<std::pair<QString, Slot>, 9>{{{u"date"_s, &map.date},
                                                    {u"time"_s, &map.time},
                                                    {u"datetime"_s, &map.datetime},
                                                    {u"systolic"_s, &map.systolic},
                                                    {u"diastolic"_s, &map.diastolic},
                                                    {u"pulse"_s, &map.pulse},
                                                    {u"note"_s, &map.note},
                                                    {u"offset"_s, &map.offset},
                                                    {u"irregular"_s, &map.irregular}}};
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
                      "systolic, diastolic, pulse, note, offset, irregular"_s.arg(entry);
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

/// Tables of readings larger than this are refused before they are read: ten years of a
/// reading every hour is a few megabytes.
constexpr qint64 maxTableBytes = 64 * 1024 * 1024;

QString plural(qsizetype count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(count);
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == u';')
        return u"semicolon"_s;
    if (delimiter == u'\t')
        return u"tab"_s;
    return u"comma"_s;
}

/// "date=Date (1), systolic=Systolic (mmHg) (3), ..." for the dry run.
QString columnsShown(const CsvImport::ColumnMap &map, const QStringList &header)
{
    QStringList entries;
    for (const auto &[key, column] : mapKeys(map)) {
        if (!*column)
            continue;
        if (const int *position = std::get_if<int>(&**column))
            entries.append(u"%1=%2"_s.arg(key, header.value(*position - 1).trimmed()));
        else
            entries.append(u"%1=%2"_s.arg(key, std::get<QString>(**column)));
    }
    return entries.join(u", "_s);
}

QString timesShown(const CsvImport::ColumnMap &map, const QStringList &header)
{
    if (map.dateFormat == u"unix"_s || map.dateFormat == u"unix-ms"_s)
        return u"instants, shown in local time"_s;
    if (map.offset) {
        const int *position = std::get_if<int>(&*map.offset);
        const QString name =
            position ? header.value(*position - 1).trimmed() : std::get<QString>(*map.offset);
        return map.utcTimes
                   ? u"UTC, shown at the offset in the column '%1'"_s.arg(name)
                   : u"the wall-clock time at the offset or zone in the column '%1'"_s.arg(name);
    }
    if (map.utcTimes)
        return u"UTC, shown in local time"_s;
    return u"local wall-clock time unless a time gives its offset"_s;
}

QString readingShown(const Reading &reading)
{
    QString line = u"%1  %2/%3"_s.arg(reading.takenAt.toString(Qt::ISODate))
                       .arg(reading.systolic)
                       .arg(reading.diastolic);
    if (reading.pulse)
        line += u"  pulse %1"_s.arg(*reading.pulse);
    if (reading.irregular)
        line += u"  irregular heartbeat"_s;
    if (!reading.note.isEmpty())
        line += u"  \"%1\""_s.arg(reading.note.simplified().left(60));
    return line;
}

/// Says why a file cannot be read; false when it cannot. Notes a Windows-1252 fallback.
bool fileReadable(const QString &path, const CsvImportResult &parsed, CommandContext &context)
{
    if (!parsed.error.isEmpty()) {
        context.err << u"viparita-cli import: %1: %2\n"_s.arg(path, parsed.error);
        return false;
    }
    if (parsed.encodingFallback)
        context.err << u"viparita-cli import: %1 is not UTF-8; it was read as Windows-1252 "
                       "(check its accented letters)\n"_s.arg(path);
    return true;
}

/// Names each bad row as FILE:LINE; whether they stop the import (no --skip-bad-rows).
bool badRowsBlock(const QString &path, const CsvImportResult &parsed,
                  const QCommandLineParser &parser, CommandContext &context)
{
    for (const auto &bad : parsed.badRows)
        context.err << u"%1:%2: %3\n"_s.arg(path).arg(bad.line).arg(bad.reason);
    return !parsed.badRows.isEmpty() && !parser.isSet(u"skip-bad-rows"_s);
}

QString blockedText(qsizetype badRows, bool dryRun)
{
    return u"viparita-cli import: %1; %2 (use --skip-bad-rows to import the others)\n"_s.arg(
        plural(badRows, u"1 bad row"_s, u"%1 bad rows"_s),
        dryRun ? u"an import would import nothing"_s : u"nothing imported"_s);
}

void reportOutcome(const ImportOutcome &outcome, const CsvImportResult &parsed,
                   CommandContext &context)
{
    context.out << u"%1 imported, %2 already in the journal, %3 skipped"_s.arg(outcome.added)
                       .arg(outcome.duplicates)
                       .arg(plural(parsed.badRows.size(), u"1 bad row"_s, u"%1 bad rows"_s));
    if (parsed.pulseOnlyRows > 0)
        context.out << plural(parsed.pulseOnlyRows, u", 1 row with a pulse only left out"_s,
                              u", %1 rows with a pulse only left out"_s);
    context.out << "\n";
}

/// Readings handed from the thread that reads a file to the one that writes them.
class ReadingQueue {
public:
    void push(QList<Reading> &&readings)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_chunks.push_back(std::move(readings));
        }
        m_changed.notify_one();
    }
    /// No more will come.
    void close()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_changed.notify_one();
    }
    /// The next readings, waiting for them; false once closed and empty.
    bool pop(QList<Reading> &readings)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_chunks.empty(); });
        if (m_chunks.empty())
            return false;
        readings = std::move(m_chunks.front());
        m_chunks.pop_front();
        return true;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<Reading>> m_chunks;
    bool m_closed = false;
};

} // namespace

ImportCommand::ImportCommand()
    : Command(u"import"_s, u"Import readings from a CSV file."_s, u"FILE"_s)
{}

void ImportCommand::addOptions(QCommandLineParser &parser) const
{
    QStringList names;
    for (const ImportSource &source : ImportDetect::sources())
        names.append(source.id);
    parser.addPositionalArgument(
        u"file"_s,
        u"The file: Viparita's own CSV, another app's CSV export, or Apple Health's export.zip "
        "or export.xml."_s,
        u"FILE"_s);
    parser.addOption({u"dry-run"_s, u"Show what was detected and the first readings as they "
                                    "will be read, and count them; write nothing."_s});
    parser.addOption({u"skip-bad-rows"_s, u"Import the good rows even when some are bad."_s});
    parser.addOption({u"format"_s,
                      u"Read the file as this app's export instead of recognising it: %1."_s.arg(
                          names.join(u", "_s)),
                      u"NAME"_s});
    parser.addOption(
        {u"map"_s,
         u"The columns, instead of the detected ones: date=COL,time=COL,datetime=COL,"
         "systolic=COL,diastolic=COL,pulse=COL,note=COL,offset=COL,irregular=COL (COL a header "
         "name or a number from 1)."_s,
         u"MAP"_s});
    parser.addOption({u"date-format"_s,
                      u"The date (or date and time) format instead of the detected one, e.g. "
                      "dd.MM.yyyy, MM/dd/yy, 'd MMM yyyy', or unix / unix-ms for Unix times."_s,
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
    ImportDetect::Choices choices;
    if (parser.isSet(u"map"_s)) {
        QString problem;
        choices.columns = columnMap(parser.value(u"map"_s), problem);
        if (!choices.columns) {
            context.err << "viparita-cli import: " << problem << "\n";
            return UsageError;
        }
    }
    if (parser.isSet(u"date-format"_s)) {
        choices.dateFormat = parser.value(u"date-format"_s).trimmed();
        const QString &format = choices.dateFormat;
        if (format.isEmpty()) {
            context.err << "viparita-cli import: --date-format: must not be empty (leave it out "
                           "to detect it)\n";
            return UsageError;
        }
        if (format != u"unix"_s && format != u"unix-ms"_s &&
            !(format.contains(u'd') && format.contains(u'M') && format.contains(u'y'))) {
            context.err << u"viparita-cli import: --date-format: must give the day, the month and "
                           "the year (d, M and y, as in dd.MM.yyyy), or be unix or unix-ms, not "
                           "'%1'\n"_s.arg(format);
            return UsageError;
        }
        if (choices.columns)
            choices.columns->dateFormat = format;
    }
    if (parser.isSet(u"format"_s)) {
        choices.source = parser.value(u"format"_s).trimmed().toLower();
        QStringList names;
        for (const ImportSource &source : ImportDetect::sources())
            names.append(source.id);
        if (!names.contains(choices.source)) {
            context.err << u"viparita-cli import: --format: '%1' is not a source Viparita knows; "
                           "one of %2\n"_s.arg(parser.value(u"format"_s), names.join(u", "_s));
            return UsageError;
        }
    }

    const QString path = arguments.first();
    const bool dryRun = parser.isSet(u"dry-run"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << u"viparita-cli import: cannot read %1: %2\n"_s.arg(path, file.errorString());
        return StorageFailure;
    }
    const QByteArray head = file.peek(64 * 1024);
    ImportDetection detection = ImportDetect::detect(head, choices);
    const bool apple = choices.source == u"apple-health"_s ||
                       detection.kind == ImportDetection::Kind::AppleHealthXml ||
                       detection.kind == ImportDetection::Kind::AppleHealthZip;
    CsvImportResult parsed;
    if (apple) {
        file.close();
        parsed = AppleHealthImport::readFile(path);
        detection.source = {u"apple-health"_s, u"Apple Health"_s};
    } else {
        if (file.size() > maxTableBytes) {
            const QString kind = ImportDetect::binaryKind(head);
            context.err << u"viparita-cli import: %1: %2\n"_s.arg(
                path, kind.isEmpty()
                          ? u"at %1 MB it is too large for a table of readings (up to %2 MB "
                            "are read)"_s.arg(file.size() / (1024 * 1024))
                                .arg(maxTableBytes / (1024 * 1024))
                          : u"not a readings file: it looks like %1"_s.arg(kind));
            return InputRejected;
        }
        const QByteArray bytes = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            context.err << u"viparita-cli import: cannot read %1: %2\n"_s.arg(path,
                                                                              file.errorString());
            return StorageFailure;
        }
        file.close();
        detection = ImportDetect::detect(bytes, choices);
        switch (detection.kind) {
        case ImportDetection::Kind::NotReadings:
            context.err << u"viparita-cli import: %1: not a readings file: it looks like %2\n"_s
                               .arg(path, detection.looksLike);
            return InputRejected;
        case ImportDetection::Kind::Table:
            if (!detection.problem.isEmpty()) {
                context.err << u"viparita-cli import: %1: %2\n"_s.arg(path, detection.problem);
                return InputRejected;
            }
            break;
        case ImportDetection::Kind::ViparitaCsv:
        case ImportDetection::Kind::AppleHealthXml:
        case ImportDetection::Kind::AppleHealthZip:
            break;
        }
        if (!dryRun)
            return importTable(bytes, std::move(detection), parser, context);
        parsed = ImportDetect::read(bytes, detection);
    }
    if (!fileReadable(path, parsed, context))
        return InputRejected;

    if (dryRun) {
        QTextStream &out = context.out;
        out << u"Source: %1\n"_s.arg(
            detection.source.id.isEmpty()
                ? u"a table no app is known by (columns guessed from "
                  "its header)"_s
                : u"%1 (--format %2)"_s.arg(detection.source.name, detection.source.id));
        if (detection.kind == ImportDetection::Kind::Table ||
            detection.kind == ImportDetection::Kind::ViparitaCsv) {
            out << u"Encoding: %1%2\n"_s.arg(
                parsed.encoding, parsed.encodingFallback ? u" (not UTF-8: a guess)"_s : QString());
            out << u"Delimiter: %1\n"_s.arg(delimiterName(detection.map.delimiter));
            out << u"Header: line %1\n"_s.arg(std::max(detection.map.headerLine, 1));
        }
        if (detection.kind == ImportDetection::Kind::Table) {
            out << u"Columns: %1\n"_s.arg(columnsShown(detection.map, detection.header));
            out << u"Dates: %1%2\n"_s.arg(
                detection.map.dateFormat.isEmpty() ? u"yyyy-MM-dd"_s : detection.map.dateFormat,
                detection.dateEvidence.isEmpty() ? QString()
                                                 : u" (%1)"_s.arg(detection.dateEvidence));
            out << u"Times: %1\n"_s.arg(timesShown(detection.map, detection.header));
        }
        out << "First readings as they will be read:\n";
        for (const Reading &reading : parsed.readings.mid(0, 5))
            out << "  " << readingShown(reading) << "\n";
        if (parsed.readings.isEmpty())
            out << "  (none)\n";
    }
    const bool blocked = badRowsBlock(path, parsed, parser, context);
    if (blocked && !dryRun) {
        context.err << blockedText(parsed.badRows.size(), false);
        return InputRejected;
    }

    ImportOutcome outcome;
    if (dryRun && !QFile::exists(context.databasePath)) {
        // Nothing to compare with, and opening would make the journal: only repeats
        // within the file are counted.
        outcome.added = static_cast<int>(parsed.readings.size());
        outcome.duplicates = Journal::repeatsWithin(parsed.readings);
        outcome.added -= outcome.duplicates;
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
    reportOutcome(outcome, parsed, context);
    if (blocked) {
        context.err << blockedText(parsed.badRows.size(), true);
        return InputRejected;
    }
    return Success;
}

int ImportCommand::importTable(const QByteArray &bytes, ImportDetection detection,
                               const QCommandLineParser &parser, CommandContext &context) const
{
    const qsizetype expected = detection.table.records.size();
    const QString path = commandArguments(parser).first();
    // The file is read on a thread of its own while the readings read so far are written:
    // ten years of readings take about as long to read as to write.
    ReadingQueue queue;
    CsvImportResult parsed;
    std::thread reader([&] {
        parsed = ImportDetect::read(
            bytes, detection, QDateTime::currentDateTime(),
            [&queue](QList<Reading> &&readings) { queue.push(std::move(readings)); });
        // The split file is let go of here, not after the readings are written.
        detection.table = {};
        queue.close();
    });
    int status = Success;
    const auto journal = openJournal(context, Access::Write, status);
    if (!journal) {
        reader.join();
        return status;
    }
    const bool skipBadRows = parser.isSet(u"skip-bad-rows"_s);
    const auto result = journal->importReadings(
        [&](QList<Reading> &readings) {
            if (queue.pop(readings))
                return Journal::Feed::More;
            // The file is read to its end (the queue is closed): `parsed` is whole. A file
            // that cannot be read, or has bad rows the person did not choose to skip, keeps
            // nothing of the import.
            const bool keep = parsed.error.isEmpty() && (parsed.badRows.isEmpty() || skipBadRows);
            return keep ? Journal::Feed::Done : Journal::Feed::Abandon;
        },
        expected);
    reader.join();
    if (!fileReadable(path, parsed, context))
        return InputRejected;
    if (badRowsBlock(path, parsed, parser, context)) {
        context.err << blockedText(parsed.badRows.size(), false);
        return InputRejected;
    }
    if (!result.ok())
        return reportStorageError(context, result.error());
    reportOutcome(*result, parsed, context);
    return Success;
}

} // namespace viparita::cli
