#include <viparita/report/csv_export.h>

#include <viparita/core/blood_pressure.h>
#include <viparita/core/measurement.h>

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

struct CsvExportText {
    Q_DECLARE_TR_FUNCTIONS(viparita::CsvExport)
};

/// Writes rows to a device, remembering the first failure.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice &out) : m_out(out) {}

    bool writeRow(const QStringList &cells)
    {
        QStringList quotedCells;
        quotedCells.reserve(cells.size());
        for (const QString &cell : cells)
            quotedCells.append(CsvExport::quoted(cell));
        const QByteArray bytes = (quotedCells.join(u',') + u"\r\n"_s).toUtf8();
        if (m_out.write(bytes) != bytes.size()) {
            m_error = CsvExportText::tr("Writing the CSV: %1").arg(m_out.errorString());
            return false;
        }
        return true;
    }
    [[nodiscard]] bool checkOpen()
    {
        if (m_out.isOpen() && m_out.isWritable())
            return true;
        m_error = CsvExportText::tr("Writing the CSV: the device is not open for writing");
        return false;
    }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    QIODevice &m_out;
    QString m_error;
};

bool fail(const CsvWriter &writer, QString *error)
{
    if (error)
        *error = writer.error();
    return false;
}

QString dateText(const QDateTime &time)
{
    return time.date().toString(u"yyyy-MM-dd"_s);
}

QString timeText(const QDateTime &time)
{
    return time.time().toString(u"HH:mm:ss"_s);
}

/// At most one decimal, no trailing ".0", never "-0".
QString numberText(double value)
{
    double rounded = std::round(value * 10.0) / 10.0;
    if (rounded == 0.0)
        rounded = 0.0;
    return QString::number(rounded, 'f', std::fmod(std::abs(rounded), 1.0) == 0.0 ? 0 : 1);
}

/// The readings of each session, by session and context, gathered in one pass.
constexpr std::size_t contextCount = static_cast<std::size_t>(ReadingContext::Standing) + 1;
using SessionReadings = QHash<qint64, std::array<QList<Reading>, contextCount>>;

SessionReadings bySession(const QList<Reading> &readings)
{
    SessionReadings grouped;
    for (const Reading &reading : readings) {
        if (!reading.sessionId || reading.deletedAt)
            continue;
        const auto slot = static_cast<std::size_t>(reading.context);
        if (slot < contextCount)
            grouped[*reading.sessionId][slot].append(reading);
    }
    return grouped;
}

std::optional<Measurement> meanOf(const SessionReadings &grouped, qint64 sessionId,
                                  ReadingContext context)
{
    const auto found = grouped.constFind(sessionId);
    const auto slot = static_cast<std::size_t>(context);
    if (found == grouped.constEnd() || slot >= contextCount || (*found)[slot].isEmpty())
        return std::nullopt;
    return MeasurementGrouper::mean((*found)[slot]);
}

} // namespace

const QStringList &CsvExport::readingColumns()
{
    static const QStringList columns{
        u"date"_s,     u"time"_s,     u"utc_offset"_s, u"context"_s, u"session_id"_s,
        u"sequence"_s, u"systolic"_s, u"diastolic"_s,  u"pulse"_s,   u"category"_s,
        u"arm"_s,      u"position"_s, u"irregular"_s,  u"note"_s};
    return columns;
}

const QStringList &CsvExport::medicationColumns()
{
    static const QStringList columns{
        u"medicine"_s, u"change"_s, u"date"_s,  u"dose"_s,
        u"amount"_s,   u"unit"_s,   u"times"_s, u"for_blood_pressure"_s,
        u"reason"_s};
    return columns;
}

const QStringList &CsvExport::sessionColumns()
{
    static const QStringList columns{u"date"_s,
                                     u"time"_s,
                                     u"sequence"_s,
                                     u"minutes"_s,
                                     u"status"_s,
                                     u"before_systolic"_s,
                                     u"before_diastolic"_s,
                                     u"before_pulse"_s,
                                     u"after_systolic"_s,
                                     u"after_diastolic"_s,
                                     u"after_pulse"_s,
                                     u"change_systolic"_s,
                                     u"change_diastolic"_s,
                                     u"change_pulse"_s,
                                     u"feeling"_s,
                                     u"note"_s};
    return columns;
}

QString CsvExport::inertText(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\'':
        return u'\'' + text;
    default:
        return text;
    }
}

QString CsvExport::quoted(const QString &cell)
{
    bool needsQuotes = false;
    for (const QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return cell;
    return u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"';
}

namespace {

/// Appends `value` with at least `width` digits (zeros in front).
void appendNumber(QByteArray &row, qint64 value, int width = 0)
{
    char digits[24];
    int count = 0;
    const bool negative = value < 0;
    quint64 rest = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    do {
        digits[count++] = static_cast<char>('0' + rest % 10);
        rest /= 10;
    } while (rest > 0);
    if (negative)
        row.append('-');
    for (int i = count; i < width; ++i)
        row.append('0');
    while (count > 0)
        row.append(digits[--count]);
}

/// Appends `separator`, then `value` (0 to 99) as two digits.
void appendTwoDigits(QByteArray &row, char separator, int value)
{
    row.append(separator);
    row.append(static_cast<char>('0' + value / 10));
    row.append(static_cast<char>('0' + value % 10));
}

/// A text cell as written: made inert, quoted when it needs to be, in UTF-8.
QByteArray textCell(const QString &text)
{
    return CsvExport::quoted(CsvExport::inertText(text)).toUtf8();
}

} // namespace

bool CsvExport::writeReadings(QIODevice &out, const QList<Reading> &readings,
                              const QList<SessionRecord> &sessions, Guideline guideline,
                              bool includeNotes, QString *error)
{
    CsvWriter writer(out);
    if (!writer.checkOpen() || !writer.writeRow(readingColumns()))
        return fail(writer, error);
    // A year of readings is tens of thousands of rows: each row is put together as bytes,
    // numbers and times written digit by digit, and the device gets them 64 KiB at a time.
    QHash<qint64, QByteArray> sequenceOf;
    for (const SessionRecord &session : sessions)
        sequenceOf.insert(session.id, textCell(session.sequenceId));
    QHash<int, QByteArray> words;
    const auto word = [&words](int key, const QString &text) -> const QByteArray & {
        auto found = words.find(key);
        if (found == words.end())
            found = words.insert(key, quoted(text).toUtf8());
        return *found;
    };
    QByteArray buffer;
    constexpr qsizetype chunk = 64 * 1024;
    buffer.reserve(chunk + 1024);
    const auto flush = [&]() {
        if (out.write(buffer) != buffer.size()) {
            if (error)
                *error = QCoreApplication::translate("viparita::CsvExport", "Writing the CSV: %1")
                             .arg(out.errorString());
            return false;
        }
        buffer.clear();
        return true;
    };
    for (const Reading &reading : readings) {
        if (reading.deletedAt)
            continue;
        const QDate date = reading.takenAt.date();
        const QTime time = reading.takenAt.time();
        appendNumber(buffer, date.year(), 4);
        appendTwoDigits(buffer, '-', date.month());
        appendTwoDigits(buffer, '-', date.day());
        buffer.append(',');
        appendNumber(buffer, time.hour(), 2);
        appendTwoDigits(buffer, ':', time.minute());
        appendTwoDigits(buffer, ':', time.second());
        buffer.append(',');
        const int offset = reading.takenAt.offsetFromUtc();
        const int minutes = std::abs(offset) / 60;
        buffer.append(offset < 0 ? '-' : '+');
        appendNumber(buffer, minutes / 60, 2);
        appendTwoDigits(buffer, ':', minutes % 60);
        buffer.append(',');
        buffer.append(word(static_cast<int>(reading.context), toString(reading.context)));
        buffer.append(',');
        if (reading.sessionId) {
            appendNumber(buffer, *reading.sessionId);
            buffer.append(',');
            buffer.append(sequenceOf.value(*reading.sessionId, textCell(QString())));
        } else {
            buffer.append(',');
        }
        buffer.append(',');
        appendNumber(buffer, reading.systolic);
        buffer.append(',');
        appendNumber(buffer, reading.diastolic);
        buffer.append(',');
        if (reading.pulse)
            appendNumber(buffer, *reading.pulse);
        buffer.append(',');
        const BpCategory category =
            BpClassifier::classify(reading.systolic, reading.diastolic, guideline);
        buffer.append(word(100 + static_cast<int>(category), BpClassifier::key(category)));
        buffer.append(',');
        if (reading.arm)
            buffer.append(word(200 + static_cast<int>(*reading.arm), toString(*reading.arm)));
        buffer.append(',');
        if (reading.position)
            buffer.append(
                word(300 + static_cast<int>(*reading.position), toString(*reading.position)));
        buffer.append(',');
        buffer.append(reading.irregular ? '1' : '0');
        buffer.append(',');
        if (includeNotes && !reading.note.isEmpty())
            buffer.append(textCell(reading.note));
        buffer.append("\r\n", 2);
        if (buffer.size() >= chunk && !flush())
            return false;
    }
    return buffer.isEmpty() || flush();
}

bool CsvExport::writeSessions(QIODevice &out, const QList<SessionRecord> &sessions,
                              const QList<Reading> &readings, bool includeNotes, QString *error)
{
    CsvWriter writer(out);
    if (!writer.checkOpen() || !writer.writeRow(sessionColumns()))
        return fail(writer, error);
    const SessionReadings grouped = bySession(readings);
    for (const SessionRecord &session : sessions) {
        const auto before = meanOf(grouped, session.id, ReadingContext::Before);
        const auto after = meanOf(grouped, session.id, ReadingContext::After);
        auto pulseText = [](const std::optional<Measurement> &measurement) {
            return measurement && measurement->pulse ? numberText(*measurement->pulse) : QString();
        };
        QStringList cells{
            dateText(session.startedAt),
            timeText(session.startedAt),
            inertText(session.sequenceId),
            numberText(session.actualSeconds.value_or(session.plannedSeconds) / 60.0),
            toString(session.status),
            before ? numberText(before->systolic) : QString(),
            before ? numberText(before->diastolic) : QString(),
            pulseText(before),
            after ? numberText(after->systolic) : QString(),
            after ? numberText(after->diastolic) : QString(),
            pulseText(after),
        };
        // A pair measured in different positions is not compared (as in the statistics).
        const bool change =
            before && after &&
            (!before->position || !after->position || before->position == after->position);
        cells.append(change ? numberText(after->systolic - before->systolic) : QString());
        cells.append(change ? numberText(after->diastolic - before->diastolic) : QString());
        cells.append(change && before->pulse && after->pulse
                         ? numberText(*after->pulse - *before->pulse)
                         : QString());
        cells.append(session.feeling ? QString::number(*session.feeling) : QString());
        cells.append(includeNotes ? inertText(session.note) : QString());
        if (!writer.writeRow(cells))
            return fail(writer, error);
    }
    return true;
}

bool CsvExport::writeMedication(QIODevice &out, const QList<Medication> &medications,
                                bool includeNotes, QString *error)
{
    CsvWriter writer(out);
    if (!writer.checkOpen() || !writer.writeRow(medicationColumns()))
        return fail(writer, error);
    for (const Medication &medication : medications) {
        QStringList times;
        for (const DayTime time : medication.times)
            times.append(toString(time));
        for (const MedicationChange &change : medication.changes) {
            const QStringList cells{
                inertText(medication.name),
                toString(change.kind),
                change.date.toString(Qt::ISODate),
                change.dose ? change.dose->toString() : QString(),
                change.dose ? QString::number(change.dose->amount) : QString(),
                change.dose ? change.dose->unit : QString(),
                times.join(u';'),
                medication.forBloodPressure ? u"yes"_s : u"no"_s,
                includeNotes ? inertText(change.reason) : QString(),
            };
            if (!writer.writeRow(cells))
                return fail(writer, error);
        }
    }
    return true;
}

} // namespace viparita
