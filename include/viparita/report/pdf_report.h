#pragma once

#include <viparita/core/reading.h>
#include <viparita/report/pdf_report_options.h>
#include <viparita/storage/session_record.h>

#include <QList>
#include <QPageSize>
#include <QString>

#include <memory>
#include <optional>

class QImage;
class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace viparita {

/// The report for the doctor, as a PDF a doctor can read in a minute: the person and the
/// period, a summary (averages, the ESH home average, the change across sessions), the
/// systolic and diastolic trend charts (TrendCharts, as in the app), a table of sessions and
/// one of readings over as many pages as needed (headers repeated, "Page n of N" on every
/// page), how the readings were taken, and a disclaimer naming the guideline.
///
/// The report is laid out once, in points, and can then be written as a PDF, printed, or
/// drawn page by page as a picture (the export dialog's preview): the same pages every time.
///
/// The charts are QGraphicsWidgets: they are drawn only when the application object is a
/// QApplication; otherwise the report says they were left out.
class PdfReport final {
public:
    using Options = PdfReportOptions;

    /// Lays out the report of these readings (deleted ones left out) and sessions. Null, with
    /// `error` set, when there is no QGuiApplication (fonts need one).
    [[nodiscard]] static std::unique_ptr<PdfReport> layOut(const QList<Reading> &readings,
                                                           const QList<SessionRecord> &sessions,
                                                           const Options &options,
                                                           QString *error = nullptr);
    /// Lays out and writes the report as a PDF to `out`, which must be open for writing. False,
    /// with `error` set, when it cannot be written.
    static bool write(QIODevice &out, const QList<Reading> &readings,
                      const QList<SessionRecord> &sessions, const Options &options,
                      QString *error = nullptr);

    /// How the readings were taken, as recorded with them: "Arm: left (all). Position:
    /// sitting (40 of 42), lying (2 of 42)." Empty when no reading records either.
    [[nodiscard]] static QString describeMeasurement(const QList<Reading> &readings);

    ~PdfReport();
    PdfReport(const PdfReport &) = delete;
    PdfReport &operator=(const PdfReport &) = delete;

    [[nodiscard]] int pageCount() const;
    [[nodiscard]] QPageSize pageSize() const;
    /// "Blood pressure report: NAME", as in the footer and the document's title.
    [[nodiscard]] QString title() const;

    /// Writes the PDF to `out`, which must be open for writing.
    bool writePdf(QIODevice &out, QString *error = nullptr) const;
    /// Prints on `printer` (its page range, if one was chosen). The printer is set to the
    /// report's page size, no margins, and one unit a point.
    bool print(QPrinter &printer, QString *error = nullptr) const;
    /// Page `index` (from 0) as a picture `width` pixels wide, white behind.
    [[nodiscard]] QImage pageImage(int index, int width) const;
    /// Paints page `index` with `painter`, in points from the page's top left corner, on a
    /// device of 72 dots an inch (or a painter scaled from one).
    void paintPage(QPainter &painter, int index) const;

private:
    struct Document;
    explicit PdfReport(std::unique_ptr<Document> document);
    bool paintPages(QPagedPaintDevice &device, int first, int last, QString *error) const;

    std::unique_ptr<Document> d;
};

} // namespace viparita
