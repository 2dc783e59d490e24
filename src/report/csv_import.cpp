#include <viparita/report/csv_import.h>

#include <viparita/core/blood_pressure.h>
#include <viparita/core/reading_validator.h>

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTime>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("viparita::CsvImport", text);
}

/// The text of a file: UTF-8, with or without a BOM. Nothing when it is not UTF-8.
std::optional<QString> decode(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QString normalisedName(const QString &name)
{
    return name.trimmed().toLower();
}

/// Finds a column in the header: 0-based index, or -1.
qsizetype columnIndex(const QStringList &header, const CsvImport::Column &column)
{
    if (const int *position = std::get_if<int>(&column))
        return *position >= 1 && *position <= header.size() ? *position - 1 : -1;
    const QString wanted = normalisedName(std::get<QString>(column));
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (normalisedName(header.at(i)) == wanted)
            return i;
    }
    return -1;
}

QString columnText(const CsvImport::Column &column)
{
    if (const int *position = std::get_if<int>(&column))
        return tr("column %1").arg(*position);
    return tr("column '%1'").arg(std::get<QString>(column));
}

/// The fields of a record, by column; empty for a column the record does not reach.
class Row {
public:
    explicit Row(const CsvImport::Record &record) : m_record(record) {}
    [[nodiscard]] QString at(qsizetype index) const
    {
        return index >= 0 && index < m_record.fields.size() ? m_record.fields.at(index) : QString();
    }

private:
    const CsvImport::Record &m_record;
};

/// Collects the problems of one row.
struct RowProblems {
    QStringList messages;
    bool pulseOnly = false; ///< a pulse and no blood pressure: left out, not a mistake
    void add(const QString &field, const QString &message)
    {
        messages.append(u"%1: %2"_s.arg(field, message));
    }
};

std::optional<int> readNumber(const QString &text, const QString &field, bool required,
                              RowProblems &problems)
{
    if (text.trimmed().isEmpty()) {
        if (required)
            problems.add(field, tr("is missing; %1").arg(ReadingValidator::rangeRule(field)));
        return std::nullopt;
    }
    // Some apps write the unit in the cell ("142 mmHg", "66 bpm") or a whole number with a
    // decimal zero ("142.0"); a fraction that is not zero stays a mistake.
    static const QRegularExpression unit(u"\\s*(mm\\s*hg|bpm|/\\s*min|1/min|p/min)$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression wholeDecimal(u"^(\\d+)[.,]0+$"_s);
    QString cleaned = text.trimmed();
    cleaned.remove(unit);
    if (const auto match = wholeDecimal.match(cleaned); match.hasMatch())
        cleaned = match.captured(1);
    const auto number = ReadingValidator::parseWholeNumber(cleaned);
    if (!number)
        problems.add(field, tr("%1, not '%2'").arg(ReadingValidator::rangeRule(field), text));
    return number;
}

/// A local time (no offset in the text) as a time with its UTC offset of that moment, in whole
/// minutes as the CSV and ISO 8601 write offsets: the wall-clock time stays as written (local
/// mean time, before time zones, had offsets in seconds, such as +00:53:28).
QDateTime withOwnOffset(QDateTime time)
{
    if (!time.isValid())
        return time;
    const int offset = static_cast<int>(std::lround(time.offsetFromUtc() / 60.0)) * 60;
    return QDateTime(time.date(), time.time(), Qt::OffsetFromUTC, offset);
}

std::optional<QTime> readClock(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &format : {u"H:mm:ss"_s, u"H:mm"_s}) {
        const QTime time = QTime::fromString(trimmed, format);
        if (time.isValid())
            return time;
    }
    // A 12-hour clock: "7:12 am", "07:12 PM", "7:12:05 p.m.".
    QString twelve = trimmed.toUpper();
    twelve.replace(u"A.M."_s, u"AM"_s).replace(u"P.M."_s, u"PM"_s);
    twelve.replace(u"AM"_s, u" AM"_s).replace(u"PM"_s, u" PM"_s);
    twelve = twelve.simplified();
    for (const QString &format : {u"h:mm:ss AP"_s, u"h:mm AP"_s}) {
        const QTime time = QTime::fromString(twelve, format);
        if (time.isValid())
            return time;
    }
    return std::nullopt;
}

/// A date read with a format of two-digit years ("dd.MM.yy") is put in the most recent
/// century that does not make it later than `today`: 26 is 2026 (Qt alone reads 1926), 99 is
/// 1999.
QDate inRecentCentury(QDate day, const QString &format, const QDate &today)
{
    if (!day.isValid() || format.contains(u"yyyy"_s) || !format.contains(u"yy"_s))
        return day;
    while (day.addYears(100) <= today)
        day = day.addYears(100);
    return day;
}

/// "+01:00", "-05:30", "Z" as seconds east of UTC.
std::optional<int> readOffset(const QString &text)
{
    static const QRegularExpression form(u"^([+-])(\\d{2}):?(\\d{2})$"_s);
    const QString trimmed = text.trimmed();
    if (trimmed == u"Z"_s)
        return 0;
    const auto match = form.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(2).toInt(), minutes = match.captured(3).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int seconds = (hours * 60 + minutes) * 60;
    return match.captured(1) == u"-"_s ? -seconds : seconds;
}

/// The note as written by CsvExport::inertText(), the guarding quote taken off.
QString ownNote(const QString &text)
{
    static const QString guarded = u"=+-@\t\r'"_s;
    if (text.size() >= 2 && text.front() == u'\'' && guarded.contains(text.at(1)))
        return text.mid(1);
    return text;
}

void validate(Reading &reading, const QDateTime &now, RowProblems &problems)
{
    for (const FieldError &error : ReadingValidator::validate(reading, now)) {
        // A field whose text already failed to parse is not named twice.
        const QString prefix = error.field + u':';
        bool named = false;
        for (const QString &message : std::as_const(problems.messages))
            named = named || message.startsWith(prefix);
        if (!named)
            problems.messages.append(error.toString());
    }
}

struct ParsedFile {
    QList<CsvImport::Record> records;
    QStringList header;
    CsvImportResult result;
    bool ok = false;
};

ParsedFile parseFile(const QByteArray &bytes, QChar delimiter = QChar())
{
    ParsedFile file;
    const auto text = decode(bytes);
    if (!text) {
        file.result.error = tr("the file is not UTF-8 text");
        return file;
    }
    int unclosed = 0;
    file.records = CsvImport::parse(*text, &unclosed, delimiter);
    if (file.records.isEmpty() || file.records.first().line != 1) {
        file.result.error = tr("the file has no header row");
        return file;
    }
    file.header = file.records.takeFirst().fields;
    if (unclosed > 0)
        file.result.badRows.append({unclosed, tr("a quoted field is not closed")});
    file.ok = true;
    return file;
}

template <typename ReadRow>
CsvImportResult readRows(ParsedFile &file, const ReadRow &readRow)
{
    CsvImportResult result;
    result.badRows = file.result.badRows;
    for (const CsvImport::Record &record : std::as_const(file.records)) {
        RowProblems problems;
        if (record.fields.size() > file.header.size()) {
            problems.messages.append(tr("has %1 fields, the header has %2")
                                         .arg(record.fields.size())
                                         .arg(file.header.size()));
        } else {
            Reading reading = readRow(Row(record), problems);
            if (problems.pulseOnly) {
                ++result.pulseOnlyRows;
                continue;
            }
            if (problems.messages.isEmpty()) {
                result.readings.append(reading);
                continue;
            }
        }
        result.badRows.append({record.line, problems.messages.join(u"; "_s)});
    }
    std::sort(result.badRows.begin(), result.badRows.end(),
              [](const auto &a, const auto &b) { return a.line < b.line; });
    return result;
}

CsvImportResult fileError(const QString &message)
{
    CsvImportResult result;
    result.error = message;
    return result;
}

} // namespace

QChar CsvImport::delimiterOf(const QString &text)
{
    qsizetype commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (inQuotes)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

QList<CsvImport::Record> CsvImport::parse(const QString &text, int *unclosedLine, QChar delimiter)
{
    const QChar separator = delimiter.isNull() ? delimiterOf(text) : delimiter;
    QList<Record> records;
    Record record;
    QString field;
    int line = 1;
    record.line = 1;
    bool inQuotes = false, fieldStarted = false;
    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        if (!(record.fields.size() == 1 && record.fields.first().isEmpty()))
            records.append(record);
        record = Record{};
        record.line = nextLine;
    };
    if (unclosedLine)
        *unclosedLine = 0;
    const qsizetype size = text.size();
    for (qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < size && text.at(i + 1) == u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord(line);
        } else {
            // Text after a closing quote is kept as it stands (lenient).
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        if (unclosedLine)
            *unclosedLine = record.line;
    } else if (!field.isEmpty() || !record.fields.isEmpty() || fieldStarted) {
        endRecord(line);
    }
    return records;
}

CsvImportResult CsvImport::readOwn(const QByteArray &bytes, const QDateTime &now)
{
    ParsedFile file = parseFile(bytes);
    if (!file.ok)
        return file.result;
    auto find = [&file](const QString &name) { return columnIndex(file.header, name); };
    const qsizetype date = find(u"date"_s), time = find(u"time"_s), offset = find(u"utc_offset"_s),
                    context = find(u"context"_s), systolic = find(u"systolic"_s),
                    diastolic = find(u"diastolic"_s), pulse = find(u"pulse"_s),
                    arm = find(u"arm"_s), position = find(u"position"_s),
                    irregular = find(u"irregular"_s), note = find(u"note"_s);
    QStringList missing;
    for (const auto &[index, name] :
         {std::pair{date, u"date"_s}, std::pair{time, u"time"_s},
          std::pair{offset, u"utc_offset"_s}, std::pair{systolic, u"systolic"_s},
          std::pair{diastolic, u"diastolic"_s}}) {
        if (index < 0)
            missing.append(name);
    }
    if (!missing.isEmpty()) {
        CsvImportResult result = fileError(
            tr("not a Viparita readings CSV: the header lacks %1").arg(missing.join(u", "_s)));
        result.otherAppsFile = true;
        return result;
    }

    return readRows(file, [&](const Row &row, RowProblems &problems) {
        Reading reading;
        const QDate day = QDate::fromString(row.at(date).trimmed(), u"yyyy-MM-dd"_s);
        if (!day.isValid())
            problems.add(u"date"_s, tr("must be a date as YYYY-MM-DD, not '%1'").arg(row.at(date)));
        const QTime clock = QTime::fromString(row.at(time).trimmed(), u"HH:mm:ss"_s);
        if (!clock.isValid())
            problems.add(u"time"_s, tr("must be a time as HH:MM:SS, not '%1'").arg(row.at(time)));
        const auto seconds = readOffset(row.at(offset));
        if (!seconds)
            problems.add(u"utc_offset"_s,
                         tr("must be an offset such as +01:00, not '%1'").arg(row.at(offset)));
        if (day.isValid() && clock.isValid() && seconds)
            reading.takenAt = QDateTime(day, clock, Qt::OffsetFromUTC, *seconds);
        if (const auto number = readNumber(row.at(systolic), u"systolic"_s, true, problems))
            reading.systolic = *number;
        if (const auto number = readNumber(row.at(diastolic), u"diastolic"_s, true, problems))
            reading.diastolic = *number;
        reading.pulse = readNumber(row.at(pulse), u"pulse"_s, false, problems);
        if (const QString text = row.at(context).trimmed(); !text.isEmpty()) {
            if (const auto value = readingContextFromString(text))
                reading.context = *value;
            else
                problems.add(u"context"_s,
                             tr("must be standalone, before, during, after or standing, not '%1'")
                                 .arg(text));
        }
        if (const QString text = row.at(arm).trimmed(); !text.isEmpty()) {
            reading.arm = armFromString(text);
            if (!reading.arm)
                problems.add(u"arm"_s, tr("must be left or right, not '%1'").arg(text));
        }
        if (const QString text = row.at(position).trimmed(); !text.isEmpty()) {
            reading.position = bodyPositionFromString(text);
            if (!reading.position)
                problems.add(u"position"_s,
                             tr("must be sitting, lying or standing, not '%1'").arg(text));
        }
        if (const QString text = row.at(irregular).trimmed(); !text.isEmpty()) {
            if (text == u"1"_s)
                reading.irregular = true;
            else if (text != u"0"_s)
                problems.add(u"irregular"_s, tr("must be 0 or 1, not '%1'").arg(text));
        }
        reading.note = ownNote(row.at(note));
        if (!reading.takenAt.isValid())
            reading.takenAt = now; // only to check the other fields; the row is bad anyway
        validate(reading, now, problems);
        return reading;
    });
}

CsvImportResult CsvImport::readMapped(const QByteArray &bytes, const ColumnMap &map,
                                      const QDateTime &now)
{
    if (!map.systolic || !map.diastolic)
        return fileError(tr("the column map needs systolic and diastolic"));
    if (!map.datetime && !map.date)
        return fileError(tr("the column map needs datetime, or date (and time)"));
    if (map.datetime && (map.date || map.time))
        return fileError(tr("the column map takes datetime, or date and time, not both"));
    ParsedFile file = parseFile(bytes, map.delimiter);
    if (!file.ok)
        return file.result;
    QStringList missing;
    auto find = [&](const std::optional<Column> &column) -> qsizetype {
        if (!column)
            return -1;
        const qsizetype index = columnIndex(file.header, *column);
        if (index < 0)
            missing.append(columnText(*column));
        return index;
    };
    const qsizetype date = find(map.date), time = find(map.time), datetime = find(map.datetime),
                    systolic = find(map.systolic), diastolic = find(map.diastolic),
                    pulse = find(map.pulse), note = find(map.note);
    if (!missing.isEmpty())
        return fileError(tr("the header has no %1").arg(missing.join(u", "_s)));

    return readRows(file, [&](const Row &row, RowProblems &problems) {
        Reading reading;
        if (pulse >= 0 && row.at(systolic).trimmed().isEmpty() &&
            row.at(diastolic).trimmed().isEmpty() && !row.at(pulse).trimmed().isEmpty()) {
            problems.pulseOnly = true;
            return reading;
        }
        if (map.datetime) {
            const QString text = row.at(datetime).trimmed();
            QDateTime when;
            if (map.dateFormat.isEmpty()) {
                when = QDateTime::fromString(QString(text).replace(u' ', u'T'), Qt::ISODate);
            } else {
                when = QDateTime::fromString(text, map.dateFormat);
                if (when.isValid())
                    when.setDate(inRecentCentury(when.date(), map.dateFormat, now.date()));
            }
            if (when.isValid())
                reading.takenAt = withOwnOffset(when);
            else
                problems.add(
                    u"datetime"_s,
                    tr("must be a time as %1, not '%2'")
                        .arg(map.dateFormat.isEmpty() ? u"YYYY-MM-DDTHH:MM"_s : map.dateFormat,
                             text));
        } else {
            const QString text = row.at(date).trimmed();
            const QDate day = map.dateFormat.isEmpty()
                                  ? QDate::fromString(text, Qt::ISODate)
                                  : inRecentCentury(QDate::fromString(text, map.dateFormat),
                                                    map.dateFormat, now.date());
            if (!day.isValid())
                problems.add(
                    u"date"_s,
                    tr("must be a date as %1, not '%2'")
                        .arg(map.dateFormat.isEmpty() ? u"YYYY-MM-DD"_s : map.dateFormat, text));
            QTime clock(0, 0);
            if (map.time) {
                const auto parsed = readClock(row.at(time));
                if (!parsed)
                    problems.add(
                        u"time"_s,
                        tr("must be a time as HH:MM or HH:MM:SS, not '%1'").arg(row.at(time)));
                clock = parsed.value_or(QTime(0, 0));
            }
            if (day.isValid())
                reading.takenAt = withOwnOffset(QDateTime(day, clock));
        }
        if (const auto number = readNumber(row.at(systolic), u"systolic"_s, true, problems))
            reading.systolic = *number;
        if (const auto number = readNumber(row.at(diastolic), u"diastolic"_s, true, problems))
            reading.diastolic = *number;
        if (pulse >= 0)
            reading.pulse = readNumber(row.at(pulse), u"pulse"_s, false, problems);
        if (note >= 0)
            reading.note = row.at(note);
        if (!reading.takenAt.isValid())
            reading.takenAt = now;
        validate(reading, now, problems);
        return reading;
    });
}

} // namespace viparita
