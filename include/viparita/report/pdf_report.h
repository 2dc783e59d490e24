#pragma once

#include <viparita/core/bp_classifier.h>
#include <viparita/core/reading.h>
#include <viparita/storage/session_record.h>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>

class QIODevice;

namespace viparita {

/// The report for the doctor, as a PDF a doctor can read in a minute: the person and the
/// period, a summary (averages, the ESH home average, the change across sessions), the
/// systolic and diastolic trend charts (TrendCharts, as in the app), a table of sessions and
/// one of readings over as many pages as needed (headers repeated, "Page n of N" on every
/// page), how the readings were taken, and a disclaimer naming the guideline.
///
/// The charts are QGraphicsWidgets: they are drawn only when the application object is a
/// QApplication; otherwise the report says they were left out.
class PdfReport final {
public:
    struct Options {
        QString name;                  ///< the person's name; may be empty
        std::optional<QDate> from, to; ///< the period asked for; empty: the readings' own
        bool includeNotes = true;      ///< the notes of sessions and readings
        Guideline guideline = Guideline::AccAha2017;
        QString howMeasured;   ///< e.g. "Left arm, sitting"; may be empty
        QDateTime generatedAt; ///< when the report was made; empty: now
        QPageSize pageSize = defaultPageSize(QLocale());
    };

    /// Letter for the United States, Canada, Mexico and the other countries that use it;
    /// A4 everywhere else.
    [[nodiscard]] static QPageSize defaultPageSize(const QLocale &locale);

    /// Writes the report of these readings (deleted ones left out) and sessions to `out`,
    /// which must be open for writing. False, with `error` set, when it cannot be written.
    static bool write(QIODevice &out, const QList<Reading> &readings,
                      const QList<SessionRecord> &sessions, const Options &options,
                      QString *error = nullptr);
};

} // namespace viparita
