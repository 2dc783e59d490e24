#include "report_sections.h"

#include <viparita/core/home_average.h>
#include <viparita/core/measurement.h>
#include <viparita/report/trend_charts.h>

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHash>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace viparita::detail {

namespace {

bool chartsCanBeDrawn()
{
    // QChart is a QGraphicsWidget: it needs a QApplication, not only a QCoreApplication.
    const QCoreApplication *application = QCoreApplication::instance();
    return application && application->inherits("QApplication");
}

/// Draws a chart of TrendCharts, as vectors, into `target`.
void paintChart(QPainter &painter, const QRectF &target, QChart *chart)
{
    // The scene is laid out at screen size (96 units an inch), then scaled into the points of
    // the page, so the chart's fonts keep their proportions.
    const QSizeF sceneSize = target.size() * (96.0 / 72.0);
    // A chart on paper is lower than on screen: at most four value labels fit beside it
    // without Qt eliding them to "...".
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        auto *values = qobject_cast<QValueAxis *>(axis);
        if (!values || values->tickType() != QValueAxis::TicksDynamic ||
            values->tickInterval() <= 0)
            continue;
        while ((values->max() - values->min()) / values->tickInterval() > 3.0)
            values->setTickInterval(values->tickInterval() * 2);
    }
    // The plot is the scene's width but for the value labels and the margins.
    TrendCharts::fitDateLabels(chart, sceneSize.width() - 70.0);
    QGraphicsScene scene;
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setGeometry(QRectF(QPointF(0, 0), sceneSize));
    scene.addItem(chart); // the scene owns the chart now
    scene.setSceneRect(QRectF(QPointF(0, 0), sceneSize));
    scene.render(&painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
}

} // namespace

ReportSections::ReportSections(PageLayout &layout, const PdfReportOptions &options)
    : m_layout(layout)
    , m_options(options)
    , m_wording(options.locale)
{}

void ReportSections::header(const QList<Reading> &readings, const QDateTime &generatedAt)
{
    m_layout.paragraph(tr("Blood pressure report"), ReportStyle::font(ReportStyle::titleSize, true),
                       ReportStyle::ink, 6.0);
    if (!m_options.name.isEmpty())
        m_layout.keyValue(tr("Name"), m_options.name);
    m_layout.keyValue(tr("Period"), m_wording.periodText(m_options, readings));
    m_layout.keyValue(tr("Made on"), generatedAt.toString(u"yyyy-MM-dd HH:mm"_s));
    m_layout.skip(4.0);
    m_layout.rule(2.0);
}

void ReportSections::summary(const StatisticsReport &report, const QList<Reading> &readings,
                             const QList<SessionRecord> &sessions)
{
    m_layout.heading(tr("Summary"));
    m_layout.keyValue(tr("Readings"),
                      tr("%1, forming %2")
                          .arg(tr("%n reading(s)", nullptr, int(readings.size())),
                               tr("%n measurement(s)", nullptr, report.measurements)));
    m_layout.keyValue(tr("Sessions"), tr("%1; %2 with readings before and after")
                                          .arg(tr("%n session(s)", nullptr, int(sessions.size())))
                                          .arg(report.pairedSessions));

    PeriodAverage overall;
    if (!report.measurementList.isEmpty()) {
        double systolic = 0;
        double diastolic = 0;
        for (const Measurement &measurement : report.measurementList) {
            systolic += measurement.systolic;
            diastolic += measurement.diastolic;
        }
        overall.n = int(report.measurementList.size());
        overall.systolic = systolic / overall.n;
        overall.diastolic = diastolic / overall.n;
    }
    m_layout.keyValue(tr("Average, all"), m_wording.averageText(overall, m_options.guideline));
    m_layout.keyValue(tr("Morning (04:00-11:59)"),
                      m_wording.averageText(report.morning, m_options.guideline));
    m_layout.keyValue(tr("Evening (18:00-23:59)"),
                      m_wording.averageText(report.evening, m_options.guideline));

    m_layout.keyValue(
        tr("Home average (seated, a week at most)"),
        HomeAverage::describe(report.home, m_options.guideline, m_wording.format(), true));

    QString changeText;
    if (report.pairedSessions == 0) {
        changeText = tr("no session has readings both before and after");
    } else {
        QStringList parts;
        for (const QString &part :
             {m_wording.estimateText(tr("systolic"), report.systolicChange),
              m_wording.estimateText(tr("diastolic"), report.diastolicChange)})
            if (!part.isEmpty())
                parts.append(part);
        changeText =
            tr("%1; over %2")
                .arg(parts.join(u"; "_s), tr("%n session(s)", nullptr, report.pairedSessions));
        if (report.pairedSessions > 0)
            changeText += tr("; systolic fell in %1 of %2")
                              .arg(report.systolicFell)
                              .arg(report.pairedSessions);
        if (!report.reliable)
            changeText += tr("; not yet reliable: fewer than %1 sessions with readings before "
                             "and after")
                              .arg(Statistics::reliableSessions);
    }
    m_layout.keyValue(tr("Change across sessions (after minus before)"), changeText);
    if (report.pairedSessions > 0) {
        QString caveats = Statistics::caveats().join(u"; "_s);
        caveats[0] = caveats.at(0).toUpper();
        m_layout.keyValue(tr("What the change cannot show"), caveats + u'.');
    }

    if (report.standingReadings > 0)
        m_layout.keyValue(
            tr("On standing up after sessions"),
            tr("%1; %2 (20 systolic or 10 diastolic lower than lying or sitting, or a "
               "systolic under 90)")
                .arg(tr("%n reading(s)", nullptr, report.standingReadings),
                     tr("%n fell on standing", nullptr, report.fellOnStanding)));

    QStringList shares;
    for (const CategoryShare &share : report.categories)
        if (share.count > 0)
            shares.append(u"%1 %2%"_s.arg(BpClassifier::name(share.category))
                              .arg(std::round(share.share * 100.0)));
    if (!shares.isEmpty())
        m_layout.keyValue(tr("Measurements by category (%1)")
                              .arg(BpClassifier::guidelineName(m_options.guideline)),
                          shares.join(u", "_s));
    m_layout.keyValue(tr("Medication"), medicationSummary(readings));
}

void ReportSections::method(const QList<Reading> &readings)
{
    m_layout.heading(tr("How the readings were taken"));
    QStringList how;
    if (!m_options.howMeasured.trimmed().isEmpty())
        how.append(tr("Usually: %1.").arg(m_options.howMeasured.trimmed()));
    if (const QString recorded = ReportWording::describeMeasurement(readings); !recorded.isEmpty())
        how.append(tr("As recorded with the readings: %1").arg(recorded));
    if (how.isEmpty())
        how.append(tr("Not stated."));
    how.append(tr("Several readings of one moment form one measurement, their mean; every "
                  "reading is listed below, the date on the first reading of each day, the "
                  "session blank for a reading taken outside one, and an arm or position that "
                  "is the same for all of them said here rather than on each row."));
    m_layout.paragraph(how.join(u' '), ReportStyle::font(ReportStyle::bodySize), ReportStyle::ink);
}

void ReportSections::charts(const StatisticsReport &report)
{
    m_layout.heading(tr("Before and after sessions"));
    if (report.sessions.isEmpty()) {
        m_layout.paragraph(tr("No session has readings in this period."),
                           ReportStyle::font(ReportStyle::bodySize), ReportStyle::ink);
        return;
    }
    if (!chartsCanBeDrawn()) {
        m_layout.paragraph(tr("The charts are left out: they need the graphical application."),
                           ReportStyle::font(ReportStyle::bodySize), ReportStyle::muted);
        return;
    }
    // Each chart carries its own title, legend and axes, as in the app.
    const QList<SessionChange> changes = report.sessions;
    const Guideline guideline = m_options.guideline;
    const QList<Medication> medications = m_options.medications;
    // Side by side, so that the summary keeps to its page; systolic first in reading order.
    const PagePlacement place = m_layout.placement();
    m_layout.block(ReportStyle::chartHeight, [=](QPainter &painter, const QRectF &rect) {
        const qreal gap = 12.0;
        const qreal half = (rect.width() - gap) / 2.0;
        paintChart(painter, place(QRectF(rect.left(), rect.top(), half, rect.height())),
                   TrendCharts::pressure(changes, TrendCharts::Pressure::Systolic, guideline,
                                         medications));
        paintChart(painter,
                   place(QRectF(rect.left() + half + gap, rect.top(), half, rect.height())),
                   TrendCharts::pressure(changes, TrendCharts::Pressure::Diastolic, guideline,
                                         medications));
    });
    m_layout.skip(4.0);
}

void ReportSections::disclaimer()
{
    m_layout.paragraph(tr("Viparita informs; it does not diagnose and gives no advice on "
                          "medication. The categories and the home thresholds follow %1; the "
                          "sources are on the last page.")
                           .arg(BpClassifier::guidelineName(m_options.guideline)),
                       ReportStyle::font(ReportStyle::smallSize), ReportStyle::muted);
}

void ReportSections::sources()
{
    m_layout.heading(tr("Sources"));
    const QStringList lines{
        tr("Categories and home thresholds: %1")
            .arg(BpClassifier::guidelineCitation(m_options.guideline)),
        tr("Home average: the home-monitoring protocol of %1 (seated readings after five "
           "minutes' rest, two in the morning and two in the evening, up to seven days, the "
           "first day left out; at least 3 days and 12 readings for a verdict).")
            .arg(BpClassifier::guidelineCitation(Guideline::Esh2023)),
        tr("Low: under 90 systolic or under 60 diastolic, the usual limit of patient "
           "information; no guideline names a low category."),
    };
    for (const QString &line : lines)
        m_layout.paragraph(line, ReportStyle::font(ReportStyle::smallSize), ReportStyle::muted);
}

void ReportSections::sessionsTable(const QList<SessionRecord> &sessions,
                                   const QList<SessionChange> &changes)
{
    QHash<qint64, SessionChange> byId;
    for (const SessionChange &change : changes)
        byId.insert(change.sessionId, change);
    QList<SessionRecord> sorted = sessions;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.startedAt.toUTC() < b.startedAt.toUTC();
    });
    QList<QStringList> rows;
    for (const SessionRecord &session : sorted) {
        const SessionChange change = byId.value(session.id);
        const int seconds = session.actualSeconds.value_or(session.plannedSeconds);
        QString difference;
        if (change.systolic && change.diastolic)
            difference = m_wording.format().pressureChange(*change.systolic, *change.diastolic);
        else if (change.positionsDiffer)
            difference = tr("not compared: measured in different positions");
        QStringList row{
            session.startedAt.toString(u"yyyy-MM-dd HH:mm"_s),
            session.sequenceTitle.isEmpty() ? session.sequenceId : session.sequenceTitle,
            m_wording.format().count(std::lround(seconds / 60.0)),
            change.before
                ? m_wording.format().pressure(change.before->systolic, change.before->diastolic)
                : QString(),
            change.after
                ? m_wording.format().pressure(change.after->systolic, change.after->diastolic)
                : QString(),
            difference,
            session.feeling ? tr("%1 of 5").arg(*session.feeling) : QString(),
        };
        if (m_options.includeNotes)
            row.append(session.note);
        rows.append(row);
    }
    // Shares: how the space left over is given out, and the widest a column may be forced to.
    QList<TableColumn> columns{
        {tr("Date"), 0.0},   {tr("Sequence"), 0.2}, {tr("Minutes"), 0.0, Qt::AlignRight},
        {tr("Before"), 0.0}, {tr("After"), 0.0},    {tr("Change"), 0.0},
        {tr("Feeling"), 0.0}};
    if (m_options.includeNotes)
        columns.append({tr("Note"), 0.8});
    m_layout.table(tr("Sessions"), columns, rows);
}

void ReportSections::readingsTable(const QList<Reading> &readings)
{
    // Ten years hold a hundred thousand readings: the table says each thing once. The date
    // stands on a day's first row (and at the top of each page); a reading outside a session
    // leaves the session column blank; an arm or a position that is the same for every
    // reading is said once above the table (under "How the readings were taken") rather than
    // on every row.
    const auto sameForAll = [&readings](const auto &field) {
        for (const Reading &reading : readings) {
            if (field(reading) != field(readings.first()))
                return false;
        }
        return true;
    };
    const bool showArm = readings.isEmpty() || !sameForAll([](const Reading &r) { return r.arm; });
    const bool showPosition =
        readings.isEmpty() || !sameForAll([](const Reading &r) { return r.position; });
    // The words of the table, each translated once rather than once a row.
    QHash<int, QString> categoryNames;
    QHash<int, QString> contextWords;
    const QString irregular = tr("irregular");
    const DisplayFormat format; // the language's digits, as in the rest of the report
    QString previousDay;
    QDate previousDate;
    QList<QStringList> rows;
    rows.reserve(readings.size());
    for (const Reading &reading : readings) {
        QString pulse = reading.pulse ? format.count(*reading.pulse) : QString();
        if (reading.irregular)
            pulse += (pulse.isEmpty() ? QString() : u" "_s) + irregular;
        const QDate date = reading.takenAt.date();
        if (date != previousDate) {
            previousDate = date;
            previousDay = DisplayFormat::isoDate(date);
        }
        const QTime time = reading.takenAt.time();
        const QChar clock[] = {QChar(u'0' + time.hour() / 10), QChar(u'0' + time.hour() % 10),
                               QChar(u':'), QChar(u'0' + time.minute() / 10),
                               QChar(u'0' + time.minute() % 10)};
        const BpCategory category =
            BpClassifier::classify(reading.systolic, reading.diastolic, m_options.guideline);
        auto name = categoryNames.find(int(category));
        if (name == categoryNames.end())
            name = categoryNames.insert(int(category), BpClassifier::name(category));
        QString context;
        if (reading.context != ReadingContext::Standalone) {
            auto word = contextWords.find(int(reading.context));
            if (word == contextWords.end())
                word = contextWords.insert(int(reading.context),
                                           ReportWording::contextWord(reading.context));
            context = *word;
        }
        QStringList row{
            previousDay, QString(clock, 5),
            context,     format.pressure(reading.systolic, reading.diastolic),
            pulse,       *name,
        };
        if (showArm)
            row.append(ReportWording::armWord(reading.arm));
        if (showPosition)
            row.append(ReportWording::positionWord(reading.position));
        if (m_options.includeNotes)
            row.append(reading.note);
        rows.append(row);
    }
    QList<TableColumn> columns{{tr("Date"), 0.0, Qt::AlignLeft, true},
                               {tr("Time"), 0.0},
                               {tr("Session"), 0.0},
                               {tr("mmHg"), 0.0},
                               {tr("Pulse"), 0.0},
                               {tr("Category"), 0.2}};
    if (showArm)
        columns.append({tr("Arm"), 0.0});
    if (showPosition)
        columns.append({tr("Position"), 0.0});
    if (m_options.includeNotes)
        columns.append({tr("Note"), 0.8});
    m_layout.table(tr("Readings"), columns, rows);
}

} // namespace viparita::detail
