// The History and Trends pages on a real journal, offscreen.
#include "test_environment.h"

#include "catch_qt.h"

#include "edit_reading_dialog.h"
#include "history_filter.h"
#include "history_model.h"
#include "history_page.h"
#include "settings.h"
#include "trends_page.h"

#include <viparita/storage/journal.h>

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLineSeries>
#include <QTableView>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using viparita::Journal;
using viparita::Reading;
using viparita::ReadingContext;
using viparita::app::HistoryFilter;
using viparita::app::HistoryModel;
using viparita::app::HistoryPage;
using viparita::app::Settings;
using viparita::app::TrendsPage;

namespace {

struct Data {
    Data()
    {
        folder = viparita::test::dataHome() + u"/pages-"_s +
                 QUuid::createUuid().toString(QUuid::WithoutBraces);
        REQUIRE(QDir().mkpath(folder));
        settings = std::make_unique<Settings>(folder + u"/settings.ini"_s);
        auto opened = Journal::open(folder + u"/journal.sqlite"_s, {});
        REQUIRE(opened.journal);
        journal = std::move(opened.journal);
    }

    /// A session `daysAgo` with one reading before and one after.
    qint64 session(int daysAgo, int before, int after)
    {
        viparita::SessionRecord record;
        record.sequenceId = u"healing"_s;
        record.sequenceTitle = u"Healing sequence at the wall"_s;
        const QDateTime start = QDateTime::currentDateTime().addDays(-daysAgo).addSecs(-7200);
        record.startedAt = start.toOffsetFromUtc(start.offsetFromUtc());
        record.endedAt = record.startedAt.addSecs(660);
        record.status = viparita::SessionStatus::Completed;
        record.plannedSeconds = 660;
        record.actualSeconds = 660;
        Reading b;
        b.takenAt = record.startedAt.addSecs(-60);
        b.systolic = before;
        b.diastolic = before - 50;
        b.pulse = 70;
        b.context = ReadingContext::Before;
        Reading a = b;
        a.takenAt = record.endedAt->addSecs(60);
        a.systolic = after;
        a.diastolic = after - 50;
        a.pulse = 64;
        a.context = ReadingContext::After;
        const auto id = journal->logSession(record, {}, {b, a});
        REQUIRE(id.ok());
        return *id;
    }

    qint64 standalone(int daysAgo, int systolic, int diastolic, const QString &note = {})
    {
        Reading reading;
        const QDateTime at = QDateTime::currentDateTime().addDays(-daysAgo);
        reading.takenAt = at.toOffsetFromUtc(at.offsetFromUtc());
        reading.systolic = systolic;
        reading.diastolic = diastolic;
        reading.note = note;
        const auto id = journal->addReading(reading);
        REQUIRE(id.ok());
        return *id;
    }

    QString folder;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Journal> journal;
};

int rowOfReading(const HistoryPage &page, qint64 id)
{
    const auto *filter = page.filter();
    for (int row = 0; row < filter->rowCount(); ++row) {
        const QModelIndex index = filter->index(row, 0);
        if (index.data(HistoryModel::IdRole).toLongLong() == id &&
            static_cast<HistoryModel::Kind>(index.data(HistoryModel::KindRole).toInt()) ==
                HistoryModel::Kind::Reading)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("the history model passes Qt's model tester with sessions and readings")
{
    Data data;
    data.session(3, 150, 138);
    data.standalone(2, 128, 82, u"morning"_s);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setContents(*data.journal->sessions(), *data.journal->readings(),
                      viparita::Guideline::AccAha2017);
    REQUIRE(model.rowCount() == 4); // one session, its two readings, one reading on its own
    HistoryFilter filter;
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    CHECK(filter.rowCount() == 2);
    filter.setShow(HistoryFilter::Show::AllReadings);
    CHECK(filter.rowCount() == 3);
    filter.setShow(HistoryFilter::Show::Before);
    CHECK(filter.rowCount() == 1);
    filter.setShow(HistoryFilter::Show::Sessions);
    REQUIRE(filter.rowCount() == 1);
    const QModelIndex session = filter.index(0, 0);
    CHECK(filter.index(0, HistoryModel::Pressure).data().toString() ==
          u"150/100 → 138/88, pulse 64"_s);
    CHECK(filter.index(0, HistoryModel::Change).data().toString() == u"-12/-12"_s);
    CHECK(filter.index(0, HistoryModel::Category).data().toString() == u"Stage 1 hypertension"_s);
    CHECK(filter.index(0, HistoryModel::Category).data(Qt::DecorationRole).isValid());
    CHECK(session.data(HistoryModel::KindRole).toInt() ==
          static_cast<int>(HistoryModel::Kind::Session));
    filter.setShow(HistoryFilter::Show::SessionsAndStandalone);
    filter.setRange(QDate::currentDate().addDays(-2), QDate());
    CHECK(filter.rowCount() == 1);
}

TEST_CASE("delete then Undo on the history page restores the reading exactly")
{
    Data data;
    data.session(5, 145, 135);
    const qint64 id = data.standalone(1, 131, 84, u"after a walk, \"tired\""_s);
    const Reading before = *data.journal->reading(id);
    HistoryPage page(*data.settings, data.journal.get());
    page.resize(1000, 600);
    page.show();
    page.reload();
    const int row = rowOfReading(page, id);
    REQUIRE(row >= 0);
    page.view()->selectRow(row);
    REQUIRE(page.deleteSelected());
    CHECK(data.journal->readings()->size() == 2);
    CHECK(rowOfReading(page, id) == -1);
    REQUIRE(page.undoDelete());
    CHECK(*data.journal->reading(id) == before);
    CHECK(rowOfReading(page, id) >= 0);
    CHECK_FALSE(page.undoDelete());
}

TEST_CASE("the reading editor checks every rule as it is typed")
{
    Data data;
    const qint64 id = data.standalone(1, 131, 84);
    viparita::app::EditReadingDialog dialog(*data.journal->reading(id));
    CHECK(dialog.canSave());
    dialog.setValues(u"80"_s, u"120"_s, u""_s);
    CHECK_FALSE(dialog.canSave());
    CHECK(dialog.problems().contains(u"swap"_s));
    dialog.setValues(u"125"_s, u"81"_s, u"66"_s);
    REQUIRE(dialog.canSave());
    REQUIRE(data.journal->updateReading(dialog.reading()).ok());
    const Reading changed = *data.journal->reading(id);
    CHECK(changed.systolic == 125);
    CHECK(changed.pulse == 66);
    CHECK(changed.takenAt == data.journal->reading(id)->takenAt);
}

TEST_CASE("the trends page shows a year of sessions with bands, both series and the summary")
{
    Data data;
    int sessions = 0;
    // The sessions of days 6, 3 and 0 fall in the last 7 days, unless their readings (two
    // hours before now) are on the day before: shortly after midnight.
    int inLastWeek = 0;
    const QDate weekStart = QDate::currentDate().addDays(-6);
    for (int day = 360; day >= 0; day -= 3) {
        data.session(day, 150 - day / 40, 140 - day / 40);
        ++sessions;
        const QDateTime firstReading =
            QDateTime::currentDateTime().addDays(-day).addSecs(-7200 - 60);
        if (firstReading.date() >= weekStart)
            ++inLastWeek;
    }
    TrendsPage page(*data.settings, data.journal.get());
    page.resize(1200, 900);
    page.show();
    page.setRange(TrendsPage::Range::All);
    CHECK(page.report().pairedSessions == sessions);
    REQUIRE(page.chartViews().size() == 4);
    auto *systolicView = qobject_cast<QChartView *>(page.chartViews().first());
    REQUIRE(systolicView);
    QChart *systolic = systolicView->chart();
    REQUIRE(systolic);
    int before = -1;
    int after = -1;
    int bands = 0;
    for (QAbstractSeries *series : systolic->series()) {
        if (series->objectName() == u"before"_s)
            before = static_cast<int>(qobject_cast<QLineSeries *>(series)->count());
        else if (series->objectName() == u"after"_s)
            after = static_cast<int>(qobject_cast<QLineSeries *>(series)->count());
        else if (series->type() == QAbstractSeries::SeriesTypeArea)
            ++bands;
    }
    CHECK(before == sessions);
    CHECK(after == sessions);
    CHECK(bands >= 3);
    CHECK(page.summaryText().contains(
        u"Over %1 sessions your systolic fell by 10.0 mmHg on average"_s.arg(sessions)));
    CHECK_FALSE(page.summaryText().contains(u"Not yet reliable"_s));

    page.setRange(TrendsPage::Range::Week);
    CHECK(page.report().pairedSessions == inLastWeek);
    CHECK(inLastWeek >= 2);
    CHECK(page.summaryText().contains(u"Not yet reliable"_s));
}

TEST_CASE("the history opens on its newest 90 days and loads older ones as needed")
{
    Data data;
    const qint64 recent = data.standalone(3, 121, 80);
    const qint64 older = data.standalone(200, 131, 84);
    const qint64 oldest = data.standalone(700, 141, 88);
    data.session(400, 150, 138);
    HistoryPage page(*data.settings, data.journal.get());
    page.resize(1000, 600);
    page.reload();
    CHECK(rowOfReading(page, recent) >= 0);
    CHECK(rowOfReading(page, older) == -1);
    REQUIRE(page.model()->canFetchMore({}));
    page.model()->fetchMore({});
    CHECK(rowOfReading(page, older) >= 0);
    CHECK(rowOfReading(page, oldest) == -1);
    page.model()->fetchMore({});
    page.model()->fetchMore({});
    CHECK(rowOfReading(page, oldest) >= 0);
    CHECK_FALSE(page.model()->canFetchMore({}));
    // Newest first throughout, and the session's change is whole.
    QDateTime previous = QDateTime::currentDateTime().addDays(1);
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const QDateTime at = page.model()->index(row, 0).data(HistoryModel::TimeRole).toDateTime();
        CHECK(at <= previous);
        previous = at;
    }
    page.filter()->setShow(HistoryFilter::Show::Sessions);
    REQUIRE(page.filter()->rowCount() == 1);
    CHECK(page.filter()->index(0, HistoryModel::Change).data().toString() == u"-12/-12"_s);
}
