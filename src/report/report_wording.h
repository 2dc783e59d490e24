#pragma once

#include <viparita/core/bp_classifier.h>
#include <viparita/core/display_format.h>
#include <viparita/core/estimate.h>
#include <viparita/core/reading.h>
#include <viparita/core/statistics.h>
#include <viparita/report/pdf_report_options.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace viparita::detail {

/// The report's words: how each value, count, period and statistic is said, numbers
/// written by DisplayFormat in the report's locale, dates in ISO 8601.
class ReportWording final {
    Q_DECLARE_TR_FUNCTIONS(viparita::PdfReport)

public:
    explicit ReportWording(const QLocale &locale) : m_format(locale) {}

    [[nodiscard]] const DisplayFormat &format() const { return m_format; }

    [[nodiscard]] static QString contextWord(ReadingContext context);
    [[nodiscard]] static QString armWord(const std::optional<Arm> &arm);
    [[nodiscard]] static QString positionWord(const std::optional<BodyPosition> &position);
    /// "2026-10-01 to 2026-11-21": the period asked for, else the readings' own.
    [[nodiscard]] QString periodText(const PdfReportOptions &options,
                                     const QList<Reading> &readings) const;
    /// "131.5/82 mmHg (Stage 1), 12 measurements".
    [[nodiscard]] QString averageText(const PeriodAverage &average, Guideline guideline) const;
    /// "systolic -4.2 mmHg (95% CI -6 to -2.4)"; empty without a mean.
    [[nodiscard]] QString estimateText(const QString &what, const Estimate &estimate) const;
    /// How the readings were taken, as recorded with them (PdfReport::describeMeasurement).
    [[nodiscard]] static QString describeMeasurement(const QList<Reading> &readings);

private:
    DisplayFormat m_format;
};

} // namespace viparita::detail
