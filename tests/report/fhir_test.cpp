#include "catch_qt.h"

#include <viparita/report/fhir_bundle.h>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace viparita;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int day, int hour, int offsetHours)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone(offsetHours * 3600));
}

QList<Reading> sampleReadings()
{
    Reading first;
    first.id = 1;
    first.takenAt = at(20, 20, 1);
    first.systolic = 142;
    first.diastolic = 91;
    first.pulse = 72;
    first.context = ReadingContext::Before;
    first.arm = Arm::Left;
    first.position = BodyPosition::Sitting;
    first.note = u"after a long day"_s;

    Reading second;
    second.id = 2;
    second.takenAt = at(20, 20, 1).addSecs(15 * 60);
    second.systolic = 128;
    second.diastolic = 82;
    second.context = ReadingContext::After;
    second.arm = Arm::Right;
    second.position = BodyPosition::Lying;
    second.irregular = true;

    Reading third;
    third.id = 3;
    third.takenAt = at(21, 7, -5);
    third.systolic = 118;
    third.diastolic = 76;
    third.pulse = 64;
    third.position = BodyPosition::Standing;
    third.note = u"   "_s;

    return {first, second, third};
}

/// Amlodipine 5 mg from 1 September, 2.5 mg from 1 November (with a reason), stopped on
/// 20 November; hydrochlorothiazide 12.5 mg since 1 October, morning and evening, not for
/// blood pressure in this sample; and a dose corrected on its first day.
QList<Medication> sampleMedications()
{
    using Kind = MedicationChange::Kind;
    Medication amlodipine;
    amlodipine.id = 1;
    amlodipine.name = u"Amlodipine"_s;
    amlodipine.times = {DayTime::Morning};
    amlodipine.changes = {
        {1, Kind::Started, QDate(2026, 9, 1), Dose{5, u"mg"_s}, {}},
        {2, Kind::DoseChanged, QDate(2026, 11, 1), Dose{2.5, u"mg"_s}, u"dizzy on standing"_s},
        {3, Kind::Stopped, QDate(2026, 11, 20), {}, u"readings low"_s},
    };
    Medication thiazide;
    thiazide.id = 2;
    thiazide.name = u"Hydrochlorothiazide"_s;
    thiazide.times = {DayTime::Morning, DayTime::Evening};
    thiazide.forBloodPressure = false;
    thiazide.changes = {
        {4, Kind::Started, QDate(2026, 10, 1), Dose{1, u"tablet"_s}, u"   "_s},
        {5, Kind::DoseChanged, QDate(2026, 10, 1), Dose{12.5, u"mg"_s}, {}},
    };
    return {amlodipine, thiazide};
}

FhirBundle::Options sampleOptions()
{
    FhirBundle::Options options;
    options.patientName = u"Ada Maria Lovelace"_s;
    options.generatedAt = at(21, 9, 1);
    options.medications = sampleMedications();
    return options;
}

QByteArray written(const QList<Reading> &readings, const FhirBundle::Options &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    QString error;
    REQUIRE(FhirBundle::write(buffer, readings, options, &error));
    CHECK(error.isEmpty());
    return bytes;
}

QJsonObject parsed(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    INFO(parseError.errorString().toStdString());
    REQUIRE(parseError.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QList<QJsonObject> resources(const QJsonObject &bundle, const QString &type)
{
    QList<QJsonObject> found;
    for (const QJsonValue &entry : bundle.value(u"entry"_s).toArray()) {
        const QJsonObject resource = entry.toObject().value(u"resource"_s).toObject();
        if (resource.value(u"resourceType"_s).toString() == type)
            found.append(resource);
    }
    return found;
}

QString codeOf(const QJsonObject &resource)
{
    return resource.value(u"code"_s)[u"coding"_s][0][u"code"_s].toString();
}

QList<QJsonObject> withCode(const QList<QJsonObject> &observations, const QString &code)
{
    QList<QJsonObject> found;
    for (const QJsonObject &observation : observations) {
        if (codeOf(observation) == code)
            found.append(observation);
    }
    return found;
}

QJsonObject component(const QJsonObject &observation, const QString &code)
{
    for (const QJsonValue &value : observation.value(u"component"_s).toArray()) {
        if (codeOf(value.toObject()) == code)
            return value.toObject();
    }
    return {};
}

// FHIR R4 dateTime (http://hl7.org/fhir/R4/datatypes.html#dateTime), anchored; a time needs a zone.
const QRegularExpression kDateTime{
    uR"(^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$)"_s};
// FHIR R4 instant: always to the second, with a zone.
const QRegularExpression kInstant{
    uR"(^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$)"_s};

/// FHIR forbids empty strings, objects and arrays, and nulls; collects the paths that have one.
void collectEmpty(const QJsonValue &value, const QString &path, QStringList &found)
{
    switch (value.type()) {
    case QJsonValue::String:
        if (value.toString().trimmed().isEmpty())
            found.append(path);
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            found.append(path);
        for (qsizetype i = 0; i < array.size(); ++i)
            collectEmpty(array.at(i), u"%1[%2]"_s.arg(path).arg(i), found);
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            found.append(path);
        for (auto it = object.begin(); it != object.end(); ++it)
            collectEmpty(it.value(), path + u'.' + it.key(), found);
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        found.append(path);
        break;
    default:
        break;
    }
}

void checkQuantity(const QJsonObject &quantity, int value, const QString &unit, const QString &code)
{
    CHECK(quantity.value(u"value"_s).isDouble());
    CHECK(quantity.value(u"value"_s).toInt() == value);
    CHECK(quantity.value(u"unit"_s).toString() == unit);
    CHECK(quantity.value(u"system"_s).toString() == u"http://unitsofmeasure.org"_s);
    CHECK(quantity.value(u"code"_s).toString() == code);
}

} // namespace

TEST_CASE("A FHIR bundle is a collection with a timestamp and full URLs", "[fhir]")
{
    const QJsonObject bundle = parsed(written(sampleReadings(), sampleOptions()));
    CHECK(bundle.value(u"resourceType"_s).toString() == u"Bundle"_s);
    CHECK(bundle.value(u"type"_s).toString() == u"collection"_s);
    CHECK(bundle.value(u"timestamp"_s).toString() == u"2026-11-21T09:00:00+01:00"_s);
    CHECK(kInstant.match(bundle.value(u"timestamp"_s).toString()).hasMatch());

    const QJsonArray entries = bundle.value(u"entry"_s).toArray();
    // one patient, three blood pressures, two heart rates, three medication statements
    REQUIRE(entries.size() == 9);
    QStringList urls;
    const QRegularExpression uuidUrl{
        u"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s};
    for (const QJsonValue &entry : entries) {
        const QString url = entry[u"fullUrl"_s].toString();
        CHECK(uuidUrl.match(url).hasMatch());
        CHECK(entry[u"resource"_s].isObject());
        CHECK(!entry[u"resource"_s][u"resourceType"_s].toString().isEmpty());
        urls.append(url);
    }
    urls.removeDuplicates();
    CHECK(urls.size() == entries.size());
}

TEST_CASE("Every FHIR observation has the vital-sign codes, status, category and time", "[fhir]")
{
    const QJsonObject bundle = parsed(written(sampleReadings(), sampleOptions()));
    const QList<QJsonObject> observations = resources(bundle, u"Observation"_s);
    REQUIRE(observations.size() == 5);
    for (const QJsonObject &observation : observations) {
        CHECK(observation.value(u"status"_s).toString() == u"final"_s);
        const QJsonObject category = observation.value(u"category"_s)[0].toObject();
        CHECK(category[u"coding"_s][0][u"system"_s].toString() ==
              u"http://terminology.hl7.org/CodeSystem/observation-category"_s);
        CHECK(category[u"coding"_s][0][u"code"_s].toString() == u"vital-signs"_s);
        CHECK(observation.value(u"code"_s)[u"coding"_s][0][u"system"_s].toString() ==
              u"http://loinc.org"_s);
        const QString time = observation.value(u"effectiveDateTime"_s).toString();
        CHECK(kDateTime.match(time).hasMatch());
        CHECK(time.size() == 25); // to the second, with an offset
    }

    const QList<QJsonObject> pressures = withCode(observations, u"85354-9"_s);
    REQUIRE(pressures.size() == 3);
    for (const QJsonObject &pressure : pressures) {
        CHECK(pressure.value(u"meta"_s)[u"profile"_s].toArray() ==
              QJsonArray{u"http://hl7.org/fhir/StructureDefinition/bp"_s});
        CHECK(!pressure.contains(u"valueQuantity"_s));
        for (const QString &code : {u"8480-6"_s, u"8462-4"_s}) {
            const QJsonObject part = component(pressure, code);
            REQUIRE(!part.isEmpty());
            CHECK(part[u"code"_s][u"coding"_s][0][u"system"_s].toString() == u"http://loinc.org"_s);
            CHECK(part[u"valueQuantity"_s][u"code"_s].toString() == u"mm[Hg]"_s);
        }
    }
    const QJsonObject first = pressures.at(0);
    CHECK(first.value(u"effectiveDateTime"_s).toString() == u"2026-11-20T20:00:00+01:00"_s);
    checkQuantity(component(first, u"8480-6"_s)[u"valueQuantity"_s].toObject(), 142, u"mmHg"_s,
                  u"mm[Hg]"_s);
    checkQuantity(component(first, u"8462-4"_s)[u"valueQuantity"_s].toObject(), 91, u"mmHg"_s,
                  u"mm[Hg]"_s);
    CHECK(pressures.at(1).value(u"effectiveDateTime"_s).toString() ==
          u"2026-11-20T20:15:00+01:00"_s);
    CHECK(pressures.at(2).value(u"effectiveDateTime"_s).toString() ==
          u"2026-11-21T07:00:00-05:00"_s);

    const QList<QJsonObject> rates = withCode(observations, u"8867-4"_s);
    REQUIRE(rates.size() == 2);
    CHECK(rates.at(0).value(u"meta"_s)[u"profile"_s].toArray() ==
          QJsonArray{u"http://hl7.org/fhir/StructureDefinition/heartrate"_s});
    checkQuantity(rates.at(0).value(u"valueQuantity"_s).toObject(), 72, u"beats/minute"_s,
                  u"/min"_s);
    checkQuantity(rates.at(1).value(u"valueQuantity"_s).toObject(), 64, u"beats/minute"_s,
                  u"/min"_s);
    CHECK(rates.at(0).value(u"effectiveDateTime"_s) == first.value(u"effectiveDateTime"_s));
    CHECK(rates.at(1).value(u"effectiveDateTime"_s) ==
          pressures.at(2).value(u"effectiveDateTime"_s));
}

TEST_CASE("A reading without a pulse gives no heart-rate observation", "[fhir]")
{
    QList<Reading> readings = sampleReadings();
    for (Reading &reading : readings)
        reading.pulse.reset();
    const QJsonObject bundle = FhirBundle::bundle(readings, sampleOptions());
    const QList<QJsonObject> observations = resources(bundle, u"Observation"_s);
    CHECK(observations.size() == 3);
    CHECK(withCode(observations, u"8867-4"_s).isEmpty());
}

TEST_CASE("FHIR notes are left out on request and blank notes never appear", "[fhir]")
{
    FhirBundle::Options options = sampleOptions();
    QList<QJsonObject> pressures = withCode(
        resources(FhirBundle::bundle(sampleReadings(), options), u"Observation"_s), u"85354-9"_s);
    REQUIRE(pressures.size() == 3);
    CHECK(pressures.at(0).value(u"note"_s).toArray() ==
          QJsonArray{QJsonObject{{u"text"_s, u"after a long day"_s}}});
    CHECK(!pressures.at(1).contains(u"note"_s)); // no note
    CHECK(!pressures.at(2).contains(u"note"_s)); // only spaces

    options.includeNotes = false;
    const QByteArray bytes = written(sampleReadings(), options);
    CHECK(!bytes.contains("after a long day"));
    for (const QJsonObject &observation : resources(parsed(bytes), u"Observation"_s))
        CHECK(!observation.contains(u"note"_s));
}

TEST_CASE("Every FHIR observation refers to the patient entry", "[fhir]")
{
    const QJsonObject bundle = parsed(written(sampleReadings(), sampleOptions()));
    const QJsonObject patientEntry = bundle.value(u"entry"_s)[0].toObject();
    REQUIRE(patientEntry[u"resource"_s][u"resourceType"_s].toString() == u"Patient"_s);
    const QString patientUrl = patientEntry[u"fullUrl"_s].toString();
    for (const QJsonObject &observation : resources(bundle, u"Observation"_s))
        CHECK(observation.value(u"subject"_s)[u"reference"_s].toString() == patientUrl);

    const QJsonObject name = patientEntry[u"resource"_s][u"name"_s][0].toObject();
    CHECK(name.value(u"text"_s).toString() == u"Ada Maria Lovelace"_s);
    CHECK(name.value(u"family"_s).toString() == u"Lovelace"_s);
    CHECK(name.value(u"given"_s).toArray() == QJsonArray{u"Ada"_s, u"Maria"_s});
}

TEST_CASE("A FHIR patient name of one word has no family and given split", "[fhir]")
{
    FhirBundle::Options options = sampleOptions();
    options.patientName = u"  Ada  "_s;
    const QJsonObject patient = resources(FhirBundle::bundle({}, options), u"Patient"_s).value(0);
    CHECK(patient.value(u"name"_s).toArray() == QJsonArray{QJsonObject{{u"text"_s, u"Ada"_s}}});
}

TEST_CASE("A FHIR bundle without a patient name still has an anonymous subject", "[fhir]")
{
    FhirBundle::Options options = sampleOptions();
    options.patientName.clear();
    const QJsonObject bundle = FhirBundle::bundle(sampleReadings(), options);
    const QList<QJsonObject> patients = resources(bundle, u"Patient"_s);
    REQUIRE(patients.size() == 1);
    CHECK(!patients.at(0).contains(u"name"_s));
    for (const QJsonObject &observation : resources(bundle, u"Observation"_s))
        CHECK(
            observation.value(u"subject"_s)[u"reference"_s].toString().startsWith(u"urn:uuid:"_s));
}

TEST_CASE("FHIR arm, body position and irregular heartbeat use SNOMED CT", "[fhir]")
{
    const QList<QJsonObject> observations =
        resources(FhirBundle::bundle(sampleReadings(), sampleOptions()), u"Observation"_s);
    const QList<QJsonObject> pressures = withCode(observations, u"85354-9"_s);
    REQUIRE(pressures.size() == 3);

    const auto site = [](const QJsonObject &observation) {
        return observation.value(u"bodySite"_s)[u"coding"_s][0][u"code"_s].toString();
    };
    CHECK(site(pressures.at(0)) == u"368208006"_s);
    CHECK(site(pressures.at(1)) == u"368209003"_s);
    CHECK(!pressures.at(2).contains(u"bodySite"_s));
    CHECK(pressures.at(0).value(u"bodySite"_s)[u"coding"_s][0][u"system"_s].toString() ==
          u"http://snomed.info/sct"_s);

    const auto position = [](const QJsonObject &observation) {
        const QJsonObject extension = observation.value(u"extension"_s)[0].toObject();
        CHECK(extension.value(u"url"_s).toString() ==
              u"http://hl7.org/fhir/StructureDefinition/observation-bodyPosition"_s);
        return extension.value(u"valueCodeableConcept"_s)[u"coding"_s][0][u"code"_s].toString();
    };
    CHECK(position(pressures.at(0)) == u"33586001"_s);
    CHECK(position(pressures.at(1)) == u"102538003"_s);
    CHECK(position(pressures.at(2)) == u"10904000"_s);

    CHECK(component(pressures.at(0), u"8884-9"_s).isEmpty());
    const QJsonObject rhythm = component(pressures.at(1), u"8884-9"_s);
    CHECK(rhythm[u"valueCodeableConcept"_s][u"coding"_s][0][u"code"_s].toString() ==
          u"361137007"_s);
    CHECK(rhythm[u"valueCodeableConcept"_s][u"coding"_s][0][u"system"_s].toString() ==
          u"http://snomed.info/sct"_s);
}

TEST_CASE("A FHIR bundle has no empty strings, objects, arrays or nulls", "[fhir]")
{
    QList<Reading> readings = sampleReadings();
    Reading bare;
    bare.takenAt = at(22, 8, 0);
    bare.systolic = 120;
    bare.diastolic = 80;
    readings.append(bare);
    for (const bool notes : {true, false}) {
        for (const QString &name : {u""_s, u"Ada"_s, u"Ada Lovelace"_s}) {
            FhirBundle::Options options = sampleOptions();
            options.includeNotes = notes;
            options.patientName = name;
            QStringList empty;
            collectEmpty(parsed(written(readings, options)), u"Bundle"_s, empty);
            CHECK(empty == QStringList{});
        }
    }
}

TEST_CASE("A FHIR bundle is the same on every run", "[fhir]")
{
    const QByteArray first = written(sampleReadings(), sampleOptions());
    const QByteArray second = written(sampleReadings(), sampleOptions());
    CHECK(first == second);

    // the identifiers follow the reading ids, not their place in the list
    QList<Reading> reversed = sampleReadings();
    std::reverse(reversed.begin(), reversed.end());
    QStringList urls;
    QStringList reversedUrls;
    for (const QJsonValue &entry : parsed(first).value(u"entry"_s).toArray())
        urls.append(entry[u"fullUrl"_s].toString());
    for (const QJsonValue &entry :
         FhirBundle::bundle(reversed, sampleOptions()).value(u"entry"_s).toArray())
        reversedUrls.append(entry[u"fullUrl"_s].toString());
    urls.sort();
    reversedUrls.sort();
    CHECK(urls == reversedUrls);
}

TEST_CASE("A FHIR bundle written an entry at a time is the bundle, an entry a line", "[fhir]")
{
    const QByteArray bytes = written(sampleReadings(), sampleOptions());
    const QJsonObject whole = FhirBundle::bundle(sampleReadings(), sampleOptions());
    CHECK(parsed(bytes) == whole);
    // the bundle's own fields come first, then each entry on a line of its own
    CHECK(bytes.startsWith("{\n  \"resourceType\": \"Bundle\",\n"));
    const qsizetype entries = whole.value(u"entry"_s).toArray().size();
    REQUIRE(entries > 2);
    CHECK(bytes.count("\n    {\"fullUrl\"") == entries);
    CHECK(bytes.endsWith("\n  ]\n}\n"));
}

TEST_CASE("Deleted FHIR readings are left out and a reading without a time fails", "[fhir]")
{
    QList<Reading> readings = sampleReadings();
    readings[0].deletedAt = at(22, 8, 1);
    CHECK(resources(FhirBundle::bundle(readings, sampleOptions()), u"Observation"_s).size() == 3);

    readings[1].takenAt = QDateTime();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    QString error;
    CHECK(!FhirBundle::write(buffer, readings, sampleOptions(), &error));
    CHECK(error.contains(u"reading/2"_s));
    CHECK(bytes.isEmpty());
}

TEST_CASE("Writing a FHIR bundle to a closed device fails with a message", "[fhir]")
{
    QBuffer buffer;
    QString error;
    CHECK(!FhirBundle::write(buffer, sampleReadings(), sampleOptions(), &error));
    CHECK(!error.isEmpty());
}

TEST_CASE("A medicine's course is a FHIR MedicationStatement for each of its doses", "[fhir]")
{
    const QJsonObject bundle = FhirBundle::bundle(sampleReadings(), sampleOptions());
    const QList<QJsonObject> statements = resources(bundle, u"MedicationStatement"_s);
    // Amlodipine's two doses, and the thiazide's one (its tablet, corrected the same day, is
    // not a dose it was ever taken at).
    REQUIRE(statements.size() == 3);
    const QJsonObject &first = statements[0];
    CHECK(first[u"status"_s].toString() == u"completed"_s);
    CHECK(first[u"medicationCodeableConcept"_s][u"text"_s].toString() == u"Amlodipine"_s);
    CHECK(first[u"effectivePeriod"_s].toObject() ==
          QJsonObject{{u"start"_s, u"2026-09-01"_s}, {u"end"_s, u"2026-10-31"_s}});
    const QJsonObject dosage = first[u"dosage"_s].toArray().at(0).toObject();
    CHECK(dosage[u"text"_s].toString() == u"5 mg, morning"_s);
    CHECK(dosage[u"doseAndRate"_s].toArray().at(0)[u"doseQuantity"_s].toObject() ==
          QJsonObject{{u"value"_s, 5},
                      {u"unit"_s, u"mg"_s},
                      {u"system"_s, u"http://unitsofmeasure.org"_s},
                      {u"code"_s, u"mg"_s}});
    CHECK(dosage[u"timing"_s][u"repeat"_s][u"when"_s].toArray() == QJsonArray{u"MORN"_s});
    CHECK(first[u"reasonCode"_s].toArray().at(0)[u"text"_s].toString() == u"Blood pressure"_s);
    CHECK_FALSE(first.contains(u"note"_s));

    const QJsonObject &second = statements[1];
    CHECK(second[u"effectivePeriod"_s].toObject() ==
          QJsonObject{{u"start"_s, u"2026-11-01"_s}, {u"end"_s, u"2026-11-19"_s}});
    INFO(QJsonDocument(second).toJson().toStdString());
    CHECK(second[u"note"_s].toArray() ==
          QJsonArray{QJsonObject{{u"text"_s, u"Dose changed: dizzy on standing"_s}},
                     QJsonObject{{u"text"_s, u"Stopped: readings low"_s}}});

    const QJsonObject &third = statements[2];
    CHECK(third[u"status"_s].toString() == u"active"_s);
    CHECK(third[u"effectivePeriod"_s].toObject() == QJsonObject{{u"start"_s, u"2026-10-01"_s}});
    CHECK(third[u"dosage"_s].toArray().at(0)[u"timing"_s][u"repeat"_s][u"when"_s].toArray() ==
          (QJsonArray{u"MORN"_s, u"EVE"_s}));
    CHECK(third[u"category"_s][u"text"_s].toString() == u"Not for blood pressure"_s);
    CHECK_FALSE(third.contains(u"reasonCode"_s));

    const QString patientUrl = resources(bundle, u"Patient"_s).size() == 1
                                   ? bundle[u"entry"_s].toArray().at(0)[u"fullUrl"_s].toString()
                                   : QString();
    for (const QJsonObject &statement : statements)
        CHECK(statement[u"subject"_s][u"reference"_s].toString() == patientUrl);

    FhirBundle::Options withoutNotes = sampleOptions();
    withoutNotes.includeNotes = false;
    for (const QJsonObject &statement :
         resources(FhirBundle::bundle(sampleReadings(), withoutNotes), u"MedicationStatement"_s))
        CHECK_FALSE(statement.contains(u"note"_s));
}

// Writes the sample bundle for an outside validator: VIPARITA_FHIR_SAMPLE=path, run with [sample].
TEST_CASE("Write a sample FHIR bundle", "[.][sample]")
{
    const QString path = qEnvironmentVariable("VIPARITA_FHIR_SAMPLE");
    REQUIRE(!path.isEmpty());
    QList<Reading> readings = sampleReadings();
    Reading bare;
    bare.id = 4;
    bare.takenAt = at(22, 8, 0);
    bare.systolic = 120;
    bare.diastolic = 80;
    readings.append(bare);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QString error;
    CHECK(FhirBundle::write(file, readings, sampleOptions(), &error));
    CHECK(error.isEmpty());
}

TEST_CASE("A FHIR blood pressure is interpreted L, N, H or HH by the chosen guideline", "[fhir]")
{
    QList<Reading> readings = sampleReadings();
    REQUIRE(readings.size() >= 3);
    readings = readings.mid(0, 1);
    struct Case {
        int systolic, diastolic;
        const char *aha, *esc;
    };
    const QList<Case> cases{{85, 55, "L", "L"},   {118, 76, "N", "N"},
                            {125, 78, "N", "N"}, // elevated is not a category of hypertension
                            {150, 95, "H", "H"},  {182, 100, "HH", "HH"},
                            {180, 110, "H", "HH"}}; // severe from 180/110 under ESC
    for (const Case &c : cases) {
        INFO(c.systolic << "/" << c.diastolic);
        readings.first().systolic = c.systolic;
        readings.first().diastolic = c.diastolic;
        for (const auto &[guideline, expected] :
             {std::pair{Guideline::Aha2025, c.aha}, std::pair{Guideline::Esc2024, c.esc}}) {
            FhirBundle::Options options = sampleOptions();
            options.guideline = guideline;
            const QList<QJsonObject> bp = withCode(
                resources(FhirBundle::bundle(readings, options), u"Observation"_s), u"85354-9"_s);
            REQUIRE(bp.size() == 1);
            const QJsonObject coding = bp.first()
                                           .value(u"interpretation"_s)
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(u"coding"_s)
                                           .toArray()
                                           .first()
                                           .toObject();
            CHECK(coding.value(u"system"_s).toString() ==
                  u"http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"_s);
            CHECK(coding.value(u"code"_s).toString() == QLatin1String(expected));
        }
    }
}

TEST_CASE("A FHIR bundle written as bytes holds what the JSON objects hold, for every kind of "
          "reading",
          "[fhir]")
{
    // Every combination of the optional parts, with times on both sides of 1970, offsets west,
    // east and on the half hour, and notes that need escaping.
    const QStringList notes{u""_s,
                            u"plain"_s,
                            u"  padded  "_s,
                            u"quote \" and backslash \\"_s,
                            u"line\nbreak\r\tand\u0001control"_s,
                            u"Blutdruck nach dem Üben, 头晕 😀"_s,
                            u"</script>"_s};
    const QList<int> offsets{0, 3600, -5 * 3600, 5 * 3600 + 1800, -(3 * 3600 + 1800), 14 * 3600};
    QList<Reading> readings;
    for (int i = 0; i < 6 * 7 * 8; ++i) {
        Reading reading;
        reading.id = i % 5 == 0 ? 0 : 1000 + i;
        reading.takenAt = QDateTime(QDate(1965 + i % 70, 1 + i % 12, 1 + i % 28),
                                    QTime(i % 24, (i * 7) % 60, (i * 13) % 60),
                                    QTimeZone(offsets.at(i % offsets.size())));
        reading.systolic = 70 + (i * 37) % 160;
        reading.diastolic = 40 + (i * 23) % 90;
        if (i % 3 != 0)
            reading.pulse = 40 + i % 100;
        if (i % 4 != 0)
            reading.arm = i % 2 == 0 ? Arm::Left : Arm::Right;
        if (i % 5 != 1)
            reading.position = BodyPosition(i % 3);
        reading.irregular = i % 7 == 0;
        reading.note = notes.at(i % notes.size());
        readings.append(reading);
    }
    for (const bool notesIncluded : {true, false}) {
        FhirBundle::Options options = sampleOptions();
        options.includeNotes = notesIncluded;
        options.patientName = u"Zoë \"Z\" O'Neil"_s;
        const QByteArray bytes = written(readings, options);
        QJsonParseError problem;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &problem);
        INFO(problem.errorString().toStdString());
        REQUIRE(problem.error == QJsonParseError::NoError);
        const QJsonObject whole = FhirBundle::bundle(readings, options);
        const QJsonArray writtenEntries = document.object().value(u"entry"_s).toArray();
        const QJsonArray entries = whole.value(u"entry"_s).toArray();
        REQUIRE(writtenEntries.size() == entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            INFO("entry " << i);
            CHECK(writtenEntries.at(i) == entries.at(i));
        }
        CHECK(document.object() == whole);
    }
}
