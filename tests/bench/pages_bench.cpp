// Ten years of records (100,000 readings, 7,000 sessions): how long the
// trends page takes on "all" and the history page to open, against reading
// the same rows with a bare prepared statement, in the same run.
// Prints one line a figure: name, median ms, reference median ms, ratio.
#include "history_page.h"
#include "settings.h"
#include "trends_page.h"

#include <viparita/core/app_info.h>
#include <viparita/core/measurement.h>
#include <viparita/core/statistics.h>
#include <viparita/storage/journal.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int totalReadings = 100000;
constexpr int totalSessions = 7000;

void fill(viparita::Journal &journal)
{
    const QDateTime start = QDateTime::currentDateTime().addDays(-3650);
    int readings = 0;
    for (int session = 0; session < totalSessions; ++session) {
        viparita::SessionRecord record;
        record.sequenceId = u"healing"_s;
        record.sequenceTitle = u"Healing sequence at the wall"_s;
        const QDateTime at = start.addSecs(session * 3650LL * 86400 / totalSessions);
        record.startedAt = at.toOffsetFromUtc(at.offsetFromUtc());
        record.endedAt = record.startedAt.addSecs(660);
        record.status = viparita::SessionStatus::Completed;
        record.plannedSeconds = 660;
        record.actualSeconds = 660;
        QList<viparita::Reading> list;
        for (int i = 0; i < 4; ++i) {
            viparita::Reading reading;
            reading.context =
                i < 2 ? viparita::ReadingContext::Before : viparita::ReadingContext::After;
            reading.takenAt = i < 2 ? record.startedAt.addSecs(-120 + 60 * i)
                                    : record.endedAt->addSecs(60 * (i - 1));
            reading.systolic = 120 + (session * 7 + i * 3) % 40;
            reading.diastolic = 70 + (session * 5 + i) % 25;
            reading.pulse = 55 + (session + i) % 30;
            list.append(reading);
        }
        readings += 4;
        (void)journal.logSession(record, {}, list);
    }
    // The rest as readings on their own, between the sessions.
    const int standalone = totalReadings - readings;
    for (int i = 0; i < standalone; ++i) {
        viparita::Reading reading;
        const QDateTime at = start.addSecs(i * 3650LL * 86400 / standalone + 3600);
        reading.takenAt = at.toOffsetFromUtc(at.offsetFromUtc());
        reading.systolic = 118 + (i * 11) % 45;
        reading.diastolic = 68 + (i * 7) % 27;
        (void)journal.addReading(reading);
    }
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
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.filePath(u"data"_s).toUtf8());
    qputenv("XDG_CONFIG_HOME", data.filePath(u"config"_s).toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    viparita::AppInfo::applyToApplication();
    if (qEnvironmentVariableIsSet("VIPARITA_BENCH_VERBOSE"))
        spdlog::set_level(spdlog::level::debug);
    const QString path = data.filePath(u"journal.sqlite"_s);
    auto opened = viparita::Journal::open(path, {});
    if (!opened.journal)
        return 3;
    std::fprintf(stderr, "filling the journal with %d readings and %d sessions...\n", totalReadings,
                 totalSessions);
    fill(*opened.journal);

    // The reference: the same rows through a bare prepared statement.
    QSqlDatabase bare = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bare"_s);
    bare.setDatabaseName(path);
    bare.open();
    const double reference = medianMs(7, [&bare] {
        QSqlQuery query(bare);
        query.setForwardOnly(true);
        query.prepare(
            u"SELECT id, taken_at, taken_offset, systolic, diastolic, pulse, context, session_id, "
            "arm, position, irregular, note FROM readings WHERE deleted_at IS NULL ORDER BY taken_at"_s);
        query.exec();
        qint64 sum = 0;
        while (query.next())
            sum += query.value(3).toInt();
        if (sum == 0)
            std::fprintf(stderr, "no rows\n");
    });

    // Where the time goes, part by part.
    QList<viparita::Reading> all;
    const double readAll = medianMs(5, [&] { all = *opened.journal->readings(); });
    const double group = medianMs(5, [&] { (void)viparita::MeasurementGrouper::group(all); });
    const double compute = medianMs(
        5, [&] { (void)viparita::Statistics::compute(all, viparita::Guideline::AccAha2017); });
    std::printf("%-28s %10.1f\n%-28s %10.1f\n%-28s %10.1f\n", "  journal readings()", readAll,
                "  measurements", group, "  statistics", compute);

    viparita::app::Settings settings(data.filePath(u"settings.ini"_s));
    viparita::app::TrendsPage trends(settings, opened.journal.get());
    trends.resize(1200, 900);
    trends.show();
    const double trendsAll = medianMs(7, [&trends] {
        trends.setRange(viparita::app::TrendsPage::Range::All);
        QApplication::processEvents();
    });
    viparita::app::HistoryPage history(settings, opened.journal.get());
    history.resize(1200, 900);
    history.show();
    const double historyOpen = medianMs(7, [&history] {
        history.reload();
        QApplication::processEvents();
    });

    std::printf("%-28s %10s %10s %8s %10s\n", "figure", "ms", "ref ms", "ratio", "target ms");
    std::printf("%-28s %10.1f %10.1f %8.2f %10d\n", "trends page, all", trendsAll, reference,
                trendsAll / reference, 150);
    std::printf("%-28s %10.1f %10.1f %8.2f %10d\n", "history page, open", historyOpen, reference,
                historyOpen / reference, 100);
    return trendsAll < 150.0 && historyOpen < 100.0 ? 0 : 1;
}
