// The history page on a real journal, offscreen: its model, delete with Undo, and the
// newest days loaded first.
#include "test_environment.h"

#include "catch_qt.h"
#include "gui_journal.h"

#include "history/history_filter.h"
#include "history/history_model.h"
#include "history/history_page.h"
#include "settings/settings.h"
#include "shell/journal_watch.h"

#include <viparita/storage/journal.h>

#include <QAbstractItemModelTester>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;
using viparita::Reading;
using viparita::ReadingContext;
using viparita::app::HistoryFilter;
using viparita::app::HistoryModel;
using viparita::app::HistoryPage;
using viparita::test::GuiJournal;

namespace {

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
    GuiJournal data;
    data.session(3, 150, 138);
    data.standalone(2, 128, 82, u"morning"_s);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setContents(*data.journal->sessions(), *data.journal->readings(),
                      viparita::Guideline::Aha2025);
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
    GuiJournal data;
    data.session(5, 145, 135);
    const qint64 id = data.standalone(1, 131, 84, u"after a walk, \"tired\""_s);
    const Reading before = *data.journal->reading(id);
    viparita::app::JournalWatch watch(data.journal.get());
    HistoryPage page(*data.settings, watch);
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

TEST_CASE("the history opens on its newest 90 days and loads older ones as needed")
{
    GuiJournal data;
    const qint64 recent = data.standalone(3, 121, 80);
    const qint64 older = data.standalone(200, 131, 84);
    const qint64 oldest = data.standalone(700, 141, 88);
    data.session(400, 150, 138);
    viparita::app::JournalWatch watch(data.journal.get());
    HistoryPage page(*data.settings, watch);
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
