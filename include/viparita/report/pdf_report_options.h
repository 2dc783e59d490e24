#pragma once

#include <viparita/core/bp_classifier.h>
#include <viparita/core/medication.h>
#include <viparita/core/reading.h>

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>

namespace viparita {

/// What a PDF report for the doctor holds and how it looks: in the report library (on Qt Gui
/// alone), so that the app and the export fill one in without loading what draws the report
/// (PdfReport, with the charts).
struct PdfReportOptions {
    /// Letter for the United States, Canada, Mexico and the other countries that use it;
    /// A4 everywhere else.
    [[nodiscard]] static QPageSize defaultPageSize(const QLocale &locale);

    QString name;                  ///< the person's name; may be empty
    std::optional<QDate> from, to; ///< the period asked for; empty: the readings' own
    bool includeNotes = true;      ///< the notes of sessions and readings
    Guideline guideline = Guideline::Aha2025;
    /// How the person usually measures, e.g. "left arm, sitting" (from the settings); may be
    /// empty. The report adds what the readings themselves record.
    QString howMeasured;
    QDateTime generatedAt; ///< when the report was made; empty: now
    QPageSize pageSize = defaultPageSize(QLocale());
    /// How numbers are written ("131.5" or "131,5"); dates are ISO 8601 in every locale.
    QLocale locale;
    /// The first day of a home-monitoring week: the report is that week's page alone.
    std::optional<QDate> week;
    /// The full report: the home-monitoring week begun last among those whose days meet the
    /// period, with its readings, given a page of its own before the tables.
    std::optional<QDate> homeWeek;
    QList<Reading> homeWeekReadings;
    /// The medicines taken in the period, each with its whole course (Exporter::gather).
    QList<Medication> medications;
};

} // namespace viparita
