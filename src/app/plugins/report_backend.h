#pragma once
// What the app asks of the charts and printing libraries: the trends page's charts, the PDF
// report and its printing. They are loaded from a plugin (libviparita_reports.so) when first
// wanted, not when the window opens: Qt Charts, Qt PrintSupport and the OpenGL libraries
// under them cost the start-up time and memory of four shared libraries that the home page
// and a session never use.
//
// The plugin and the app are built together from this header. Bump the interface id on any
// change to it: a plugin built against another revision is refused.

#include <viparita/core/bp_classifier.h>
#include <viparita/core/measurement.h>
#include <viparita/core/medication.h>
#include <viparita/core/statistics.h>
#include <viparita/report/pdf_report.h>

#include <QImage>
#include <QList>
#include <QString>
#include <QtPlugin>

#include <optional>

class QIODevice;
class QWidget;

namespace viparita::app {

/// The report's first page, drawn for a preview.
struct ReportPreview {
    QImage firstPage;
    int pageCount = 0;
};

/// What became of a print.
struct PrintOutcome {
    enum class Status { Printed, Cancelled, Failed };
    Status status = Status::Failed;
    QString printer; ///< the printer (or the file) it went to
    QString error;   ///< why it failed
};

/// The property of a chart view that holds its data as a table, for a person who cannot see
/// the chart: a QVariantList of QStringList rows, the column titles first (the day or the
/// session, then one column a line or set of bars), each value as the language writes it.
inline constexpr char chartTableProperty[] = "viparitaChartTable";

/// Makes the charts and the report; the plugin's one object.
class ReportBackend {
public:
    virtual ~ReportBackend() = default;

    /// A view for one trend chart (a QChartView), empty until showTrends.
    [[nodiscard]] virtual QWidget *createChartView(QWidget *parent) = 0;
    /// Fills four views made by createChartView: systolic, diastolic, the change over each
    /// session, and the pulse. Each point of the lines has a tooltip; the pressures mark each
    /// change of `medications`. Each view's accessible description says its data in words, and
    /// its chartTableProperty holds the data as a table.
    virtual void showTrends(const QList<QWidget *> &views, const QList<SessionChange> &sessions,
                            const QList<Measurement> &measurements,
                            const QList<Medication> &medications, Guideline guideline,
                            bool dark) = 0;

    /// The report laid out, its first page `width` pixels wide; nothing, with `error` set,
    /// when it cannot be laid out.
    [[nodiscard]] virtual std::optional<ReportPreview> preview(const QList<Reading> &readings,
                                                               const QList<SessionRecord> &sessions,
                                                               const PdfReport::Options &options,
                                                               int width, QString *error) = 0;
    /// The report as a PDF file (PdfReport::write).
    virtual bool writePdf(QIODevice &out, const QList<Reading> &readings,
                          const QList<SessionRecord> &sessions, const PdfReport::Options &options,
                          QString *error) = 0;
    /// Prints the report. With an empty `outputFile`, the print dialog over `parent` asks for
    /// the printer and the paper first (the report takes the paper chosen); otherwise it is
    /// printed to that PDF file at once, on `options.pageSize`.
    [[nodiscard]] virtual PrintOutcome print(const QList<Reading> &readings,
                                             const QList<SessionRecord> &sessions,
                                             PdfReport::Options options, QWidget *parent,
                                             const QString &outputFile) = 0;

    /// The backend, its plugin loaded on the first call; null when the plugin cannot be
    /// found or loaded (`whyNot` then says why, on every call).
    [[nodiscard]] static ReportBackend *instance(QString *whyNot = nullptr);
};

} // namespace viparita::app

#define VIPARITA_REPORT_BACKEND_IID "org.viparita.ReportBackend/3"
Q_DECLARE_INTERFACE(viparita::app::ReportBackend, VIPARITA_REPORT_BACKEND_IID)
