#pragma once

#include <viparita/core/bp_classifier.h>
#include <viparita/core/medication.h>
#include <viparita/core/reading.h>
#include <viparita/report/pdf_report_options.h>
#include <viparita/storage/date_range.h>
#include <viparita/storage/session_record.h>
#include <viparita/storage/storage_error.h>

#include <QDateTime>
#include <QList>
#include <QPageSize>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace viparita {

class Journal;

/// The files a person can hand their doctor.
enum class ExportFormat {
    ReadingsCsv, ///< one row a reading (CsvExport::writeReadings)
    SessionsCsv, ///< one row a session (CsvExport::writeSessions)
    Pdf,         ///< the report (PdfReport)
    Fhir,        ///< a FHIR R4 Bundle (FhirBundle)
    /// one row a change of a medicine's course (CsvExport::writeMedication)
    MedicationCsv,
};

/// What to export: the format, the period and what to leave out. The CLI's `export` command
/// and the app's export dialog both fill one in and hand it to Exporter.
struct ExportData;

struct ExportRequest {
    ExportFormat format = ExportFormat::ReadingsCsv;
    DateRange range;          ///< by local day, both ends included; open ends: everything
    bool includeNotes = true; ///< the notes of readings and sessions
    QString name;             ///< the person (PDF header, FHIR Patient); may be empty
    Guideline guideline = Guideline::Aha2025;
    QString howMeasured;               ///< PDF: how the person usually measures; may be empty
    QDateTime generatedAt;             ///< when it was made; empty: now
    std::optional<QPageSize> pageSize; ///< PDF: empty for the locale's paper
    /// The first day of a home-monitoring week: the export holds that week's seven days (for
    /// the PDF, the one-page week report) rather than `range`.
    std::optional<QDate> week;
    /// PDF: what draws the report (PdfReport::write for the command line; the app's report
    /// plugin for the app, which opens without the charts library). Empty: PDF is refused.
    std::function<bool(QIODevice &out, const ExportData &data, const PdfReportOptions &options,
                       QString *error)>
        writePdf;
};

/// The journal's rows an export needs.
struct ExportData {
    QList<Reading> readings;
    QList<SessionRecord> sessions;
    /// The medicines taken at some time in the period, each with its whole course (the PDF,
    /// the FHIR bundle and the medication CSV).
    QList<Medication> medications;
    /// The PDF report: the home-monitoring week begun last whose days meet the period, and
    /// the readings of its seven days.
    std::optional<QDate> homeWeek;
    QList<Reading> homeWeekReadings;
};

class Exporter final {
public:
    /// "csv", "sessions-csv", "pdf", "fhir", "medication-csv": the CLI's --format words.
    [[nodiscard]] static QString key(ExportFormat format);
    [[nodiscard]] static std::optional<ExportFormat> fromKey(const QString &key);
    /// The file name suffix without the dot: csv, pdf, json.
    [[nodiscard]] static QString suffix(ExportFormat format);
    /// Text formats can go to the standard output; the PDF cannot.
    [[nodiscard]] static bool isText(ExportFormat format);
    /// A file name to suggest: "viparita-readings-2026-11-21.csv".
    [[nodiscard]] static QString suggestedFileName(ExportFormat format, const QDate &today);

    /// Reads what `request` needs from the journal: the readings and sessions of the period
    /// and, for the readings CSV, every session (a reading's session may have begun the day
    /// before the period); for the sessions CSV, the readings of those sessions; for the PDF,
    /// the FHIR bundle and the medication CSV, the medicines taken in the period.
    /// The medicines of `medications` taken on some day of `range`.
    [[nodiscard]] static QList<Medication> takenIn(const QList<Medication> &medications,
                                                   const DateRange &range);
    [[nodiscard]] static StorageResult<ExportData> gather(const Journal &journal,
                                                          const ExportRequest &request);
    /// The PDF report's options for `request` (the locale's paper when it names none), with
    /// the medicines `data` holds.
    [[nodiscard]] static PdfReportOptions pdfOptions(const ExportRequest &request,
                                                     const ExportData &data);
    /// Writes `data` as `request` asks to `out`, open for writing. False, with `error` set,
    /// when it cannot.
    static bool write(QIODevice &out, const ExportData &data, const ExportRequest &request,
                      QString *error = nullptr);
    /// Writes to the file at `path` atomically (QSaveFile): the file is replaced whole or, on
    /// any failure, left as it was. False, with `error` naming the path, when it cannot.
    static bool writeFile(const QString &path, const ExportData &data, const ExportRequest &request,
                          QString *error = nullptr);
};

} // namespace viparita
