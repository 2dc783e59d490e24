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
            //: %1: the entry typed. KEY and COLUMN stand for what is typed; the keys
            //: (date, time...) are typed as they are.
            problem = CliText::tr("--map: '%1' must be KEY=COLUMN with KEY one of date, time, "
                                  "datetime, systolic, diastolic, pulse, note, offset, irregular")
                          .arg(entry);
            return std::nullopt;
        }
        bool isNumber = false;
        const int index = column.toInt(&isNumber);
        if (isNumber && index < 1) {
            //: %1: the column number typed.
            problem = CliText::tr("--map: a column number counts from 1, not '%1'").arg(column);
            return std::nullopt;
        }
        *target = isNumber ? CsvImport::Column(index) : CsvImport::Column(column);
    }
    return map;
}

/// Tables of readings larger than this are refused before they are read: ten years of a
/// reading every hour is a few megabytes.
constexpr qint64 maxTableBytes = 64 * 1024 * 1024;

QString delimiterName(QChar delimiter)
{
    //: The delimiter of a table's columns.
    if (delimiter == u';')
        return CliText::tr("semicolon");
    //: The delimiter of a table's columns.
    if (delimiter == u'\t')
        return CliText::tr("tab");
    //: The delimiter of a table's columns.
    return CliText::tr("comma");
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
    //: How the times of a table are read ("Times: ...").
    if (map.dateFormat == u"unix"_s || map.dateFormat == u"unix-ms"_s)
        return CliText::tr("instants, shown in local time");
    if (map.offset) {
        const int *position = std::get_if<int>(&*map.offset);
        const QString name =
            position ? header.value(*position - 1).trimmed() : std::get<QString>(*map.offset);
        //: How the times of a table are read ("Times: ..."). %1: a column's name.
        if (map.utcTimes)
            return CliText::tr("UTC, shown at the offset in the column '%1'").arg(name);
        //: How the times of a table are read ("Times: ..."). %1: a column's name.
        return CliText::tr("the wall-clock time at the offset or zone in the column '%1'")
            .arg(name);
    }
    //: How the times of a table are read ("Times: ...").
    if (map.utcTimes)
        return CliText::tr("UTC, shown in local time");
    //: How the times of a table are read ("Times: ...").
    return CliText::tr("local wall-clock time unless a time gives its offset");
}

QString readingShown(const Reading &reading)
{
    QString line = u"%1  %2/%3"_s.arg(reading.takenAt.toString(Qt::ISODate))
                       .arg(reading.systolic)
                       .arg(reading.diastolic);
    if (reading.pulse)
        line += u"  "_s + CliText::tr("pulse %1").arg(*reading.pulse);
    if (reading.irregular)
        line += u"  "_s + CliText::tr("irregular heartbeat");
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
    //: %1: the file.
    if (parsed.encodingFallback)
        context.err << "viparita-cli import: "
                    << CliText::tr("%1 is not UTF-8; it was read as Windows-1252 (check its "
                                   "accented letters)")
                           .arg(path)
                    << "\n";
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
    const QString text =
        dryRun ? CliText::tr("%n bad row(s); an import would import nothing (use "
                             "--skip-bad-rows to import the others)",
                             nullptr, static_cast<int>(badRows))
               : CliText::tr("%n bad row(s); nothing imported (use --skip-bad-rows to import the "
                             "others)",
                             nullptr, static_cast<int>(badRows));
    return u"viparita-cli import: "_s + text + u'\n';
}

/// "3 imported, 0 already in the journal, 1 bad row skipped", a line; "Dry run, nothing
/// written: ..." for a dry run.
void reportOutcome(const ImportOutcome &outcome, const CsvImportResult &parsed, bool dryRun,
                   CommandContext &context)
{
    //: %1: how many readings were imported; %2: how many were there already.
    QString line = CliText::tr("%1 imported, %2 already in the journal, %n bad row(s) skipped",
                               nullptr, static_cast<int>(parsed.badRows.size()))
                       .arg(outcome.added)
                       .arg(outcome.duplicates);
    //: %1: what was imported and skipped ("3 imported, 0 already in the journal, 0 bad
    //: rows skipped").
    if (parsed.pulseOnlyRows > 0)
        line = CliText::tr("%1, %n row(s) with a pulse only left out", nullptr,
                           static_cast<int>(parsed.pulseOnlyRows))
                   .arg(line);
    //: %1: what an import would import and skip ("3 imported, 0 already in the journal,
    //: 0 bad rows skipped").
    if (dryRun)
        line = CliText::tr("Dry run, nothing written: %1").arg(line);
    context.out << line << "\n";
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
    : Command(u"import"_s, CliText::tr("Import readings from a CSV file."), u"FILE"_s)
{}

void ImportCommand::addOptions(QCommandLineParser &parser) const
{
    QStringList names;
    for (const ImportSource &source : ImportDetect::sources())
        names.append(source.id);
    parser.addPositionalArgument(
        u"file"_s,
        CliText::tr("The file: Viparita's own CSV, another app's CSV export, or Apple Health's "
                    "export.zip or export.xml."),
        u"FILE"_s);
    parser.addOption({u"dry-run"_s, CliText::tr("Show what was detected and the first readings "
                                                "as they will be read, and count them; write "
                                                "nothing.")});
    parser.addOption(
        {u"skip-bad-rows"_s, CliText::tr("Import the good rows even when some are bad.")});
    parser.addOption(
        {u"format"_s,
         //: %1: the names of the apps' exports that can be given, listed.
         CliText::tr("Read the file as this app's export instead of recognising it: %1.")
             .arg(names.join(u", "_s)),
         u"NAME"_s});
    parser.addOption(
        {u"map"_s,
         //: COL stands for a column; the keys before each '=' are typed as they are.
         CliText::tr("The columns, instead of the detected ones: date=COL,time=COL,datetime=COL,"
                     "systolic=COL,diastolic=COL,pulse=COL,note=COL,offset=COL,irregular=COL "
                     "(COL a header name or a number from 1)."),
         u"MAP"_s});
    parser.addOption(
        {u"date-format"_s,
         //: The formats are typed as they are: d for the day, M for the month, y for the year.
         CliText::tr("The date (or date and time) format instead of the detected one, e.g. "
                     "dd.MM.yyyy, MM/dd/yy, 'd MMM yyyy', or unix / unix-ms for Unix times."),
         u"FORMAT"_s});
}

int ImportCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList arguments = commandArguments(parser);
    if (arguments.size() != 1) {
        //: FILE is the value name shown in the help.
        context.err << "viparita-cli import: " << CliText::tr("give one FILE") << "\n";
        //: %1: the program's name; %2: the command ("reading add"); --help is typed as
        //: is.
        context.err
            << CliText::tr("Run '%1 %2 --help' for its options.").arg(u"viparita-cli"_s, name())
            << "\n";
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
            context.err << "viparita-cli import: "
                        << CliText::tr("--date-format: must not be empty (leave it out to detect "
                                       "it)")
                        << "\n";
            return UsageError;
        }
        if (format != u"unix"_s && format != u"unix-ms"_s &&
            !(format.contains(u'd') && format.contains(u'M') && format.contains(u'y'))) {
            //: %1: the value typed. d, M, y, unix and unix-ms are typed as they are.
            context.err << "viparita-cli import: "
                        << CliText::tr("--date-format: must give the day, the month and the year "
                                       "(d, M and y, as in dd.MM.yyyy), or be unix or unix-ms, "
                                       "not '%1'")
                               .arg(format)
                        << "\n";
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
            //: %1: the value typed; %2: the names that can be given, listed.
            context.err << "viparita-cli import: "
                        << CliText::tr("--format: '%1' is not a source Viparita knows; one of %2")
                               .arg(parser.value(u"format"_s), names.join(u", "_s))
                        << "\n";
            return UsageError;
        }
    }

    const QString path = arguments.first();
    const bool dryRun = parser.isSet(u"dry-run"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1: the file; %2: the system's reason.
        context.err << "viparita-cli import: "
                    << CliText::tr("cannot read %1: %2").arg(path, file.errorString()) << "\n";
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
            context.err << "viparita-cli import: " << path << ": ";
            if (kind.isEmpty()) {
                //: %1: the file's size; %2: the largest read, both in MB.
                context.err << CliText::tr("at %1 MB it is too large for a table of readings (up "
                                           "to %2 MB are read)")
                                   .arg(file.size() / (1024 * 1024))
                                   .arg(maxTableBytes / (1024 * 1024));
            } else {
                //: %1: the kind of file it seems to be ("a ZIP archive").
                context.err << CliText::tr("not a readings file: it looks like %1").arg(kind);
            }
            context.err << "\n";
            return InputRejected;
        }
        const QByteArray bytes = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            //: %1: the file; %2: the system's reason.
            context.err << "viparita-cli import: "
                        << CliText::tr("cannot read %1: %2").arg(path, file.errorString()) << "\n";
            return StorageFailure;
        }
        file.close();
        detection = ImportDetect::detect(bytes, choices);
        switch (detection.kind) {
        case ImportDetection::Kind::NotReadings:
            //: %1: the kind of file it seems to be ("a ZIP archive").
            context.err
                << "viparita-cli import: " << path << ": "
                << CliText::tr("not a readings file: it looks like %1").arg(detection.looksLike)
                << "\n";
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
        if (detection.source.id.isEmpty()) {
            out << CliText::tr("Source: a table no app is known by (columns guessed from its "
                               "header)");
        } else {
            //: %1: the app whose export it is; %2: the name to give --format for it.
            out << CliText::tr("Source: %1 (--format %2)")
                       .arg(detection.source.name, detection.source.id);
        }
        out << "\n";
        if (detection.kind == ImportDetection::Kind::Table ||
            detection.kind == ImportDetection::Kind::ViparitaCsv) {
            if (parsed.encodingFallback) {
                //: %1: the encoding the file was read in ("Windows-1252").
                out << CliText::tr("Encoding: %1 (not UTF-8: a guess)").arg(parsed.encoding);
            } else {
                //: %1: the encoding the file was read in ("UTF-8").
                out << CliText::tr("Encoding: %1").arg(parsed.encoding);
            }
            out << "\n";
            //: %1: the delimiter of its columns (comma, semicolon, tab).
            out << CliText::tr("Delimiter: %1").arg(delimiterName(detection.map.delimiter)) << "\n";
            //: %1: the number of the line that holds the columns' names.
            out << CliText::tr("Header: line %1").arg(std::max(detection.map.headerLine, 1))
                << "\n";
        }
        if (detection.kind == ImportDetection::Kind::Table) {
            //: %1: each key with its column: "date=Date, systolic=SYS".
            out << CliText::tr("Columns: %1").arg(columnsShown(detection.map, detection.header))
                << "\n";
            const QString dateFormat =
                detection.map.dateFormat.isEmpty() ? u"yyyy-MM-dd"_s : detection.map.dateFormat;
            if (detection.dateEvidence.isEmpty()) {
                //: %1: the format the dates are read in ("dd/MM/yyyy").
                out << CliText::tr("Dates: %1").arg(dateFormat);
            } else {
                //: %1: the format the dates are read in ("dd/MM/yyyy"); %2: why it was chosen.
                out << CliText::tr("Dates: %1 (%2)").arg(dateFormat, detection.dateEvidence);
            }
            out << "\n";
            //: %1: how the times are read.
            out << CliText::tr("Times: %1").arg(timesShown(detection.map, detection.header))
                << "\n";
        }
        out << CliText::tr("First readings as they will be read:") << "\n";
        for (const Reading &reading : parsed.readings.mid(0, 5))
            out << "  " << readingShown(reading) << "\n";
        //: In place of a list of readings that is empty.
        if (parsed.readings.isEmpty())
            out << "  " << CliText::tr("(none)") << "\n";
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
    reportOutcome(outcome, parsed, dryRun, context);
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
    reportOutcome(*result, parsed, false, context);
    return Success;
}

} // namespace viparita::cli
