#include <viparita/report/apple_health_import.h>

#include <viparita/core/reading_validator.h>

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QXmlStreamReader>

#include <zip.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

struct AppleHealthImportText {
    Q_DECLARE_TR_FUNCTIONS(viparita::AppleHealthImport)
};

constexpr QStringView systolicType = u"HKQuantityTypeIdentifierBloodPressureSystolic";
constexpr QStringView diastolicType = u"HKQuantityTypeIdentifierBloodPressureDiastolic";
constexpr QStringView heartRateType = u"HKQuantityTypeIdentifierHeartRate";
constexpr QStringView pressureType = u"HKCorrelationTypeIdentifierBloodPressure";

int digits(QStringView text, qsizetype from, qsizetype count, bool &ok)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = i < text.size() ? text.at(i).unicode() : u'x';
        if (c < u'0' || c > u'9') {
            ok = false;
            return 0;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// "2026-03-14 07:12:00 +0100", as every date in the export is written.
QDateTime appleDate(QStringView text)
{
    if (text.size() != 25 || text.at(4) != u'-' || text.at(10) != u' ' || text.at(19) != u' ')
        return {};
    bool ok = true;
    const QDate day(digits(text, 0, 4, ok), digits(text, 5, 2, ok), digits(text, 8, 2, ok));
    const QTime clock(digits(text, 11, 2, ok), digits(text, 14, 2, ok), digits(text, 17, 2, ok));
    const int hours = digits(text, 21, 2, ok), minutes = digits(text, 23, 2, ok);
    const QChar sign = text.at(20);
    if (!ok || !day.isValid() || !clock.isValid() || (sign != u'+' && sign != u'-'))
        return {};
    const int offset = (hours * 60 + minutes) * 60 * (sign == u'-' ? -1 : 1);
    return QDateTime(day, clock, Qt::OffsetFromUTC, offset);
}

/// A pressure in mmHg from its value and unit (kPa is converted); nothing when unreadable.
std::optional<int> pressure(QStringView value, QStringView unit)
{
    bool ok = false;
    double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    if (unit == u"kPa")
        number *= 7.500617;
    else if (unit != u"mmHg" && !unit.isEmpty())
        return std::nullopt;
    if (number < 0 || number > 10000)
        return std::nullopt;
    return static_cast<int>(std::lround(number));
}

/// A heart rate as the export keeps it, small enough that a decade of a watch's readings fits.
struct HeartRate {
    qint64 second;
    size_t source;
    int bpm;
    friend bool operator<(const HeartRate &a, const HeartRate &b)
    {
        return a.second != b.second ? a.second < b.second : a.source < b.source;
    }
};

/// One blood pressure: from a correlation, or from a systolic and a diastolic record on their
/// own with the same moment and app.
struct Pressure {
    QDateTime time;
    QString source;
    std::optional<int> systolic, diastolic;
    int line = 0;
};

class Reader {
public:
    Reader(QIODevice &device, qint64 total, const QDateTime &now,
           const AppleHealthImport::Progress &progress)
        : m_xml(&device)
        , m_device(device)
        , m_total(total)
        , m_now(now.toUTC())
        , m_progress(progress)
    {}

    CsvImportResult run()
    {
        CsvImportResult result;
        result.encoding = u"UTF-8"_s;
        bool sawRoot = false;
        qint64 count = 0;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (++count % 4096 == 0 && m_progress && !m_progress(m_device.pos(), m_total)) {
                result.error = AppleHealthImportText::tr("the import was cancelled");
                return result;
            }
            if (token == QXmlStreamReader::DTD) {
                if (!m_xml.entityDeclarations().isEmpty()) {
                    result.error = AppleHealthImportText::tr(
                                       "line %1: the XML declares entities (%2), which an Apple "
                                       "Health export does not; it is not read")
                                       .arg(m_xml.lineNumber())
                                       .arg(m_xml.entityDeclarations().first().name());
                    return result;
                }
                continue;
            }
            if (token == QXmlStreamReader::EntityReference) {
                result.error = AppleHealthImportText::tr(
                                   "line %1: the XML refers to the entity '%2'; it is not read")
                                   .arg(m_xml.lineNumber())
                                   .arg(m_xml.name());
                return result;
            }
            if (token == QXmlStreamReader::StartElement) {
                if (!sawRoot) {
                    sawRoot = true;
                    if (m_xml.name() != u"HealthData") {
                        result.error = AppleHealthImportText::tr(
                                           "this XML is not an Apple Health export (its root is "
                                           "<%1>, not <HealthData>)")
                                           .arg(m_xml.name());
                        return result;
                    }
                    continue;
                }
                startElement();
            } else if (token == QXmlStreamReader::EndElement) {
                if (m_inPressure && m_xml.name() == u"Correlation")
                    endCorrelation();
            }
        }
        if (m_xml.hasError()) {
            result.error = m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
                               ? AppleHealthImportText::tr(
                                     "the XML ends early at line %1: the file is cut short")
                                     .arg(m_xml.lineNumber())
                               : AppleHealthImportText::tr("line %1, column %2: %3")
                                     .arg(m_xml.lineNumber())
                                     .arg(m_xml.columnNumber())
                                     .arg(m_xml.errorString());
            return result;
        }
        if (!sawRoot) {
            result.error = AppleHealthImportText::tr("the file holds no XML element");
            return result;
        }
        finish(result);
        return result;
    }

private:
    static QString key(QStringView start, QStringView source)
    {
        return start.toString() + u'\x1f' + source.toString();
    }

    void startElement()
    {
        const QStringView name = m_xml.name();
        if (name == u"Correlation") {
            const auto attributes = m_xml.attributes();
            if (attributes.value(QLatin1StringView("type")) != pressureType)
                return;
            m_inPressure = true;
            m_current = Pressure{appleDate(attributes.value(QLatin1StringView("startDate"))),
                                 attributes.value(QLatin1StringView("sourceName")).toString(),
                                 std::nullopt, std::nullopt, static_cast<int>(m_xml.lineNumber())};
            m_currentKey = key(attributes.value(QLatin1StringView("startDate")),
                               attributes.value(QLatin1StringView("sourceName")));
            return;
        }
        if (name != u"Record")
            return;
        const auto attributes = m_xml.attributes();
        const QStringView type = attributes.value(QLatin1StringView("type"));
        const bool systolic = type == systolicType, diastolic = type == diastolicType;
        if (type == heartRateType && !m_inPressure) {
            const QDateTime time = appleDate(attributes.value(QLatin1StringView("startDate")));
            bool ok = false;
            const double bpm = attributes.value(QLatin1StringView("value")).toDouble(&ok);
            if (time.isValid() && ok && bpm > 0 && bpm < 1000)
                m_heartRates.push_back({time.toSecsSinceEpoch(),
                                        qHash(attributes.value(QLatin1StringView("sourceName"))),
                                        static_cast<int>(std::lround(bpm))});
            return;
        }
        if (!systolic && !diastolic)
            return;
        const auto value = pressure(attributes.value(QLatin1StringView("value")),
                                    attributes.value(QLatin1StringView("unit")));
        if (m_inPressure) {
            (systolic ? m_current.systolic : m_current.diastolic) = value;
            return;
        }
        // A record on its own: the same as one inside a correlation, unless none has it.
        Pressure &alone = m_alone[key(attributes.value(QLatin1StringView("startDate")),
                                      attributes.value(QLatin1StringView("sourceName")))];
        if (!alone.time.isValid()) {
            alone.time = appleDate(attributes.value(QLatin1StringView("startDate")));
            alone.source = attributes.value(QLatin1StringView("sourceName")).toString();
            alone.line = static_cast<int>(m_xml.lineNumber());
        }
        (systolic ? alone.systolic : alone.diastolic) = value;
    }

    void endCorrelation()
    {
        m_inPressure = false;
        m_pressures.push_back(m_current);
        m_fromCorrelations.insert(m_currentKey);
    }

    void finish(CsvImportResult &result)
    {
        for (auto it = m_alone.cbegin(); it != m_alone.cend(); ++it) {
            if (!m_fromCorrelations.contains(it.key()) && it->systolic && it->diastolic)
                m_pressures.push_back(it.value());
        }
        std::sort(m_heartRates.begin(), m_heartRates.end());
        std::sort(m_pressures.begin(), m_pressures.end(),
                  [](const Pressure &a, const Pressure &b) { return a.line < b.line; });
        for (const Pressure &pressure : m_pressures) {
            QStringList problems;
            if (!pressure.time.isValid())
                problems.append(AppleHealthImportText::tr(
                    "startDate: not a date as 2026-03-14 07:12:00 +0100"));
            if (!pressure.systolic)
                problems.append(
                    AppleHealthImportText::tr("systolic: missing or not a number of mmHg"));
            if (!pressure.diastolic)
                problems.append(
                    AppleHealthImportText::tr("diastolic: missing or not a number of mmHg"));
            if (!problems.isEmpty()) {
                result.badRows.append({pressure.line, problems.join(u"; "_s)});
                continue;
            }
            Reading reading;
            reading.takenAt = pressure.time;
            reading.systolic = *pressure.systolic;
            reading.diastolic = *pressure.diastolic;
            const HeartRate wanted{pressure.time.toSecsSinceEpoch(), qHash(pressure.source), 0};
            const auto found = std::lower_bound(m_heartRates.cbegin(), m_heartRates.cend(), wanted);
            if (found != m_heartRates.cend() && found->second == wanted.second &&
                found->source == wanted.source)
                reading.pulse = found->bpm;
            const auto errors = ReadingValidator::validate(reading, m_now);
            if (!errors.isEmpty()) {
                QStringList messages;
                for (const FieldError &error : errors)
                    messages.append(error.toString());
                result.badRows.append({pressure.line, messages.join(u"; "_s)});
                continue;
            }
            result.readings.append(reading);
            result.readingLines.append(pressure.line);
        }
    }

    QXmlStreamReader m_xml;
    QIODevice &m_device;
    qint64 m_total;
    QDateTime m_now;
    const AppleHealthImport::Progress &m_progress;
    bool m_inPressure = false;
    Pressure m_current;
    QString m_currentKey;
    std::vector<Pressure> m_pressures;
    QHash<QString, Pressure> m_alone;
    QSet<QString> m_fromCorrelations;
    std::vector<HeartRate> m_heartRates;
};

/// One file of a zip archive, read as it is unpacked.
class ZipEntry final : public QIODevice {
public:
    ZipEntry(zip_t *archive, zip_uint64_t index) : m_file(zip_fopen_index(archive, index, 0))
    {
        if (m_file)
            open(QIODevice::ReadOnly);
    }
    ~ZipEntry() override
    {
        if (m_file)
            zip_fclose(m_file);
    }
    Q_DISABLE_COPY_MOVE(ZipEntry)

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 unpacked() const { return m_read; }

protected:
    qint64 readData(char *data, qint64 size) override
    {
        const zip_int64_t got = zip_fread(m_file, data, static_cast<zip_uint64_t>(size));
        if (got < 0) {
            setErrorString(QString::fromUtf8(zip_error_strerror(zip_file_get_error(m_file))));
            return -1;
        }
        m_read += got;
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_file_t *m_file;
    qint64 m_read = 0;
};

struct ZipClose {
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

CsvImportResult failure(const QString &message)
{
    CsvImportResult result;
    result.error = message;
    return result;
}

CsvImportResult readZip(const QString &path, const QDateTime &now,
                        const AppleHealthImport::Progress &progress)
{
    int code = 0;
    const std::unique_ptr<zip_t, ZipClose> archive(
        zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code));
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return failure(AppleHealthImportText::tr(
                           "the zip archive cannot be read (%1): it may be damaged or cut short")
                           .arg(reason));
    }
    // The export's XML: the largest .xml file directly in apple_health_export/ that is not
    // the clinical document (its name is translated on phones in other languages).
    const zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
    std::optional<zip_uint64_t> chosen;
    zip_uint64_t chosenSize = 0;
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t stat;
        const auto index = static_cast<zip_uint64_t>(i);
        if (zip_stat_index(archive.get(), index, 0, &stat) != 0)
            continue;
        const QString name = QString::fromUtf8(stat.name);
        const QString inFolder = name.section(u'/', 1);
        if (!name.startsWith(u"apple_health_export/"_s) || inFolder.contains(u'/') ||
            !inFolder.endsWith(u".xml"_s, Qt::CaseInsensitive) ||
            inFolder.contains(u"_cda"_s, Qt::CaseInsensitive))
            continue;
        if (!chosen || stat.size > chosenSize) {
            chosen = index;
            chosenSize = stat.size;
        }
    }
    if (!chosen)
        return failure(AppleHealthImportText::tr(
            "the zip archive holds no apple_health_export/export.xml: it is not "
            "an Apple Health export"));
    ZipEntry entry(archive.get(), *chosen);
    if (!entry.isOpen())
        return failure(AppleHealthImportText::tr("the zip archive cannot be unpacked: %1")
                           .arg(QString::fromUtf8(zip_strerror(archive.get()))));
    const auto total = static_cast<qint64>(chosenSize);
    const AppleHealthImport::Progress unpacking = [&](qint64, qint64) {
        return !progress || progress(entry.unpacked(), total);
    };
    CsvImportResult result = AppleHealthImport::read(entry, total, now, unpacking);
    if (result.error.isEmpty() && !entry.errorString().isEmpty() &&
        entry.errorString() != u"Unknown error"_s)
        return failure(
            AppleHealthImportText::tr("the zip archive is damaged: %1").arg(entry.errorString()));
    if (!result.error.isEmpty() && !entry.errorString().isEmpty() &&
        entry.errorString() != u"Unknown error"_s)
        result.error = AppleHealthImportText::tr("the zip archive is damaged (%1): %2")
                           .arg(entry.errorString(), result.error);
    return result;
}

} // namespace

CsvImportResult AppleHealthImport::read(QIODevice &device, qint64 total, const QDateTime &now,
                                        const Progress &progress)
{
    Reader reader(device, total, now, progress);
    return reader.run();
}

CsvImportResult AppleHealthImport::readFile(const QString &path, const QDateTime &now,
                                            const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            AppleHealthImportText::tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.peek(4).startsWith("PK")) {
        file.close();
        return readZip(path, now, progress);
    }
    return read(file, file.size(), now, progress);
}

} // namespace viparita
