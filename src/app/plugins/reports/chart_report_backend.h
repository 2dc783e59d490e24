#pragma once

#include "plugins/report_backend.h"

#include <QObject>

namespace viparita::app {

/// The report backend on Qt Charts (TrendCharts, QChartView) and Qt PrintSupport (PdfReport).
class ChartReportBackend final : public QObject, public ReportBackend {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIPARITA_REPORT_BACKEND_IID FILE "viparita_reports.json")
    Q_INTERFACES(viparita::app::ReportBackend)

public:
    [[nodiscard]] QWidget *createChartView(QWidget *parent) override;
    void showTrends(const QList<QWidget *> &views, const QList<SessionChange> &sessions,
                    const QList<Measurement> &measurements, const QList<Medication> &medications,
                    Guideline guideline, bool dark) override;
    [[nodiscard]] std::optional<ReportPreview> preview(const QList<Reading> &readings,
                                                       const QList<SessionRecord> &sessions,
                                                       const PdfReport::Options &options, int width,
                                                       QString *error) override;
    bool writePdf(QIODevice &out, const QList<Reading> &readings,
                  const QList<SessionRecord> &sessions, const PdfReport::Options &options,
                  QString *error) override;
    [[nodiscard]] PrintOutcome print(const QList<Reading> &readings,
                                     const QList<SessionRecord> &sessions,
                                     PdfReport::Options options, QWidget *parent,
                                     const QString &outputFile) override;
};

} // namespace viparita::app
