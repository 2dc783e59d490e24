#pragma once

#include <viparita/core/bp_classifier.h>
#include <viparita/core/medication.h>
#include <viparita/core/reading.h>

#include <QDateTime>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace viparita {

/// Writes readings as a FHIR R4 Bundle (type "collection") a doctor's system can import.
///
/// What goes in:
/// - one Patient, always (the vital-signs profile requires a subject); it carries a name only
///   when Options::patientName is not blank: the whole name as `text`, and, when it has two or
///   more words, the last word as `family` and the others as `given`;
/// - per reading, one blood-pressure Observation (profile
/// http://hl7.org/fhir/StructureDefinition/bp,
///   LOINC 85354-9 with components 8480-6 and 8462-4 in mm[Hg]); the arm as bodySite (SNOMED CT
///   368208006 / 368209003, upper arm), the body position as the observation-bodyPosition
///   extension (SNOMED CT 33586001 sitting, 102538003 recumbent = lying, 10904000 standing);
///   the note as `note` when Options::includeNotes; an irregular heartbeat as an extra component
///   LOINC 8884-9 "Heart rate rhythm" = SNOMED CT 361137007 (always exported, as it is a cuff
///   finding, not free text; nothing is said when the cuff did not flag one);
/// - per reading with a pulse, one heart-rate Observation (profile
///   http://hl7.org/fhir/StructureDefinition/heartrate, LOINC 8867-4 in /min) with the same time,
///   subject and body position.
///
/// - after the readings, per medicine of Options::medications, one MedicationStatement per
///   stretch of its course at one dose (a start or change of dose to the next change or the
///   stop): the medicine as text, status `active` while it lasts and `completed` once it ended,
///   effectivePeriod from its first day to its last (the day before the next change), dosage
///   as text with the dose as doseQuantity (UCUM where the unit has a code) and the times of the
///   day as Timing.repeat.when (MORN, NOON, EVE, HS); why it began, and why it ended, as notes
///   when Options::includeNotes.
///
/// Every entry has a `urn:uuid:` fullUrl: a version 5 UUID derived from the reading id (or, for an
/// unsaved reading, from its place in the list), so the same readings always give the same output.
/// Times keep the reading's own UTC offset. Deleted readings and readings without a valid time are
/// left out (FHIR needs a time for a vital sign).
class FhirBundle final {
public:
    struct Options {
        QString patientName;
        bool includeNotes = true;
        /// The guideline of each blood pressure's interpretation: L (low), N, H (a category
        /// of high blood pressure), HH (the severe range).
        Guideline guideline = Guideline::Aha2025;
        QDateTime generatedAt;         ///< the Bundle's timestamp; now when invalid
        QList<Medication> medications; ///< their courses, as MedicationStatements
    };

    /// Writes the bundle as JSON (UTF-8), one entry a line. False, with a message in `error`, when
    /// a reading cannot be exported or the device does not take the bytes.
    static bool write(QIODevice &out, const QList<Reading> &readings, const Options &options,
                      QString *error = nullptr);

    /// The bundle as JSON; readings that cannot be exported are left out.
    [[nodiscard]] static QJsonObject bundle(const QList<Reading> &readings, const Options &options);
};

} // namespace viparita
