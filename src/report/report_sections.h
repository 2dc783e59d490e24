#pragma once

#include "report_page_layout.h"
#include "report_wording.h"

#include <viparita/core/home_week.h>
#include <viparita/core/medication.h>
#include <viparita/core/statistics.h>
#include <viparita/report/pdf_report_options.h>
#include <viparita/storage/session_record.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace viparita::detail {

/// The sections of the report for the doctor, each laid out on `layout` in the report's
/// order: who and when, the summary, how the readings were taken, the charts, the
/// disclaimer, then the tables of sessions and of readings on pages of their own.
class ReportSections final {
    Q_DECLARE_TR_FUNCTIONS(viparita::PdfReport)

public:
    ReportSections(PageLayout &layout, const PdfReportOptions &options);

    /// The title, the name, the period and when the report was made.
    void header(const QList<Reading> &readings, const QDateTime &generatedAt);
    /// Counts, averages, the home average, the change across sessions, the categories.
    void summary(const StatisticsReport &report, const QList<Reading> &readings,
                 const QList<SessionRecord> &sessions);
    /// How the readings were taken: as the person usually measures, and as recorded.
    void method(const QList<Reading> &readings);
    /// The systolic and diastolic charts of the readings before and after sessions.
    void charts(const StatisticsReport &report);
    /// The medicines taken in the period: a timeline of their doses under each day's mean
    /// pressures on one scale of days, each change a line through both, then a table of each
    /// dose with the days it began and ended and why.
    void medication(const QList<Medication> &medications, const QList<Reading> &readings,
                    const QDateTime &generatedAt);
    void disclaimer();
    /// The one-page report of a home-monitoring week: its days, its average (the first day
    /// left out) and category, the slots missed, the medication, and each reading with what
    /// the average made of it.
    void weekReport(const HomeWeekProgress &week, const QList<Reading> &readings,
                    const QDateTime &generatedAt);
    /// The guideline, the home protocol and the low limit, with their publications.
    void sources();
    void sessionsTable(const QList<SessionRecord> &sessions, const QList<SessionChange> &changes);
    void readingsTable(const QList<Reading> &readings);

private:
    /// What the summary says of the medication: none, or what was taken at the period's end.
    [[nodiscard]] QString medicationSummary(const QList<Reading> &readings,
                                            bool changesBelow = true) const;
    /// The report's first and last day: the period asked for, else the readings' own.
    [[nodiscard]] QDate periodStart(const QList<Reading> &readings) const;
    [[nodiscard]] QDate periodEnd(const QList<Reading> &readings,
                                  const QDateTime &generatedAt) const;
    void timeline(const QList<Medication> &medications, const QList<Reading> &readings,
                  const QDate &first, const QDate &last);

    PageLayout &m_layout;
    const PdfReportOptions &m_options;
    ReportWording m_wording;
};

} // namespace viparita::detail
