#include <viparita/report/csv_export.h>

#include <viparita/core/blood_pressure.h>
#include <viparita/core/measurement.h>

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("viparita::CsvExport", text);
}

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
            m_error = tr("Writing the CSV: %1").arg(m_out.errorString());
            return false;
        }
        return true;
    }
    [[nodiscard]] bool checkOpen()
    {
        if (m_out.isOpen() && m_out.isWritable())
            return true;
        m_error = tr("Writing the CSV: the device is not open for writing");
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

QString offsetText(const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return u"%1%2:%3"_s.arg(QChar(offset < 0 ? u'-' : u'+'))
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
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

std::optional<Measurement> meanOf(const QList<Reading> &readings, qint64 sessionId,
                                  ReadingContext context)
{
    QList<Reading> chosen;
    for (const Reading &reading : readings) {
        if (reading.sessionId == sessionId && reading.context == context && !reading.deletedAt)
            chosen.append(reading);
    }
    if (chosen.isEmpty())
        return std::nullopt;
    return MeasurementGrouper::mean(chosen);
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

bool CsvExport::writeReadings(QIODevice &out, const QList<Reading> &readings,
                              const QList<SessionRecord> &sessions, Guideline guideline,
                              bool includeNotes, QString *error)
{
    CsvWriter writer(out);
    if (!writer.checkOpen() || !writer.writeRow(readingColumns()))
        return fail(writer, error);
    QHash<qint64, QString> sequenceOf;
    for (const SessionRecord &session : sessions)
        sequenceOf.insert(session.id, session.sequenceId);
    for (const Reading &reading : readings) {
        if (reading.deletedAt)
            continue;
        const BpCategory category =
            BpClassifier::classify(reading.systolic, reading.diastolic, guideline);
        const QStringList cells{
            dateText(reading.takenAt),
            timeText(reading.takenAt),
            offsetText(reading.takenAt),
            toString(reading.context),
            reading.sessionId ? QString::number(*reading.sessionId) : QString(),
            reading.sessionId ? inertText(sequenceOf.value(*reading.sessionId)) : QString(),
            QString::number(reading.systolic),
            QString::number(reading.diastolic),
            reading.pulse ? QString::number(*reading.pulse) : QString(),
            BpClassifier::key(category),
            reading.arm ? toString(*reading.arm) : QString(),
            reading.position ? toString(*reading.position) : QString(),
            reading.irregular ? u"1"_s : u"0"_s,
            includeNotes ? inertText(reading.note) : QString(),
        };
        if (!writer.writeRow(cells))
            return fail(writer, error);
    }
    return true;
}

bool CsvExport::writeSessions(QIODevice &out, const QList<SessionRecord> &sessions,
                              const QList<Reading> &readings, bool includeNotes, QString *error)
{
    CsvWriter writer(out);
    if (!writer.checkOpen() || !writer.writeRow(sessionColumns()))
        return fail(writer, error);
    for (const SessionRecord &session : sessions) {
        const auto before = meanOf(readings, session.id, ReadingContext::Before);
        const auto after = meanOf(readings, session.id, ReadingContext::After);
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
        const bool change = before && after;
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

} // namespace viparita
