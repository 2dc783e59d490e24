#include <viparita/report/csv_import.h>

#include "import_time.h"

#include <viparita/core/blood_pressure.h>
#include <viparita/core/reading_validator.h>

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

struct CsvImportText {
    Q_DECLARE_TR_FUNCTIONS(viparita::CsvImport)
};

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
        return CsvImportText::tr("column %1").arg(*position);
    return CsvImportText::tr("column '%1'").arg(std::get<QString>(column));
}

/// The fields of a record, by column; empty for a column the record does not reach.
class Row {
public:
    explicit Row(const CsvImport::Record &record) : m_record(record) {}
    [[nodiscard]] QString at(qsizetype index) const
    {
        return index >= 0 && index < m_record.fields.size() ? m_record.fields.at(index) : QString();
    }
    /// The field as another app writes it: "null", "-" and "--" stand for an empty cell.
    [[nodiscard]] QString value(qsizetype index) const
    {
        QString text = at(index);
        const QString trimmed = text.trimmed();
        if (trimmed == u"-"_s || trimmed == u"--"_s || trimmed == u"null"_s || trimmed == u"NULL"_s)
            text.clear();
        return text;
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
            problems.add(
                field, CsvImportText::tr("is missing; %1").arg(ReadingValidator::rangeRule(field)));
        return std::nullopt;
    }
    // Most cells are plain whole numbers: read without the patterns below.
    if (const auto plain = ReadingValidator::parseWholeNumber(text))
        return plain;
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
        problems.add(
            field, CsvImportText::tr("%1, not '%2'").arg(ReadingValidator::rangeRule(field), text));
    return number;
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
    QList<CsvImport::Record> records; ///< the header and the rows after it from `begin`
    qsizetype begin = 0;
    QStringList header;
    CsvImportResult result;
    bool ok = false;
};

/// The records of `table` from the header on `headerLine` (0: the first record).
ParsedFile parseFile(const CsvImport::Table &table, int headerLine = 0)
{
    ParsedFile file;
    file.result.encoding = table.text.encoding;
    file.result.encodingFallback = table.text.fallback;
    if (!table.text.error.isEmpty()) {
        file.result.error = table.text.error;
        return file;
    }
    file.records = table.records;
    // Lines above the header (a title, an export date) are left out.
    qsizetype header = 0;
    while (header < file.records.size() && file.records.at(header).line < headerLine)
        ++header;
    if (header == file.records.size() ||
        (headerLine > 0 && file.records.at(header).line != headerLine)) {
        file.result.error = headerLine > 1
                                ? CsvImportText::tr("line %1 is not a header row").arg(headerLine)
                                : CsvImportText::tr("the file has no header row");
        return file;
    }
    file.header = file.records.at(header).fields;
    file.begin = header + 1;
    if (table.unclosedLine > 0)
        file.result.badRows.append(
            {table.unclosedLine, CsvImportText::tr("a quoted field is not closed")});
    file.ok = true;
    return file;
}

/// Whether `record` begins another table after a blank line (a report with sections, such as
/// blood pressure, then weight): the table of readings ends before it.
bool startsAnotherTable(const CsvImport::Record &record, const CsvImport::Record *previous,
                        int headerLine, qsizetype headerSize)
{
    int end = previous ? previous->line : headerLine;
    if (previous) {
        for (const QString &field : previous->fields)
            end += static_cast<int>(field.count(u'\n'));
    }
    if (record.line <= end + 1)
        return false;
    const bool hasDigit =
        std::any_of(record.fields.cbegin(), record.fields.cend(), [](const QString &field) {
            return std::any_of(field.cbegin(), field.cend(), [](QChar c) { return c.isDigit(); });
        });
    return record.fields.size() != headerSize || !hasDigit;
}

/// How many readings readRows() hands on at a time.
constexpr qsizetype takeEach = 4096;

template <typename ReadRow>
CsvImportResult readRows(ParsedFile &file, const ReadRow &readRow, const CsvImport::Take &take,
                         bool sections = false, int headerLine = 1)
{
    CsvImportResult result;
    result.badRows = file.result.badRows;
    result.encoding = file.result.encoding;
    result.encodingFallback = file.result.encodingFallback;
    const CsvImport::Record *previous = nullptr;
    const qsizetype reserved = take ? takeEach : file.records.size() - file.begin;
    result.readings.reserve(reserved);
    result.readingLines.reserve(reserved);
    const auto handOn = [&] {
        take(std::move(result.readings));
        result.readings = QList<Reading>();
        result.readings.reserve(takeEach);
        result.readingLines.clear();
    };
    for (qsizetype i = file.begin; i < file.records.size(); ++i) {
        const CsvImport::Record &record = file.records.at(i);
        if (sections && startsAnotherTable(record, previous, headerLine, file.header.size())) {
            // Rows of a later table are not rows of this one; an unclosed quote among them
            // is not this table's either.
            result.badRows.removeIf(
                [&record](const CsvImportResult::BadRow &bad) { return bad.line >= record.line; });
            break;
        }
        previous = &record;
        RowProblems problems;
        if (record.fields.size() > file.header.size()) {
            problems.messages.append(CsvImportText::tr("has %1 fields, the header has %2")
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
                result.readingLines.append(record.line);
                if (take && result.readings.size() >= takeEach)
                    handOn();
                continue;
            }
        }
        result.badRows.append({record.line, problems.messages.join(u"; "_s)});
    }
    if (take && !result.readings.isEmpty())
        handOn();
    std::sort(result.badRows.begin(), result.badRows.end(),
              [](const auto &a, const auto &b) { return a.line < b.line; });
    return result;
}

/// Windows-1252 text (a superset of Latin-1 that spreadsheets on Windows save): the bytes
/// 0x80-0x9F are punctuation and letters there, control characters in Latin-1.
QString windows1252(const QByteArray &bytes)
{
    static constexpr char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        *out++ = QChar(value >= 0x80 && value < 0xA0 ? high[value - 0x80] : char16_t(value));
    }
    return text;
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

QList<CsvImport::Record> CsvImport::parse(const QString &text, int *unclosedLine, QChar delimiter,
                                          qsizetype limit)
{
    const char16_t separator = (delimiter.isNull() ? delimiterOf(text) : delimiter).unicode();
    QList<Record> records;
    // About one record a line: counting the lines first saves growing the list many times.
    if (limit <= 0)
        records.reserve(text.count(u'\n') + 1);
    Record record;
    qsizetype fieldsEach = 0; // the fields of the record before, to reserve for the next
    QString field;
    int line = 1;
    record.line = 1;
    bool inQuotes = false, fieldStarted = false;
    auto endField = [&] {
        record.fields.append(std::move(field));
        field = QString();
        fieldStarted = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        fieldsEach = record.fields.size();
        if (!(record.fields.size() == 1 && record.fields.first().isEmpty()))
            records.append(std::move(record));
        record = Record{};
        record.line = nextLine;
        record.fields.reserve(fieldsEach);
    };
    if (unclosedLine)
        *unclosedLine = 0;
    const auto *data = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    for (qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0; i < size; ++i) {
        const char16_t c = data[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && data[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < size && data[i + 1] == u'\n')))
                    ++line;
                field += QChar(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && data[i + 1] == u'\n')
                ++i;
            ++line;
            endRecord(line);
            if (limit > 0 && records.size() >= limit)
                return records;
        } else {
            // The run of plain characters up to the next separator, quote or line end, at
            // once. Text after a closing quote is kept as it stands (lenient).
            qsizetype end = i + 1;
            while (end < size && data[end] != separator && data[end] != u'"' &&
                   data[end] != u'\r' && data[end] != u'\n')
                ++end;
            field.append(QStringView(data + i, end - i));
            fieldStarted = true;
            i = end - 1;
        }
    }
    if (inQuotes && !field.contains(u'\n') && !field.contains(u'\r')) {
        // A quote left open on the last line (some apps forget the closing one) ends with the
        // text: nothing follows that it could swallow.
        endRecord(line);
    } else if (inQuotes) {
        if (unclosedLine)
            *unclosedLine = record.line;
    } else if (!field.isEmpty() || !record.fields.isEmpty() || fieldStarted) {
        endRecord(line);
    }
    return records;
}

CsvImportResult CsvImport::readOwn(const QByteArray &bytes, const QDateTime &now, const Take &take)
{
    const QDateTime nowUtc = now.toUTC(); // compared with every row: once, not once a row
    ParsedFile file = parseFile(split(bytes));
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
        CsvImportResult result =
            fileError(CsvImportText::tr("not a Viparita readings CSV: the header lacks %1")
                          .arg(missing.join(u", "_s)));
        result.otherAppsFile = true;
        return result;
    }

    return readRows(
        file,
        [&](const Row &row, RowProblems &problems) {
            Reading reading;
            const QDate day = QDate::fromString(row.at(date).trimmed(), u"yyyy-MM-dd"_s);
            if (!day.isValid())
                problems.add(
                    u"date"_s,
                    CsvImportText::tr("must be a date as YYYY-MM-DD, not '%1'").arg(row.at(date)));
            const QTime clock = QTime::fromString(row.at(time).trimmed(), u"HH:mm:ss"_s);
            if (!clock.isValid())
                problems.add(
                    u"time"_s,
                    CsvImportText::tr("must be a time as HH:MM:SS, not '%1'").arg(row.at(time)));
            const auto seconds = importing::readOffset(row.at(offset));
            if (!seconds)
                problems.add(u"utc_offset"_s,
                             CsvImportText::tr("must be an offset such as +01:00, not '%1'")
                                 .arg(row.at(offset)));
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
                    problems.add(
                        u"context"_s,
                        CsvImportText::tr(
                            "must be standalone, before, during, after or standing, not '%1'")
                            .arg(text));
            }
            if (const QString text = row.at(arm).trimmed(); !text.isEmpty()) {
                reading.arm = armFromString(text);
                if (!reading.arm)
                    problems.add(u"arm"_s,
                                 CsvImportText::tr("must be left or right, not '%1'").arg(text));
            }
            if (const QString text = row.at(position).trimmed(); !text.isEmpty()) {
                reading.position = bodyPositionFromString(text);
                if (!reading.position)
                    problems.add(u"position"_s,
                                 CsvImportText::tr("must be sitting, lying or standing, not '%1'")
                                     .arg(text));
            }
            if (const QString text = row.at(irregular).trimmed(); !text.isEmpty()) {
                if (text == u"1"_s)
                    reading.irregular = true;
                else if (text != u"0"_s)
                    problems.add(u"irregular"_s,
                                 CsvImportText::tr("must be 0 or 1, not '%1'").arg(text));
            }
            reading.note = ownNote(row.at(note));
            if (!reading.takenAt.isValid())
                reading.takenAt = now; // only to check the other fields; the row is bad anyway
            validate(reading, nowUtc, problems);
            return reading;
        },
        take);
}

CsvImport::Table CsvImport::split(const QByteArray &bytes, QChar delimiter, const QString &encoding)
{
    return split(decode(bytes, encoding), delimiter, encoding);
}

CsvImport::Table CsvImport::split(Text text, QChar delimiter, const QString &encodingAsked)
{
    Table table;
    table.encodingAsked = encodingAsked;
    table.delimiter = delimiter;
    if (text.error.isEmpty())
        table.records = parse(text.text, &table.unclosedLine, delimiter);
    text.text.clear();
    table.text = std::move(text);
    return table;
}

CsvImportResult CsvImport::readMapped(const QByteArray &bytes, const Table &split,
                                      const ColumnMap &map, const QDateTime &now, const Take &take)
{
    return split.splitAs(map)
               ? readMapped(split, map, now, take)
               : readMapped(CsvImport::split(bytes, map.delimiter, map.encoding), map, now, take);
}

CsvImportResult CsvImport::readMapped(const QByteArray &bytes, const ColumnMap &map,
                                      const QDateTime &now)
{
    return readMapped(split(bytes, map.delimiter, map.encoding), map, now);
}

CsvImportResult CsvImport::readMapped(const Table &table, const ColumnMap &map,
                                      const QDateTime &now, const Take &take)
{
    const QDateTime nowUtc = now.toUTC(); // compared with every row: once, not once a row
    if (!map.systolic || !map.diastolic)
        return fileError(CsvImportText::tr("the column map needs systolic and diastolic"));
    if (!map.datetime && !map.date)
        return fileError(CsvImportText::tr("the column map needs datetime, or date (and time)"));
    if (map.datetime && (map.date || map.time))
        return fileError(
            CsvImportText::tr("the column map takes datetime, or date and time, not both"));
    ParsedFile file = parseFile(table, map.headerLine);
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
    const qsizetype date = find(map.datetime ? map.datetime : map.date), time = find(map.time),
                    systolic = find(map.systolic), diastolic = find(map.diastolic),
                    pulse = find(map.pulse), note = find(map.note), offset = find(map.offset),
                    irregular = find(map.irregular);
    if (!missing.isEmpty())
        return fileError(CsvImportText::tr("the header has no %1").arg(missing.join(u", "_s)));
    const importing::TimeRules rules{map.dateFormat, map.utcTimes, now.date()};
    const int headerLine = map.headerLine > 0 ? map.headerLine : 1;
    const QString dateField = map.datetime ? u"datetime"_s : u"date"_s;

    return readRows(
        file,
        [&](const Row &row, RowProblems &problems) {
            Reading reading;
            if (pulse >= 0 && row.value(systolic).trimmed().isEmpty() &&
                row.value(diastolic).trimmed().isEmpty() && !row.value(pulse).trimmed().isEmpty()) {
                problems.pulseOnly = true;
                return reading;
            }
            const importing::Moment moment =
                importing::readMoment(row.value(date), row.value(time), row.value(offset), rules);
            if (!moment.problem.isEmpty())
                problems.add(dateField, moment.problem);
            else if (!moment.time.isValid())
                problems.add(dateField,
                             CsvImportText::tr("'%1' is not a time that can be placed on the clock")
                                 .arg((row.value(date) + u' ' + row.value(time)).trimmed()));
            else
                reading.takenAt = moment.time;
            if (const auto number = readNumber(row.value(systolic), u"systolic"_s, true, problems))
                reading.systolic = *number;
            if (const auto number =
                    readNumber(row.value(diastolic), u"diastolic"_s, true, problems))
                reading.diastolic = *number;
            if (pulse >= 0)
                reading.pulse = readNumber(row.value(pulse), u"pulse"_s, false, problems);
            if (note >= 0)
                reading.note = row.value(note).trimmed();
            if (irregular >= 0) {
                static const QStringList no{u""_s,      u"0"_s,    u"no"_s,
                                            u"false"_s, u"nein"_s, u"non"_s,
                                            u"nee"_s,   u"n"_s,    u"not detected"_s};
                static const QStringList yes{u"1"_s,  u"yes"_s, u"true"_s,    u"x"_s,
                                             u"ja"_s, u"oui"_s, u"si"_s,      u"sì"_s,
                                             u"sí"_s, u"y"_s,   u"detected"_s};
                const QString flag = row.value(irregular).trimmed().toLower();
                if (yes.contains(flag))
                    reading.irregular = true;
                else if (!no.contains(flag))
                    problems.add(u"irregular"_s,
                                 CsvImportText::tr("must be yes or no (1 or 0), not '%1'")
                                     .arg(row.value(irregular)));
            }
            if (!reading.takenAt.isValid())
                reading.takenAt = now;
            validate(reading, nowUtc, problems);
            return reading;
        },
        take, true, headerLine);
}

CsvImport::Text CsvImport::decode(const QByteArray &bytes, const QString &encoding)
{
    Text result;
    const auto decodeAs = [&](QStringConverter::Encoding kind, const QString &name,
                              qsizetype skip) {
        QStringDecoder decoder(kind, QStringDecoder::Flag::Stateless);
        result.text = decoder(QByteArrayView(bytes).sliced(skip));
        result.encoding = name;
        return !decoder.hasError();
    };
    const bool utf8Bom = bytes.startsWith("\xEF\xBB\xBF");
    const bool le = bytes.startsWith("\xFF\xFE"), be = bytes.startsWith("\xFE\xFF");
    bool ok = false;
    if (encoding.isEmpty()) {
        if (le || be) {
            ok = decodeAs(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                          le ? u"UTF-16LE"_s : u"UTF-16BE"_s, 2);
        } else {
            ok = decodeAs(QStringConverter::Utf8, utf8Bom ? u"UTF-8 with BOM"_s : u"UTF-8"_s,
                          utf8Bom ? 3 : 0);
            if (!ok) {
                result.text = windows1252(bytes);
                result.encoding = u"Windows-1252"_s;
                result.fallback = true;
                ok = true;
            }
        }
    } else {
        const QString wanted = encoding.trimmed().toUpper();
        if (wanted == u"UTF-8"_s || wanted == u"UTF8"_s) {
            ok = decodeAs(QStringConverter::Utf8, u"UTF-8"_s, utf8Bom ? 3 : 0);
        } else if (wanted == u"UTF-16LE"_s || wanted == u"UTF-16BE"_s) {
            const bool little = wanted == u"UTF-16LE"_s;
            ok = decodeAs(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, wanted,
                          (little && le) || (!little && be) ? 2 : 0);
        } else if (wanted == u"WINDOWS-1252"_s || wanted == u"CP1252"_s || wanted == u"LATIN-1"_s ||
                   wanted == u"ISO-8859-1"_s) {
            result.text = windows1252(bytes);
            result.encoding = u"Windows-1252"_s;
            ok = true;
        } else {
            result.error =
                CsvImportText::tr("the encoding '%1' is not one Viparita reads (UTF-8, UTF-16LE, "
                                  "UTF-16BE, Windows-1252)")
                    .arg(encoding);
            return result;
        }
    }
    if (!ok) {
        result.error = CsvImportText::tr("the file is not %1 text").arg(result.encoding);
        result.text.clear();
        return result;
    }
    if (result.text.startsWith(QChar(0xFEFF)))
        result.text.remove(0, 1);
    // Text has no NUL bytes and no control characters but tabs, line ends and form feeds.
    const qsizetype size = result.text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = result.text.at(i).unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') {
            const qsizetype line = result.text.left(i).count(u'\n') + 1;
            result.error =
                c == 0
                    ? CsvImportText::tr("the file is not text: line %1 holds a NUL byte").arg(line)
                    : CsvImportText::tr("the file is not text: line %1 holds the control "
                                        "character %2")
                          .arg(line)
                          .arg(u"0x%1"_s.arg(int(c), 2, 16, QChar(u'0')));
            result.text.clear();
            return result;
        }
    }
    return result;
}

} // namespace viparita
