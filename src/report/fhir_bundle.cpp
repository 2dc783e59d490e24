#include <viparita/report/fhir_bundle.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QUuid>

#include <array>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace viparita {

using namespace Qt::StringLiterals;

namespace {

// Fixed namespace for the version 5 UUIDs of this exporter: never change it, or every
// exported file changes its identifiers.
const QUuid kUuidNamespace{u"ad12c5d0-8cab-461a-9a48-aeb1dc1f0a26"_s};

constexpr QStringView kLoinc = u"http://loinc.org";
constexpr QStringView kSnomed = u"http://snomed.info/sct";
constexpr QStringView kUcum = u"http://unitsofmeasure.org";
constexpr QStringView kInterpretation =
    u"http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
constexpr QStringView kCategorySystem =
    u"http://terminology.hl7.org/CodeSystem/observation-category";
constexpr QStringView kBpProfile = u"http://hl7.org/fhir/StructureDefinition/bp";
constexpr QStringView kHeartRateProfile = u"http://hl7.org/fhir/StructureDefinition/heartrate";
constexpr QStringView kBodyPositionUrl =
    u"http://hl7.org/fhir/StructureDefinition/observation-bodyPosition";

QString uuidUrl(const QString &name)
{
    return u"urn:uuid:"_s +
           QUuid::createUuidV5(kUuidNamespace, name).toString(QUuid::WithoutBraces);
}

/// A FHIR dateTime / instant with seconds and the time's own UTC offset.
QString fhirDateTime(const QDateTime &time)
{
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate);
}

QJsonObject coding(QStringView system, const QString &code, const QString &display)
{
    return QJsonObject{
        {u"system"_s, system.toString()}, {u"code"_s, code}, {u"display"_s, display}};
}

/// A CodeableConcept of one coding. The few concepts used are each built once (per thread)
/// and shared by every observation: a bundle of ten years repeats them a million times.
QJsonObject codeableConcept(QStringView system, const QString &code, const QString &display)
{
    thread_local QHash<QString, QJsonObject> made;
    auto found = made.constFind(code);
    if (found == made.constEnd()) {
        found =
            made.insert(code, QJsonObject{{u"coding"_s, QJsonArray{coding(system, code, display)}},
                                          {u"text"_s, display}});
    }
    return *found;
}

QJsonObject quantity(int value, const QString &unit, const QString &code)
{
    return QJsonObject{
        {u"value"_s, value}, {u"unit"_s, unit}, {u"system"_s, kUcum.toString()}, {u"code"_s, code}};
}

QJsonObject armSite(Arm arm)
{
    switch (arm) {
    case Arm::Left:
        return codeableConcept(kSnomed, u"368208006"_s, u"Left upper arm structure"_s);
    case Arm::Right:
        return codeableConcept(kSnomed, u"368209003"_s, u"Right upper arm structure"_s);
    }
    return {};
}

QJsonObject bodyPosition(BodyPosition position)
{
    switch (position) {
    case BodyPosition::Sitting:
        return codeableConcept(kSnomed, u"33586001"_s, u"Sitting position"_s);
    case BodyPosition::Lying:
        return codeableConcept(kSnomed, u"102538003"_s, u"Recumbent body position"_s);
    case BodyPosition::Standing:
        return codeableConcept(kSnomed, u"10904000"_s, u"Orthostatic body position"_s);
    }
    return {};
}

QJsonObject meta(QStringView profile)
{
    thread_local QHash<QString, QJsonObject> made;
    const QString key = profile.toString();
    auto found = made.constFind(key);
    if (found == made.constEnd())
        found = made.insert(key, QJsonObject{{u"profile"_s, QJsonArray{key}}});
    return *found;
}

QJsonArray vitalSignsCategory()
{
    thread_local const QJsonArray category{
        codeableConcept(kCategorySystem, u"vital-signs"_s, u"Vital Signs"_s)};
    return category;
}

/// The fields every vital-sign Observation of one reading shares.
QJsonObject vitalSign(const Reading &reading, QStringView profile, const QJsonObject &code,
                      const QString &patientUrl)
{
    QJsonObject observation{
        {u"resourceType"_s, u"Observation"_s},
        {u"meta"_s, meta(profile)},
        {u"status"_s, u"final"_s},
        {u"category"_s, vitalSignsCategory()},
        {u"code"_s, code},
        {u"subject"_s, QJsonObject{{u"reference"_s, patientUrl}}},
        {u"effectiveDateTime"_s, fhirDateTime(reading.takenAt)},
    };
    if (reading.position) {
        observation.insert(
            u"extension"_s,
            QJsonArray{QJsonObject{{u"url"_s, kBodyPositionUrl.toString()},
                                   {u"valueCodeableConcept"_s, bodyPosition(*reading.position)}}});
    }
    return observation;
}

/// L, N, H or HH, from the category of the pressure under `guideline`.
struct InterpretationCode {
    QStringView code;
    QStringView display;
};
/// The interpretations of a blood pressure, by interpretationIndex().
constexpr std::array<InterpretationCode, 4> kInterpretations{
    {{u"L", u"Low"}, {u"N", u"Normal"}, {u"H", u"High"}, {u"HH", u"Critical high"}}};

/// Index into kInterpretations: L (low), N, H (a category of high blood pressure), HH (the
/// severe range).
int interpretationIndex(int systolic, int diastolic, Guideline guideline)
{
    const BpCategory category = BpClassifier::classify(systolic, diastolic, guideline);
    if (category == BpCategory::Low)
        return 0;
    if (BpClassifier::isSevere(systolic, diastolic, guideline))
        return 3;
    if (BpClassifier::isHypertension(category))
        return 2;
    return 1;
}

QJsonObject interpretation(int systolic, int diastolic, Guideline guideline)
{
    const InterpretationCode &chosen =
        kInterpretations.at(std::size_t(interpretationIndex(systolic, diastolic, guideline)));
    return codeableConcept(kInterpretation, chosen.code.toString(), chosen.display.toString());
}

QJsonObject bloodPressure(const Reading &reading, const FhirBundle::Options &options,
                          const QString &patientUrl)
{
    QJsonObject observation = vitalSign(
        reading, kBpProfile,
        codeableConcept(kLoinc, u"85354-9"_s, u"Blood pressure panel with all children optional"_s),
        patientUrl);
    QJsonArray components{
        QJsonObject{
            {u"code"_s, codeableConcept(kLoinc, u"8480-6"_s, u"Systolic blood pressure"_s)},
            {u"valueQuantity"_s, quantity(reading.systolic, u"mmHg"_s, u"mm[Hg]"_s)},
        },
        QJsonObject{
            {u"code"_s, codeableConcept(kLoinc, u"8462-4"_s, u"Diastolic blood pressure"_s)},
            {u"valueQuantity"_s, quantity(reading.diastolic, u"mmHg"_s, u"mm[Hg]"_s)},
        },
    };
    if (reading.irregular) {
        components.append(QJsonObject{
            {u"code"_s, codeableConcept(kLoinc, u"8884-9"_s, u"Heart rate rhythm"_s)},
            {u"valueCodeableConcept"_s,
             codeableConcept(kSnomed, u"361137007"_s, u"Irregular heart beat"_s)},
        });
    }
    observation.insert(u"component"_s, components);
    observation.insert(
        u"interpretation"_s,
        QJsonArray{interpretation(reading.systolic, reading.diastolic, options.guideline)});
    if (reading.arm)
        observation.insert(u"bodySite"_s, armSite(*reading.arm));
    const QString note = reading.note.trimmed();
    if (options.includeNotes && !note.isEmpty())
        observation.insert(u"note"_s, QJsonArray{QJsonObject{{u"text"_s, note}}});
    return observation;
}

QJsonObject heartRate(const Reading &reading, const QString &patientUrl)
{
    QJsonObject observation =
        vitalSign(reading, kHeartRateProfile, codeableConcept(kLoinc, u"8867-4"_s, u"Heart rate"_s),
                  patientUrl);
    observation.insert(u"valueQuantity"_s, quantity(*reading.pulse, u"beats/minute"_s, u"/min"_s));
    return observation;
}

QJsonObject patient(const QString &name)
{
    QJsonObject resource{{u"resourceType"_s, u"Patient"_s}};
    const QString text = name.simplified();
    if (text.isEmpty())
        return resource;
    QJsonObject humanName{{u"text"_s, text}};
    QStringList words = text.split(u' ');
    if (words.size() > 1) {
        humanName.insert(u"family"_s, words.takeLast());
        humanName.insert(u"given"_s, QJsonArray::fromStringList(words));
    }
    resource.insert(u"name"_s, QJsonArray{humanName});
    return resource;
}

QJsonObject entry(const QString &fullUrl, const QJsonObject &resource)
{
    return QJsonObject{{u"fullUrl"_s, fullUrl}, {u"resource"_s, resource}};
}

bool exportable(const Reading &reading)
{
    return !reading.deletedAt && reading.takenAt.isValid();
}

/// The name a reading's identifiers are derived from.
QString readingKey(const Reading &reading, qsizetype index)
{
    return reading.id != 0 ? u"reading/%1"_s.arg(reading.id) : u"unsaved/%1"_s.arg(index);
}

constexpr QStringView kEventTiming = u"http://hl7.org/fhir/event-timing";

QString eventTiming(DayTime time)
{
    switch (time) {
    case DayTime::Morning:
        return u"MORN"_s;
    case DayTime::Midday:
        return u"NOON"_s;
    case DayTime::Evening:
        return u"EVE"_s;
    case DayTime::Bedtime:
        return u"HS"_s;
    }
    return {};
}

/// The MedicationStatements of a medicine's course, each with the name its identifier is
/// derived from: one per stretch at one dose (a stretch that ended the day it began, a dose
/// corrected on its first day, is left out).
QList<std::pair<QString, QJsonObject>> medicationStatements(const Medication &medication,
                                                            const FhirBundle::Options &options,
                                                            const QString &patientUrl)
{
    QList<std::pair<QString, QJsonObject>> statements;
    const auto periods = medication.periods();
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const DosePeriod &period = periods.at(i);
        if (period.to && *period.to <= period.from)
            continue;
        QJsonObject effective{{u"start"_s, period.from.toString(Qt::ISODate)}};
        if (period.to)
            effective.insert(u"end"_s, period.to->addDays(-1).toString(Qt::ISODate));
        QString dosageText = period.dose.toString();
        if (!medication.times.isEmpty())
            dosageText += u", "_s + medication.timesText();
        QJsonObject doseQuantity{{u"value"_s, period.dose.amount},
                                 {u"unit"_s, period.dose.toString().section(u' ', 1)}};
        if (const QString code = period.dose.ucumCode(); !code.isEmpty()) {
            doseQuantity.insert(u"system"_s, kUcum.toString());
            doseQuantity.insert(u"code"_s, code);
        }
        QJsonObject dosage{
            {u"text"_s, dosageText},
            {u"doseAndRate"_s, QJsonArray{QJsonObject{{u"doseQuantity"_s, doseQuantity}}}}};
        if (!medication.times.isEmpty()) {
            QJsonArray when;
            for (const DayTime time : medication.times)
                when.append(eventTiming(time));
            dosage.insert(u"timing"_s, QJsonObject{{u"repeat"_s, QJsonObject{{u"when"_s, when}}}});
        }
        QJsonObject statement{
            {u"resourceType"_s, u"MedicationStatement"_s},
            {u"status"_s, period.isOngoing() ? u"active"_s : u"completed"_s},
            {u"medicationCodeableConcept"_s, QJsonObject{{u"text"_s, medication.name}}},
            {u"subject"_s, QJsonObject{{u"reference"_s, patientUrl}}},
            {u"effectivePeriod"_s, effective},
            {u"dosage"_s, QJsonArray{dosage}},
        };
        if (!medication.forBloodPressure)
            statement.insert(u"category"_s, QJsonObject{{u"text"_s, u"Not for blood pressure"_s}});
        else
            statement.insert(u"reasonCode"_s,
                             QJsonArray{QJsonObject{{u"text"_s, u"Blood pressure"_s}}});
        if (options.includeNotes) {
            QJsonArray notes;
            if (!period.reason.trimmed().isEmpty())
                notes.append(QJsonObject{
                    {u"text"_s, (period.beganWithStart ? u"Started: "_s : u"Dose changed: "_s) +
                                    period.reason}});
            if (period.endedByStop && !period.endReason.trimmed().isEmpty())
                notes.append(QJsonObject{{u"text"_s, u"Stopped: "_s + period.endReason}});
            if (!notes.isEmpty())
                statement.insert(u"note"_s, notes);
        }
        statements.append(
            {u"medication/%1/%2"_s.arg(medication.id).arg(period.from.toJulianDay()), statement});
    }
    return statements;
}

/// Calls `each` with every entry of the bundle of `readings`, in order.
template <typename Each>
void forEachEntry(const QList<Reading> &readings, const FhirBundle::Options &options, Each each)
{
    const QString patientUrl = uuidUrl(u"patient"_s);
    each(entry(patientUrl, patient(options.patientName)));
    for (qsizetype i = 0; i < readings.size(); ++i) {
        const Reading &reading = readings.at(i);
        if (!exportable(reading))
            continue;
        const QString key = readingKey(reading, i);
        each(entry(uuidUrl(key + u"/blood-pressure"_s),
                   bloodPressure(reading, options, patientUrl)));
        if (reading.pulse)
            each(entry(uuidUrl(key + u"/heart-rate"_s), heartRate(reading, patientUrl)));
    }
    for (const Medication &medication : options.medications) {
        for (const auto &[key, statement] : medicationStatements(medication, options, patientUrl))
            each(entry(uuidUrl(key), statement));
    }
}

QString timestamp(const FhirBundle::Options &options)
{
    return fhirDateTime(options.generatedAt.isValid() ? options.generatedAt
                                                      : QDateTime::currentDateTime());
}

/// JSON text of a string value, quotes included.
void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (byte < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
                out.append(escaped, sizeof escaped);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

/// A CodeableConcept of one coding, as JSON text.
QByteArray conceptJson(QStringView system, QStringView code, QStringView display)
{
    QByteArray json = "{\"coding\":[{\"system\":";
    appendJsonString(json, system.toUtf8());
    json.append(",\"code\":");
    appendJsonString(json, code.toUtf8());
    json.append(",\"display\":");
    appendJsonString(json, display.toUtf8());
    json.append("}],\"text\":");
    appendJsonString(json, display.toUtf8());
    json.append('}');
    return json;
}

/// The pieces of JSON text every entry repeats, made once.
struct Pieces {
    QByteArray bpHead;        ///< from `"resource":{` to just before the time
    QByteArray heartRateHead; ///< the same for a heart rate
    QByteArray positions[3];  ///< ,"extension":[...] by BodyPosition
    QByteArray arms[2];       ///< ,"bodySite":... by Arm
    QByteArray systolic;      ///< ,"component":[{...systolic, up to its value
    QByteArray diastolic;     ///< after the systolic value, up to the diastolic value
    QByteArray mmHgTail;      ///< after a value in mmHg
    QByteArray irregular;     ///< the irregular-heartbeat component, with its leading comma
    QByteArray interpretations[kInterpretations.size()]; ///< ,"interpretation":[...] by index
    QByteArray pulseHead;                                ///< ,"valueQuantity":{"value":
    QByteArray pulseTail;                                ///< after the pulse

    explicit Pieces(const QByteArray &patientUrl)
    {
        const QByteArray category = conceptJson(kCategorySystem, u"vital-signs", u"Vital Signs");
        const auto head = [&](QStringView profile, const QByteArray &code) {
            QByteArray json =
                "\"resource\":{\"resourceType\":\"Observation\",\"meta\":{\"profile\":[";
            appendJsonString(json, profile.toUtf8());
            json += "]},\"status\":\"final\",\"category\":[" + category + "],\"code\":" + code +
                    ",\"subject\":{\"reference\":";
            appendJsonString(json, patientUrl);
            json += "},\"effectiveDateTime\":";
            return json;
        };
        bpHead = head(kBpProfile, conceptJson(kLoinc, u"85354-9",
                                              u"Blood pressure panel with all children optional"));
        heartRateHead = head(kHeartRateProfile, conceptJson(kLoinc, u"8867-4", u"Heart rate"));
        const QByteArray extension = ",\"extension\":[{\"url\":\"" + kBodyPositionUrl.toUtf8() +
                                     "\",\"valueCodeableConcept\":";
        positions[int(BodyPosition::Sitting)] =
            extension + conceptJson(kSnomed, u"33586001", u"Sitting position") + "}]";
        positions[int(BodyPosition::Lying)] =
            extension + conceptJson(kSnomed, u"102538003", u"Recumbent body position") + "}]";
        positions[int(BodyPosition::Standing)] =
            extension + conceptJson(kSnomed, u"10904000", u"Orthostatic body position") + "}]";
        arms[int(Arm::Left)] =
            ",\"bodySite\":" + conceptJson(kSnomed, u"368208006", u"Left upper arm structure");
        arms[int(Arm::Right)] =
            ",\"bodySite\":" + conceptJson(kSnomed, u"368209003", u"Right upper arm structure");
        systolic = ",\"component\":[{\"code\":" +
                   conceptJson(kLoinc, u"8480-6", u"Systolic blood pressure") +
                   ",\"valueQuantity\":{\"value\":";
        mmHgTail = ",\"unit\":\"mmHg\",\"system\":\"" + kUcum.toUtf8() + "\",\"code\":\"mm[Hg]\"}}";
        diastolic = mmHgTail +
                    ",{\"code\":" + conceptJson(kLoinc, u"8462-4", u"Diastolic blood pressure") +
                    ",\"valueQuantity\":{\"value\":";
        irregular = ",{\"code\":" + conceptJson(kLoinc, u"8884-9", u"Heart rate rhythm") +
                    ",\"valueCodeableConcept\":" +
                    conceptJson(kSnomed, u"361137007", u"Irregular heart beat") + "}";
        for (std::size_t i = 0; i < kInterpretations.size(); ++i)
            interpretations[i] = ",\"interpretation\":[" +
                                 conceptJson(kInterpretation, kInterpretations.at(i).code,
                                             kInterpretations.at(i).display) +
                                 "]";
        pulseHead = ",\"valueQuantity\":{\"value\":";
        pulseTail =
            ",\"unit\":\"beats/minute\",\"system\":\"" + kUcum.toUtf8() + "\",\"code\":\"/min\"}";
    }
};

/// Bytes gathered into chunks and handed to a device a chunk at a time; remembers whether
/// every byte was taken.
class ChunkSink {
public:
    explicit ChunkSink(QIODevice &out) : m_out(out), m_bytes(kChunk) {}

    void put(const char *data, std::size_t size)
    {
        if (m_used + size > kChunk) {
            flush();
            if (size > kChunk) {
                write(data, size);
                return;
            }
        }
        std::memcpy(m_bytes.data() + m_used, data, size);
        m_used += size;
    }
    void put(const QByteArray &bytes) { put(bytes.constData(), std::size_t(bytes.size())); }
    template <std::size_t N>
    void put(const char (&literal)[N])
    {
        put(literal, N - 1);
    }
    void put(char c) { put(&c, 1); }

    /// Room for `size` bytes written in place, then committed with commit().
    char *reserve(std::size_t size)
    {
        if (m_used + size > kChunk)
            flush();
        return m_bytes.data() + m_used;
    }
    void commit(std::size_t size) { m_used += size; }

    bool flush()
    {
        write(m_bytes.data(), m_used);
        m_used = 0;
        return m_written;
    }

private:
    static constexpr std::size_t kChunk = 256 * 1024;

    void write(const char *data, std::size_t size)
    {
        if (m_written && size > 0 && m_out.write(data, qint64(size)) != qint64(size))
            m_written = false;
    }

    QIODevice &m_out;
    std::vector<char> m_bytes;
    std::size_t m_used = 0;
    bool m_written = true;
};

/// Two decimal digits of 0-99.
char *twoDigits(char *at, int value)
{
    at[0] = char('0' + value / 10);
    at[1] = char('0' + value % 10);
    return at + 2;
}

/// A time as fhirDateTime() writes it (seconds, the time's own offset, Z for UTC), quoted,
/// without going through a formatted QDateTime for each of a million entries.
void putDateTime(ChunkSink &out, const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    const qint64 local = time.toSecsSinceEpoch() + offset;
    const qint64 days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
    const auto second = static_cast<int>(local - days * 86400);
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(days + 2440588).getDate(&year, &month, &day);
    if (year < 0 || year > 9999) { // outside what four digits hold: as Qt writes it
        QByteArray text;
        appendJsonString(text, fhirDateTime(time).toUtf8());
        out.put(text);
        return;
    }
    char *const start = out.reserve(32);
    char *at = start;
    *at++ = '"';
    at = twoDigits(twoDigits(at, year / 100), year % 100);
    *at++ = '-';
    at = twoDigits(at, month);
    *at++ = '-';
    at = twoDigits(at, day);
    *at++ = 'T';
    at = twoDigits(at, second / 3600);
    *at++ = ':';
    at = twoDigits(at, second / 60 % 60);
    *at++ = ':';
    at = twoDigits(at, second % 60);
    if (offset == 0) {
        *at++ = 'Z';
    } else {
        const int minutes = std::abs(offset) / 60;
        *at++ = offset < 0 ? '-' : '+';
        at = twoDigits(at, minutes / 60 % 100);
        *at++ = ':';
        at = twoDigits(at, minutes % 60);
    }
    *at++ = '"';
    out.commit(std::size_t(at - start));
}

void putNumber(ChunkSink &out, qint64 value)
{
    char *const start = out.reserve(24);
    const auto [end, failed] = std::to_chars(start, start + 24, value);
    out.commit(std::size_t(end - start));
}

/// The whole bundle, written an entry at a time.
class EntryWriter {
public:
    EntryWriter(QIODevice &out, const FhirBundle::Options &options)
        : m_out(out)
        , m_options(options)
        , m_patientUrl(uuidUrl(u"patient"_s).toUtf8())
        , m_pieces(m_patientUrl)
    {}

    void begin()
    {
        m_out.put("{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\",\n"
                  "  \"timestamp\": ");
        QByteArray stamp;
        appendJsonString(stamp, timestamp(m_options).toUtf8());
        m_out.put(stamp);
        m_out.put(",\n  \"entry\": [");
        startEntry(uuidText(m_patientUrl));
        m_out.put("\"resource\":");
        m_out.put(QJsonDocument(patient(m_options.patientName)).toJson(QJsonDocument::Compact));
        m_out.put('}');
    }

    void reading(const Reading &reading, qsizetype index)
    {
        char key[64];
        const int keyLength =
            std::snprintf(key, sizeof key, "%s/%lld", reading.id != 0 ? "reading" : "unsaved",
                          static_cast<long long>(reading.id != 0 ? reading.id : index));
        startEntry(entryUuid(key, keyLength, "/blood-pressure"));
        m_out.put(m_pieces.bpHead);
        putDateTime(m_out, reading.takenAt);
        if (reading.position)
            m_out.put(m_pieces.positions[int(*reading.position)]);
        m_out.put(m_pieces.systolic);
        putNumber(m_out, reading.systolic);
        m_out.put(m_pieces.diastolic);
        putNumber(m_out, reading.diastolic);
        m_out.put(m_pieces.mmHgTail);
        if (reading.irregular)
            m_out.put(m_pieces.irregular);
        m_out.put(']');
        m_out.put(m_pieces.interpretations[interpretationIndex(reading.systolic, reading.diastolic,
                                                               m_options.guideline)]);
        if (reading.arm)
            m_out.put(m_pieces.arms[int(*reading.arm)]);
        if (m_options.includeNotes && !reading.note.isEmpty()) {
            const QString note = reading.note.trimmed();
            if (!note.isEmpty()) {
                QByteArray text = ",\"note\":[{\"text\":";
                appendJsonString(text, note.toUtf8());
                text.append("}]");
                m_out.put(text);
            }
        }
        m_out.put("}}");
        if (reading.pulse) {
            startEntry(entryUuid(key, keyLength, "/heart-rate"));
            m_out.put(m_pieces.heartRateHead);
            putDateTime(m_out, reading.takenAt);
            if (reading.position)
                m_out.put(m_pieces.positions[int(*reading.position)]);
            m_out.put(m_pieces.pulseHead);
            putNumber(m_out, *reading.pulse);
            m_out.put(m_pieces.pulseTail);
            m_out.put("}}");
        }
    }

    /// The medicines' statements, after the readings.
    void medications()
    {
        const QString patientUrl = QString::fromLatin1(m_patientUrl);
        for (const Medication &medication : m_options.medications) {
            for (const auto &[key, statement] :
                 medicationStatements(medication, m_options, patientUrl)) {
                startEntry(uuidText(uuidUrl(key).toLatin1()));
                m_out.put("\"resource\":");
                m_out.put(QJsonDocument(statement).toJson(QJsonDocument::Compact));
                m_out.put('}');
            }
        }
    }

    /// Closes the bundle; false when the device did not take every byte.
    bool end()
    {
        m_out.put("\n  ]\n}\n");
        return m_out.flush();
    }

private:
    /// The 36 characters of the version 5 UUID of `key` followed by `suffix`.
    static std::array<char, 36> entryUuid(const char *key, int keyLength, const char *suffix)
    {
        char name[96];
        const std::size_t suffixLength = std::strlen(suffix);
        std::memcpy(name, key, std::size_t(keyLength));
        std::memcpy(name + keyLength, suffix, suffixLength);
        const QByteArray text =
            QUuid::createUuidV5(kUuidNamespace,
                                QByteArray::fromRawData(name, keyLength + qsizetype(suffixLength)))
                .toByteArray(QUuid::WithoutBraces);
        std::array<char, 36> uuid{};
        std::memcpy(uuid.data(), text.constData(), uuid.size());
        return uuid;
    }

    /// The UUID part of a `urn:uuid:` address.
    static std::array<char, 36> uuidText(const QByteArray &url)
    {
        std::array<char, 36> uuid{};
        std::memcpy(uuid.data(), url.constData() + url.size() - 36, uuid.size());
        return uuid;
    }

    void startEntry(const std::array<char, 36> &uuid)
    {
        if (m_first)
            m_out.put("\n    {\"fullUrl\":\"urn:uuid:");
        else
            m_out.put(",\n    {\"fullUrl\":\"urn:uuid:");
        m_first = false;
        m_out.put(uuid.data(), uuid.size());
        m_out.put("\",");
    }

    ChunkSink m_out;
    const FhirBundle::Options &m_options;
    QByteArray m_patientUrl;
    Pieces m_pieces;
    bool m_first = true;
};

} // namespace

QJsonObject FhirBundle::bundle(const QList<Reading> &readings, const Options &options)
{
    QJsonArray entries;
    forEachEntry(readings, options, [&entries](const QJsonObject &each) { entries.append(each); });
    return QJsonObject{
        {u"resourceType"_s, u"Bundle"_s},
        {u"type"_s, u"collection"_s},
        {u"timestamp"_s, timestamp(options)},
        {u"entry"_s, entries},
    };
}

bool FhirBundle::write(QIODevice &out, const QList<Reading> &readings, const Options &options,
                       QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    for (qsizetype i = 0; i < readings.size(); ++i) {
        const Reading &reading = readings.at(i);
        if (!reading.deletedAt && !reading.takenAt.isValid())
            return fail(u"FHIR export: reading %1 has no valid time"_s.arg(readingKey(reading, i)));
    }
    if (!out.isWritable())
        return fail(u"FHIR export: the output is not open for writing"_s);
    // Ten years of readings make a bundle of hundreds of thousands of entries, most of whose
    // bytes are the same codes again and again: each entry is written straight as bytes from
    // pieces made once, a line of its own, and handed to the device in chunks. bundle() builds
    // the same resources as JSON objects; the tests hold the two to each other.
    EntryWriter writer(out, options);
    writer.begin();
    for (qsizetype i = 0; i < readings.size(); ++i) {
        const Reading &reading = readings.at(i);
        if (exportable(reading))
            writer.reading(reading, i);
    }
    writer.medications();
    if (!writer.end())
        return fail(u"FHIR export: could not write the bundle: %1"_s.arg(out.errorString()));
    return true;
}

} // namespace viparita
