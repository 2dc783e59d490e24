#include <viparita/report/fhir_bundle.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QUuid>

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
QJsonObject interpretation(int systolic, int diastolic, Guideline guideline)
{
    const BpCategory category = BpClassifier::classify(systolic, diastolic, guideline);
    if (category == BpCategory::Low)
        return codeableConcept(kInterpretation, u"L"_s, u"Low"_s);
    if (BpClassifier::isSevere(systolic, diastolic, guideline))
        return codeableConcept(kInterpretation, u"HH"_s, u"Critical high"_s);
    if (BpClassifier::isHypertension(category))
        return codeableConcept(kInterpretation, u"H"_s, u"High"_s);
    return codeableConcept(kInterpretation, u"N"_s, u"Normal"_s);
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
}

QString timestamp(const FhirBundle::Options &options)
{
    return fhirDateTime(options.generatedAt.isValid() ? options.generatedAt
                                                      : QDateTime::currentDateTime());
}

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
    // Ten years of readings make a bundle of hundreds of thousands of entries: it is written
    // an entry at a time, each on a line of its own, rather than built whole in memory.
    QByteArray buffer;
    constexpr qsizetype chunk = 64 * 1024;
    bool written = true;
    const auto flush = [&]() {
        if (written && out.write(buffer) != buffer.size())
            written = false;
        buffer.clear();
    };
    const QByteArray stamp =
        QJsonDocument(QJsonArray{timestamp(options)}).toJson(QJsonDocument::Compact);
    buffer.append(
        "{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\",\n  \"timestamp\": ");
    buffer.append(stamp.mid(1, stamp.size() - 2));
    buffer.append(",\n  \"entry\": [");
    bool first = true;
    forEachEntry(readings, options, [&](const QJsonObject &each) {
        buffer.append(first ? "\n    " : ",\n    ");
        first = false;
        buffer.append(QJsonDocument(each).toJson(QJsonDocument::Compact));
        if (buffer.size() >= chunk)
            flush();
    });
    buffer.append("\n  ]\n}\n");
    flush();
    if (!written)
        return fail(u"FHIR export: could not write the bundle: %1"_s.arg(out.errorString()));
    return true;
}

} // namespace viparita
