// Ten years of records: what reading a large journal costs, against references
// measured in the same run on the same file.
//
//   viparita_bench_records JOURNAL CLI WORKFOLDER
//
// JOURNAL holds 100,000 readings and 7,000 sessions (viparita_bench_fill);
// CLI is viparita-cli; the `sqlite3` command-line tool must be on the PATH.
// Figures (medians; "bare read" is the same rows through a bare QtSql
// prepared statement, walked to the end):
// - opening the journal (Journal::open) against a bare read-only connection
//   running the same PRAGMA quick_check the journal's open runs first;
// - the trends page switched to "all" and the history page opened (offscreen),
//   and the statistics of every reading, against the bare read;
// - the CSV of every reading (Exporter::gather and Exporter::writeFile, as the
//   app and the CLI do), against the sqlite3 tool's own CSV (.mode csv) of the
//   same rows in the same order, from its start to its end;
//   and `viparita-cli export --format csv` as a whole process, against the same;
// - the FHIR bundle of every reading, against the sqlite3 tool's JSON (.mode json);
// - the PDF report (PdfReport::write) of every reading and of the last year,
//   against a bare QPdfWriter writing the same readings one line each.
#include "bench_support.h"
#include "history/history_page.h"
#include "process_support.h"
#include "settings/settings.h"
#include "shell/journal_watch.h"
#include "trends/trends_page.h"

#include <viparita/core/app_info.h>
#include <viparita/core/measurement.h>
#include <viparita/core/statistics.h>
#include <viparita/report/export.h>
#include <viparita/report/pdf_report.h>
#include <viparita/storage/journal.h>

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace viparita::bench;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "viparita_bench_records: %s\n", qPrintable(message));
    std::exit(1);
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

double medianProcessMs(int runs, const std::vector<std::string> &arguments,
                       const std::string &output, const std::string &errorLog)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double ms = timedRun(arguments, output, errorLog);
        if (ms < 0)
            fail(u"%1 failed (see %2)"_s.arg(QString::fromStdString(arguments.front()),
                                             QString::fromStdString(errorLog)));
        times.push_back(ms);
    }
    return median(times);
}

const char *readingColumns = "id, taken_at, taken_offset, systolic, diastolic, pulse, context, "
                             "session_id, arm, position, irregular, note";

/// The readings as one plain line each on A4 pages: what Qt's PDF writer needs
/// for that many rows, with no layout of the report's own.
void writeBarePdf(QIODevice &out, const QList<viparita::Reading> &readings)
{
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font = painter.font();
    font.setPointSize(9);
    painter.setFont(font);
    const int lineHeight = 12;
    const int bottom = writer.height() - 40;
    int y = 40;
    for (const viparita::Reading &reading : readings) {
        if (y > bottom) {
            writer.newPage();
            y = 40;
        }
        painter.drawText(40, y,
                         u"%1  %2/%3  %4"_s.arg(reading.takenAt.toString(Qt::ISODate))
                             .arg(reading.systolic)
                             .arg(reading.diastolic)
                             .arg(reading.pulse.value_or(0)));
        y += lineHeight;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    viparita::AppInfo::applyToApplication();
    if (qEnvironmentVariableIsSet("VIPARITA_BENCH_VERBOSE"))
        spdlog::set_level(spdlog::level::debug);
    if (argc < 4)
        fail(
            u"usage: viparita_bench_records JOURNAL CLI WORKFOLDER [open,pages,csv,fhir,pdf,profile-trends,profile-csv]"_s);
    const QString path = QString::fromLocal8Bit(argv[1]);
    const std::string cli = argv[2];
    const QDir work(QString::fromLocal8Bit(argv[3]));
    // Some parts only, for profiling one of them.
    const QStringList parts =
        argc > 4 ? QString::fromLocal8Bit(argv[4]).split(u',')
                 : QStringList{u"open"_s, u"pages"_s, u"csv"_s, u"fhir"_s, u"pdf"_s};
    const std::string errorLog = work.filePath(u"records-stderr.log"_s).toStdString();
    const std::string sqliteTool = "/usr/bin/sqlite3";
    if (!QFile::exists(QString::fromStdString(sqliteTool)))
        fail(u"the sqlite3 command-line tool is missing (Debian package sqlite3)"_s);
    const std::string journalPath = path.toStdString();
    const std::string selectAll = std::string("SELECT ") + readingColumns +
                                  " FROM readings WHERE deleted_at IS NULL ORDER BY taken_at, id";

    if (parts.contains(u"open"_s)) {
        // Opening, against a bare read-only connection doing the same integrity check.
        const double openMs = medianMs(5, [&path] {
            auto opened = viparita::Journal::open(path, {});
            if (!opened.journal || opened.journal->isReadOnly())
                fail(opened.error.message);
        });
        const double quickCheckMs = medianMs(5, [&path] {
            {
                QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
                database.setDatabaseName(path);
                database.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
                database.open();
                QSqlQuery query(database);
                if (!query.exec(u"PRAGMA quick_check"_s) || !query.next() ||
                    query.value(0).toString() != u"ok"_s)
                    fail(u"quick_check of the journal failed"_s);
            }
            QSqlDatabase::removeDatabase(u"check"_s);
        });
        printRow(timeRow("Opening the journal (100,000 readings)", openMs,
                         "bare read-only connection, PRAGMA quick_check", quickCheckMs, "-", "-"));
    }

    auto opened = viparita::Journal::open(path, {});
    if (!opened.journal)
        fail(opened.error.message);
    viparita::Journal &journal = *opened.journal;

    if (parts.contains(u"profile-trends"_s)) {
        // One switch of the trends page to "all" and nothing else, to run under a profiler
        // (valgrind --tool=callgrind --toggle-collect='*TrendsPage::reload*').
        viparita::app::Settings settings(work.filePath(u"records-settings.ini"_s));
        viparita::app::JournalWatch watch(&journal);
        viparita::app::TrendsPage trends(settings, watch);
        trends.resize(1200, 900);
        trends.show();
        QApplication::processEvents();
        const double ms = medianMs(1, [&trends] {
            trends.setRange(viparita::app::TrendsPage::Range::All);
            QApplication::processEvents();
        });
        std::fprintf(stderr, "trends page on \"all\": %.1f ms\n", ms);
    }

    if (parts.contains(u"profile-csv"_s)) {
        // One CSV of every reading, to run under a profiler.
        viparita::ExportRequest request;
        request.format = viparita::ExportFormat::ReadingsCsv;
        const auto data = viparita::Exporter::gather(journal, request);
        if (!data.ok() ||
            !viparita::Exporter::writeFile(work.filePath(u"profile.csv"_s), *data, request))
            fail(u"the CSV export failed"_s);
    }

    if (parts.contains(u"pages"_s)) {
        // The bare read.
        QSqlDatabase bare = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bare"_s);
        bare.setDatabaseName(path);
        bare.open();
        const QString bareSql = QString::fromStdString(selectAll);
        qint64 rows = 0;
        const double bareReadMs = medianMs(7, [&] {
            QSqlQuery query(bare);
            query.setForwardOnly(true);
            query.prepare(bareSql);
            query.exec();
            rows = 0;
            qint64 sum = 0;
            while (query.next()) {
                sum += query.value(3).toInt();
                ++rows;
            }
            if (sum == 0)
                fail(u"the journal has no readings"_s);
        });
        std::fprintf(stderr, "%lld readings\n", rows);

        // Where the time of the trends page goes.
        QList<viparita::Reading> all;
        const double readAll = medianMs(5, [&] { all = *journal.readings(); });
        const double group = medianMs(5, [&] { (void)viparita::MeasurementGrouper::group(all); });
        const double statisticsMs = medianMs(
            7, [&] { (void)viparita::Statistics::compute(all, viparita::Guideline::Aha2025); });
        std::fprintf(stderr,
                     "  journal readings() %.1f ms, measurements %.1f ms, statistics %.1f ms\n",
                     readAll, group, statisticsMs);

        viparita::app::Settings settings(work.filePath(u"records-settings.ini"_s));
        viparita::app::JournalWatch watch(&journal);
        viparita::app::TrendsPage trends(settings, watch);
        trends.resize(1200, 900);
        trends.show();
        const double trendsMs = medianMs(7, [&trends] {
            trends.setRange(viparita::app::TrendsPage::Range::All);
            QApplication::processEvents();
        });
        trends.hide();
        viparita::app::HistoryPage history(settings, watch);
        history.resize(1200, 900);
        history.show();
        const double historyMs = medianMs(7, [&history] {
            history.reload();
            QApplication::processEvents();
        });
        history.hide();
        const std::string bareName = "bare read";
        printRow(timeRow("Trends page on \"all\"", trendsMs, bareName, bareReadMs, "under 150 ms",
                         verdict(trendsMs < 150.0)));
        printRow(timeRow("History page opened", historyMs, bareName, bareReadMs, "under 100 ms",
                         verdict(historyMs < 100.0)));
        printRow(
            timeRow("Statistics of every reading", statisticsMs, bareName, bareReadMs, "-", "-"));
    }

    if (parts.contains(u"csv"_s)) {
        const QString csvPath = work.filePath(u"readings.csv"_s);
        const double csvMs = medianMs(5, [&] {
            viparita::ExportRequest request;
            request.format = viparita::ExportFormat::ReadingsCsv;
            const auto data = viparita::Exporter::gather(journal, request);
            QString error;
            if (!data.ok() || !viparita::Exporter::writeFile(csvPath, *data, request, &error))
                fail(u"the CSV export failed: %1"_s.arg(error));
        });
        const double sqliteCsvMs =
            medianProcessMs(5,
                            {sqliteTool, "-readonly", "-cmd", ".headers on", "-cmd", ".mode csv",
                             journalPath, selectAll},
                            work.filePath(u"sqlite.csv"_s).toStdString(), errorLog);
        const double cliCsvMs =
            medianProcessMs(5,
                            {cli, "export", "--format", "csv", "--database", journalPath,
                             "--output", work.filePath(u"cli.csv"_s).toStdString()},
                            "/dev/null", errorLog);
        printRow(timeRow("CSV of every reading (gather and write)", csvMs,
                         "sqlite3 tool, .mode csv", sqliteCsvMs, "at most 2 × reference",
                         verdict(csvMs <= 2.0 * sqliteCsvMs)));
        printRow(timeRow("CSV by viparita-cli, whole process", cliCsvMs, "sqlite3 tool, .mode csv",
                         sqliteCsvMs, "-", "-"));
    }

    if (parts.contains(u"fhir"_s)) {
        const QString fhirPath = work.filePath(u"bundle.json"_s);
        const double fhirMs = medianMs(3, [&] {
            viparita::ExportRequest request;
            request.format = viparita::ExportFormat::Fhir;
            request.name = u"Ana Lima"_s;
            const auto data = viparita::Exporter::gather(journal, request);
            QString error;
            if (!data.ok() || !viparita::Exporter::writeFile(fhirPath, *data, request, &error))
                fail(u"the FHIR export failed: %1"_s.arg(error));
        });
        const double sqliteJsonMs = medianProcessMs(
            3, {sqliteTool, "-readonly", "-cmd", ".mode json", journalPath, selectAll},
            work.filePath(u"sqlite.json"_s).toStdString(), errorLog);
        printRow(timeRow("FHIR bundle of every reading (gather and write)", fhirMs,
                         "sqlite3 tool, .mode json", sqliteJsonMs, "at most 3 × reference",
                         verdict(fhirMs <= 3.0 * sqliteJsonMs)));
    }

    if (parts.contains(u"pdf"_s)) {
        // PDF: the last year three times, every reading once.
        const auto pdfOf = [&](const viparita::DateRange &range, const QString &file) {
            auto readings = journal.readings(range);
            auto sessions = journal.sessions(range);
            if (!readings.ok() || !sessions.ok())
                fail(u"reading the journal for the PDF failed"_s);
            viparita::PdfReport::Options options;
            options.name = u"Ana Lima"_s;
            options.from = range.from;
            options.to = range.to;
            QFile out(file);
            QString error;
            if (!out.open(QIODevice::WriteOnly) ||
                !viparita::PdfReport::write(out, *readings, *sessions, options, &error))
                fail(u"the PDF failed: %1"_s.arg(error));
        };
        const auto barePdfOf = [&](const viparita::DateRange &range, const QString &file) {
            auto readings = journal.readings(range);
            QFile out(file);
            if (!readings.ok() || !out.open(QIODevice::WriteOnly))
                fail(u"the bare PDF failed"_s);
            writeBarePdf(out, *readings);
        };
        viparita::DateRange year;
        year.from = QDate::currentDate().addDays(-364);
        year.to = QDate::currentDate();
        const double pdfYearMs = medianMs(3, [&] { pdfOf(year, work.filePath(u"year.pdf"_s)); });
        const double barePdfYearMs =
            medianMs(3, [&] { barePdfOf(year, work.filePath(u"bare-year.pdf"_s)); });
        std::fprintf(stderr, "PDF of every reading...\n");
        const double pdfAllMs = medianMs(3, [&] { pdfOf({}, work.filePath(u"all.pdf"_s)); });
        const double barePdfAllMs =
            medianMs(1, [&] { barePdfOf({}, work.filePath(u"bare-all.pdf"_s)); });
        printRow(timeRow("PDF report of the last year", pdfYearMs,
                         "bare QPdfWriter, a line a reading", barePdfYearMs, "under 2 s",
                         verdict(pdfYearMs < 2000.0)));
        printRow(timeRow("PDF report of every reading (ten years)", pdfAllMs,
                         "bare QPdfWriter, a line a reading", barePdfAllMs, "under 3 s",
                         verdict(pdfAllMs < 3000.0)));
    }
    return 0;
}
