#pragma once

#include <viparita/core/bp_classifier.h>
#include <viparita/core/medication.h>
#include <viparita/core/reading.h>
#include <viparita/storage/session_record.h>

#include <QList>
#include <QString>

class QIODevice;

namespace viparita {

/// Writes the journal as CSV (RFC 4180): UTF-8 without a BOM, CRLF line ends, a header row,
/// fields quoted when they hold a comma, a quote, CR or LF (quotes doubled).
///
/// Formula injection: a text cell a person typed (the note, and the session's sequence id) that
/// starts with '=', '+', '-', '@', a tab, CR or a single quote gets a single quote in front, so
/// a spreadsheet shows it as text. Cells the app writes itself (numbers, dates, times, UTC
/// offsets such as "-05:00", and the fixed words of context, category, arm and position) are
/// never changed. CsvImport takes the quote off again, so a note survives a round trip exactly.
class CsvExport final {
public:
    /// The header of writeReadings().
    static const QStringList &readingColumns();
    /// The header of writeSessions().
    static const QStringList &sessionColumns();

    /// One row per reading (deleted ones left out), in the order given:
    /// date,time,utc_offset,context,session_id,sequence,systolic,diastolic,pulse,category,arm,
    /// position,irregular,note. Date and time are local to the reading's own UTC offset;
    /// `sessions` give the sequence id of a reading's session; the category is
    /// BpClassifier::key() under `guideline`; the note is left empty unless `includeNotes`.
    /// False, with `error` set, when the device fails.
    static bool writeReadings(QIODevice &out, const QList<Reading> &readings,
                              const QList<SessionRecord> &sessions, Guideline guideline,
                              bool includeNotes, QString *error = nullptr);

    /// One row per session: date,time,sequence,minutes,status, the mean before and after a
    /// session (MeasurementGrouper::mean of its readings of that context), the change after
    /// minus before, feeling and note. Numbers have at most one decimal; a cell that cannot
    /// be computed is empty.
    static bool writeSessions(QIODevice &out, const QList<SessionRecord> &sessions,
                              const QList<Reading> &readings, bool includeNotes,
                              QString *error = nullptr);

    /// The header of writeMedication().
    static const QStringList &medicationColumns();
    /// One row per change of each medicine's course, medicine by medicine in the order given:
    /// medicine,change (started, changed, stopped),date,dose ("2.5 mg"),amount,unit,times
    /// (morning;evening),for_blood_pressure (yes or no),reason. The reason is left empty unless
    /// `includeNotes`.
    static bool writeMedication(QIODevice &out, const QList<Medication> &medications,
                                bool includeNotes, QString *error = nullptr);

    /// A text cell made inert for spreadsheets (see the class comment), not yet quoted.
    [[nodiscard]] static QString inertText(const QString &text);
    /// A cell quoted as RFC 4180 asks, when it needs to be.
    [[nodiscard]] static QString quoted(const QString &cell);
};

} // namespace viparita
