#include "catch_qt.h"
#include "test_language.h"

#include <viparita/core/app_info.h>
#include <viparita/report/export.h>
#include <viparita/report/pdf_report.h>
#include <viparita/report/trend_charts.h>

#include <QBarCategoryAxis>
#include <QBuffer>
#include <QChart>
#include <QDateTimeAxis>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QLineSeries>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace viparita;

namespace {

QDateTime at(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::OffsetFromUTC, 3600);
}

Reading reading(const QDateTime &takenAt, int systolic, int diastolic, ReadingContext context,
                std::optional<qint64> sessionId = {}, const QString &note = {})
{
    Reading r;
    r.takenAt = takenAt;
    r.systolic = systolic;
    r.diastolic = diastolic;
    r.pulse = 64;
    r.context = context;
    r.sessionId = sessionId;
    r.arm = Arm::Left;
    r.position = BodyPosition::Sitting;
    r.note = note;
    return r;
}

SessionRecord session(qint64 id, const QDateTime &startedAt, const QString &note = {})
{
    SessionRecord s;
    s.id = id;
    s.sequenceId = u"healing"_s;
    s.sequenceTitle = u"Healing sequence"_s;
    s.startedAt = startedAt;
    s.endedAt = startedAt.addSecs(600);
    s.status = SessionStatus::Completed;
    s.plannedSeconds = 600;
    s.actualSeconds = 620;
    s.feeling = 4;
    s.note = note;
    return s;
}

struct Records {
    QList<Reading> readings;
    QList<SessionRecord> sessions;
};

/// Three evening sessions with readings before and after, and one morning reading.
Records smallJournal()
{
    Records journal;
    const QList<std::array<int, 5>> pairs{
        {2, 140, 90, 130, 84}, {4, 136, 88, 128, 82}, {6, 138, 86, 126, 80}};
    qint64 id = 1;
    for (const auto &[day, sysBefore, diaBefore, sysAfter, diaAfter] : pairs) {
        const QDate date(2026, 11, day);
        journal.sessions.append(session(id, at(date, 19, 5), u"calm evening %1"_s.arg(day)));
        journal.readings.append(
            reading(at(date, 19, 0), sysBefore, diaBefore, ReadingContext::Before, id));
        journal.readings.append(
            reading(at(date, 19, 20), sysAfter, diaAfter, ReadingContext::After, id));
        ++id;
    }
    journal.readings.append(reading(at(QDate(2026, 11, 5), 7, 30), 130, 85,
                                    ReadingContext::Standalone, {}, u"after coffee"_s));
    return journal;
}

/// A year: a session every 2 or 3 days, readings before and after.
Records yearJournal()
{
    Records journal;
    QDate date(2025, 1, 1);
    qint64 id = 1;
    int step = 0;
    while (date.year() == 2025) {
        const int before = 135 + int(id % 9);
        journal.sessions.append(session(id, at(date, 20, 5)));
        journal.readings.append(
            reading(at(date, 20, 0), before, 85 + int(id % 5), ReadingContext::Before, id));
        journal.readings.append(reading(at(date, 20, 20), before - 7, 81 + int(id % 5),
                                        ReadingContext::After, id, u"felt warm"_s));
        date = date.addDays(2 + (step++ % 2));
        ++id;
    }
    return journal;
}

QByteArray pdfOf(const Records &journal, const PdfReport::Options &options)
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    QString error;
    INFO(error.toStdString());
    REQUIRE(PdfReport::write(buffer, journal.readings, journal.sessions, options, &error));
    REQUIRE(buffer.data().startsWith("%PDF-"));
    return buffer.data();
}

/// The output of a poppler tool run on these PDF bytes.
QString popplerOutput(const QString &tool, const QByteArray &pdf, QStringList arguments)
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(u"report.pdf"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(pdf) == pdf.size());
    file.close();
    QProcess process;
    arguments.append(path);
    if (tool == u"pdftotext"_s)
        arguments.append(u"-"_s);
    process.start(tool, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The text of each page in reading order, white space simplified.
QStringList pagesOf(const QByteArray &pdf)
{
    QStringList pages = popplerOutput(u"pdftotext"_s, pdf, {}).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages)
        page = page.simplified();
    return pages;
}

QString textOf(const QByteArray &pdf)
{
    return pagesOf(pdf).join(u" "_s);
}

/// A word of a page as poppler finds it: its text and where it stands, in points.
struct PlacedWord {
    QString text;
    QRectF box;
};

/// The words of the first page, in the order the PDF draws them.
QList<PlacedWord> firstPageWords(const QByteArray &pdf)
{
    const QString html = popplerOutput(u"pdftotext"_s, pdf, {u"-bbox"_s, u"-l"_s, u"1"_s});
    static const QRegularExpression word(
        uR"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"_s);
    QList<PlacedWord> words;
    for (auto match = word.globalMatch(html); match.hasNext();) {
        const auto found = match.next();
        const QPointF topLeft(found.captured(1).toDouble(), found.captured(2).toDouble());
        const QPointF bottomRight(found.captured(3).toDouble(), found.captured(4).toDouble());
        words.append({found.captured(5), QRectF(topLeft, bottomRight)});
    }
    return words;
}

/// The box around the words on the line of the page's first word (the report's title).
QRectF titleLine(const QList<PlacedWord> &words)
{
    REQUIRE_FALSE(words.isEmpty());
    QRectF line = words.first().box;
    for (const PlacedWord &word : words) {
        if (qAbs(word.box.top() - words.first().box.top()) < 1.0)
            line |= word.box;
    }
    return line;
}

PdfReport::Options optionsFor(const QString &name)
{
    PdfReport::Options options;
    options.name = name;
    options.howMeasured = u"Left arm, sitting"_s;
    options.generatedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 15));
    options.pageSize = QPageSize(QPageSize::A4);
    return options;
}

} // namespace

TEST_CASE("the PDF report holds the person, the period, the averages and every reading")
{
    const Records journal = smallJournal();
    const QString text = textOf(pdfOf(journal, optionsFor(u"Ana Lima"_s)));
    INFO(text.toStdString());
    CHECK(text.contains(u"Ana Lima"_s));
    CHECK(text.contains(u"2026-11-02 to 2026-11-06"_s));
    CHECK(text.contains(u"2026-11-21 09:15"_s));
    CHECK(text.contains(u"Left arm, sitting"_s));
    // Seven measurements: 928/7 and 595/7; six in the evening, one in the morning.
    CHECK(text.contains(u"132.6/85 mmHg"_s));
    CHECK(text.contains(u"133/85 mmHg"_s));
    CHECK(text.contains(u"130/85 mmHg"_s));
    CHECK(text.contains(u"systolic -10 mmHg"_s));
    CHECK(text.contains(u"not yet reliable"_s));
    CHECK(text.contains(u"AHA/ACC 2025"_s));
    CHECK(text.contains(u"does not diagnose"_s));
    for (const Reading &reading : journal.readings) {
        CHECK(text.contains(u"%1/%2"_s.arg(reading.systolic).arg(reading.diastolic)));
        CHECK(text.contains(reading.takenAt.time().toString(u"HH:mm"_s)));
    }
    CHECK(text.contains(u"after coffee"_s));
    CHECK(text.contains(u"calm evening 4"_s));
    CHECK(text.contains(u"Stage 2 hypertension"_s));
    CHECK(text.contains(u"Page 1 of 2"_s));
    CHECK(text.contains(u"Page 2 of 2"_s));
    // Each page names the program and its version.
    CHECK(text.count(u"Viparita "_s + viparita::AppInfo::version()) == 2);
}

TEST_CASE("the PDF report leaves the notes out when asked and names the chosen guideline")
{
    PdfReport::Options options = optionsFor(u"Ana Lima"_s);
    options.includeNotes = false;
    options.guideline = Guideline::Esh2023;
    const QString text = textOf(pdfOf(smallJournal(), options));
    INFO(text.toStdString());
    CHECK_FALSE(text.contains(u"after coffee"_s));
    CHECK_FALSE(text.contains(u"calm evening"_s));
    CHECK(text.contains(u"ESH 2023"_s));
    CHECK(text.contains(u"Grade 1 hypertension"_s));
}

TEST_CASE("a year of readings makes a report of many pages each saying n of N")
{
    const QByteArray pdf = pdfOf(yearJournal(), optionsFor(u"Ana Lima"_s));
    const QStringList perPage = pagesOf(pdf);
    const QString text = perPage.join(u" "_s);
    const int pages = int(perPage.size());
    REQUIRE(pages >= 4);
    for (int page = 1; page <= pages; ++page) {
        INFO(page);
        CHECK(perPage.at(page - 1).contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
    }
    // The table headers come back on the pages they continue on.
    CHECK(text.count(u"Readings (continued)"_s) >= 2);
    CHECK(text.contains(u"2025-12-29"_s));
    CHECK(text.contains(u"felt warm"_s));
}

TEST_CASE("the PDF report of an empty journal is still a page")
{
    const QString text = textOf(pdfOf(Records{}, optionsFor({})));
    CHECK(text.contains(u"no readings"_s));
    CHECK(text.contains(u"Page 1 of"_s));
}

TEST_CASE("the PDF report is on Letter paper in Letter countries and A4 elsewhere")
{
    CHECK(
        PdfReportOptions::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id() ==
        QPageSize::Letter);
    CHECK(PdfReportOptions::defaultPageSize(QLocale(QLocale::French, QLocale::Canada)).id() ==
          QPageSize::Letter);
    CHECK(PdfReportOptions::defaultPageSize(QLocale(QLocale::Spanish, QLocale::Mexico)).id() ==
          QPageSize::Letter);
    CHECK(PdfReportOptions::defaultPageSize(QLocale(QLocale::German, QLocale::Germany)).id() ==
          QPageSize::A4);
    CHECK(
        PdfReportOptions::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)).id() ==
        QPageSize::A4);
    PdfReport::Options options = optionsFor(u"Ana Lima"_s);
    options.pageSize = QPageSize(QPageSize::Letter);
    const QString info = popplerOutput(u"pdfinfo"_s, pdfOf(smallJournal(), options), {});
    CHECK(info.contains(u"612 x 792"_s));
}

TEST_CASE("the PDF report refuses a device that is not open")
{
    QBuffer buffer;
    QString error;
    CHECK_FALSE(PdfReport::write(buffer, {}, {}, optionsFor({}), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("an export as PDF uses the report writer it is given, and is refused without one")
{
    const Records journal = smallJournal();
    ExportData data{journal.readings, journal.sessions, {}, {}, {}};
    ExportRequest request;
    request.format = ExportFormat::Pdf;
    request.name = u"Ana Lima"_s;

    QBuffer refused;
    REQUIRE(refused.open(QIODevice::WriteOnly));
    QString error;
    CHECK_FALSE(Exporter::write(refused, data, request, &error));
    CHECK(error.contains(u"PDF"_s));
    CHECK(refused.data().isEmpty());

    int calls = 0;
    request.writePdf = [&calls](QIODevice &out, const ExportData &rows,
                                const PdfReport::Options &options, QString *why) {
        ++calls;
        return PdfReport::write(out, rows.readings, rows.sessions, options, why);
    };
    QBuffer written;
    REQUIRE(written.open(QIODevice::WriteOnly));
    REQUIRE(Exporter::write(written, data, request, &error));
    CHECK(calls == 1);
    CHECK(written.data().startsWith("%PDF-"));
    CHECK(popplerOutput(u"pdftotext"_s, written.data(), {}).contains(u"Ana Lima"_s));
}

TEST_CASE("the PDF report says how the readings were taken, as set and as recorded")
{
    Records journal = smallJournal();
    // Five readings with an arm: four left, one right; one without a position.
    journal.readings[1].arm = Arm::Right;
    journal.readings[2].position.reset();
    journal.readings[3].arm.reset();
    const QString recorded = PdfReport::describeMeasurement(journal.readings);
    CHECK(recorded ==
          u"Arm: left (5 of 7), right (1 of 7), not recorded (1 of 7). Position: sitting (6 of 7), "
          u"not recorded (1 of 7)."_s);
    CHECK(PdfReport::describeMeasurement({}).isEmpty());

    PdfReport::Options options = optionsFor(u"Ana Lima"_s);
    options.howMeasured = u"left arm, sitting"_s;
    const QString text = textOf(pdfOf(journal, options));
    INFO(text.toStdString());
    CHECK(text.contains(u"Usually: left arm, sitting."_s));
    CHECK(text.contains(u"right (1 of 7)"_s));

    // Nothing set and nothing recorded.
    for (Reading &reading : journal.readings) {
        reading.arm.reset();
        reading.position.reset();
    }
    options.howMeasured.clear();
    CHECK(textOf(pdfOf(journal, options)).contains(u"Not stated."_s));
}

TEST_CASE("printing the report gives the pages of the PDF, or the range chosen")
{
    const Records journal = yearJournal();
    QString error;
    const auto report =
        PdfReport::layOut(journal.readings, journal.sessions, optionsFor(u"Ana Lima"_s), &error);
    REQUIRE(report);
    const int pages = report->pageCount();
    REQUIRE(pages >= 4);

    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const auto printed = [&](const QString &name, int from, int to) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(folder.filePath(name));
        if (from > 0) {
            printer.setPrintRange(QPrinter::PageRange);
            printer.setFromTo(from, to);
        }
        QString printError;
        INFO(printError.toStdString());
        REQUIRE(report->print(printer, &printError));
        QFile file(folder.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return pagesOf(file.readAll());
    };
    const QStringList all = printed(u"all.pdf"_s, 0, 0);
    REQUIRE(all.size() == pages);
    CHECK(all.first().contains(u"Ana Lima"_s));
    CHECK(all.last().contains(u"Page %1 of %1"_s.arg(pages)));

    const QStringList some = printed(u"some.pdf"_s, 2, 3);
    REQUIRE(some.size() == 2);
    CHECK(some.at(0).contains(u"Page 2 of %1"_s.arg(pages)));
    CHECK(some.at(1).contains(u"Page 3 of %1"_s.arg(pages)));
}

TEST_CASE("a page of the report can be drawn as a picture for a preview")
{
    const Records journal = smallJournal();
    const auto report =
        PdfReport::layOut(journal.readings, journal.sessions, optionsFor(u"Ana Lima"_s));
    REQUIRE(report);
    const QImage first = report->pageImage(0, 420);
    CHECK(first.width() == 420);
    // A4 is 595 by 842 points.
    CHECK(first.height() == qRound(420 * 842.0 / 595.0));
    const auto inked = [](const QImage &image) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qGray(image.pixel(x, y)) < 200)
                    ++count;
        return count;
    };
    // Text and the charts: a good part of the page carries ink, and the top margin none.
    CHECK(inked(first) > 2000);
    CHECK(inked(first.copy(0, 0, 420, 20)) == 0);
    // A page that does not exist is blank.
    CHECK(inked(report->pageImage(report->pageCount(), 420)) == 0);
}

TEST_CASE("a long pulse line is drawn as the means of equal stretches of time")
{
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::OffsetFromUTC, 3600);
    auto measurements = [&start](int count) {
        QList<Measurement> list;
        for (int i = 0; i < count; ++i) {
            Measurement measurement;
            measurement.at = start.addSecs(3600LL * i);
            measurement.systolic = 130;
            measurement.diastolic = 80;
            measurement.pulse = 60 + (i % 20); // 60 to 79, over and over
            measurement.readingCount = 1;
            list.append(measurement);
        }
        return list;
    };
    auto pulsePoints = [](const QList<Measurement> &list) {
        std::unique_ptr<QChart> chart(TrendCharts::pulse(list));
        QLineSeries *series = nullptr;
        for (QAbstractSeries *each : chart->series()) {
            if (each->objectName() == u"pulse"_s)
                series = qobject_cast<QLineSeries *>(each);
        }
        REQUIRE(series != nullptr);
        return series->points();
    };

    // Up to twice the limit, every point as it is.
    const int few = TrendCharts::maxDrawnPoints * 2;
    const QList<QPointF> all = pulsePoints(measurements(few));
    REQUIRE(all.size() == few);
    CHECK(all.at(7).y() == Approx(67.0));

    // Beyond it, one point a stretch: each the mean of the values in it.
    const int many = TrendCharts::maxDrawnPoints * 20; // 20 an hour apart in each stretch
    const QList<QPointF> thinned = pulsePoints(measurements(many));
    CHECK(thinned.size() <= TrendCharts::maxDrawnPoints);
    CHECK(thinned.size() >= TrendCharts::maxDrawnPoints - 1);
    for (const QPointF &point : thinned)
        CHECK(point.y() == Approx(69.5).margin(1.0)); // the mean of 60 to 79
    // In time order, from the first stretch to the last.
    CHECK(thinned.first().x() < thinned.last().x());
    CHECK(thinned.first().x() >= static_cast<qreal>(start.toMSecsSinceEpoch()));
}

TEST_CASE("the dates under a chart are as many as fit whole: fewer as the chart narrows")
{
    const QDateTime start(QDate(2026, 9, 8), QTime(8, 0), Qt::OffsetFromUTC, 3600);
    QList<Measurement> list;
    for (int day = 0; day < 90; ++day) {
        Measurement measurement;
        measurement.at = start.addDays(day);
        measurement.systolic = 130;
        measurement.diastolic = 80;
        measurement.pulse = 64;
        measurement.readingCount = 1;
        list.append(measurement);
    }
    std::unique_ptr<QChart> chart(TrendCharts::pulse(list));
    QDateTimeAxis *axis = nullptr;
    for (QAbstractAxis *each : chart->axes(Qt::Horizontal))
        axis = qobject_cast<QDateTimeAxis *>(each);
    REQUIRE(axis != nullptr);
    const QFontMetricsF metrics(axis->labelsFont());
    int previous = 7;
    for (const qreal width : {1600.0, 700.0, 400.0, 300.0, 200.0, 100.0, 20.0}) {
        INFO("a plot " << width << " wide");
        TrendCharts::fitDateLabels(chart.get(), width);
        const int count = axis->tickCount();
        CHECK(count >= 2);
        CHECK(count <= 6);
        CHECK(count <= previous);
        previous = count;
        // Each label has its share of the width, with room to spare: none is cut short.
        const qreal label = metrics.horizontalAdvance(
            QDateTime(QDate(2026, 9, 28), QTime()).toString(axis->format()));
        if (count > 2)
            CHECK(label * count <= width);
    }
}

TEST_CASE("two sessions of one day keep a date each under the change bars")
{
    QList<SessionChange> sessions;
    const QDateTime morning(QDate(2026, 11, 20), QTime(7, 30), Qt::OffsetFromUTC, 3600);
    for (const QDateTime &when :
         {morning, morning.addSecs(12 * 3600), morning.addSecs(12 * 3600), morning.addDays(1)}) {
        SessionChange change;
        change.startedAt = when;
        change.systolic = -8.0;
        change.diastolic = -4.0;
        sessions.append(change);
    }
    std::unique_ptr<QChart> chart(TrendCharts::changes(sessions));
    QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *each : chart->axes(Qt::Horizontal))
        axis = qobject_cast<QBarCategoryAxis *>(each);
    REQUIRE(axis != nullptr);
    // One label a bar, none dropped, none the same.
    REQUIRE(axis->count() == 4);
    CHECK(axis->categories() ==
          QStringList{u"20 Nov 07:30"_s, u"20 Nov 19:30"_s, u"20 Nov 19:30 (2)"_s, u"21 Nov"_s});
}

TEST_CASE("the readings table gives a day's date once a page, leaves a reading outside a session "
          "blank, and drops a column the same on every row")
{
    // Ten readings a day for sixty days, all sitting, arms changing, every fifth in a session.
    Records journal;
    for (int day = 0; day < 60; ++day) {
        const QDate date = QDate(2026, 9, 1).addDays(day);
        for (int i = 0; i < 10; ++i) {
            Reading r = reading(at(date, 7 + i, 5), 120 + i, 80, ReadingContext::Standalone, {},
                                i == 3 ? u"walked first"_s : QString());
            if (i == 5) {
                r.context = ReadingContext::Before;
                r.sessionId = day + 1;
            }
            r.arm = i % 2 == 0 ? Arm::Left : Arm::Right;
            journal.readings.append(r);
        }
    }
    const QStringList pages = pagesOf(pdfOf(journal, optionsFor(u"Ana Lima"_s)));
    const QString text = pages.join(u" "_s);
    // Every reading is listed: each time of every day is there.
    for (int i = 0; i < 10; ++i)
        CHECK(text.count(u"%1:05"_s.arg(7 + i, 2, 10, QLatin1Char('0'))) == 60);
    // Each day's date opens its readings once, and again at the top of a page it continues on.
    int continuedPages = 0;
    for (const QString &page : pages) {
        const qsizetype table = page.indexOf(u"Readings (continued)"_s);
        if (table < 0)
            continue;
        ++continuedPages;
        const QString rows = page.mid(table);
        const QRegularExpression firstRow(uR"(\d{4}-\d\d-\d\d \d\d:05)"_s);
        INFO(rows.left(200).toStdString());
        // The page's first reading has its date, though the page before showed it.
        const auto date = firstRow.match(rows);
        REQUIRE(date.hasMatch());
        CHECK(date.capturedStart() < rows.indexOf(QRegularExpression(uR"(\d\d:05)"_s)));
    }
    CHECK(continuedPages >= 4);
    // The dates of the table alone: one a day, and one for each page a day continues on.
    const qsizetype tableStart = text.indexOf(u"Date Time Session"_s);
    REQUIRE(tableStart > 0);
    const QString table = text.mid(tableStart);
    int datesInTable = 0;
    const QRegularExpression isoDate(uR"(\b2026-\d\d-\d\d\b)"_s);
    for (auto match = isoDate.globalMatch(table); match.hasNext(); match.next())
        ++datesInTable;
    CHECK(datesInTable >= 60);
    CHECK(datesInTable <= 60 + continuedPages);
    // Only the readings of a session have a word in the session column.
    CHECK(table.count(u" before "_s) == 60);
    CHECK_FALSE(table.contains(u"standalone"_s));
    // All sitting: said above the table, no column for it; the arm changes, so it stays.
    CHECK(text.contains(u"Position: sitting (all)."_s));
    CHECK_FALSE(table.contains(u"Position"_s));
    CHECK(table.contains(u" right "_s));
    CHECK(table.count(u"walked first"_s) == 60);
}

TEST_CASE("the PDF report shows the medication of the period: a timeline and each change")
{
    using Kind = MedicationChange::Kind;
    const Records journal = smallJournal();
    PdfReport::Options options = optionsFor(u"Ana Lima"_s);
    {
        const QString text = textOf(pdfOf(journal, options));
        CHECK(text.contains(u"none recorded for this period"_s));
        CHECK_FALSE(text.contains(u"Medication in this period"_s));
    }
    Medication amlodipine;
    amlodipine.name = u"Amlodipine"_s;
    amlodipine.times = {DayTime::Morning};
    amlodipine.changes = {
        {1, Kind::Started, QDate(2026, 9, 1), Dose{5, u"mg"_s}, {}},
        {2, Kind::DoseChanged, QDate(2026, 11, 4), Dose{2.5, u"mg"_s}, u"dizzy on standing"_s},
    };
    Medication ramipril;
    ramipril.name = u"Ramipril"_s;
    ramipril.changes = {
        {3, Kind::Started, QDate(2026, 10, 1), Dose{2.5, u"mg"_s}, {}},
        {4, Kind::Stopped, QDate(2026, 11, 5), {}, u"cough"_s},
    };
    options.medications = {amlodipine, ramipril};
    const QString text = textOf(pdfOf(journal, options));
    INFO(text.toStdString());
    // Each dose with the day it began and the day it ended, and why.
    CHECK(text.contains(u"Amlodipine 5 mg, morning 2026-09-01 2026-11-03 started"_s));
    CHECK(text.contains(u"2.5 mg, morning 2026-11-04 ongoing dose changed: dizzy on standing"_s));
    CHECK(text.contains(u"2.5 mg 2026-10-01 2026-11-04, stopped: cough started"_s));
    CHECK(text.contains(u"Amlodipine 2.5 mg, Ramipril (stopped) at the end of the period"_s));
    // The timeline's lanes name each medicine and the doses that fit in their bars.
    CHECK(text.contains(u"Each day's mean, mmHg"_s));
    CHECK(text.count(u"Amlodipine"_s) >= 2);

    options.includeNotes = false;
    const QString withoutNotes = textOf(pdfOf(journal, options));
    CHECK_FALSE(withoutNotes.contains(u"dizzy"_s));
    CHECK_FALSE(withoutNotes.contains(u"cough"_s));
    CHECK(withoutNotes.contains(u"2026-11-04, stopped"_s));
}

TEST_CASE("the PDF report in Arabic is laid out right to left, with its letters joined")
{
    const Records journal = smallJournal();
    const qreal margin = 48.0;
    const qreal pageWidth = QPageSize(QPageSize::A4).size(QPageSize::Point).width();
    {
        const QList<PlacedWord> english = firstPageWords(pdfOf(journal, optionsFor({})));
        CHECK(titleLine(english).left() == Approx(margin).margin(1.0));
    }
    const test::TestLanguage arabic(QLocale(u"ar_EG"_s));
    const QList<PlacedWord> words = firstPageWords(pdfOf(journal, optionsFor({})));
    // The title ends at the right margin, as a line of Arabic starts there.
    const QRectF title = titleLine(words);
    CHECK(title.right() == Approx(pageWidth - margin).margin(1.0));
    CHECK(title.left() > pageWidth / 2);
    // Its letters are drawn in their joined forms (a letter that starts or continues a word),
    // not each on its own: unjoined Arabic is hard to read.
    int joined = 0;
    for (const PlacedWord &word : words) {
        for (const QChar letter : word.text) {
            if (letter.decompositionTag() == QChar::Initial ||
                letter.decompositionTag() == QChar::Medial)
                ++joined;
        }
    }
    CHECK(joined > 10);
    // The page number is at the left of the footer, where the title is in English.
    const auto pageNumber = std::find_if(words.begin(), words.end(), [&](const PlacedWord &w) {
        return w.box.top() > 760.0 && w.text == QLocale().toString(1);
    });
    REQUIRE(pageNumber != words.end());
    CHECK(pageNumber->box.right() < pageWidth / 2);
}
