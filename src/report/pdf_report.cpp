#include <viparita/report/pdf_report.h>

#include "report_page_layout.h"
#include "report_sections.h"
#include "report_wording.h"

#include <viparita/core/app_info.h>
#include <viparita/core/home_week.h>
#include <viparita/core/statistics.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QIODevice>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

using detail::PageLayout;
using detail::PaintStep;
using detail::ReportSections;
using detail::ReportWording;
namespace ReportStyle = detail::ReportStyle;

namespace {

struct PdfReportText {
    Q_DECLARE_TR_FUNCTIONS(viparita::PdfReport)
};

} // namespace

QString PdfReport::describeMeasurement(const QList<Reading> &readings)
{
    return ReportWording::describeMeasurement(readings);
}

struct PdfReport::Document {
    QList<QList<PaintStep>> pages;
    QPageSize pageSize;
    QString title;
    Qt::LayoutDirection direction = Qt::LeftToRight;
};

PdfReport::PdfReport(std::unique_ptr<Document> document) : d(std::move(document)) {}

PdfReport::~PdfReport() = default;

int PdfReport::pageCount() const
{
    return int(d->pages.size());
}

QPageSize PdfReport::pageSize() const
{
    return d->pageSize;
}

QString PdfReport::title() const
{
    return d->title;
}

std::unique_ptr<PdfReport> PdfReport::layOut(const QList<Reading> &readings,
                                             const QList<SessionRecord> &sessions,
                                             const Options &options, QString *error)
{
    // Fonts need a QGuiApplication; without one, Qt would abort.
    const QCoreApplication *application = QCoreApplication::instance();
    if (!application || !application->inherits("QGuiApplication")) {
        if (error)
            *error = PdfReportText::tr("a PDF report needs a QGuiApplication");
        return nullptr;
    }

    QList<Reading> kept;
    for (const Reading &reading : readings)
        if (!reading.deletedAt)
            kept.append(reading);
    std::stable_sort(kept.begin(), kept.end(), [](const Reading &a, const Reading &b) {
        return a.takenAt.toUTC() < b.takenAt.toUTC();
    });
    const StatisticsReport report = Statistics::compute(kept, options.guideline);
    const QDateTime generatedAt =
        options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTime();

    // Text is measured on a PDF device of one unit a point, which every output shares.
    QBuffer nowhere;
    nowhere.open(QIODevice::WriteOnly);
    QPdfWriter measure(&nowhere);
    measure.setResolution(ReportStyle::resolution);
    measure.setPageSize(options.pageSize);
    measure.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);

    const QSizeF page = options.pageSize.size(QPageSize::Point);
    const qreal margin = ReportStyle::margin;
    const QRectF content(margin, margin, page.width() - 2 * margin,
                         page.height() - 2 * margin - ReportStyle::footerHeight);
    PageLayout layout(&measure, content);
    ReportSections sections(layout, options);
    QString title = options.name.isEmpty()
                        ? PdfReportText::tr("Blood pressure report")
                        : PdfReportText::tr("Blood pressure report: %1").arg(options.name);
    if (options.week) {
        const HomeWeekProgress week =
            HomeWeek::progress(*options.week, kept, generatedAt, options.guideline);
        sections.weekReport(week, kept, generatedAt);
        auto document = std::make_unique<Document>();
        document->pages = layout.pages();
        document->pageSize = options.pageSize;
        document->direction = layout.placement().direction;
        document->title = options.name.isEmpty()
                              ? PdfReportText::tr("Home blood-pressure week from %1")
                                    .arg(options.week->toString(Qt::ISODate))
                              : PdfReportText::tr("Home blood-pressure week from %1: %2")
                                    .arg(options.week->toString(Qt::ISODate), options.name);
        return std::unique_ptr<PdfReport>(new PdfReport(std::move(document)));
    }
    sections.header(kept, generatedAt);
    sections.summary(report, kept, sessions);
    sections.method(kept);
    sections.charts(report);
    sections.medication(options.medications, kept, generatedAt);
    const qsizetype summaryPages = layout.pages().size();
    layout.skip(4.0);
    layout.rule(4.0);
    sections.disclaimer();
    // The tables start on a page of their own; a disclaimer that found no room on the last
    // page of the summary heads the next page rather than stand on a page alone.
    const auto nextPage = [&] {
        if (layout.pages().size() == summaryPages)
            layout.newPage();
        else
            layout.skip(8.0);
    };
    // The home-monitoring week of the period, as on its own report, before the tables.
    if (options.homeWeek) {
        nextPage();
        const HomeWeekProgress week = HomeWeek::progress(
            *options.homeWeek, options.homeWeekReadings, generatedAt, options.guideline);
        sections.weekReport(week, options.homeWeekReadings, generatedAt);
        layout.newPage();
    } else {
        nextPage();
    }
    sections.sessionsTable(sessions, report.sessions);
    sections.readingsTable(kept);
    sections.sources();

    auto document = std::make_unique<Document>();
    document->pages = layout.pages();
    document->pageSize = options.pageSize;
    document->direction = layout.placement().direction;
    document->title = title;
    return std::unique_ptr<PdfReport>(new PdfReport(std::move(document)));
}

void PdfReport::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    const QSizeF page = d->pageSize.size(QPageSize::Point);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Text runs in the language's direction; the footer's title and page number swap sides.
    painter.setLayoutDirection(d->direction);
    for (const PaintStep &step : d->pages.at(index))
        step(painter);
    const qreal top = page.height() - ReportStyle::margin - ReportStyle::footerHeight + 10.0;
    painter.setPen(QPen(ReportStyle::ruleColour, 0.5));
    painter.drawLine(QLineF(ReportStyle::margin, top, page.width() - ReportStyle::margin, top));
    painter.setFont(ReportStyle::font(ReportStyle::smallSize));
    painter.setPen(ReportStyle::muted);
    const QRectF footer(ReportStyle::margin, top + 3.0, page.width() - 2 * ReportStyle::margin,
                        ReportStyle::footerHeight - 10.0);
    // The title at the start, the program and its version in the middle (for a doctor who
    // asks what made the report), the page at the end; a long title is shortened before the
    // middle rather than written over it.
    const QString made = u"Viparita "_s + AppInfo::version();
    const QString pageText =
        PdfReportText::tr("Page %1 of %2")
            .arg(QLocale().toString(index + 1), QLocale().toString(pageCount()));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal room = (footer.width() - metrics.horizontalAdvance(made)) / 2.0 - 12.0;
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop,
                     metrics.elidedText(d->title, Qt::ElideRight, room));
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop, made);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, pageText);
    painter.restore();
}

bool PdfReport::paintPages(QPagedPaintDevice &device, int first, int last, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QPainter painter;
    if (!painter.begin(&device))
        return fail(PdfReportText::tr("cannot start the document"));
    for (int index = first; index <= last; ++index) {
        if (index > first && !device.newPage()) {
            painter.end();
            return fail(PdfReportText::tr("cannot add a page"));
        }
        paintPage(painter, index);
    }
    if (!painter.end())
        return fail(PdfReportText::tr("cannot finish the document"));
    return true;
}

bool PdfReport::writePdf(QIODevice &out, QString *error) const
{
    if (!out.isOpen() || !out.isWritable()) {
        if (error)
            *error = PdfReportText::tr("the device is not open for writing");
        return false;
    }
    QPdfWriter writer(&out);
    writer.setResolution(ReportStyle::resolution);
    writer.setPageSize(d->pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setTitle(d->title);
    writer.setCreator(u"Viparita"_s);
    // QPdfWriter does not report a device that takes fewer bytes than given: write to a
    // buffer and check the one write to the file, as Exporter::writeFile() does.
    return paintPages(writer, 0, pageCount() - 1, error);
}

bool PdfReport::print(QPrinter &printer, QString *error) const
{
    // The report is laid out in points: a printer with one unit a point draws it as laid out.
    printer.setFullPage(true);
    printer.setResolution(ReportStyle::resolution);
    printer.setPageSize(d->pageSize);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    printer.setDocName(d->title);
    printer.setCreator(u"Viparita"_s);
    int first = 0;
    int last = pageCount() - 1;
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = std::clamp(printer.fromPage() - 1, 0, last);
        last = std::clamp(printer.toPage() > 0 ? printer.toPage() - 1 : last, first, last);
    }
    return paintPages(printer, first, last, error);
}

QImage PdfReport::pageImage(int index, int width) const
{
    const QSizeF page = d->pageSize.size(QPageSize::Point);
    const qreal scale = qreal(std::max(width, 1)) / page.width();
    QImage image(QSize(std::max(width, 1), std::max(1, qRound(page.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // One unit a point, as the layout was measured, then scaled to the image.
    const int dotsPerMeter = qRound(ReportStyle::resolution / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paintPage(painter, index);
    painter.end();
    return image;
}

bool PdfReport::write(QIODevice &out, const QList<Reading> &readings,
                      const QList<SessionRecord> &sessions, const Options &options, QString *error)
{
    if (!out.isOpen() || !out.isWritable()) {
        if (error)
            *error = PdfReportText::tr("the device is not open for writing");
        return false;
    }
    const auto report = layOut(readings, sessions, options, error);
    return report && report->writePdf(out, error);
}

} // namespace viparita
